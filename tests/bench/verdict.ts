// `npm run bench:verdict`: how close a cached verdict page comes to a static
// file server, with the shared cache on Redis as several instances run it.
// Starts Debian's PostgreSQL 15 and a Redis of its own, builds OnRecord and
// starts it on them twice (REDIS_URL set): with its in-memory copy of served
// pages, and with the copy off (ONRECORD_PAGE_CACHE=off: every request goes
// through Next to the shared cache), then nginx serving the HTML the app
// served. wrk loads the three in turn, round after round, after a warm-up
// (support/wrk.ts says why in turns). Every server, with its PostgreSQL and
// Redis, is pinned to core 0 and wrk to core 1, so they do not fight over a
// CPU. Prints req/s, p50, p99, errors and the ratio app/nginx for both. Not a
// test: the figures go in the notes. Targets: ratio >= 0.5, no errors, app
// p99 <= 100 ms.
//
// BENCH_SECONDS (10 per server and round), BENCH_ROUNDS (3),
// BENCH_WARM_UP_SECONDS (5) and BENCH_CONNECTIONS (50) change the runs.

import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { freePort } from "../../lib/database/embedded.ts";
import { clusterFolder, startPrimary } from "../../scripts/cluster/postgres.ts";
import { startRedis } from "../../scripts/cluster/redis.ts";
import { startApp } from "./app-server";
import { serveWithNginx } from "./nginx";
import { pinTrees } from "./support/pin";
import { canPin, checkWrk, load, loadInRounds, printRounds, type RoundsSummary, ratioOf, runFromEnvironment } from "./support/wrk";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const PATH = "/claims/nuclear-restraint-demo";
const PORTS = { copyOn: 3210, nginx: 3211, copyOff: 3212 };
const TARGET = { ratio: 0.5, p99: 100 };
const run = runFromEnvironment();
const serverCores = canPin ? "0" : undefined;

const redisClient = (url: string) => createClient({ url });
type Redis = ReturnType<typeof redisClient>;

