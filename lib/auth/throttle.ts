import "server-only";
import { prisma, type Transaction } from "@/lib/db";

// Failed sign-ins are throttled per account *from one address*, and per
// address across all accounts, counted from the LoginAttempt table so the
// limits hold across restarts and app servers.
//
// Why per account-and-address rather than per account: a block on the account
// alone lets anyone who knows a reporter's email keep them out indefinitely
// (one wrong guess a minute is enough). Keyed on the pair, an attacker only
// ever blocks themselves, and the reporter signs in from their own network.
// Guessing one account from many addresses at once is stopped by a third,
// account-wide limit that applies only to addresses the account has never
// signed in from: the reporter at their usual desk or phone is never paused
// by it, while a spread-out attack on their password is.
export const ACCOUNT_LIMIT = 5;
export const ACCOUNT_WINDOW_MS = 5 * 60_000;
export const IP_LIMIT = 20;
export const IP_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_WIDE_LIMIT = 30;
export const ACCOUNT_WIDE_WINDOW_MS = 15 * 60_000;
// How long a successful sign-in makes an address familiar to an account.
export const FAMILIAR_FOR_MS = 30 * 24 * 60 * 60_000;

export type ThrottleScope = "account" | "ip" | "account_wide";
export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterSeconds: number; scope: ThrottleScope };

// Pure rule, given the recent failure times (newest first): blocked until the
// oldest failure that still counts leaves the window.
export function throttleFor(failures: Date[], limit: number, windowMs: number, now: Date): number {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < windowMs);
  if (recent.length < limit) return 0;
  const oldestCounted = recent[limit - 1]!;
  return Math.max(1, Math.ceil((oldestCounted.getTime() + windowMs - now.getTime()) / 1000));
}

type AttemptReader = Pick<Transaction, "loginAttempt">;

export async function checkLoginThrottle(email: string, ip: string, now = new Date(), db: AttemptReader = prisma): Promise<ThrottleVerdict> {
  const account = email.toLowerCase();
  const [byPair, byIp, byAccount, familiar] = await Promise.all([
    recentFailures(db, { email: account, ip }, ACCOUNT_WINDOW_MS, ACCOUNT_LIMIT, now),
    recentFailures(db, { ip, succeeded: false }, IP_WINDOW_MS, IP_LIMIT, now),
    recentFailures(db, { email: account, succeeded: false }, ACCOUNT_WIDE_WINDOW_MS, ACCOUNT_WIDE_LIMIT, now),
    db.loginAttempt.findFirst({
      where: { email: account, ip, succeeded: true, createdAt: { gt: new Date(now.getTime() - FAMILIAR_FOR_MS) } },
      select: { id: true },
    }),
  ]);
  const waits: [ThrottleScope, number][] = [
    ["account", throttleFor(byPair, ACCOUNT_LIMIT, ACCOUNT_WINDOW_MS, now)],
    ["ip", throttleFor(byIp, IP_LIMIT, IP_WINDOW_MS, now)],
    ["account_wide", familiar ? 0 : throttleFor(byAccount, ACCOUNT_WIDE_LIMIT, ACCOUNT_WIDE_WINDOW_MS, now)],
  ];
  const [scope, longest] = waits.reduce((worst, wait) => (wait[1] > worst[1] ? wait : worst));
  return longest === 0 ? { blocked: false } : { blocked: true, retryAfterSeconds: longest, scope };
}

async function recentFailures(
  db: AttemptReader,
  where: { email: string; ip: string } | { ip: string; succeeded: false } | { email: string; succeeded: false },
  windowMs: number,
  limit: number,
  now: Date,
) {
  // For an account, only failures since its last success (from that address)
  // count: signing in correctly clears the slate. Per address, successes are
  // filtered out above so a guesser cannot reset the count by signing into an
  // account of their own.
  const rows = await db.loginAttempt.findMany({
    where: { ...where, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    take: limit + 1,
    select: { createdAt: true, succeeded: true },
  });
  const lastSuccess = rows.findIndex((row) => row.succeeded);
  return (lastSuccess === -1 ? rows : rows.slice(0, lastSuccess)).map((row) => row.createdAt);
}

export function throttleMessage(verdict: Extract<ThrottleVerdict, { blocked: true }>): string {
  const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
  const wait = minutes <= 1 ? "a minute" : `${minutes} minutes`;
  switch (verdict.scope) {
    case "account":
      return `Too many failed sign-ins for this account from your network. Try again in ${wait}, or ask an admin to check the account.`;
    case "ip":
      return `Too many failed sign-ins from this network. Try again in ${wait}.`;
    case "account_wide":
      return `This account has had many failed sign-ins from elsewhere, so sign-ins from networks it has not used before are paused. Try again in ${wait}, sign in from a network you have used before, or ask an admin.`;
  }
}
