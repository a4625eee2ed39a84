import { randomInt } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { acceptInvitation, inviteColleague } from "@/lib/accounts/invitations";
import { verifyLogin } from "@/lib/auth/login";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { idle } from "@/lib/form-state";
import { assignablePeople } from "@/lib/users/queries";
import { makeClaim, makeUser, unique } from "../support/factories";
import { linkIn, mailsTo } from "./accounts-mail";

// Invitations instead of admin-chosen passwords: only an admin invites; the
// account cannot sign in until the invitee chooses a password from the
// mailed link; the link works once, for 7 days, and a resent one voids it.

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirected to ${to}`), { redirectedTo: to });
  },
}));
vi.mock("@/lib/jobs/queue", () => ({ queueJob: async () => {} }));

const { inviteAccount, resendInvite, revokeInvite, acceptInvite } = await import("@/lib/accounts/invitation-actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const ip = () => `10.77.${randomInt(256)}.${randomInt(1, 255)}`;
const newAddress = () => `${unique("invitee")}@test.onrecord`;
const accept = (token: string, password = "my own chosen passphrase") => acceptInvite(idle, form({ token, password, repeatPassword: password }));

describe("inviting a colleague", () => {
  it("an admin invites: the account waits, a link is mailed, and the invitee joins with a password of their own", async () => {
    const admin = await makeUser("ADMIN");
    session.actor = admin;
    const email = newAddress();

    expect(await inviteAccount(idle, form({ name: "Nadia Newcomer", email, role: "EDITOR" }))).toEqual({
      status: "success",
      message: `Invitation sent to ${email} (Editor). They choose their own password from the link, which works for 7 days.`,
    });
    const invitee = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(invitee).toMatchObject({ name: "Nadia Newcomer", role: "EDITOR", invitedAt: expect.any(Date), joinedAt: null });
    const [mail] = await mailsTo(email, "INVITATION");
    expect(mail).toMatchObject({ userId: invitee.id, subject: expect.stringMatching(/invited/) });
    expect(mail!.text).toContain(admin.name);
    const { url, token } = await linkIn(email, "INVITATION");
    expect(url.pathname).toBe("/welcome");
    // Not yet: nothing anybody knows signs in.
    expect((await verifyLogin({ email, password: "my own chosen passphrase", ip: ip() })).ok).toBe(false);

    session.actor = null; // the invitee is not signed in
    await expect(accept(token)).rejects.toMatchObject({ redirectedTo: "/login?joined=1" });

    expect(await prisma.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ joinedAt: expect.any(Date), sessionVersion: invitee.sessionVersion + 1 });
    expect(await verifyLogin({ email, password: "my own chosen passphrase", ip: ip() })).toMatchObject({ ok: true });
    expect(
      await prisma.auditEvent.findMany({ where: { targetId: invitee.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } }),
    ).toEqual([
      { action: "user.invited", actorId: admin.id },
      { action: "auth.signin_failed", actorId: null },
      { action: "user.joined", actorId: invitee.id },
      { action: "auth.signin", actorId: invitee.id },
    ]);
  });

  it("the link works once: a second use says the invitation was accepted and changes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const invitee = await inviteColleague(admin, { name: "Once Only", email: newAddress(), role: "REPORTER" });
    const { token } = await linkIn(invitee.email, "INVITATION");
    await acceptInvitation({ token, password: "the first passphrase" });
    const joined = await prisma.user.findUniqueOrThrow({ where: { id: invitee.id } });

    expect(await accept(token, "a hijacking passphrase")).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/already been accepted\. Sign in/),
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: invitee.id } })).toEqual(joined);
  });

  it("two tabs accepting at once: one joins, the other is told", async () => {
    const admin = await makeUser("ADMIN");
    const invitee = await inviteColleague(admin, { name: "Two Tabs", email: newAddress(), role: "REPORTER" });
    const { token } = await linkIn(invitee.email, "INVITATION");
    const outcomes = await Promise.allSettled([
      acceptInvitation({ token, password: "first tab passphrase" }),
      acceptInvitation({ token, password: "second tab passphrase" }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = outcomes.findIndex((outcome) => outcome.status === "fulfilled") === 0 ? "first tab passphrase" : "second tab passphrase";
    expect((await verifyLogin({ email: invitee.email, password: winner, ip: ip() })).ok).toBe(true);
  });

  it("an expired invitation says so and what to do; the account still cannot sign in", async () => {
    const admin = await makeUser("ADMIN");
    const invitee = await inviteColleague(admin, { name: "Too Late", email: newAddress(), role: "REPORTER" });
    const { token } = await linkIn(invitee.email, "INVITATION");
    await prisma.accountToken.updateMany({ where: { userId: invitee.id }, data: { expiresAt: new Date(Date.now() - 1) } });

    expect(await accept(token)).toMatchObject({ status: "refused", message: expect.stringMatching(/has expired .* Ask a desk admin to send you a new one/) });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: invitee.id } })).toMatchObject({ joinedAt: null });
  });

  it("resending mails a fresh link and voids the old one", async () => {
    const admin = await makeUser("ADMIN");
    session.actor = admin;
    const invitee = await inviteColleague(admin, { name: "Lost Mail", email: newAddress(), role: "REPORTER" });
    const first = await linkIn(invitee.email, "INVITATION");

    expect(await resendInvite(idle, form({ userId: invitee.id }))).toMatchObject({
      status: "success",
      message: expect.stringMatching(/earlier link no longer works/),
    });
    const second = await linkIn(invitee.email, "INVITATION");
    expect(second.token).not.toBe(first.token);
    expect(await mailsTo(invitee.email, "INVITATION")).toHaveLength(2);

    expect(await accept(first.token)).toMatchObject({ status: "refused", message: expect.stringMatching(/not valid/) });
    await expect(accept(second.token)).rejects.toMatchObject({ redirectedTo: "/login?joined=1" });
    // Once joined, there is no invitation left to resend.
    expect(await resendInvite(idle, form({ userId: invitee.id }))).toMatchObject({ status: "not_found" });
  });

  it("revoking removes the waiting account and its link; with claims pointing at it, the account is kept disabled", async () => {
    const admin = await makeUser("ADMIN");
    session.actor = admin;
    const invitee = await inviteColleague(admin, { name: "Changed Mind", email: newAddress(), role: "REPORTER" });
    const { token } = await linkIn(invitee.email, "INVITATION");

    expect(await revokeInvite(idle, form({ userId: invitee.id }))).toEqual({
      status: "success",
      message: "Changed Mind's invitation is revoked and the account removed.",
    });
    expect(await prisma.user.findUnique({ where: { id: invitee.id } })).toBeNull();
    expect(await accept(token)).toMatchObject({ status: "refused", message: expect.stringMatching(/not valid/) });

    const assigned = await inviteColleague(admin, { name: "Already Assigned", email: newAddress(), role: "REPORTER" });
    const assignedLink = await linkIn(assigned.email, "INVITATION");
    await makeClaim(admin, { assigneeId: assigned.id });
    expect(await revokeInvite(idle, form({ userId: assigned.id }))).toMatchObject({ status: "success", message: expect.stringMatching(/kept, disabled/) });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: assigned.id } })).toMatchObject({ disabledAt: expect.any(Date) });
    expect(await prisma.claim.count({ where: { assigneeId: assigned.id } })).toBe(1);
    expect(await accept(assignedLink.token)).toMatchObject({ status: "refused" });
  });
});

describe("before and after joining", () => {
  it("an invitee is offered for assignment only once they have joined", async () => {
    const admin = await makeUser("ADMIN");
    const invitee = await inviteColleague(admin, { name: "Not Here Yet", email: newAddress(), role: "REPORTER" });
    const offered = async () => (await assignablePeople(admin)).map((person) => person.id);
    expect(await offered()).not.toContain(invitee.id);
    expect(await offered()).toContain(admin.id);

    const { token } = await linkIn(invitee.email, "INVITATION");
    await acceptInvitation({ token, password: "joined at last, finally" });
    expect(await offered()).toContain(invitee.id);
  });
});

describe("who may invite", () => {
  it("reporters and editors are refused; nothing is created or mailed", async () => {
    for (const role of ["REPORTER", "EDITOR"] as const) {
      session.actor = await makeUser(role);
      const email = newAddress();
      expect(await inviteAccount(idle, form({ name: "Smuggled In", email, role: "ADMIN" }))).toEqual({
        status: "refused",
        message: "Only admins can do this.",
      });
      expect(await prisma.user.count({ where: { email } })).toBe(0);
      expect(await mailsTo(email)).toHaveLength(0);
    }
  });

  it("nobody but an admin resends or revokes an invitation", async () => {
    const admin = await makeUser("ADMIN");
    const invitee = await inviteColleague(admin, { name: "Kept Safe", email: newAddress(), role: "REPORTER" });
    for (const actor of [null, await makeUser("REPORTER"), await makeUser("EDITOR")]) {
      session.actor = actor;
      expect(await resendInvite(idle, form({ userId: invitee.id }))).toMatchObject({ status: "refused" });
      expect(await revokeInvite(idle, form({ userId: invitee.id }))).toMatchObject({ status: "refused" });
    }
    expect(await mailsTo(invitee.email, "INVITATION")).toHaveLength(1);
    expect(await prisma.user.findUnique({ where: { id: invitee.id } })).not.toBeNull();
  });

  it("bad input is a field error and invites nobody", async () => {
    session.actor = await makeUser("ADMIN");
    expect(await inviteAccount(idle, form({ name: "X", email: "not an address", role: "OWNER" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { name: [expect.any(String)], email: ["Enter a valid email address."], role: ["Choose a role."] },
    });
  });
});