// Asks until the answer carries `header: HIT`: the first request renders and
// stores the page in Redis, the next is served from there (and, with the copy
// on, kept in memory, so the one after is served from memory).
async function servedFromCache(url: string, header: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(url);
    const html = await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    if (response.headers.get(header) === "HIT") return html;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never answered with ${header}: HIT`);
}

const commandsProcessed = async (redis: Redis) => Number(/total_commands_processed:(\d+)/.exec(await redis.info("stats"))?.[1] ?? 0);

// What one reader's request costs the shared cache: Redis's commands over a
// short run of wrk's requests.
async function redisCommandsPerRequest(redis: Redis, url: string) {
  const before = await commandsProcessed(redis);
  const figures = await load("Redis commands", url, { ...run, seconds: 3, warmUpSeconds: 0 });
  return ((await commandsProcessed(redis)) - before) / Math.max(1, figures.requests);
}

checkWrk();
const dir = await mkdtemp(path.join(os.tmpdir(), "onrecord-bench-verdict-"));
const stops: (() => Promise<unknown>)[] = [() => rm(dir, { recursive: true, force: true })];
try {
  const pgDir = await clusterFolder("onrecord-bench-verdict-pg-");
  stops.push(() => rm(pgDir, { recursive: true, force: true }));
  const primary = await startPrimary({ dir: pgDir, port: await freePort(), throwaway: true });
  stops.push(() => primary.stop());
  const redisServer = await startRedis({ port: await freePort(), dir });
  stops.push(() => redisServer.stop());
  // Redis answers every request without the page copy: it shares the app's core.
  if (serverCores) await pinTrees([primary.pid, redisServer.pid()], serverCores);
  const redis = redisClient(redisServer.url);
  await redis.connect();
  stops.push(() => redis.close());

  // As an instance of several runs (scripts/cluster/cluster.ts), on a build
  // folder of its own so no other build is overwritten; a key prefix each,
  // so each fills the shared cache itself.
  const shared = {
    DATABASE_URL: primary.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    REDIS_URL: redisServer.url,
    SEED_DEMO: "true",
    SITE_URL: `http://127.0.0.1:${PORTS.copyOn}`,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXT_DEPLOYMENT_ID: "onrecord-bench-verdict",
    NEXT_DIST_DIR: ".next-bench-verdict",
  };
  // One after the other: the first migrates, seeds and builds.
  const tiers: { server: string; port: number; env: Record<string, string>; header: string }[] = [
    { server: "OnRecord + Redis, page copy on", port: PORTS.copyOn, env: { REDIS_KEY_PREFIX: "bench-copy-on:" }, header: "x-onrecord-cache" },
    {
      server: "OnRecord + Redis, page copy off",
      port: PORTS.copyOff,
      env: { REDIS_KEY_PREFIX: "bench-copy-off:", ONRECORD_PAGE_CACHE: "off" },
      header: "x-nextjs-cache",
    },
  ];
  const apps: { server: string; url: string; html: string }[] = [];
  for (const tier of tiers) {
    const app = await startApp({ port: tier.port, dataDir: `.data/bench-verdict-${tier.port}`, cores: serverCores, env: { ...shared, ...tier.env } });
    stops.push(() => app.stop());
    const url = `${app.base}${PATH}`;
    const html = await servedFromCache(url, tier.header);
    // With REDIS_URL Next's cache is Redis alone (lib/caching/cache-handler.js): a HIT came from there.
    const stored = await redis.keys(`${tier.env.REDIS_KEY_PREFIX}entry:*${PATH}`);
    if (stored.length === 0) throw new Error(`${tier.server}: the page is not in Redis: the app is not using the shared cache`);
    console.log(`${tier.server}: ${html.length} bytes of HTML, ${tier.header}: HIT, the page in Redis as ${stored[0]}`);
    apps.push({ server: tier.server, url, html });
  }
  const [copyOnApp, copyOffApp] = apps as [(typeof apps)[0], (typeof apps)[0]];

  const nginx = await serveWithNginx({ port: PORTS.nginx, urlPath: PATH, html: copyOnApp.html, cores: serverCores });
  stops.push(() => nginx.stop());
  const check = await fetch(`${nginx.base}${PATH}`);
  if (!check.ok || (await check.text()) !== copyOnApp.html) throw new Error("nginx did not serve the saved page");

  const contenders = [...apps, { server: "nginx, same HTML", url: `${nginx.base}${PATH}` }];
  const [copyOn, copyOff, baseline] = (await loadInRounds(contenders, run)) as [RoundsSummary, RoundsSummary, RoundsSummary];
  const commandsPerRequest = [await redisCommandsPerRequest(redis, copyOnApp.url), await redisCommandsPerRequest(redis, copyOffApp.url)];

  console.log(
    `\nVerdict page vs nginx: wrk -t1 -c${run.connections}, ${run.rounds} rounds of ${run.seconds} s per server after a ${run.warmUpSeconds} s warm-up each, ` +
      `${serverCores ? "servers (with PostgreSQL and Redis) on core 0, wrk on core 1" : "unpinned (one core)"}`,
  );
  printRounds([copyOn, copyOff, baseline]);
  for (const [index, tier] of [copyOn, copyOff].entries()) {
    const ratio = ratioOf(tier, baseline);
    const errors = tier.socketErrors + tier.non2xx;
    const verdict = ratio.median >= TARGET.ratio && errors === 0 && tier.p99 <= TARGET.p99 ? "meets the targets" : "MISSES a target";
    console.log(
      `${tier.server}: ratio app/nginx ${ratio.median.toFixed(3)} (rounds ${ratio.lowest.toFixed(3)}-${ratio.highest.toFixed(3)}; target >= ${TARGET.ratio}), ` +
        `errors ${errors} (target 0), p99 ${tier.p99} ms (target <= ${TARGET.p99}), ${commandsPerRequest[index]!.toFixed(3)} Redis commands per request: ${verdict}`,
    );
  }
  console.log(`the page copy serves ${(copyOn.requestsPerSecond / copyOff.requestsPerSecond).toFixed(1)}x the requests of Next with Redis alone`);
} finally {
  for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
}
