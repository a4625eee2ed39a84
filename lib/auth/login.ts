import "server-only";
import { DECOY_HASH, verifyPassword } from "@/lib/auth/password";
import { loginSchema } from "@/lib/auth/schema";
import { checkLoginThrottle, throttleMessage } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/history/record";

export type LoginOutcome =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" | "disabled"; message: string };

const WRONG = "That email and password do not match an account. Check both and try again.";

// Checks one sign-in attempt and writes it down. Every attempt that reaches
// the password check becomes a LoginAttempt row (what the throttle counts) and
// an audit event. Everything the throttle knows (the rows, the locks) is in
// PostgreSQL, so app servers answering side by side share one count; `db` lets
// a test stand for a second server with a client of its own.
export async function verifyLogin(input: { email: string; password: string; ip: string }, db: PrismaClient = prisma): Promise<LoginOutcome> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: WRONG };
  const { email, password } = parsed.data;

  // One attempt at a time per address and per account: without this, a burst
  // of parallel guesses would all pass the throttle check before any of them
  // is recorded. An attempt that finds another in progress is turned away at
  // once rather than queued, so a burst cannot tie up the connection pool.
  const outcome = await db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ip: boolean; account: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${`signin-ip:${input.ip}`})) AS ip,
               pg_try_advisory_xact_lock(hashtext(${`signin-account:${email}`})) AS account`;
      if (!lock?.ip || !lock.account) return { kind: "busy" } as const;
      const throttle = await checkLoginThrottle(email, input.ip, new Date(), tx);
      // A throttled attempt is neither checked nor recorded, so it cannot
      // extend the pause; the moment a pause starts is audited instead.
      if (throttle.blocked) return { kind: "throttled", throttle } as const;

      const user = await tx.user.findUnique({ where: { email } });
      // Compare against a decoy when there is no such user, so timing does not
      // tell an attacker which emails have accounts.
      const matches = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
      const succeeded = Boolean(user && matches && !user.disabledAt);
      await tx.loginAttempt.create({ data: { email, ip: input.ip, succeeded } });
      await recordAudit(tx, {
        actorId: user && matches ? user.id : null,
        action: succeeded ? "auth.signin" : "auth.signin_failed",
        targetType: user ? "User" : undefined,
        targetId: user?.id,
        ip: input.ip,
        details: succeeded ? {} : { email, disabled: Boolean(user?.disabledAt && matches) },
      });
      if (succeeded && user) await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
      if (!succeeded) {
        const after = await checkLoginThrottle(email, input.ip, new Date(), tx);
        if (after.blocked) {
          await recordAudit(tx, { actorId: null, action: "auth.signin_throttled", ip: input.ip, details: { email, scope: after.scope } });
        }
      }
      return { kind: "checked", user, matches } as const;
    },
    { timeout: 15_000 },
  );

  if (outcome.kind === "busy") {
    return { ok: false, reason: "throttled", message: "Another sign-in from your network is being checked. Wait a moment and try again." };
  }
  if (outcome.kind === "throttled") return { ok: false, reason: "throttled", message: throttleMessage(outcome.throttle) };
  const { user, matches } = outcome;
  if (!user || !matches) return { ok: false, reason: "invalid", message: WRONG };
  if (user.disabledAt) {
    return { ok: false, reason: "disabled", message: "This account has been disabled. Ask an admin if you need access again." };
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
