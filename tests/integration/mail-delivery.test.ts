import { beforeEach, describe, expect, it, vi } from "vitest";
import { freePort } from "@/lib/database/embedded";
import { prisma } from "@/lib/db";
import { BLANKED_BODY, deliverQueuedMail, MAX_ATTEMPTS, retryDelayMinutes } from "@/lib/mail/deliver";
import { type OutgoingMail, queueMail } from "@/lib/mail/outbox";
import { unique } from "../support/factories";
import { startSmtpReceiver } from "../support/smtp-receiver";
import { smtpReceiverForFile } from "../support/smtp-receiver-hooks";

// Email through a real SMTP server on 127.0.0.1 (tests/support/smtp-smtp.current.ts):
// what arrives, what the outbox records when the server refuses or is down,
// and the demo's outbox without a mail server.

const smtp = smtpReceiverForFile();

beforeEach(() => {
  vi.stubEnv("MAIL_FROM", "Desk of the Record <desk@record.test>");
  return () => vi.unstubAllEnvs();
});

const address = () => `${unique("reader")}@newsroom.test`;
const queue = (mail: Partial<OutgoingMail> & { to: string }) =>
  prisma.$transaction((tx) => queueMail(tx, { kind: "NOTICE", subject: "A notice", text: "Something happened.", ...mail }));
