import "server-only";
import ipaddr from "ipaddr.js";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { settings } from "@/lib/settings";

// Per-address limit on the public read API. Counters live in PostgreSQL
// (table "ApiRateLimit", created by a migration) so every app server counts
// against one limit and a restart does not hand out a fresh allowance.
//
// When the counter cannot be reached (the database is slow or refusing), the
// request is counted in this process's memory instead, with the same limit,
// and the failure is logged. Failing closed would turn a hiccup in a
// bookkeeping table into an outage of public, read-only data; failing wide
// open would leave the API unguarded exactly while the database is
// struggling. Per-process counting keeps a flood in check on each server
// (the limit is then per server rather than shared) until the database is back.
//
// The memory is never a second allowance beside the shared one: every answer
// from PostgreSQL (the count of all servers together) is copied into it, so a
// counter that times out or fails mid-window carries on from the last count
// this server saw rather than from zero. While the database answers, only the
// shared count decides.

const WINDOW_SECONDS = 60;
// A request waits at most this long for its counter before the fallback counts it.
const COUNTER_TIMEOUT_MS = 1000;
export const RATE_LIMIT_TABLE = "ApiRateLimit";

export const apiRateLimitPerMinute = (): number => settings().API_RATE_LIMIT_PER_MINUTE;

// Whom a request is counted against. An IPv6 client usually holds a whole
// /64 and can take a fresh address from it for every request, so IPv6 is
// counted per /64; IPv4 per address.
export function rateLimitKey(clientAddress: string): string {
  if (!ipaddr.isValid(clientAddress)) return clientAddress;
  const address = ipaddr.process(clientAddress);
  if (address.kind() === "ipv4") return address.toString();
  const network = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${network.join(":")}::/64`;
}

export type RequestCount = {
  allowed: boolean;
  limit: number;
  remaining: number;
  // Seconds until the current window ends and the allowance is whole again.
  resetSeconds: number;
  windowSeconds: number;
};

export type ApiLimiter = { count(clientKey: string): Promise<RequestCount> };

export function createApiLimiter(options: { pool: pg.Pool; limit: number; tableName?: string }): ApiLimiter {
  const { limit } = options;
  const shared = new RateLimiterPostgres({
    storeClient: options.pool,
    storeType: "pool",
    tableName: options.tableName ?? RATE_LIMIT_TABLE,
    tableCreated: true,
    keyPrefix: "api",
    points: limit,
    duration: WINDOW_SECONDS,
    // Once an address is over the limit, this server refuses it from memory
    // until its window ends, so a flood does not become a flood of writes.
    inMemoryBlockOnConsumed: limit + 1,
  });
  const local = new RateLimiterMemory({ keyPrefix: "api", points: limit, duration: WINDOW_SECONDS });
  let lastLogged = 0;

  const outcome = (result: RateLimiterRes, allowed: boolean): RequestCount => ({
    allowed,
    limit,
    remaining: Math.max(0, result.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
    windowSeconds: WINDOW_SECONDS,
  });

  async function consume(limiter: RateLimiterPostgres | RateLimiterMemory, key: string): Promise<[RateLimiterRes, boolean]> {
    try {
      return [await limiter.consume(key), true];
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return [refusal, false];
      throw refusal;
    }
  }

  return {
    async count(clientKey) {
      try {
        const [result, allowed] = await consume(shared, clientKey);
        // A refusal from the in-memory block carries no count (the shared
        // count is already over the limit, and so is the copy).
        if (result.consumedPoints > 0) await local.set(clientKey, result.consumedPoints, Math.max(result.msBeforeNext, 1) / 1000);
        return outcome(result, allowed);
      } catch (error) {
        // Once a minute at most: during an outage every request lands here.
        if (Date.now() - lastLogged > 60_000) {
          lastLogged = Date.now();
          console.error("[onrecord] API rate-limit counter unavailable; counting in this process meanwhile", error);
        }
        return outcome(...(await consume(local, clientKey)));
      }
    },
  };
}

// One small pool for the counters, apart from Prisma's: a burst of API
// requests waiting on their counters must not take the connections the pages
// and the desk need. Created on first use (the build has no database) and
// kept on globalThis so development reloads do not open a new pool each time.
const globalForApi = globalThis as unknown as { onrecordApiLimiters?: Map<number, ApiLimiter>; onrecordApiPool?: pg.Pool };

export function counterPool(): pg.Pool {
  if (!globalForApi.onrecordApiPool) {
    const pool = new pg.Pool({
      connectionString: settings().DATABASE_URL,
      max: 4,
      connectionTimeoutMillis: COUNTER_TIMEOUT_MS,
      query_timeout: COUNTER_TIMEOUT_MS,
      allowExitOnIdle: true,
    });
    // An idle connection dropped by the server is reported here; unheard, it
    // would crash the process.
    pool.on("error", (error) => console.error("[onrecord] API rate-limit connection lost", error));
    globalForApi.onrecordApiPool = pool;
  }
  return globalForApi.onrecordApiPool;
}

// The limit is read on every request, so a test (or an operator through the
// environment of a restarted server) can change it; one limiter per value.
export function countApiRequest(clientAddress: string): Promise<RequestCount> {
  const limit = apiRateLimitPerMinute();
  const limiters = (globalForApi.onrecordApiLimiters ??= new Map());
  let limiter = limiters.get(limit);
  if (!limiter) {
    limiter = createApiLimiter({ pool: counterPool(), limit });
    limiters.set(limit, limiter);
  }
  return limiter.count(rateLimitKey(clientAddress));
}
