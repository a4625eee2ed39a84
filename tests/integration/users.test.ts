import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inviteColleague } from "@/lib/accounts/invitations";
import { verifyLogin } from "@/lib/auth/login";
import { prisma } from "@/lib/db";
import { changeRole, setDisabled } from "@/lib/users/mutations";
import { invitationSchema } from "@/lib/users/schema";
import { makeUser, unique } from "../support/factories";

// Account management by admins. A role change or a disabled account must end
// the person's current session (the session version is what the session
// helper compares), and every change is in the audit log.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

const userRow = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });
const auditFor = (id: string) => prisma.auditEvent.findMany({ where: { targetType: "User", targetId: id }, orderBy: { createdAt: "asc" } });
const ip = () => `10.200.${randomInt(256)}.${randomInt(1, 255)}`;

// Accounts are made by invitation (lib/accounts/invitations.ts, tested in
// accounts-invitations.test.ts); here, what the list of accounts relies on.
describe("inviting accounts", () => {
  it("an invited account is listed with its role but cannot sign in before joining", async () => {
    const admin = await makeUser("ADMIN");
    const input = invitationSchema.parse({ name: "Rana Reporter", email: ` ${unique("Rana")}@Newsroom.Test `, role: "REPORTER" });

    const invited = await inviteColleague(admin, input);

    expect(invited).toEqual({ id: expect.any(String), email: input.email, name: "Rana Reporter", role: "REPORTER" });
    expect(input.email).toBe(input.email.trim().toLowerCase());
    const row = await userRow(invited.id);
    expect(row).toMatchObject({ invitedAt: expect.any(Date), joinedAt: null });
    expect(await auditFor(invited.id)).toEqual([expect.objectContaining({ action: "user.invited", actorId: admin.id, details: { role: "REPORTER" } })]);
    // No password anybody knows opens it, not even an empty one.
    expect((await verifyLogin({ email: input.email, password: "", ip: ip() })).ok).toBe(false);
  });

  it("a second account with the same email is a conflict, and the first is untouched", async () => {
    const admin = await makeUser("ADMIN");
    const existing = await makeUser("EDITOR");
    const before = await userRow(existing.id);

    await rejectsWith(
      inviteColleague(admin, { name: "Impostor", email: existing.email, role: "ADMIN" }),
      "conflict",
      new RegExp(`account for ${existing.email.replace(/[.]/g, "\\.")} already exists`),
    );

    expect(await prisma.user.count({ where: { email: existing.email } })).toBe(1);
    expect(await userRow(existing.id)).toEqual(before);
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { recipient: existing.email } })).toBe(0);
  });

  it("the email is unique whatever case the admin typed it in", async () => {
    const admin = await makeUser("ADMIN");
    const existing = await makeUser("REPORTER");
    const input = invitationSchema.parse({ name: "Same Person", email: existing.email.toUpperCase(), role: "REPORTER" });
    await rejectsWith(inviteColleague(admin, input), "conflict");
  });
});

describe("changing roles", () => {
  it("promotes a reporter, ends their session and audits it", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");

    await changeRole(admin, { userId: reporter.id, role: "EDITOR" });

    expect(await userRow(reporter.id)).toMatchObject({ role: "EDITOR", sessionVersion: 2 });
    expect(await auditFor(reporter.id)).toEqual([
      expect.objectContaining({ action: "user.role_changed", actorId: admin.id, details: { from: "REPORTER", to: "EDITOR" } }),
    ]);
    // A sign-in now carries the new session version.
    const signIn = await verifyLogin({ email: reporter.email, password: reporter.password, ip: ip() });
    expect(signIn).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
  });

  it("setting the role a person already has changes nothing and ends no session", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    await changeRole(admin, { userId: editor.id, role: "EDITOR" });
    expect(await userRow(editor.id)).toMatchObject({ role: "EDITOR", sessionVersion: 1 });
    expect(await auditFor(editor.id)).toEqual([]);
  });

  it("an admin cannot change their own role, so the last admin cannot lock everyone out", async () => {
    const admin = await makeUser("ADMIN");
    const before = await userRow(admin.id);
    await rejectsWith(changeRole(admin, { userId: admin.id, role: "REPORTER" }), "forbidden", /your own role/i);
    expect(await userRow(admin.id)).toEqual(before);
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
  });

  it("an unknown account is not found", async () => {
    const admin = await makeUser("ADMIN");
    await rejectsWith(changeRole(admin, { userId: "no-such-user", role: "EDITOR" }), "not_found");
  });
});

describe("disabling accounts", () => {
  it("disabling ends the session, blocks sign-in and is audited; enabling restores sign-in", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");

    await setDisabled(admin, { userId: reporter.id, disabled: true });
    const disabled = await userRow(reporter.id);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.sessionVersion).toBe(2);
    expect(await verifyLogin({ email: reporter.email, password: reporter.password, ip: ip() })).toMatchObject({ ok: false, reason: "disabled" });

    await setDisabled(admin, { userId: reporter.id, disabled: false });
    const enabled = await userRow(reporter.id);
    expect(enabled.disabledAt).toBeNull();
    expect(enabled.sessionVersion).toBe(3);
    expect(await verifyLogin({ email: reporter.email, password: reporter.password, ip: ip() })).toMatchObject({ ok: true });

    const actions = (await auditFor(reporter.id)).filter((event) => event.actorId === admin.id).map((event) => event.action);
    expect(actions).toEqual(["user.disabled", "user.enabled"]);
  });

  it("an admin cannot disable their own account", async () => {
    const admin = await makeUser("ADMIN");
    const before = await userRow(admin.id);
    await rejectsWith(setDisabled(admin, { userId: admin.id, disabled: true }), "forbidden", /your own account/i);
    expect(await userRow(admin.id)).toEqual(before);
  });

  it("an unknown account is not found", async () => {
    const admin = await makeUser("ADMIN");
    await rejectsWith(setDisabled(admin, { userId: "no-such-user", disabled: true }), "not_found");
  });
});
