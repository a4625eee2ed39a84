// `npm run bench:verdict`: how close a cached verdict page comes to a static
// file server. Builds and starts OnRecord, saves one published verdict page's
// HTML, serves that same HTML from nginx on this machine, and loads both with
// autocannon (after a warm-up), printing req/s, p99, errors and the ratio
// app/nginx. Each server is pinned to core 0 and the load generator to core
// 1, so they do not fight over the same CPU. Not a test: the figures go in the
// notes (target: ratio >= 0.15, no errors, app p99 <= 100 ms).

import { spawnSync } from "node:child_process";
import os from "node:os";
import autocannon from "autocannon";
import { startApp } from "./app-server";
import { serveWithNginx } from "./nginx";

const PATH = "/claims/nuclear-restraint-demo";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const pinned = os.availableParallelism() >= 2;
if (pinned) spawnSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });

type Figures = { server: string; requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number; bytes: number };

async function load(server: string, url: string): Promise<Figures> {
  await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_SECONDS });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return {
    server,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  };
}

const cores = pinned ? "0" : undefined;

// The app as `npm start` serves it, then with its in-memory page copy turned
// off (every request through Next's own cache), then nginx with the HTML the
// first one served.
async function measureApp(label: string, env: Record<string, string>): Promise<{ figures: Figures; html: string }> {
  const app = await startApp({ port: 3210, dataDir: ".data/bench-verdict", cores, env });
  try {
    const page = await fetch(`${app.base}${PATH}`);
    if (!page.ok) throw new Error(`the verdict page answered ${page.status}`);
    const html = await page.text();
    const cached = (await fetch(`${app.base}${PATH}`)).headers.get("x-nextjs-cache");
    console.log(`${label}: ${html.length} bytes of HTML, served from Next's cache: ${cached ?? "(no header)"}`);
    return { figures: await load(label, `${app.base}${PATH}`), html };
  } finally {
    await app.stop();
  }
}

const served = await measureApp("OnRecord (npm start)", {});
const nextOnly = await measureApp("OnRecord, page copy off (Next's cache only)", { ONRECORD_PAGE_CACHE: "off" });
const nginx = await serveWithNginx({ port: 3211, urlPath: PATH, html: served.html, cores });
let rows: Figures[];
try {
  const check = await fetch(`${nginx.base}${PATH}`);
  if (!check.ok || (await check.text()) !== served.html) throw new Error("nginx did not serve the saved page");
  rows = [served.figures, nextOnly.figures, await load("nginx, same HTML", `${nginx.base}${PATH}`)];
} finally {
  await nginx.stop();
}

const [ours, withoutCopy, baseline] = rows as [Figures, Figures, Figures];
console.log(
  `\nVerdict page vs nginx: ${CONNECTIONS} connections, ${SECONDS} s each after ${WARM_UP_SECONDS} s warm-up, ${pinned ? "server on core 0, autocannon on core 1" : "unpinned"}`,
);
console.table(rows);
const ratio = ours.requestsPerSecond / baseline.requestsPerSecond;
console.log(`ratio app/nginx: ${ratio.toFixed(3)} (target >= 0.15); app errors ${ours.errors + ours.non2xx}; app p99 ${ours.p99} ms (target <= 100)`);
console.log(`without the page copy: ratio ${(withoutCopy.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)}, p99 ${withoutCopy.p99} ms`);
