import "server-only";
import type { Snapshot } from "@/lib/archive/mutations";
import { pageState, relianceOf, reliedOnSnapshot, type SnapshotState, sameRecord } from "@/lib/archive/recheck-compare";
import { formatDate } from "@/lib/dates";
import { prisma, type Transaction } from "@/lib/db";
import { recordAudit } from "@/lib/history/record";
import { claimPeopleOrEditors } from "@/lib/notifications/claim-people";
import { notify } from "@/lib/notifications/notify";

// What one re-fetch of a source means for the record, written in one
// transaction: a new snapshot only when the page's state changed (an
// unchanged page is noted as checked, not copied again, so a weekly check
// does not store the same text fifty times a year), and a notice to the
// people of every claim whose relied-on copy the page no longer matches.

export type RecheckOutcome = "first" | "unchanged" | "changed" | "vanished" | "back" | "unreachable";

export type RecordedRecheck = {
  outcome: RecheckOutcome;
  notices: number;
  // Published claims whose verdict pages show this source: refreshed after.
  publishedSlugs: string[];
};

const CLAIMS_IN_PLAY = { status: { not: "ARCHIVED" as const } };

// A site that refuses connections or whose name is not found may be gone,
// or may be down for the night, or the newsroom's own network or resolver
// may be: it counts as vanished only when the check before found it so too
// (ARCHIVE_RECHECK_DAYS earlier), so one bad night tells nobody anything.
// A 404 or 410 is the site's own answer and counts at once.
const SITE_NOT_REACHED = "could not reach the site: ";

function outcomeOf(last: SnapshotState | undefined, fresh: SnapshotState, previousCheck: string): RecheckOutcome {
  const state = pageState(fresh);
  if (state === "unreachable") return "unreachable";
  if (last && sameRecord(last, fresh)) return "unchanged";
  if (state === "vanished" && fresh.error && !previousCheck.startsWith(SITE_NOT_REACHED)) return "unreachable";
  if (!last) return state === "vanished" ? "vanished" : "first";
  if (state === "vanished") return "vanished";
  return pageState(last) === "vanished" ? "back" : "changed";
}

function describeCheck(outcome: RecheckOutcome, fresh: Snapshot): string {
  if (outcome !== "unreachable") return outcome;
  if (fresh.error && pageState(fresh) === "vanished") return `${SITE_NOT_REACHED}${fresh.error}`;
  return `could not check: ${fresh.error ?? `the page answered HTTP ${fresh.httpStatus}`}`;
}

function noticeText(kind: "changed" | "vanished", title: string, fresh: Snapshot, checkedAt: Date): string {
  const when = formatDate(checkedAt);
  if (kind === "changed") {
    return `A source on this claim changed after we relied on it: “${title}” (checked ${when}). The claim's page shows what changed.`;
  }
  const why = fresh.error ? fresh.error.replace(/\.$/, "") : `the page answers HTTP ${fresh.httpStatus}`;
  return `A source on this claim is no longer available: “${title}” (${why}; checked ${when}).`;
}

async function finish(tx: Transaction, sourceId: string, checkedAt: Date, outcome: string) {
  await tx.sourceRecheck.upsert({
    where: { sourceId },
    create: { sourceId, checkedAt, outcome, leaseUntil: null },
    update: { checkedAt, outcome, leaseUntil: null },
  });
}

export async function recordRecheck(sourceId: string, fresh: Snapshot, checkedAt: Date): Promise<RecordedRecheck> {
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: {
        title: true,
        snapshots: { orderBy: { fetchedAt: "asc" }, select: { fetchedAt: true, httpStatus: true, error: true, sha256: true, text: true, takenById: true } },
        evidence: {
          where: { claim: CLAIMS_IN_PLAY },
          select: {
            createdAt: true,
            claim: { select: { id: true, slug: true, status: true, publishedAt: true, assigneeId: true, createdById: true, publishedById: true } },
          },
        },
      },
    });
    const history = source.snapshots;
    const candidate: SnapshotState = { ...fresh, fetchedAt: checkedAt };
    const last = history.filter((snapshot) => pageState(snapshot) !== "unreachable").at(-1);
    const previousCheck = (await tx.sourceRecheck.findUnique({ where: { sourceId }, select: { outcome: true } }))?.outcome ?? "";
    const outcome = outcomeOf(last, candidate, previousCheck);
    await finish(tx, sourceId, checkedAt, describeCheck(outcome, fresh));
    if (outcome === "unchanged" || outcome === "unreachable") return { outcome, notices: 0, publishedSlugs: [] };

    await tx.archiveSnapshot.create({ data: { sourceId, takenById: null, fetchedAt: checkedAt, ...fresh } });
    await recordAudit(tx, {
      actorId: null,
      action: "source.rechecked",
      targetType: "Source",
      targetId: sourceId,
      details: { status: fresh.httpStatus, outcome, error: fresh.error },
    });

    // Each claim compares the page with the copy it relied on: a claim
    // published after an earlier change relied on the changed page already.
    let notices = 0;
    if (outcome === "changed" || outcome === "vanished" || outcome === "back") {
      for (const { claim, createdAt } of source.evidence) {
        const reliedOn = reliedOnSnapshot(history, relianceOf(claim, { createdAt }));
        if (!reliedOn || sameRecord(reliedOn, candidate)) continue;
        const kind = pageState(candidate) === "vanished" ? "vanished" : "changed";
        const recipients = await claimPeopleOrEditors(tx, claim);
        await notify(tx, {
          recipients,
          kind: kind === "vanished" ? "SOURCE_VANISHED" : "SOURCE_CHANGED",
          claimId: claim.id,
          actorId: null,
          message: noticeText(kind, source.title, fresh, checkedAt),
        });
        notices += recipients.length;
      }
    }
    const publishedSlugs = source.evidence.filter(({ claim }) => claim.status === "PUBLISHED").map(({ claim }) => claim.slug);
    return { outcome, notices, publishedSlugs };
  });
}

// A page the archiver could not make sense of (an error of ours, logged):
// noted as checked, so it waits for the next due date rather than being
// fetched again every hour.
export async function recordUnreadable(sourceId: string, checkedAt: Date) {
  await prisma.$transaction((tx) => finish(tx, sourceId, checkedAt, "could not check: the page could not be read"));
}
