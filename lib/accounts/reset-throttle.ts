import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { counterPool, RATE_LIMIT_TABLE, rateLimitKey } from "@/lib/api/rate-limit";

// How often a password reset may be asked for. Each request mails someone,
// so without a limit the form is a way to flood a colleague's inbox, or to
// make the newsroom's mail server look like a spammer's.
//
// Counted per typed address whether or not it has an account (counting only
// real accounts would make "too many requests" reveal which addresses
// exist), and per network across addresses (someone trying a list of
// addresses). Counters live beside the read API's, in PostgreSQL, so every
// app server shares them.
export const RESET_LIMITS = {
  perAddress: { points: 3, durationSeconds: 60 * 60 },
  perNetwork: { points: 10, durationSeconds: 60 * 60 },
} as const;

const limiters = new Map<string, RateLimiterPostgres>();

function limiter(keyPrefix: string, limit: { points: number; durationSeconds: number }) {
  let found = limiters.get(keyPrefix);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: counterPool(),
      storeType: "pool",
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix,
      points: limit.points,
      duration: limit.durationSeconds,
    });
    limiters.set(keyPrefix, found);
  }
  return found;
}

export type ResetAllowance = { allowed: true } | { allowed: false; scope: "address" | "network"; retryAfterSeconds: number };

// Counts one request. A request over either limit is refused and still
// counted, so hammering the form does not shorten the wait.
export async function countResetRequest(email: string, clientAddress: string): Promise<ResetAllowance> {
  const [byAddress, byNetwork] = await Promise.all([
    consume(limiter("reset-address", RESET_LIMITS.perAddress), email),
    consume(limiter("reset-network", RESET_LIMITS.perNetwork), rateLimitKey(clientAddress)),
  ]);
  for (const [scope, [count, allowed]] of [
    ["address", byAddress],
    ["network", byNetwork],
  ] as const) {
    if (!allowed) return { allowed: false, scope, retryAfterSeconds: Math.max(1, Math.ceil(count.msBeforeNext / 1000)) };
  }
  return { allowed: true };
}

async function consume(counter: RateLimiterPostgres, key: string): Promise<[RateLimiterRes, boolean]> {
  try {
    return [await counter.consume(key), true];
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return [refusal, false];
    throw refusal;
  }
}

export function resetThrottleMessage(refusal: Extract<ResetAllowance, { allowed: false }>): string {
  const minutes = Math.ceil(refusal.retryAfterSeconds / 60);
  const wait = minutes <= 1 ? "a minute" : `${minutes} minutes`;
  return refusal.scope === "address"
    ? `Too many reset requests for this address. Check your inbox (and spam folder) for the last one, or try again in ${wait}.`
    : `Too many reset requests from your network. Try again in ${wait}.`;
}
