import { describe, expect, it } from "vitest";
import { sendComingDueNotices } from "@/lib/claims/coming-due";
import { comingDueJob } from "@/lib/claims/coming-due-job";
import { todayInNewsroom } from "@/lib/dates";
import { prisma } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { createLogger } from "@/lib/observability/log";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// Predictions and promises coming due: the assignee and the editors hear of
// it DUE_NOTICE_DAYS before the settle-by date and on the day, each notice
// once, however often and on however many workers the job runs. Each test
// uses a "today" of its own, far from the others' dates, so that one test's
// claims are never due on another's day.

const DAY = 86_400_000;
const dayAfter = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY);

async function forecast(today: string, dueInDays: number, options: { kind?: "PREDICTION" | "PROMISE" | "STATEMENT"; status?: ClaimStatus } = {}) {
  const reporter = await makeUser("REPORTER");
  const assignee = await makeUser("REPORTER");
  const claim = await makeClaim(reporter, { kind: options.kind ?? "PREDICTION", status: options.status ?? "RESEARCHING", assigneeId: assignee.id });
  await prisma.claim.update({ where: { id: claim.id }, data: { settleBy: dayAfter(today, dueInDays) } });
  return { reporter, assignee, claim };
}

const editorIds = async () =>
  (await prisma.user.findMany({ where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null }, select: { id: true } })).map((user) => user.id);
const noticesOn = (claimId: string) => prisma.notification.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });

describe("forecasts and promises coming due", () => {
  it("a week before: the assignee and the editors, not the reporter who logged it, get one notice", async () => {
    const today = "2030-03-10";
    await makeUser("EDITOR");
    await makeUser("ADMIN");
    const { reporter, assignee, claim } = await forecast(today, 5);
    const result = await sendComingDueNotices({ today, noticeDays: 7 });
    expect(result.sent).toBe(1);

    const notices = await noticesOn(claim.id);
    expect(notices.map((notice) => notice.recipientId).sort()).toEqual([assignee.id, ...(await editorIds())].sort());
    expect(notices.map((notice) => notice.recipientId)).not.toContain(reporter.id);
    expect(notices.every((notice) => notice.kind === "COMING_DUE" && notice.actorId === null)).toBe(true);
    expect(notices[0]!.message).toMatch(/comes due on .*2030, in 5 days/);
    // Notices by email at once (everyone's default) go out with it.
    const mail = await prisma.mailMessage.findMany({ where: { userId: assignee.id, kind: "NOTICE" } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toMatch(/^Coming due: /);

    // The next day's run, and the one after, tell nobody again.
    await sendComingDueNotices({ today: "2030-03-11", noticeDays: 7 });
    await sendComingDueNotices({ today: "2030-03-12", noticeDays: 7 });
    expect(await noticesOn(claim.id)).toHaveLength(notices.length);
  });

  it("on the day: a second notice, once; not before the window opens", async () => {
    const today = "2030-05-20";
    await makeUser("EDITOR");
    const { claim } = await forecast(today, 0, { kind: "PROMISE" });
    const later = await forecast(today, 8);
    await sendComingDueNotices({ today: "2030-05-12", noticeDays: 7 });
    expect(await noticesOn(claim.id)).toHaveLength(0);

    await sendComingDueNotices({ today: "2030-05-14", noticeDays: 7 });
    const before = await noticesOn(claim.id);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((notice) => notice.kind === "COMING_DUE")).toBe(true);

    await sendComingDueNotices({ today, noticeDays: 7 });
    await sendComingDueNotices({ today, noticeDays: 7 });
    const onTheDay = (await noticesOn(claim.id)).filter((notice) => notice.kind === "DUE_TODAY");
    expect(onTheDay).toHaveLength(before.length);
    expect(onTheDay[0]!.message).toMatch(/This promise is due today/);
    // Eight days out: its window opens tomorrow.
    expect(await noticesOn(later.claim.id)).toEqual([]);
  });

  it("two workers at once send each notice once", async () => {
    const today = "2030-07-01";
    await makeUser("EDITOR");
    const claims = await Promise.all([1, 2, 3].map((days) => forecast(today, days)));
    const results = await Promise.all([sendComingDueNotices({ today, noticeDays: 7 }), sendComingDueNotices({ today, noticeDays: 7 })]);
    expect(results[0].sent + results[1].sent).toBe(3);
    const editors = await editorIds();
    for (const { claim } of claims) expect(await noticesOn(claim.id)).toHaveLength(editors.length + 1);
    expect(await prisma.dueNotice.count({ where: { claimId: { in: claims.map(({ claim }) => claim.id) } } })).toBe(3);
  });

  it("nothing for statements, archived claims, or a forecast already settled and published", async () => {
    const today = "2030-09-15";
    const scale = await ensureScale();
    const editor = await makeUser("EDITOR");
    const statement = await forecast(today, 2, { kind: "STATEMENT" });
    const archived = await forecast(today, 2, { status: "ARCHIVED" });
    const settled = await forecast(today, 0, { status: "PUBLISHED" });
    await prisma.verdict.create({
      data: {
        claimId: settled.claim.id,
        ratingId: scale["came-true"]!.id,
        summary: "It came true.",
        proposedById: settled.assignee.id,
        approvedById: editor.id,
      },
    });
    const pending = await forecast(today, 0, { status: "PUBLISHED" });
    await prisma.verdict.create({
      data: { claimId: pending.claim.id, ratingId: scale.pending!.id, summary: "Not yet due.", proposedById: pending.assignee.id, approvedById: editor.id },
    });
    await sendComingDueNotices({ today, noticeDays: 7 });
    for (const { claim } of [statement, archived, settled]) expect(await noticesOn(claim.id)).toEqual([]);
    // Published as "Pending": still to settle, so told.
    expect((await noticesOn(pending.claim.id)).map((notice) => notice.kind)).toContain("DUE_TODAY");
  });

  it("a settle-by date moved later is told again for the new date; DUE_NOTICE_DAYS=0 tells only on the day", async () => {
    const today = "2030-11-01";
    await makeUser("EDITOR");
    const { claim } = await forecast(today, 3);
    await sendComingDueNotices({ today, noticeDays: 7 });
    const first = (await noticesOn(claim.id)).length;
    await prisma.claim.update({ where: { id: claim.id }, data: { settleBy: dayAfter(today, 6) } });
    await sendComingDueNotices({ today, noticeDays: 7 });
    expect(await noticesOn(claim.id)).toHaveLength(first * 2);

    const quiet = await forecast("2030-12-01", 3);
    await sendComingDueNotices({ today: "2030-12-01", noticeDays: 0 });
    expect(await noticesOn(quiet.claim.id)).toEqual([]);
    await sendComingDueNotices({ today: "2030-12-04", noticeDays: 0 });
    expect((await noticesOn(quiet.claim.id)).every((notice) => notice.kind === "DUE_TODAY")).toBe(true);
  });

  it("the daily job reads today in the newsroom's zone and DUE_NOTICE_DAYS", async () => {
    await makeUser("EDITOR");
    const today = todayInNewsroom();
    const { claim, assignee } = await forecast(today, 2);
    process.env.DUE_NOTICE_DAYS = "3";
    try {
      const output = await comingDueJob.run({}, { log: createLogger({ level: "silent" }), signal: new AbortController().signal });
      expect(output).toMatchObject({ sent: 1 });
    } finally {
      delete process.env.DUE_NOTICE_DAYS;
    }
    expect((await noticesOn(claim.id)).map((notice) => notice.recipientId)).toContain(assignee.id);
  });
});
