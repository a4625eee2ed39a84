import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyLogin } from "@/lib/auth/login";
import { ACCOUNT_LIMIT, ACCOUNT_WIDE_LIMIT, checkLoginThrottle, IP_LIMIT } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { makeUser, unique } from "../support/factories";

// Signing in, as an attacker and as a real reporter would try it. The
// throttle counts from the LoginAttempt table, so every test uses its own
// addresses and accounts.

const newIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const WRONG_MESSAGE = /do not match an account/;

async function attemptsFor(email: string) {
  return prisma.loginAttempt.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
}

describe("verifyLogin", () => {
  it("signs in with the right password, and records the attempt and an audit event", async () => {
    const reporter = await makeUser("REPORTER");
    const ip = newIp();
    const before = new Date();

    const outcome = await verifyLogin({ email: reporter.email, password: reporter.password, ip });

    expect(outcome).toEqual({ ok: true, user: { id: reporter.id, email: reporter.email, name: reporter.name, sessionVersion: 1 } });
    expect(await attemptsFor(reporter.email)).toEqual([expect.objectContaining({ ip, succeeded: true })]);
    const audit = await prisma.auditEvent.findMany({ where: { targetId: reporter.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "auth.signin", actorId: reporter.id, targetType: "User", ip })]);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: reporter.id } });
    expect(user.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("accepts the email in any case and with stray spaces", async () => {
    const editor = await makeUser("EDITOR");
    const outcome = await verifyLogin({ email: `  ${editor.email.toUpperCase()} `, password: editor.password, ip: newIp() });
    expect(outcome.ok).toBe(true);
  });

  it("a wrong password is refused and recorded, with no actor on the audit event", async () => {
    const reporter = await makeUser("REPORTER");
    const ip = newIp();
    const outcome = await verifyLogin({ email: reporter.email, password: "not the password at all", ip });

    expect(outcome).toEqual({ ok: false, reason: "invalid", message: expect.stringMatching(WRONG_MESSAGE) });
    expect(await attemptsFor(reporter.email)).toEqual([expect.objectContaining({ ip, succeeded: false })]);
    const audit = await prisma.auditEvent.findMany({ where: { targetId: reporter.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: "auth.signin_failed", actorId: null, targetType: "User", ip, details: { email: reporter.email, disabled: false } }),
    ]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: reporter.id } })).lastLoginAt).toBeNull();
  });

  it("an unknown email gets exactly the same answer as a wrong password, so accounts cannot be discovered", async () => {
    const reporter = await makeUser("REPORTER");
    const wrongPassword = await verifyLogin({ email: reporter.email, password: "wrong password here", ip: newIp() });
    const unknownEmail = `${unique("nobody")}@test.onrecord`;
    const ip = newIp();
    const noSuchAccount = await verifyLogin({ email: unknownEmail, password: "wrong password here", ip });

    expect(noSuchAccount).toEqual(wrongPassword);
    expect(await attemptsFor(unknownEmail)).toEqual([expect.objectContaining({ ip, succeeded: false })]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.signin_failed", ip } });
    expect(audit).toMatchObject({ actorId: null, targetType: null, targetId: null, details: { email: unknownEmail } });
  });

  it("a malformed email is refused with the same message and no database error", async () => {
    const outcome = await verifyLogin({ email: '\'; DROP TABLE "User"; --', password: "x", ip: newIp() });
    expect(outcome).toEqual({ ok: false, reason: "invalid", message: expect.stringMatching(WRONG_MESSAGE) });
  });

  it("a disabled account is refused even with the right password, and the attempt is recorded", async () => {
    const reporter = await makeUser("REPORTER", { disabled: true });
    const ip = newIp();
    const outcome = await verifyLogin({ email: reporter.email, password: reporter.password, ip });

    expect(outcome).toEqual({ ok: false, reason: "disabled", message: expect.stringMatching(/disabled/i) });
    expect(await attemptsFor(reporter.email)).toEqual([expect.objectContaining({ succeeded: false })]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: reporter.id } });
    expect(audit).toMatchObject({ action: "auth.signin_failed", details: { disabled: true } });
  });

  it("a disabled account with a wrong password does not reveal that it is disabled", async () => {
    const reporter = await makeUser("REPORTER", { disabled: true });
    const outcome = await verifyLogin({ email: reporter.email, password: "wrong password here", ip: newIp() });
    expect(outcome).toEqual({ ok: false, reason: "invalid", message: expect.stringMatching(WRONG_MESSAGE) });
  });
});

