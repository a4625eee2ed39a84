import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { JOBS } from "@/lib/jobs/catalogue";
import { deliverQueuedMail } from "@/lib/mail/deliver";
import { deliverMailJob, sendDigestsJob } from "@/lib/mail/jobs";
import { queueMail } from "@/lib/mail/outbox";
import { makeClaim, makeUser, unique } from "../support/factories";
import { smtpReceiverForFile } from "../support/smtp-receiver-hooks";

// The mail jobs as the worker runs them: listed in the catalogue, on their
// schedules, doing the work; and a worker asked to stop leaves the rest of a
// batch for the next run without counting a try.

const smtp = smtpReceiverForFile();

const context = (signal = new AbortController().signal) => ({ log: pino({ level: "silent" }), signal });
const queue = (to: string) => prisma.$transaction((tx) => queueMail(tx, { to, kind: "NOTICE", subject: `For ${to}`, text: "Hello." }));

describe("the mail jobs", () => {
  it("are in the catalogue the worker runs: delivery every minute, digests daily", () => {
    expect(JOBS).toEqual(expect.arrayContaining([deliverMailJob, sendDigestsJob]));
    expect(deliverMailJob).toMatchObject({ name: "deliver-mail", schedule: "* * * * *" });
    expect(sendDigestsJob).toMatchObject({ name: "send-digests", schedule: "0 7 * * *" });
  });

  it("deliver-mail sends what waits and reports it", async () => {
    const to = `${unique("job")}@newsroom.test`;
    await queue(to);
    const report = await deliverMailJob.run({}, context());
    expect(report).toMatchObject({ sent: expect.any(Number), failed: 0 });
    await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(to));
    expect((await prisma.mailMessage.findFirstOrThrow({ where: { recipient: to } })).status).toBe("SENT");
  });

  it("send-digests writes the digests, which deliver-mail then sends", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    await prisma.user.update({ where: { id: reporter.id }, data: { noticeEmails: "DAILY_DIGEST" } });
    const claim = await makeClaim(editor, { assigneeId: reporter.id });
    await prisma.notification.create({ data: { recipientId: reporter.id, kind: "ASSIGNED", claimId: claim.id, actorId: editor.id, message: "Assigned." } });
    expect(await sendDigestsJob.run({}, context())).toMatchObject({ digests: 1 });
    await deliverMailJob.run({}, context());
    const mail = await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(reporter.email));
    expect(mail.subject).toBe("OnRecord desk: 1 notice since your last digest");
  });

  it("a worker asked to stop sends nothing more; the batch waits for the next run with no try counted", async () => {
    const recipients = [`${unique("stop")}@newsroom.test`, `${unique("stop")}@newsroom.test`];
    for (const to of recipients) await queue(to);
    const stopping = new AbortController();
    stopping.abort();
    const report = await deliverQueuedMail({ signal: stopping.signal });
    expect(report.sent).toBe(0);
    const rows = await prisma.mailMessage.findMany({ where: { recipient: { in: recipients } } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["QUEUED", 0],
      ["QUEUED", 0],
    ]);
    // Released at once, not held for the claim's ten minutes.
    expect(Math.max(...rows.map((row) => row.nextAttemptAt.getTime()))).toBeLessThanOrEqual(Date.now());
    await deliverQueuedMail();
    await Promise.all(recipients.map((to) => smtp.current.waitForMail((mail) => mail.envelopeTo.includes(to))));
  });
});
