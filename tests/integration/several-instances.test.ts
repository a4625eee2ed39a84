import { randomInt } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type ApiLimiter, createApiLimiter } from "@/lib/api/rate-limit";
import { verifyLogin } from "@/lib/auth/login";
import { ACCOUNT_LIMIT } from "@/lib/auth/throttle";
import { migrate } from "@/lib/database/migrate";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_SCALE } from "@/lib/ratings/default-scale";
import { DEMO_ACCOUNTS } from "@/prisma/seed";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { makeUser } from "../support/factories";
import { fileDatabaseUrl, freshDatabase, sqlPool } from "../support/sql";

// Several app servers behind one load balancer, each stood for by a database
// client of its own (its own pool, its own Prisma client), as two processes
// would have. Whatever a client does against one server must count exactly
// as if it had sent everything to one: spreading requests over servers must
// not multiply an allowance.

const openPools: ReturnType<typeof sqlPool>[] = [];
const openClients: PrismaClient[] = [];

function appServer(limit: number): { limiter: ApiLimiter; pool: ReturnType<typeof sqlPool> } {
  const pool = sqlPool();
  openPools.push(pool);
  return { pool, limiter: createApiLimiter({ pool, limit }) };
}

function prismaOfAnotherServer(): PrismaClient {
  const client = createPrismaClient(fileDatabaseUrl());
  openClients.push(client);
  return client;
}

afterAll(async () => {
  await Promise.all(openPools.map((pool) => pool.end().catch(() => {})));
  await Promise.all(openClients.map((client) => client.$disconnect()));
});

// Drawn from 198.18.0.0/15 (benchmarking addresses), which no other test file uses.
const newAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

describe("the read API's limit across app servers", () => {
  it("one after another on alternate servers, an address gets the single-server allowance, no more", async () => {
    const [first, second] = [appServer(5), appServer(5)];
    const address = newAddress();
    const answers = [];
    for (let request = 0; request < 6; request += 1) answers.push(await (request % 2 === 0 ? first : second).limiter.count(address));

    expect(answers.map((answer) => answer.allowed)).toEqual([true, true, true, true, true, false]);
    // Each server reports what is left of the one shared allowance.
    expect(answers.map((answer) => answer.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    // Once the address is over, the first server refuses it too.
    expect((await first.limiter.count(address)).allowed).toBe(false);
  });

  it("all at once on two servers, exactly the allowance is served", async () => {
    const servers = [appServer(5), appServer(5)];
    const address = newAddress();
    const answers = await Promise.all(Array.from({ length: 16 }, (_, request) => servers[request % 2]!.limiter.count(address)));
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(5);
  });

  it("a server whose counter fails mid-window carries on from the shared count it last saw, not from a fresh allowance", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const [first, second] = [appServer(5), appServer(5)];
      const address = newAddress();
      // Three requests through the first server, one through the second: the
      // first server's last answer says 3 used, the database says 4.
      for (let request = 0; request < 3; request += 1) expect((await first.limiter.count(address)).allowed).toBe(true);
      expect((await second.limiter.count(address)).remaining).toBe(1);

      // The first server loses its connections to the database.
      await first.pool.end();
      const afterwards = [];
      for (let request = 0; request < 4; request += 1) afterwards.push((await first.limiter.count(address)).allowed);

      // Two more, as the 3 it had seen allow; a fresh allowance would be 5.
      expect(afterwards).toEqual([true, true, false, false]);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]![0]).toMatch(/rate-limit counter unavailable/);
    } finally {
      logged.mockRestore();
    }
  });
});

describe("sign-in throttling across app servers", () => {
  const newIp = () => `198.19.${randomInt(256)}.${randomInt(1, 255)}`;

  it(`failures sent alternately to two servers add up: after ${ACCOUNT_LIMIT} in all, the account is paused on both`, async () => {
    const servers = [prismaOfAnotherServer(), prismaOfAnotherServer()];
    const target = await makeUser("REPORTER");
    const attackerIp = newIp();
    for (let attempt = 0; attempt < ACCOUNT_LIMIT; attempt += 1) {
      const outcome = await verifyLogin({ email: target.email, password: `guess ${attempt}`, ip: attackerIp }, servers[attempt % 2]);
      expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    }
    for (const server of servers) {
      expect(await verifyLogin({ email: target.email, password: target.password, ip: attackerIp }, server)).toMatchObject({ ok: false, reason: "throttled" });
    }
    expect(await servers[0]!.loginAttempt.count({ where: { email: target.email } })).toBe(ACCOUNT_LIMIT);
  });

  it("a burst of parallel guesses spread over two servers gets no more than the limit checked", async () => {
    const servers = [prismaOfAnotherServer(), prismaOfAnotherServer()];
    const target = await makeUser("REPORTER");
    const burstIp = newIp();
    const outcomes = await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT * 4 }, (_, attempt) =>
        verifyLogin({ email: target.email, password: `burst ${attempt}`, ip: burstIp }, servers[attempt % 2]),
      ),
    );
    const checked = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid").length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(await servers[1]!.loginAttempt.count({ where: { email: target.email } })).toBe(checked);
  });
});

describe("several servers starting at once", () => {
  it("prepare one database together: one verdict scale, one demo newsroom, and every server starts", async () => {
    const database = await freshDatabase("onrecord_starts");
    try {
      await migrate(database.url);
      const log = () => {};
      const starts = await Promise.allSettled([1, 2, 3].map(() => prepareDatabase(database.url, { seedDemo: true, log })));
      expect(starts.map((start) => start.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);

      const written = createPrismaClient(database.url);
      try {
        expect(await written.rating.count()).toBe(DEFAULT_SCALE.length);
        expect(await written.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } } })).toBe(DEMO_ACCOUNTS.length);
      } finally {
        await written.$disconnect();
      }
    } finally {
      await database.drop();
    }
  });
});
