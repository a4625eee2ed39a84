// `npm run bench:cluster`: OnRecord as a newsroom runs it for a viral verdict
// (scripts/cluster/cluster.ts: PostgreSQL 15 primary and replica, Redis, two
// instances, Varnish in front), measured twice:
// 1. Throughput of a cached verdict page through Varnish against nginx
//    serving the same HTML on this machine, loaded in turn, round after
//    round (support/wrk.ts says why): the whole cluster and nginx pinned to
//    core 0 (the cluster by PID, after start), wrk on core 1. Target: ratio
//    >= 0.8, no errors, for wrk's plain requests. Then the same asking for
//    gzip, as browsers do, against nginx serving the bytes Varnish keeps:
//    Varnish stores the instances' gzip answer and must unzip it for every
//    client that does not accept gzip, which is most of its cost in the
//    first comparison.
// 2. Publish to fresh: an editor publishes a verdict in the desk (through
//    Varnish, as in production); from the moment the desk says "Verdict
//    published." instance A, instance B and Varnish are asked for the claim's
//    page every ~10 ms, all at once, until each answers 200 with it. Over
//    BENCH_PUBLICATIONS (20) publications: p50, p95, max (nearest rank: of
//    20, p95 is the slowest). Target: p95 <= 1 s.
//    The cluster gets both cores back for this part (Chromium and the polling
//    run beside it).
// Not a test: the figures go in the notes. Needs Debian's postgresql-15,
// redis-server, varnish, nginx, wrk and chromium. Ports 3600-3603, 6601,
// 25601-25602 (the cluster suite uses 3500..., `npm run cluster` 3400...).
//
// BENCH_SECONDS (10 per server and round), BENCH_ROUNDS (3),
// BENCH_WARM_UP_SECONDS (5), BENCH_CONNECTIONS (50) and BENCH_PUBLICATIONS
// (20) change the runs.

import http from "node:http";
import { type Browser, chromium, type Page } from "@playwright/test";
import playwrightConfig from "../../playwright.config";
import { type Cluster, startCluster } from "../../scripts/cluster/cluster.ts";
import { signIn } from "../e2e/support/accounts";
// Renamed: not a React hook, which Biome takes any use* call for.
import { useDatabaseAt as pointFactoriesAt } from "../e2e/support/database";
import { claimAwaitingEditor } from "../e2e/support/factories";
import { type StaticServer, serveWithNginx } from "./nginx";
import { percentile } from "./support/percentile";
import { pinTrees } from "./support/pin";
import { canPin, checkWrk, loadInRounds, printRounds, type RoundsSummary, ratioOf, runFromEnvironment } from "./support/wrk";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const PORTS = { front: 3600, a: 3601, b: 3602, redis: 6601, primary: 25601, replica: 25602 };
const NGINX_PORT = 3603;
const PATH = "/claims/nuclear-restraint-demo";
const TARGET = { ratio: 0.8, p95Ms: 1000 };
const FRESH_WITHIN_MS = 10_000;
const POLL_EVERY_MS = 10;
const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS ?? 20);
const run = runFromEnvironment();
const say = (line: string) => console.log(`[bench:cluster] ${line}`);

const clusterPids = (cluster: Cluster) => [
  cluster.primary.pid,
  cluster.replica.pid,
  cluster.redis.pid(),
  cluster.instances.a.pid,
  cluster.instances.b.pid,
  cluster.varnish.pid,
];

