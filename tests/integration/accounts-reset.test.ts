import { randomInt } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { RESET_ANSWER_FLOOR_MS, RESET_REQUESTED, requestPasswordReset, resetPassword } from "@/lib/accounts/reset";
import { RESET_LIMITS } from "@/lib/accounts/reset-throttle";
import { verifyLogin } from "@/lib/auth/login";
import { prisma } from "@/lib/db";
import { idle } from "@/lib/form-state";
import { makeUser, unique } from "../support/factories";
import { linkIn, mailsTo } from "./accounts-mail";

// "Forgot your password?": the form says the same whatever address is typed,
// a working account gets a link valid one hour and used once, the new
// password ends every session, and the form cannot be used to flood a
// mailbox.

const request = vi.hoisted(() => ({ ip: "10.9.9.9" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.ip }) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirected to ${to}`), { redirectedTo: to });
  },
}));
// Nobody is signed in on these pages; next-auth itself runs only inside Next.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
const queued = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/jobs/queue", () => ({ queueJob: async (name: string) => void queued.push(name) }));

const { askForReset, chooseNewPassword } = await import("@/lib/accounts/recovery-actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const freshIp = () => `10.${randomInt(1, 250)}.${randomInt(256)}.${randomInt(1, 255)}`;
const userRow = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

describe("asking for a reset link", () => {
  it("answers the same, as slowly, for an account, an unknown address and a disabled account; only the account gets mail", async () => {
    const reporter = await makeUser("REPORTER");
    const disabled = await makeUser("EDITOR", { disabled: true });
    const unknown = `${unique("nobody")}@test.onrecord`;

    const answers: unknown[] = [];
    for (const email of [reporter.email, unknown, disabled.email]) {
      request.ip = freshIp();
      const [answer, ms] = await timed(() => askForReset(idle, form({ email })));
      answers.push(answer);
      expect(ms).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
    }
    expect(answers).toEqual([
      { status: "success", message: RESET_REQUESTED },
      { status: "success", message: RESET_REQUESTED },
      { status: "success", message: RESET_REQUESTED },
    ]);
    expect(await mailsTo(reporter.email, "PASSWORD_RESET")).toHaveLength(1);
    expect(await mailsTo(unknown)).toHaveLength(0);
    expect(await mailsTo(disabled.email)).toHaveLength(0);
    expect(await prisma.accountToken.count({ where: { userId: disabled.id } })).toBe(0);
    expect(queued).toContain("deliver-mail");
  });

  it("an invited colleague who has not joined gets no reset mail either", async () => {
    const admin = await makeUser("ADMIN");
    const { inviteColleague } = await import("@/lib/accounts/invitations");
    const invitee = await inviteColleague(admin, { name: "Not Yet", email: `${unique("invitee")}@test.onrecord`, role: "REPORTER" });
    expect(await requestPasswordReset({ email: invitee.email, ip: freshIp() })).toEqual({ mailed: false });
    expect(await mailsTo(invitee.email, "PASSWORD_RESET")).toHaveLength(0);
  });

  it("a typed address is asked for at most 3 times an hour, known or not, with a message saying what to do", async () => {
    const reporter = await makeUser("REPORTER");
    const unknown = `${unique("nobody")}@test.onrecord`;
    for (const email of [reporter.email, unknown]) {
      for (let attempt = 1; attempt <= RESET_LIMITS.perAddress.points; attempt += 1) {
        request.ip = freshIp();
        expect(await askForReset(idle, form({ email }))).toEqual({ status: "success", message: RESET_REQUESTED });
      }
      request.ip = freshIp();
      expect(await askForReset(idle, form({ email }))).toEqual({
        status: "refused",
        message: expect.stringMatching(/^Too many reset requests for this address\. Check your inbox .* try again in (60|59) minutes\.$/),
        values: { email },
      });
    }
    // The refused request wrote no link and no mail: three of each.
    expect(await mailsTo(reporter.email, "PASSWORD_RESET")).toHaveLength(3);
    expect(await prisma.accountToken.count({ where: { userId: reporter.id } })).toBe(1);
  });

  it("one network is asked for at most 10 addresses an hour", async () => {
    request.ip = freshIp();
    for (let attempt = 1; attempt <= RESET_LIMITS.perNetwork.points; attempt += 1) {
      expect(await askForReset(idle, form({ email: `${unique("guess")}@test.onrecord` }))).toMatchObject({ status: "success" });
    }
    const colleague = await makeUser("REPORTER");
    expect(await askForReset(idle, form({ email: colleague.email }))).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/^Too many reset requests from your network\./),
    });
    expect(await mailsTo(colleague.email)).toHaveLength(0);
    // From elsewhere the colleague is not held back.
    request.ip = freshIp();
    expect(await askForReset(idle, form({ email: colleague.email }))).toMatchObject({ status: "success" });
    expect(await mailsTo(colleague.email, "PASSWORD_RESET")).toHaveLength(1);
  });

  it("an address that is not an address is a field error, and nothing is counted or sent", async () => {
    request.ip = freshIp();
    expect(await askForReset(idle, form({ email: "not an address" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { email: ["Enter the email address of your desk account."] },
    });
  });
});

describe("choosing a new password from the link", () => {
  it("sets the password, ends every session, voids the link and older ones, and tells the account", async () => {
    const editor = await makeUser("EDITOR");
    await requestPasswordReset({ email: editor.email, ip: freshIp() });
    const older = await linkIn(editor.email, "PASSWORD_RESET");
    await requestPasswordReset({ email: editor.email, ip: freshIp() });
    const { token } = await linkIn(editor.email, "PASSWORD_RESET");
    expect(token).not.toBe(older.token);
    const before = await userRow(editor.id);

    await expect(chooseNewPassword(idle, form({ token, password: "a brand new passphrase", repeatPassword: "a brand new passphrase" }))).rejects.toMatchObject({
      redirectedTo: "/login?reset=1",
    });

    const after = await userRow(editor.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect((await verifyLogin({ email: editor.email, password: "a brand new passphrase", ip: freshIp() })).ok).toBe(true);
    expect((await verifyLogin({ email: editor.email, password: editor.password, ip: freshIp() })).ok).toBe(false);
    const changed = await mailsTo(editor.email, "PASSWORD_CHANGED");
    expect(changed).toHaveLength(1);
    expect(changed[0]!.text).toMatch(/reset from an emailed link/);
    expect(await prisma.auditEvent.count({ where: { targetId: editor.id, action: "auth.password_reset" } })).toBe(1);

    // The link cannot be used twice, and the older one was voided by the newer.
    expect(await chooseNewPassword(idle, form({ token, password: "yet another passphrase", repeatPassword: "yet another passphrase" }))).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/already been used/),
    });
    expect(
      await chooseNewPassword(idle, form({ token: older.token, password: "yet another passphrase", repeatPassword: "yet another passphrase" })),
    ).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/not valid/),
    });
    expect((await userRow(editor.id)).passwordHash).toBe(after.passwordHash);
  });

  it("two uses of one link at the same moment: exactly one succeeds", async () => {
    const reporter = await makeUser("REPORTER");
    await requestPasswordReset({ email: reporter.email, ip: freshIp() });
    const { token } = await linkIn(reporter.email, "PASSWORD_RESET");
    const before = await userRow(reporter.id);

    const outcomes = await Promise.allSettled([
      resetPassword({ token, password: "first racing passphrase" }),
      resetPassword({ token, password: "second racing passphrase" }),
      resetPassword({ token, password: "third racing passphrase" }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const refused of outcomes.filter((outcome) => outcome.status === "rejected")) {
      expect(refused.reason).toMatchObject({ name: "DomainError", message: expect.stringMatching(/already been used/) });
    }
    expect((await userRow(reporter.id)).sessionVersion).toBe(before.sessionVersion + 1);
    expect(await prisma.auditEvent.count({ where: { targetId: reporter.id, action: "auth.password_reset" } })).toBe(1);
  });

  it("an expired link says so, and changes nothing", async () => {
    const reporter = await makeUser("REPORTER");
    await requestPasswordReset({ email: reporter.email, ip: freshIp() });
    const { token } = await linkIn(reporter.email, "PASSWORD_RESET");
    await prisma.accountToken.updateMany({ where: { userId: reporter.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await userRow(reporter.id);

    expect(await chooseNewPassword(idle, form({ token, password: "too late a passphrase", repeatPassword: "too late a passphrase" }))).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/has expired \(reset links last one hour\)/),
    });
    expect(await userRow(reporter.id)).toEqual(before);
  });

  it("refuses a short password or two that differ, keeping the link usable", async () => {
    const reporter = await makeUser("REPORTER");
    await requestPasswordReset({ email: reporter.email, ip: freshIp() });
    const { token } = await linkIn(reporter.email, "PASSWORD_RESET");

    expect(await chooseNewPassword(idle, form({ token, password: "short", repeatPassword: "short" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { password: ["The password must be at least 12 characters."] },
    });
    expect(await chooseNewPassword(idle, form({ token, password: "a long enough passphrase", repeatPassword: "a long enough passphrasE" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { repeatPassword: ["The two passwords are not the same."] },
    });
    expect(await prisma.accountToken.findFirstOrThrow({ where: { userId: reporter.id } })).toMatchObject({ usedAt: null });
  });

  it("an account disabled after the mail went out cannot be reset through it", async () => {
    const reporter = await makeUser("REPORTER");
    await requestPasswordReset({ email: reporter.email, ip: freshIp() });
    const { token } = await linkIn(reporter.email, "PASSWORD_RESET");
    await prisma.user.update({ where: { id: reporter.id }, data: { disabledAt: new Date() } });
    const before = await userRow(reporter.id);

    await expect(resetPassword({ token, password: "sneaking back in now" })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/disabled/),
    });
    expect(await userRow(reporter.id)).toEqual(before);
  });
});
