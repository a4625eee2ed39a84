import "server-only";
import { CLAIM_KIND_LABELS } from "@/lib/claims/labels";
import { DAY_MS, formatDate } from "@/lib/dates";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DueOccasion } from "@/lib/generated/prisma/enums";
import { activeAmong, activeEditors } from "@/lib/notifications/claim-people";
import { notify } from "@/lib/notifications/notify";

// Predictions and promises coming due: a notice to the claim's assignee and
// the editors `noticeDays` before the settle-by date, and another on the day.
// Each goes out once per claim, occasion and date: the DueNotice row and its
// unique key are written in the notice's own transaction, so a second run, or
// a second worker at the same moment, finds the row and tells nobody again.
//
// A claim still to settle is one not archived and without a published
// outcome (its verdict, if published, is still "Pending"). The notice on the
// day is also sent the day after, should the job have been down on the day;
// later than that the desk's "coming due" list is the reminder.

export type DueRun = { today: string; noticeDays: number };

type DueClaim = { id: string; kind: "PREDICTION" | "PROMISE"; settleBy: Date; assigneeId: string | null; occasion: DueOccasion };

const ON_THE_DAY_GRACE_DAYS = 1;

async function dueClaims({ today, noticeDays }: DueRun): Promise<DueClaim[]> {
  const start = new Date(`${today}T00:00:00.000Z`);
  const day = (offset: number) => Prisma.sql`${new Date(start.getTime() + offset * DAY_MS).toISOString()}::timestamp(3)`;
  return prisma.$queryRaw<DueClaim[]>`
    SELECT c."id", c."kind", c."settleBy", c."assigneeId",
      (CASE WHEN date_trunc('day', c."settleBy") <= ${day(0)} THEN 'ON_THE_DAY' ELSE 'BEFORE' END)::"DueOccasion" AS "occasion"
    FROM "Claim" c
    LEFT JOIN "Verdict" v ON v."claimId" = c."id"
    LEFT JOIN "Rating" r ON r."id" = v."ratingId"
    WHERE c."kind" IN ('PREDICTION', 'PROMISE')
      AND c."settleBy" IS NOT NULL
      AND c."status" <> 'ARCHIVED'
      AND NOT (c."status" = 'PUBLISHED' AND r."value" IS NOT NULL)
      AND date_trunc('day', c."settleBy") > ${day(-1 - ON_THE_DAY_GRACE_DAYS)}
      AND date_trunc('day', c."settleBy") <= ${day(noticeDays)}
    ORDER BY c."settleBy", c."id"`;
}

function message(claim: DueClaim, today: string): string {
  const what = CLAIM_KIND_LABELS[claim.kind].toLowerCase();
  const date = formatDate(claim.settleBy);
  const days = Math.round((Date.parse(`${claim.settleBy.toISOString().slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (claim.occasion === "BEFORE") return `This ${what} comes due on ${date}, in ${days} ${days === 1 ? "day" : "days"}: check what the record says by then.`;
  if (days === 0) return `This ${what} is due today (${date}): check the record and settle it.`;
  return `This ${what} came due on ${date}: check the record and settle it.`;
}

export async function sendComingDueNotices(run: DueRun): Promise<{ considered: number; sent: number; people: number }> {
  const claims = await dueClaims(run);
  let sent = 0;
  let people = 0;
  for (const claim of claims) {
    // A notice "before" for a claim already on its day would be late news:
    // the query gives each claim the one occasion that fits today.
    await prisma.$transaction(async (tx) => {
      const recorded = await tx.dueNotice.createMany({
        data: [{ claimId: claim.id, occasion: claim.occasion, settleBy: claim.settleBy }],
        skipDuplicates: true,
      });
      if (recorded.count === 0) return;
      const recipients = [...(await activeAmong(tx, [claim.assigneeId])), ...(await activeEditors(tx))];
      await notify(tx, {
        recipients,
        kind: claim.occasion === "BEFORE" ? "COMING_DUE" : "DUE_TODAY",
        claimId: claim.id,
        actorId: null,
        message: message(claim, run.today),
      });
      sent += 1;
      people += new Set(recipients).size;
    });
  }
  return { considered: claims.length, sent, people };
}