// Asks Varnish until it answers from its own cache; returns the page.
async function cachedByVarnish(url: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(url);
    const html = await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    if (response.headers.get("x-cache") === "HIT") return html;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Varnish never answered ${url} from its cache`);
}

// The answer's bytes as sent, not decompressed (fetch would undo the gzip).
function rawAnswer(url: string, headers: Record<string, string>): Promise<{ encoding?: string; cache?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ encoding: response.headers["content-encoding"], cache: String(response.headers["x-cache"]), body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

// Twice: as wrk asks by default (no Accept-Encoding: the page in full), which
// is the comparison the target is for, and as browsers ask (gzip), nginx then
// serving the very bytes Varnish stored, compressed (gzip_static).
async function throughput(cluster: Cluster): Promise<RoundsSummary[]> {
  const url = `${cluster.varnish.url}${PATH}`;
  const html = await cachedByVarnish(url);
  const gzipped = await rawAnswer(url, { "accept-encoding": "gzip" });
  if (gzipped.encoding !== "gzip" || gzipped.cache !== "HIT") throw new Error(`Varnish answered gzip with ${gzipped.encoding}, ${gzipped.cache}`);
  say(`${PATH}: ${html.length} bytes of HTML (${gzipped.body.length} gzipped), X-Cache: HIT through Varnish`);
  let nginx: StaticServer | null = null;
  try {
    nginx = await serveWithNginx({ port: NGINX_PORT, urlPath: PATH, html, gzipped: gzipped.body, cores: canPin ? "0" : undefined });
    const check = await fetch(`${nginx.base}${PATH}`, { headers: { "accept-encoding": "identity" } });
    const checkGzip = await rawAnswer(`${nginx.base}${PATH}`, { "accept-encoding": "gzip" });
    if (!check.ok || (await check.text()) !== html || !checkGzip.body.equals(gzipped.body)) throw new Error("nginx did not serve the saved page");
    if (canPin) say(`cluster pinned to core 0: ${await pinTrees(clusterPids(cluster), "0")} processes`);
    const gzip = ["Accept-Encoding: gzip"];
    return await loadInRounds(
      [
        { server: "Varnish in front of A and B", url },
        { server: "nginx, same HTML", url: `${nginx.base}${PATH}` },
        { server: "Varnish, gzip asked", url, headers: gzip },
        { server: "nginx, same gzip", url: `${nginx.base}${PATH}`, headers: gzip },
      ],
      run,
    );
  } finally {
    if (canPin) say(`cluster given both cores back: ${await pinTrees(clusterPids(cluster), "0,1")} processes`);
    await nginx?.stop();
  }
}

// One address, asked again and again until it answers 200 with the claim;
// resolves with the milliseconds since `began`.
async function freshAt(url: string, slug: string, began: number): Promise<number> {
  while (performance.now() - began < FRESH_WITHIN_MS) {
    const answer = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      async (response) => response.status === 200 && (await response.text()).includes(slug),
      () => false,
    );
    if (answer) return performance.now() - began;
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
  return Number.POSITIVE_INFINITY;
}

type Sample = { clickToConfirmed: number; a: number; b: number; proxy: number; all: number };

// The editor's steps as in tests/e2e/support/verdict-desk.ts, but waiting for
// the confirmation with the locator's own wait, which notices it at once
// (an expect() polls at growing intervals and would start the clock late).
async function publish(editor: Page, claimId: string): Promise<number> {
  await editor.goto(`/desk/claims/${claimId}`);
  const clicked = performance.now();
  await editor.getByRole("button", { name: "Publish verdict" }).click();
  await editor.getByText("Verdict published.").waitFor({ state: "visible", timeout: 15_000 });
  return performance.now() - clicked;
}

async function publishToFresh(cluster: Cluster, browser: Browser): Promise<Sample[]> {
  pointFactoriesAt(cluster.primary.url);
  const { a, b } = cluster.instances;
  const context = await browser.newContext({ baseURL: cluster.varnish.url });
  const editor = await context.newPage();
  await signIn(editor, "editor");
  const samples: Sample[] = [];
  for (let index = 0; index < PUBLICATIONS; index++) {
    const claim = await claimAwaitingEditor();
    const urls = [a.url, b.url, cluster.varnish.url].map((origin) => `${origin}/claims/${claim.slug}`);
    // Each address has answered "not found" first, so Varnish holds a 404
    // the publication must purge.
    for (const url of urls) {
      const status = (await fetch(url)).status;
      if (status !== 404) throw new Error(`${url} answered ${status} before the publication`);
    }
    const clickToConfirmed = await publish(editor, claim.id);
    const began = performance.now();
    const [onA, onB, throughProxy] = await Promise.all(urls.map((url) => freshAt(url, claim.slug, began)));
    const sample = { clickToConfirmed, a: onA!, b: onB!, proxy: throughProxy!, all: Math.max(onA!, onB!, throughProxy!) };
    samples.push(sample);
    const shown = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : `not within ${FRESH_WITHIN_MS / 1000} s`);
    say(
      `publication ${index + 1}/${PUBLICATIONS}: confirmed ${shown(clickToConfirmed)} after the click; fresh on A ${shown(sample.a)}, B ${shown(sample.b)}, proxy ${shown(sample.proxy)}`,
    );
  }
  await context.close();
  return samples;
}

function summary(name: string, values: number[]) {
  const sorted = [...values].sort((x, y) => x - y);
  const round = (ms: number) => (Number.isFinite(ms) ? Math.round(ms) : "never");
  return { "time (ms)": name, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted[sorted.length - 1]!) };
}

checkWrk();

let cluster: Cluster | null = null;
let browser: Browser | null = null;
let stopping = false;
const stopAll = async () => {
  if (stopping) return;
  stopping = true;
  await browser?.close().catch(() => {});
  await cluster?.stop();
};
// Ours alone (tsx installs its own hooks): Ctrl-C stops what was started.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopAll().finally(() => process.exit(130)));

try {
  const began = Date.now();
  cluster = await startCluster({ ports: PORTS, log: say, distDir: ".next-bench-cluster" });
  say(`cluster ready in ${Math.round((Date.now() - began) / 1000)} s`);

  const throughputs = await throughput(cluster);
  const [proxy, baseline, proxyGzip, baselineGzip] = throughputs as [RoundsSummary, RoundsSummary, RoundsSummary, RoundsSummary];
  // Debian's Chromium, launched as the Playwright suites launch it.
  browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const samples = await publishToFresh(cluster, browser);

  console.log(
    `\nVerdict page through Varnish (two instances behind it) vs nginx: wrk -t1 -c${run.connections}, ${run.rounds} rounds of ${run.seconds} s each after a ${run.warmUpSeconds} s warm-up each, ` +
      `${canPin ? "cluster, then nginx, on core 0, wrk on core 1" : "unpinned (one core)"}`,
  );
  printRounds(throughputs);
  const ratio = ratioOf(proxy, baseline);
  const errors = proxy.socketErrors + proxy.non2xx;
  console.log(
    `ratio proxy/nginx ${ratio.median.toFixed(3)} (rounds ${ratio.lowest.toFixed(3)}-${ratio.highest.toFixed(3)}; target >= ${TARGET.ratio}), errors ${errors} (target 0), p99 ${proxy.p99} ms: ` +
      `${ratio.median >= TARGET.ratio && errors === 0 ? "meets the target" : "MISSES the target"}`,
  );
  const gzipRatio = ratioOf(proxyGzip, baselineGzip);
  console.log(
    `as browsers ask (gzip): ratio proxy/nginx ${gzipRatio.median.toFixed(3)} (rounds ${gzipRatio.lowest.toFixed(3)}-${gzipRatio.highest.toFixed(3)}), ` +
      `errors ${proxyGzip.socketErrors + proxyGzip.non2xx}, p99 ${proxyGzip.p99} ms`,
  );

  console.log(`\nPublish to fresh on A, B and through the proxy, ${samples.length} publications (from "Verdict published." in the desk):`);
  console.table([
    summary(
      "fresh everywhere",
      samples.map((sample) => sample.all),
    ),
    summary(
      "fresh on A",
      samples.map((sample) => sample.a),
    ),
    summary(
      "fresh on B",
      samples.map((sample) => sample.b),
    ),
    summary(
      "fresh through the proxy",
      samples.map((sample) => sample.proxy),
    ),
    summary(
      "click to confirmation",
      samples.map((sample) => sample.clickToConfirmed),
    ),
  ]);
  const p95 = percentile(
    samples.map((sample) => sample.all).sort((x, y) => x - y),
    0.95,
  );
  console.log(
    `publish to fresh everywhere: p95 ${Math.round(p95)} ms (target <= ${TARGET.p95Ms}): ${p95 <= TARGET.p95Ms ? "meets the target" : "MISSES the target"}`,
  );
} finally {
  await stopAll();
}
