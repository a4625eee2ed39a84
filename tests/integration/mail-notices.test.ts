import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { NoticeEmails } from "@/lib/generated/prisma/enums";
import { deliverQueuedMail } from "@/lib/mail/deliver";
import { DIGEST_GAP_HOURS, sendDigests } from "@/lib/mail/digest";
import { notify } from "@/lib/notifications/notify";
import { assignClaim } from "@/lib/workflow/mutations";
import { assignSchema } from "@/lib/workflow/schema";
import { makeClaim, makeUser } from "../support/factories";
import { smtpReceiverForFile } from "../support/smtp-receiver-hooks";

// Desk notices by email, per person: at once (a NOTICE mail written with the
// notice), a daily digest (one mail with the unread notices no mail carried
// yet), or off. Delivered through a real SMTP smtp.current.

const smtp = smtpReceiverForFile();
beforeEach(() => {
  vi.stubEnv("SITE_URL", "https://desk.newsroom.test");
  return () => vi.unstubAllEnvs();
});

async function person(choice: NoticeEmails, role: "REPORTER" | "EDITOR" = "REPORTER") {
  const user = await makeUser(role);
  await prisma.user.update({ where: { id: user.id }, data: { noticeEmails: choice } });
  return user;
}

async function assign(editor: Actor, assignee: Actor) {
  const claim = await makeClaim(editor, { assigneeId: null });
  await assignClaim(editor, assignSchema.parse({ claimId: claim.id, version: String(claim.version), assigneeId: assignee.id }));
  return claim;
}

const mailTo = (user: Actor) => prisma.mailMessage.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
const noticesOf = (user: Actor) => prisma.notification.findMany({ where: { recipientId: user.id }, orderBy: { createdAt: "asc" } });
const hoursLater = (hours: number) => new Date(Date.now() + hours * 3_600_000);

describe("notices at once", () => {
  it("an assignment mails the assignee what happened, which claim, and its link on the desk; the editor who did it gets nothing", async () => {
    const editor = await person("AT_ONCE", "EDITOR");
    const reporter = await person("AT_ONCE");
    const claim = await assign(editor, reporter);

    const [queued] = await mailTo(reporter);
    expect(queued).toMatchObject({ kind: "NOTICE", recipient: reporter.email, status: "QUEUED" });
    expect(await mailTo(editor)).toEqual([]);
    const [notice] = await noticesOf(reporter);
    expect(notice!.mailedAt).toBeInstanceOf(Date);

    await deliverQueuedMail();
    const mail = await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(reporter.email));
    expect(mail.subject).toBe(`Assigned to you: ${claim.text}`);
    expect(mail.text).toContain(`${editor.name} assigned this claim to you.`);
    expect(mail.text).toContain(`Claim: ${claim.text}`);
    expect(mail.text).toContain(`https://desk.newsroom.test/desk/claims/${claim.id}`);
    expect(mail.text).toContain("https://desk.newsroom.test/desk/account");
  });

  it("a change that rolls back leaves neither a notice nor a mail", async () => {
    const editor = await person("AT_ONCE", "EDITOR");
    const reporter = await person("AT_ONCE");
    const claim = await makeClaim(editor, { assigneeId: reporter.id });
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, { recipients: [reporter.id], kind: "SENT_BACK", claimId: claim.id, actorId: editor.id, message: "Sent back." });
        throw new Error("the change it announced failed");
      }),
    ).rejects.toThrow("the change it announced failed");
    expect(await noticesOf(reporter)).toEqual([]);
    expect(await mailTo(reporter)).toEqual([]);
  });

  it("a disabled account gets no mail", async () => {
    const editor = await person("AT_ONCE", "EDITOR");
    const reporter = await person("AT_ONCE");
    const claim = await makeClaim(editor, { assigneeId: reporter.id });
    await prisma.user.update({ where: { id: reporter.id }, data: { disabledAt: new Date() } });
    await prisma.$transaction((tx) =>
      notify(tx, { recipients: [reporter.id], kind: "SENT_BACK", claimId: claim.id, actorId: editor.id, message: "Sent back." }),
    );
    expect(await noticesOf(reporter)).toHaveLength(1);
    expect(await mailTo(reporter)).toEqual([]);
  });
});

