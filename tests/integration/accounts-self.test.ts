import { randomInt } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { verifyLogin } from "@/lib/auth/login";
import type { Actor } from "@/lib/auth/roles";
import { ACCOUNT_LIMIT } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { idle } from "@/lib/form-state";
import { makeUser, unique } from "../support/factories";
import { linkIn, mailsTo } from "./accounts-mail";

// /desk/account: each person changes their own name, email (applied only
// from a link mailed to the new address) and password (the current one
// required; every other session ends, this browser is signed in again).
// The forms name no account, so nobody can aim them at a colleague.

const session = vi.hoisted(() => ({ actor: null as Actor | null, ip: "10.66.0.1" }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": session.ip }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirected to ${to}`), { redirectedTo: to });
  },
}));
vi.mock("@/lib/jobs/queue", () => ({ queueJob: async () => {} }));
// Auth.js runs only inside Next: what matters here is that this browser is
// signed in again with the new password, which is what Auth.js is asked.
const signIn = vi.hoisted(() => vi.fn(async (_provider: string, _options: Record<string, unknown>) => undefined));
vi.mock("@/lib/auth/config", () => ({ signIn }));

const { renameMe, changeMyEmail, changeMyPassword } = await import("@/lib/accounts/account-actions");
const { confirmNewEmail } = await import("@/lib/accounts/recovery-actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const userRow = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });

beforeEach(() => {
  session.ip = `10.66.${randomInt(256)}.${randomInt(1, 255)}`;
  signIn.mockClear();
});

describe("changing one's name", () => {
  it("changes the signed-in person's name only, even when the form names a colleague", async () => {
    const reporter = await makeUser("REPORTER");
    const colleague = await makeUser("EDITOR");
    session.actor = reporter;
    expect(await renameMe(idle, form({ name: "Rana Q. Reporter", userId: colleague.id }))).toEqual({
      status: "success",
      message: "Your name is now Rana Q. Reporter.",
    });
    expect((await userRow(reporter.id)).name).toBe("Rana Q. Reporter");
    expect((await userRow(colleague.id)).name).toBe(colleague.name);
    expect(await prisma.auditEvent.findFirst({ where: { targetId: reporter.id, action: "user.renamed" } })).toMatchObject({
      details: { from: reporter.name, to: "Rana Q. Reporter" },
    });
  });

  it("signed out: refused, nothing changes", async () => {
    session.actor = null;
    const before = await prisma.user.count({ where: { name: "Nobody At All" } });
    expect(await renameMe(idle, form({ name: "Nobody At All" }))).toMatchObject({ status: "refused", message: expect.stringMatching(/sign in/i) });
    expect(await prisma.user.count({ where: { name: "Nobody At All" } })).toBe(before);
  });
});

describe("changing one's email", () => {
  it("applies only when the link mailed to the new address is followed, and tells the old address", async () => {
    const editor = await makeUser("EDITOR");
    session.actor = editor;
    const newEmail = `${unique("moved")}@test.onrecord`;

    expect(await changeMyEmail(idle, form({ newEmail: ` ${newEmail.toUpperCase()} `, currentPassword: editor.password }))).toMatchObject({
      status: "success",
      message: expect.stringMatching(new RegExp(`^A confirmation link went to ${newEmail.replace(/[.]/g, "\\.")}`)),
    });
    // Nothing has changed yet: the old address still signs in.
    expect((await userRow(editor.id)).email).toBe(editor.email);
    expect(await mailsTo(editor.email)).toHaveLength(0);
    const { url, token } = await linkIn(newEmail, "EMAIL_CONFIRMATION");
    expect(url.pathname).toBe("/confirm-email");

    session.actor = null; // the link works from any browser: the mailbox is the proof
    expect(await confirmNewEmail(idle, form({ token }))).toEqual({
      status: "success",
      message: `Your desk email is now ${newEmail}. Sign in with it from now on.`,
    });
    expect((await userRow(editor.id)).email).toBe(newEmail);
    expect(await verifyLogin({ email: newEmail, password: editor.password, ip: session.ip })).toMatchObject({ ok: true });
    const [told] = await mailsTo(editor.email, "PASSWORD_CHANGED");
    expect(told!.text).toContain(`changed to ${newEmail}`);
    // Used once.
    expect(await confirmNewEmail(idle, form({ token }))).toMatchObject({ status: "refused", message: expect.stringMatching(/already been confirmed/) });
  });

  it("needs the current password; a wrong one is refused, counted as a failed sign-in, and sends nothing", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const newEmail = `${unique("stolen")}@test.onrecord`;
    expect(await changeMyEmail(idle, form({ newEmail, currentPassword: "a guess at the password" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { currentPassword: ["Your current password is not right."] },
      values: { newEmail },
    });
    expect(await mailsTo(newEmail)).toHaveLength(0);
    expect(await prisma.loginAttempt.count({ where: { email: reporter.email, succeeded: false } })).toBe(1);
  });

  it("an address another account holds is refused, at the request and again at the confirmation", async () => {
    const reporter = await makeUser("REPORTER");
    const colleague = await makeUser("EDITOR");
    session.actor = reporter;
    expect(await changeMyEmail(idle, form({ newEmail: colleague.email, currentPassword: reporter.password }))).toMatchObject({
      status: "conflict",
      message: "That address belongs to another desk account.",
    });

    const wanted = `${unique("wanted")}@test.onrecord`;
    await changeMyEmail(idle, form({ newEmail: wanted, currentPassword: reporter.password }));
    const { token } = await linkIn(wanted, "EMAIL_CONFIRMATION");
    await prisma.user.update({ where: { id: colleague.id }, data: { email: wanted } });
    expect(await confirmNewEmail(idle, form({ token }))).toMatchObject({
      status: "conflict",
      message: expect.stringMatching(/now belongs to another desk account/),
    });
    expect((await userRow(reporter.id)).email).toBe(reporter.email);
  });
});

describe("changing one's password", () => {
  it("ends every other session, signs this browser in again with the new password, and tells the account", async () => {
    const editor = await makeUser("EDITOR");
    session.actor = editor;
    const before = await userRow(editor.id);

    // The account page is loaded afresh, with this browser's new session, to say so.
    await expect(
      changeMyPassword(idle, form({ currentPassword: editor.password, password: "a fresh long passphrase", repeatPassword: "a fresh long passphrase" })),
    ).rejects.toMatchObject({ redirectedTo: "/desk/account?passwordChanged=1" });

    const after = await userRow(editor.id);
    // A session token carries the version it was issued with: every token
    // issued before, in any browser, is now refused (lib/auth/session.ts).
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(signIn).toHaveBeenCalledWith("credentials", { email: editor.email, password: "a fresh long passphrase", redirect: false });
    expect(await verifyLogin({ email: editor.email, password: "a fresh long passphrase", ip: session.ip })).toMatchObject({
      ok: true,
      user: { sessionVersion: after.sessionVersion },
    });
    expect(await verifyLogin({ email: editor.email, password: editor.password, ip: session.ip })).toMatchObject({ ok: false });
    expect(await mailsTo(editor.email, "PASSWORD_CHANGED")).toHaveLength(1);
  });

  it("a wrong current password changes nothing and ends no session; repeated guesses are paused like sign-ins", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const before = await userRow(reporter.id);
    const attempt = () => changeMyPassword(idle, form({ currentPassword: "not the password", password: "taken over now!", repeatPassword: "taken over now!" }));

    for (let guess = 1; guess <= ACCOUNT_LIMIT; guess += 1) {
      expect(await attempt()).toMatchObject({ status: "invalid", fieldErrors: { currentPassword: ["Your current password is not right."] } });
    }
    expect(await attempt()).toMatchObject({ status: "refused", message: expect.stringMatching(/Too many failed sign-ins for this account from your network/) });
    expect(await userRow(reporter.id)).toEqual(before);
    expect(signIn).not.toHaveBeenCalled();
  });

  it("the new password follows the rules; two that differ are refused", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    expect(await changeMyPassword(idle, form({ currentPassword: reporter.password, password: "short", repeatPassword: "short" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { password: ["The password must be at least 12 characters."] },
    });
    expect(
      await changeMyPassword(idle, form({ currentPassword: reporter.password, password: "long enough words", repeatPassword: "long enough wordz" })),
    ).toMatchObject({ status: "invalid", fieldErrors: { repeatPassword: ["The two passwords are not the same."] } });
    expect((await userRow(reporter.id)).sessionVersion).toBe(1);
  });

  it("cannot be aimed at a colleague: the form's account fields are ignored", async () => {
    const reporter = await makeUser("REPORTER");
    const admin = await makeUser("ADMIN");
    session.actor = reporter;
    await expect(
      changeMyPassword(
        idle,
        form({
          userId: admin.id,
          email: admin.email,
          currentPassword: reporter.password,
          password: "mine and only mine",
          repeatPassword: "mine and only mine",
        }),
      ),
    ).rejects.toMatchObject({ redirectedTo: "/desk/account?passwordChanged=1" });
    expect(await verifyLogin({ email: admin.email, password: admin.password, ip: session.ip })).toMatchObject({ ok: true });
    expect(await verifyLogin({ email: reporter.email, password: "mine and only mine", ip: session.ip })).toMatchObject({ ok: true });
  });
});
