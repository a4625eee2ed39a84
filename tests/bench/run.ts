// `npm run bench`: starts OnRecord as `npm start` would (fresh embedded
// database in .data/bench, demo newsroom, production build), then measures
// with autocannon on this machine and prints the figures. Not a test: nothing
// here passes or fails on speed; the numbers go into the notes.

import autocannon from "autocannon";
import { startApp } from "./app-server";
import { signInCookie } from "./sign-in";

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
type Row = { name: string; requestsPerSecond: number; p50: number; p97_5: number; p99: number; errors: number; non2xx: number };

const app = await startApp({ port: 3200, dataDir: ".data/bench" });
const BASE = app.base;

async function measure(name: string, path: string, headers: Record<string, string> = {}): Promise<Row> {
  await fetch(`${BASE}${path}`, { headers }); // warm: the first request renders and caches
  const result = await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

try {
  const editor = await signInCookie(BASE, "editor@onrecord.test", "demo-editor-2026");
  const rows = [
    await measure("verdict page (cached)", "/claims/nuclear-restraint-demo"),
    await measure("latest verdicts (cached list, rendered per request)", "/"),
    await measure("health (database round trip)", "/api/health"),
    await measure("desk queue, signed in (per request)", "/desk/claims", { cookie: editor }),
  ];
  console.log(`\nOnRecord benchmark: ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, autocannon on this machine`);
  console.table(rows);
} finally {
  await app.stop();
}