describe("notice emails off", () => {
  it("sends nothing, at once or in a digest; the notice is still on the desk", async () => {
    const editor = await person("AT_ONCE", "EDITOR");
    const reporter = await person("OFF");
    await assign(editor, reporter);
    await sendDigests({ now: hoursLater(1) });
    await deliverQueuedMail();
    expect(await noticesOf(reporter)).toEqual([expect.objectContaining({ kind: "ASSIGNED", mailedAt: null })]);
    expect(await mailTo(reporter)).toEqual([]);
    expect(smtp.current.messages.some((mail) => mail.envelopeTo.includes(reporter.email))).toBe(false);
  });
});

describe("the daily digest", () => {
  it("one mail with the unread notices not yet mailed, once a day; nothing is sent twice", async () => {
    const editor = await person("AT_ONCE", "EDITOR");
    const reporter = await person("DAILY_DIGEST");
    const first = await assign(editor, reporter);
    const second = await assign(editor, reporter);
    const alreadyRead = await assign(editor, reporter);
    await prisma.notification.updateMany({ where: { recipientId: reporter.id, claimId: alreadyRead.id }, data: { readAt: new Date() } });
    // No mail at once for someone who chose the digest.
    expect(await mailTo(reporter)).toEqual([]);

    expect((await sendDigests({ now: hoursLater(0.01) })).digests).toBeGreaterThanOrEqual(1);
    const [digest] = await mailTo(reporter);
    expect(digest).toMatchObject({ kind: "DIGEST", subject: "OnRecord desk: 2 notices since your last digest" });
    expect(digest!.text).toContain(`https://desk.newsroom.test/desk/claims/${first.id}`);
    expect(digest!.text).toContain(`https://desk.newsroom.test/desk/claims/${second.id}`);
    expect(digest!.text).not.toContain(alreadyRead.id);
    const notices = await noticesOf(reporter);
    expect(notices.filter((notice) => notice.mailedAt).map((notice) => notice.claimId)).toEqual([first.id, second.id]);

    // The same day, with a new notice: no second digest.
    const later = await assign(editor, reporter);
    await sendDigests({ now: hoursLater(1) });
    expect(await mailTo(reporter)).toHaveLength(1);

    await deliverQueuedMail();
    const mail = await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(reporter.email));
    expect(mail.subject).toBe("OnRecord desk: 2 notices since your last digest");
    expect(mail.text).toContain(first.text);

    // The next day: only what came since.
    await sendDigests({ now: hoursLater(DIGEST_GAP_HOURS + 1) });
    const digests = await mailTo(reporter);
    expect(digests).toHaveLength(2);
    expect(digests[1]!.subject).toBe("OnRecord desk: 1 notice since your last digest");
    expect(digests[1]!.text).toContain(later.id);
    expect(digests[1]!.text).not.toContain(first.id);

    // And again, with nothing new: nothing.
    await sendDigests({ now: hoursLater(2 * DIGEST_GAP_HOURS + 2) });
    expect(await mailTo(reporter)).toHaveLength(2);
  });

  it("two digest runs at once send one digest", async () => {
    const editor = await person("AT_ONCE", "EDITOR");
    const reporter = await person("DAILY_DIGEST");
    await assign(editor, reporter);
    await Promise.all([sendDigests(), sendDigests(), sendDigests()]);
    expect((await mailTo(reporter)).map((mail) => mail.kind)).toEqual(["DIGEST"]);
  });

  it("nobody with nothing unread gets an empty digest", async () => {
    const reporter = await person("DAILY_DIGEST");
    await sendDigests({ now: hoursLater(0.01) });
    expect(await mailTo(reporter)).toEqual([]);
  });
});
