import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { idle } from "@/lib/form-state";
import { deliverQueuedMail } from "@/lib/mail/deliver";
import { makeUser, unique } from "../support/factories";
import { smtpReceiverForFile } from "../support/smtp-receiver-hooks";

// "Send again" in the outbox: an admin puts a failed email (or, once a mail
// server is set up, a held one) back in the queue; nobody else can, and mail
// already sent or waiting is left alone.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
const asked = vi.hoisted(() => ({ jobs: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  requireActor: async () => {
    throw new Error("pages are not under test here");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/jobs/queue", () => ({
  queueJob: async (name: string) => {
    asked.jobs.push(name);
  },
}));

const { sendMailAgain } = await import("@/lib/mail/actions");

const smtp = smtpReceiverForFile();
beforeEach(() => {
  asked.jobs = [];
  return () => vi.unstubAllEnvs();
});

const form = (mailId: string) => {
  const data = new FormData();
  data.set("mailId", mailId);
  return data;
};
const mailIn = (status: "FAILED" | "HELD" | "SENT" | "QUEUED") =>
  prisma.mailMessage.create({
    data: {
      recipient: `${unique("again")}@newsroom.test`,
      kind: "NOTICE",
      subject: "Sent back",
      text: "Body",
      status,
      attempts: status === "FAILED" ? 5 : 0,
      lastError: status === "FAILED" ? "The mail server refused the connection (is it running?)." : null,
    },
  });
const row = (id: string) => prisma.mailMessage.findUniqueOrThrow({ where: { id } });

describe("sending an email again", () => {
  it("an admin sends a failed email again: queued with its tries afresh, delivered, and in the audit log", async () => {
    const admin = await makeUser("ADMIN");
    session.actor = admin;
    const mail = await mailIn("FAILED");
    expect(await sendMailAgain(idle, form(mail.id))).toEqual({
      status: "success",
      message: `The email to ${mail.recipient} is back in the queue and will be sent in a moment.`,
    });
    expect(await row(mail.id)).toMatchObject({ status: "QUEUED", attempts: 0, lastError: null });
    expect(asked.jobs).toEqual(["deliver-mail"]);
    await deliverQueuedMail();
    await smtp.current.waitForMail((received) => received.envelopeTo.includes(mail.recipient));
    expect((await row(mail.id)).status).toBe("SENT");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "mail.resent", targetId: mail.id } });
    expect(audit).toMatchObject({ actorId: admin.id, details: { kind: "NOTICE", recipient: mail.recipient, was: "FAILED" } });
  });

  it("held mail can be sent once a mail server is set up, not before", async () => {
    session.actor = await makeUser("ADMIN");
    const mail = await mailIn("HELD");
    vi.stubEnv("SMTP_URL", "");
    expect(await sendMailAgain(idle, form(mail.id))).toMatchObject({ status: "invalid", message: expect.stringMatching(/No mail server is set up/) });
    expect((await row(mail.id)).status).toBe("HELD");
    vi.stubEnv("SMTP_URL", smtp.current.url);
    expect(await sendMailAgain(idle, form(mail.id))).toMatchObject({ status: "success" });
    expect((await row(mail.id)).status).toBe("QUEUED");
  });

  it("mail already sent or waiting is left alone, with a message saying so", async () => {
    session.actor = await makeUser("ADMIN");
    const sent = await mailIn("SENT");
    const waiting = await mailIn("QUEUED");
    expect(await sendMailAgain(idle, form(sent.id))).toMatchObject({ status: "conflict", message: "This email was already sent." });
    expect(await sendMailAgain(idle, form(waiting.id))).toMatchObject({ status: "conflict", message: "This email is already waiting to be sent." });
    expect(await sendMailAgain(idle, form("no-such-mail"))).toMatchObject({ status: "not_found" });
    expect(await sendMailAgain(idle, form("bad id!"))).toMatchObject({ status: "invalid", fieldErrors: { mailId: ["No email given."] } });
    expect(asked.jobs).toEqual([]);
  });

  it("reporters, editors and the signed-out are refused, and the email stays failed", async () => {
    const mail = await mailIn("FAILED");
    for (const actor of [await makeUser("REPORTER"), await makeUser("EDITOR"), null]) {
      session.actor = actor;
      expect(await sendMailAgain(idle, form(mail.id))).toMatchObject({ status: "refused" });
    }
    expect(await row(mail.id)).toMatchObject({ status: "FAILED", attempts: 5 });
    expect(await prisma.auditEvent.count({ where: { action: "mail.resent", targetId: mail.id } })).toBe(0);
  });
});
