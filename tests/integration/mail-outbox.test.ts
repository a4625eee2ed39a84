import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { noteOutboxReading } from "@/lib/mail/outbox-reading";
import { listOutbox, OUTBOX_PAGE, readOutboxMail, readOutboxStatus } from "@/lib/mail/queries";
import { makeUser, unique } from "../support/factories";

// The outbox admins read (/desk/admin/outbox): newest first, in pages, one
// email at a time; nobody else may read it, since it holds other people's
// invitation and reset links.

const write = (subject: string, createdAt: Date, status: "HELD" | "SENT" | "FAILED" = "HELD") =>
  prisma.mailMessage.create({
    data: { recipient: `${unique("to")}@newsroom.test`, kind: "INVITATION", subject, text: `Join: https://desk.test/join/${subject}`, status, createdAt },
  });

describe("the outbox", () => {
  it("reporters and editors are refused the list and every email in it", async () => {
    const mail = await write(unique("secret-link"), new Date());
    for (const role of ["REPORTER", "EDITOR"] as const) {
      const person = await makeUser(role);
      await expect(listOutbox(person)).rejects.toMatchObject({ name: "DomainError", code: "forbidden", message: "Only admins can read the outbox." });
      await expect(readOutboxMail(person, mail.id)).rejects.toMatchObject({ name: "DomainError", code: "forbidden" });
    }
    await expect(listOutbox(null)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("an admin reads it newest first, page by page, with counts by status", async () => {
    const admin = await makeUser("ADMIN");
    const start = Date.now() + 60_000;
    const batch = unique("batch");
    for (let index = 0; index < OUTBOX_PAGE + 3; index += 1) {
      await write(`${batch}-${String(index).padStart(3, "0")}`, new Date(start + index * 1000), index === 0 ? "FAILED" : "HELD");
    }
    const first = await listOutbox(admin);
    expect(first.mail).toHaveLength(OUTBOX_PAGE);
    expect(first.mail[0]!.subject).toBe(`${batch}-${String(OUTBOX_PAGE + 2).padStart(3, "0")}`);
    expect(first.counts.FAILED).toBeGreaterThanOrEqual(1);
    expect(first.older).toEqual(expect.any(String));

    const second = await listOutbox(admin, { before: first.older! });
    const subjects = second.mail.filter((mail) => mail.subject.startsWith(batch)).map((mail) => mail.subject);
    expect(subjects).toEqual([`${batch}-002`, `${batch}-001`, `${batch}-000`]);
    // No email is on both pages.
    const seen = new Set(first.mail.map((mail) => mail.id));
    expect(second.mail.some((mail) => seen.has(mail.id))).toBe(false);
  });

  it("a cursor that is not one of ours reads as the first page", async () => {
    const admin = await makeUser("ADMIN");
    const newest = await listOutbox(admin);
    expect((await listOutbox(admin, { before: "not-a-cursor" })).mail.map((mail) => mail.id)).toEqual(newest.mail.map((mail) => mail.id));
  });

  it("an admin opens one email and reads its whole text; an unknown or malformed id is simply not there", async () => {
    const admin = await makeUser("ADMIN");
    const mail = await write(unique("open-me"), new Date());
    expect(await readOutboxMail(admin, mail.id)).toMatchObject({ subject: mail.subject, text: mail.text, status: "HELD", recipient: mail.recipient });
    expect(await readOutboxMail(admin, "no-such-mail")).toBeNull();
    expect(await readOutboxMail(admin, "bad\u0000id")).toBeNull();
  });

  it("opening an email that still holds someone's account link is in the audit log; a notice or a sent link is not", async () => {
    const admin = await makeUser("ADMIN");
    const held = await prisma.mailMessage.create({
      data: { recipient: "colleague@newsroom.test", kind: "PASSWORD_RESET", subject: "Reset", text: "https://desk.test/reset/t", status: "HELD" },
    });
    const notice = await write(unique("notice"), new Date());
    await prisma.mailMessage.update({ where: { id: notice.id }, data: { kind: "NOTICE" } });
    const sent = await prisma.mailMessage.create({
      data: { recipient: "colleague@newsroom.test", kind: "INVITATION", subject: "Join", text: "(removed)", status: "SENT", sentAt: new Date() },
    });
    for (const mail of [held, notice, sent]) await noteOutboxReading(admin, (await readOutboxMail(admin, mail.id))!);

    const audit = await prisma.auditEvent.findMany({ where: { action: "mail.read", actorId: admin.id } });
    expect(audit).toEqual([
      expect.objectContaining({ targetType: "MailMessage", targetId: held.id, details: { kind: "PASSWORD_RESET", recipient: "colleague@newsroom.test" } }),
    ]);
  });

  it("lists one status at a time when asked, paging within it", async () => {
    const admin = await makeUser("ADMIN");
    const batch = unique("failed");
    const start = Date.now() + 120_000;
    for (let index = 0; index < OUTBOX_PAGE + 1; index += 1) await write(`${batch}-${index}`, new Date(start + index * 1000), "FAILED");
    await write(`${batch}-held`, new Date(start + 100_000), "HELD");

    const first = await listOutbox(admin, { status: "FAILED" });
    expect(first.mail).toHaveLength(OUTBOX_PAGE);
    expect(first.mail.every((mail) => mail.status === "FAILED")).toBe(true);
    const second = await listOutbox(admin, { status: "FAILED", before: first.older! });
    expect(second.mail.every((mail) => mail.status === "FAILED")).toBe(true);
    expect([...first.mail, ...second.mail].filter((mail) => mail.subject.startsWith(batch))).toHaveLength(OUTBOX_PAGE + 1);

    expect(readOutboxStatus("failed")).toBe("FAILED");
    expect(readOutboxStatus("HELD")).toBe("HELD");
    for (const bad of ["bogus", "", undefined, ["failed"]]) expect(readOutboxStatus(bad)).toBeUndefined();
  });
});
