import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type RedisCache from "@/lib/caching/redis-cache.js";
import { freePort } from "@/lib/database/embedded";
import { type RedisServer, startRedis } from "../../scripts/cluster/redis";

// The shared cache on a real Redis (lib/caching/redis-cache.js): what one
// instance stores every instance reads, an expiry reaches every entry under
// its tags, a render that began before an expiry is never kept as fresh, and
// Redis going away costs speed, never a retracted verdict coming back.

let redis: RedisServer;
let work: string;
let spy: Awaited<ReturnType<typeof watch>>;
let cacheFor: () => RedisCache;
let served: typeof import("@/lib/caching/served-pages.js");
let link: NonNullable<ReturnType<typeof import("@/lib/caching/redis-link.js").redisLink>>;
const PREFIX = "onrecord-test:";

const page = (tags: string, text = "<h1>Verdict: false</h1>", status = 200) => ({
  kind: "APP_PAGE",
  html: text,
  rscData: Buffer.from([1, 2, 3, 250]),
  segmentData: new Map([["/claims/a", Buffer.from("segment")]]),
  headers: { "x-next-cache-tags": tags },
  status,
});
const PAGE_CTX = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const entryKeys = () => spy.keys(`${PREFIX}entry:*`);

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "onrecord-shared-cache-"));
  // A build folder: entries are filed under its id.
  await mkdir(path.join(work, "build", "server"), { recursive: true });
  await writeFile(path.join(work, "build", "BUILD_ID"), "test-build\n");
  redis = await startRedis({ port: await freePort(), dir: work, keepData: true });
  process.env.REDIS_URL = redis.url;
  process.env.REDIS_KEY_PREFIX = PREFIX;
  const { default: RedisCache } = await import("@/lib/caching/redis-cache.js");
  const { redisLink } = await import("@/lib/caching/redis-link.js");
  served = await import("@/lib/caching/served-pages.js");
  cacheFor = () => new RedisCache({ serverDistDir: path.join(work, "build", "server") });
  link = redisLink()!;
  expect(await link.whenReady(5000)).toBe(true);
  spy = await watch();
}, 30_000);

// The test's own look into Redis, beside the app's connections.
async function watch() {
  const client = createClient({ url: redis.url });
  client.on("error", () => {});
  await client.connect();
  return client;
}

afterAll(async () => {
  await spy?.close();
  await redis?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the shared cache on Redis", () => {
  it("gives every instance the page one stored, byte for byte, filed under the build's id", async () => {
    await cacheFor().set("/claims/a", page("claim:a,_N_T_/layout"), {});
    expect(await entryKeys()).toContain(`${PREFIX}entry:test-build:/claims/a`);
    const entry = await cacheFor().get("/claims/a", PAGE_CTX);
    if (!entry) throw new Error("another instance found nothing");
    expect(entry.value.html).toBe("<h1>Verdict: false</h1>");
    expect((entry.value.rscData as Buffer).equals(Buffer.from([1, 2, 3, 250]))).toBe(true);
    expect((entry.value.segmentData as Map<string, Buffer>).get("/claims/a")?.toString()).toBe("segment");
  });

  it("an expiry in the same millisecond as the entry it expires still expires it", async () => {
    // Stored and expired without waiting: on this machine usually the same
    // millisecond, where which came first cannot be told.
    for (let round = 0; round < 20; round++) {
      await cacheFor().set(`/claims/same-${round}`, page(`claim:same-${round}`), {});
      await cacheFor().revalidateTag(`claim:same-${round}`);
      expect(await cacheFor().get(`/claims/same-${round}`, PAGE_CTX)).toBeNull();
    }
  });

  it("an expired tag turns every entry under it into a miss and leaves the others", async () => {
    await cacheFor().set("/claims/b", page("claim:b"), {});
    await cacheFor().set("/claims/c", page("claim:c"), {});
    await cacheFor().revalidateTag(["claim:b", "published-verdicts"]);
    expect(await cacheFor().get("/claims/b", PAGE_CTX)).toBeNull();
    expect((await cacheFor().get("/claims/c", PAGE_CTX))?.value.html).toBe("<h1>Verdict: false</h1>");
    expect(Number(await spy.hGet(`${PREFIX}expired-tags`, "claim:b"))).toBeGreaterThan(0);
  });

  it("keeps a render that began before an expiry as already expired, so an unpublished verdict is not served again", async () => {
    const cache = cacheFor();
    expect(await cache.get("/claims/d", PAGE_CTX)).toBeNull();
    const missedAt = Date.now();
    // The unpublication lands while the page is being rendered from the data read before it.
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(missedAt));
    await cacheFor().revalidateTag("claim:d");
    await cache.set("/claims/d", page("claim:d", "<h1>Verdict: published</h1>"), {});
    expect(await cacheFor().get("/claims/d", PAGE_CTX)).toBeNull();
  });

  it("never stores an answer that found nothing", async () => {
    await cacheFor().set("/claims/made-up", page("claim:made-up", "<h1>Not found</h1>", 404), {});
    await cacheFor().set("read", { kind: "FETCH", data: { body: "null", status: 200, headers: {} }, revalidate: false, tags: ["claim:x"] }, {});
    const keys = await entryKeys();
    expect(keys.some((key) => key.endsWith("/claims/made-up") || key.endsWith(":read"))).toBe(false);
  });

  it("tells this instance's copy of served pages to forget on every instance's expiry", async () => {
    const forget = vi.fn();
    served.onForgetServedPages(forget);
    // Another instance's expiry, as it announces it.
    await spy.publish(`${PREFIX}expired`, JSON.stringify(["claim:e"]));
    await vi.waitFor(() => expect(forget).toHaveBeenCalled());
    expect(served.mayKeepServedPages()).toBe(true);
  });

  it("with Redis away: reads miss at once, nothing is kept in memory, an expiry is remembered; back: it is recorded and older entries are dropped", async () => {
    await cacheFor().set("/claims/f", page("claim:f"), {});
    await spy.close();
    await redis.stop();
    await vi.waitFor(() => expect(link.usable()).toBe(false));
    expect(served.mayKeepServedPages()).toBe(false);
    const began = Date.now();
    expect(await cacheFor().get("/claims/f", PAGE_CTX)).toBeNull();
    expect(Date.now() - began).toBeLessThan(600);
    // The unpublication of f while Redis is away: the save goes on.
    const unpublishedAt = Date.now();
    await expect(cacheFor().revalidateTag("claim:f")).resolves.toBeUndefined();

    // Redis comes back with what it held before (f's page, fresh by its own record).
    await redis.start();
    spy = await watch();
    expect(await link.whenReady(10_000)).toBe(true);
    expect(served.mayKeepServedPages()).toBe(true);
    expect(await entryKeys()).toEqual([]);
    expect(Number(await spy.hGet(`${PREFIX}expired-tags`, "claim:f"))).toBeGreaterThanOrEqual(unpublishedAt);
    expect(await cacheFor().get("/claims/f", PAGE_CTX)).toBeNull();
    // And the cache is used again.
    await cacheFor().set("/claims/g", page("claim:g"), {});
    expect((await cacheFor().get("/claims/g", PAGE_CTX))?.value.html).toBe("<h1>Verdict: false</h1>");
  }, 30_000);
});