describe("sign-in throttling", () => {
  it(`after ${ACCOUNT_LIMIT} failures from one address an account is paused there, even for the right password`, async () => {
    const target = await makeUser("REPORTER");
    const attackerIp = newIp();

    for (let attempt = 0; attempt < ACCOUNT_LIMIT; attempt += 1) {
      const outcome = await verifyLogin({ email: target.email, password: `guess ${attempt}`, ip: attackerIp });
      expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    }

    // From that address, even the right password now waits.
    const fromThere = await verifyLogin({ email: target.email, password: target.password, ip: attackerIp });
    expect(fromThere).toEqual({
      ok: false,
      reason: "throttled",
      message: expect.stringMatching(/too many failed sign-ins for this account from your network\. try again in (a minute|\d+ minutes)/i),
    });
    // The pause is audited once, when it starts; a throttled attempt records
    // nothing that would extend it.
    expect(await prisma.auditEvent.count({ where: { action: "auth.signin_throttled", details: { path: ["email"], equals: target.email } } })).toBe(1);
    expect(await prisma.loginAttempt.count({ where: { email: target.email } })).toBe(ACCOUNT_LIMIT);
  });

  it("someone guessing a reporter's password cannot keep the reporter out: they sign in from their own network", async () => {
    const target = await makeUser("REPORTER");
    const attackerIp = newIp();
    // More guesses than the limit, spread so the attacker keeps their own pause going.
    for (let attempt = 0; attempt < ACCOUNT_LIMIT + 3; attempt += 1) {
      await verifyLogin({ email: target.email, password: `guess ${attempt}`, ip: attackerIp });
    }
    expect(await checkLoginThrottle(target.email, attackerIp)).toMatchObject({ blocked: true, scope: "account" });
    expect((await verifyLogin({ email: target.email, password: target.password, ip: newIp() })).ok).toBe(true);
  });

  it("a burst of parallel guesses from one address gets no more than the limit checked", async () => {
    const target = await makeUser("REPORTER");
    const burstIp = newIp();
    const outcomes = await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT * 2 }, (_, attempt) => verifyLogin({ email: target.email, password: `burst ${attempt}`, ip: burstIp })),
    );
    // Attempts that overlap are turned away at once instead of being checked.
    const checked = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid").length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(outcomes.every((outcome) => !outcome.ok)).toBe(true);
    expect(await prisma.loginAttempt.count({ where: { email: target.email } })).toBe(checked);
    // Afterwards the count is honest: no more than the limit were ever checked.
    for (let attempt = checked; attempt < ACCOUNT_LIMIT; attempt += 1) {
      await verifyLogin({ email: target.email, password: `after ${attempt}`, ip: burstIp });
    }
    expect(await verifyLogin({ email: target.email, password: target.password, ip: burstIp })).toMatchObject({ reason: "throttled" });
  });

  it(`a spread-out attack (${ACCOUNT_WIDE_LIMIT} failures from many addresses) pauses the account for unfamiliar networks only`, async () => {
    const target = await makeUser("REPORTER");
    const usualDesk = newIp();
    expect((await verifyLogin({ email: target.email, password: target.password, ip: usualDesk })).ok).toBe(true);

    // Each attacker address stays under the per-address limits.
    for (let attempt = 0; attempt < ACCOUNT_WIDE_LIMIT; attempt += 1) {
      await verifyLogin({ email: target.email, password: `spread guess ${attempt}`, ip: newIp() });
    }

    const fromNewAddress = await verifyLogin({ email: target.email, password: target.password, ip: newIp() });
    expect(fromNewAddress).toEqual({ ok: false, reason: "throttled", message: expect.stringMatching(/networks it has not used before are paused/) });
    // The reporter at their usual desk is not locked out.
    expect((await verifyLogin({ email: target.email, password: target.password, ip: usualDesk })).ok).toBe(true);
  });

  it("a successful sign-in clears the account's failure count", async () => {
    const reporter = await makeUser("REPORTER");
    const ip = newIp();
    for (let attempt = 0; attempt < ACCOUNT_LIMIT - 1; attempt += 1) {
      await verifyLogin({ email: reporter.email, password: `typo ${attempt}`, ip });
    }
    expect((await verifyLogin({ email: reporter.email, password: reporter.password, ip })).ok).toBe(true);
    for (let attempt = 0; attempt < ACCOUNT_LIMIT - 1; attempt += 1) {
      await verifyLogin({ email: reporter.email, password: `typo again ${attempt}`, ip });
    }
    // 8 failures in the window, but only 4 since the last success.
    expect(await checkLoginThrottle(reporter.email, ip)).toEqual({ blocked: false });
    expect((await verifyLogin({ email: reporter.email, password: reporter.password, ip })).ok).toBe(true);
  });

  it(`after ${IP_LIMIT} failures from one address across accounts, that address is paused`, async () => {
    const reporter = await makeUser("REPORTER");
    const guesserIp = newIp();
    // Spraying: one guess per account, never enough to pause any account.
    for (let attempt = 0; attempt < IP_LIMIT; attempt += 1) {
      await verifyLogin({ email: `${unique("spray")}@test.onrecord`, password: "Password1!", ip: guesserIp });
    }

    const fromGuesser = await verifyLogin({ email: reporter.email, password: reporter.password, ip: guesserIp });
    expect(fromGuesser).toEqual({ ok: false, reason: "throttled", message: expect.stringMatching(/from this network.*try again in/i) });

    // The reporter, from their own network, is unaffected.
    expect((await verifyLogin({ email: reporter.email, password: reporter.password, ip: newIp() })).ok).toBe(true);
  });

  it("a guesser cannot reset the address count by signing into an account of their own", async () => {
    const own = await makeUser("REPORTER");
    const guesserIp = newIp();
    for (let attempt = 0; attempt < IP_LIMIT - 1; attempt += 1) {
      await verifyLogin({ email: `${unique("spray")}@test.onrecord`, password: "Password1!", ip: guesserIp });
    }
    expect((await verifyLogin({ email: own.email, password: own.password, ip: guesserIp })).ok).toBe(true);
    await verifyLogin({ email: `${unique("spray")}@test.onrecord`, password: "Password1!", ip: guesserIp });
    expect(await checkLoginThrottle(`${unique("next")}@test.onrecord`, guesserIp)).toMatchObject({ blocked: true, scope: "ip" });
  });
});