const rowFor = (to: string) => prisma.mailMessage.findFirstOrThrow({ where: { recipient: to } });
const minutesLater = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("delivery through SMTP", () => {
  it("sends queued mail with the sender, recipient, subject and body, and records it as sent", async () => {
    const to = address();
    await queue({ to, subject: "Assigned to you: the border claim", text: "Rana assigned this claim to you.\nhttp://desk.test/desk/claims/c1" });

    const report = await deliverQueuedMail();

    const mail = await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(to));
    expect(mail.envelopeFrom).toBe("desk@record.test");
    expect(mail.from).toBe('"Desk of the Record" <desk@record.test>');
    expect(mail.to).toBe(to);
    expect(mail.subject).toBe("Assigned to you: the border claim");
    expect(mail.text.trim()).toBe("Rana assigned this claim to you.\nhttp://desk.test/desk/claims/c1");
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const row = await rowFor(to);
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, text: "Rana assigned this claim to you.\nhttp://desk.test/desk/claims/c1" });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("a line break in a subject cannot add headers", async () => {
    const to = address();
    await queue({ to, subject: "Hello\r\nBcc: victim@elsewhere.test" });
    await deliverQueuedMail();
    const mail = await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(to));
    expect(mail.subject).toBe("Hello Bcc: victim@elsewhere.test");
    expect(mail.envelopeTo).toEqual([to]);
  });

  it("a refused address is refused before anything is written", async () => {
    await expect(queue({ to: "someone@newsroom.test, other@elsewhere.test" })).rejects.toThrow(/not one plain email address/);
    await expect(queue({ to: "not an address" })).rejects.toThrow(/not one plain email address/);
    expect(await prisma.mailMessage.count({ where: { recipient: { contains: "elsewhere.test" } } })).toBe(0);
  });

  it("a mail queued in a transaction that rolls back never exists", async () => {
    const to = address();
    await expect(
      prisma.$transaction(async (tx) => {
        await queueMail(tx, { to, kind: "PASSWORD_CHANGED", subject: "Your password changed", text: "…" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await deliverQueuedMail();
    expect(await prisma.mailMessage.count({ where: { recipient: to } })).toBe(0);
    expect(smtp.current.messages.some((mail) => mail.envelopeTo.includes(to))).toBe(false);
  });

  it("a single-use link is delivered, then blanked in the database", async () => {
    const to = address();
    const link = "http://desk.test/desk/reset/secret-token-0123456789";
    await queue({ to, kind: "PASSWORD_RESET", subject: "Reset your password", text: `Choose a new password: ${link}` });
    await deliverQueuedMail();
    const mail = await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(to));
    expect(mail.text).toContain(link);
    const row = await rowFor(to);
    expect(row.status).toBe("SENT");
    expect(row.text).toBe(BLANKED_BODY);
    expect(JSON.stringify(row)).not.toContain("secret-token");
  });

  it("sends oldest first, and two runs at once send each message once", async () => {
    const recipients = [address(), address(), address(), address()];
    for (const to of recipients) await queue({ to });
    await Promise.all([deliverQueuedMail(), deliverQueuedMail(), deliverQueuedMail()]);
    await Promise.all(recipients.map((to) => smtp.current.waitForMail((mail) => mail.envelopeTo.includes(to))));
    const received = smtp.current.messages.filter((mail) => recipients.includes(mail.envelopeTo[0]!));
    expect(received).toHaveLength(4);
    const rows = await prisma.mailMessage.findMany({ where: { recipient: { in: recipients } } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(recipients.map(() => ["SENT", 1]));
  });

  it("a batch is bounded, oldest first", async () => {
    const recipients = [address(), address(), address()];
    for (const to of recipients) await queue({ to });
    const report = await deliverQueuedMail({ limit: 2 });
    expect(report.sent).toBe(2);
    const statuses = await Promise.all(recipients.map(async (to) => (await rowFor(to)).status));
    expect(statuses).toEqual(["SENT", "SENT", "QUEUED"]);
    await deliverQueuedMail();
    expect((await rowFor(recipients[2]!)).status).toBe("SENT");
  });
});

describe("when delivery fails", () => {
  it("a server refusing for now: the failure in plain words, retried after the pause, then sent", async () => {
    const to = address();
    await queue({ to, subject: "Try me later" });
    smtp.current.refuseRecipients({ code: 451, message: "Greylisted, try again later" });

    const first = await deliverQueuedMail();
    expect(first.retrying).toBe(1);
    const refused = await rowFor(to);
    expect(refused).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      lastError: "The mail server did not accept this message for now (451); it will be tried again.",
    });
    expect(refused.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + (retryDelayMinutes(1) - 1) * 60_000);

    // Too early: not tried again.
    smtp.current.refuseRecipients(null);
    await deliverQueuedMail();
    expect((await rowFor(to)).attempts).toBe(1);

    await deliverQueuedMail({ now: minutesLater(retryDelayMinutes(1) + 1) });
    await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(to));
    expect(await rowFor(to)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("a recipient the server refuses for good is marked failed at once, for admins to see", async () => {
    const to = address();
    await queue({ to });
    smtp.current.refuseRecipients({ code: 550, message: "No such user here" });
    const report = await deliverQueuedMail();
    expect(report.failed).toBe(1);
    expect(await rowFor(to)).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: "The mail server refused this message for good (550). Check the recipient's address.",
    });
    smtp.current.refuseRecipients(null);
    await deliverQueuedMail({ now: minutesLater(60) });
    expect(smtp.current.messages.some((mail) => mail.envelopeTo.includes(to))).toBe(false);
  });

  it("a server that is down: each run counts a try, the pauses grow, and after the last try the mail is failed", async () => {
    const downPort = await freePort();
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${downPort}`);
    const to = address();
    await queue({ to });

    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await deliverQueuedMail({ now });
      const row = await rowFor(to);
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row).toMatchObject({ status: "QUEUED", lastError: "The mail server refused the connection (is it running?); it will be tried again." });
        expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMinutes(attempt) * 60_000);
        now = row.nextAttemptAt;
      } else {
        expect(row).toMatchObject({ status: "FAILED", lastError: expect.stringMatching(/refused the connection.*Gave up after 5 tries\.$/) });
      }
    }
  });

  it("a server that is down holds back the rest of the batch without counting tries against it", async () => {
    const downPort = await freePort();
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${downPort}`);
    const [first, second] = [address(), address()];
    await queue({ to: first });
    await queue({ to: second });
    await deliverQueuedMail({ now: minutesLater(10_000) });
    const rows = await Promise.all([rowFor(first), rowFor(second)]);
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["QUEUED", 1],
      ["QUEUED", 0],
    ]);
    // The server is back: both go out.
    vi.stubEnv("SMTP_URL", smtp.current.url);
    await deliverQueuedMail({ now: minutesLater(20_000) });
    await smtp.current.waitForMail((mail) => mail.envelopeTo.includes(second));
    expect((await rowFor(first)).status).toBe("SENT");
  });

  it("wrong credentials are told as such", async () => {
    const guarded = await startSmtpReceiver({ credentials: { user: "onrecord", pass: "right password" } });
    try {
      vi.stubEnv("SMTP_URL", guarded.url.replace("right%20password", "wrong"));
      const to = address();
      await queue({ to });
      await deliverQueuedMail({ now: minutesLater(30_000) });
      expect(await rowFor(to)).toMatchObject({ status: "QUEUED", lastError: "The mail server refused OnRecord's user name or password. Check SMTP_URL." });
      vi.stubEnv("SMTP_URL", guarded.url);
      await deliverQueuedMail({ now: minutesLater(40_000) });
      await guarded.waitForMail((mail) => mail.envelopeTo.includes(to));
    } finally {
      await guarded.close();
    }
  });
});

describe("without a mail server (the embedded demo)", () => {
  it("mail is held in the outbox and nothing is sent; mail queued before SMTP_URL was removed is held too", async () => {
    const queuedBefore = address();
    await queue({ to: queuedBefore });
    vi.stubEnv("SMTP_URL", "");
    const to = address();
    await queue({ to, kind: "INVITATION", subject: "You are invited", text: "Join: http://desk.test/desk/join/token" });
    expect((await rowFor(to)).status).toBe("HELD");

    const report = await deliverQueuedMail({ now: minutesLater(50_000) });
    expect(report.sent).toBe(0);
    expect(report.held).toBeGreaterThanOrEqual(1);
    expect(await rowFor(queuedBefore)).toMatchObject({ status: "HELD", attempts: 0 });
    // Held mail keeps its body: the outbox is where admins read it.
    expect(await rowFor(to)).toMatchObject({ status: "HELD", text: "Join: http://desk.test/desk/join/token" });
    expect(smtp.current.messages.some((mail) => [to, queuedBefore].includes(mail.envelopeTo[0]!))).toBe(false);
  });
});
