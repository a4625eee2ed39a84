// `npm run bench`: starts OnRecord as `npm start` would (fresh embedded
// database in .data/bench, demo newsroom, production build), then measures
// with autocannon on this machine and prints the figures. Not a test: nothing
// here passes or fails on speed; the numbers go into the notes.

import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import autocannon from "autocannon";
import { signInCookie } from "./sign-in";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const PORT = 3200;
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function waitForHealth() {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${BASE}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy");
}

type Row = { name: string; requestsPerSecond: number; p50: number; p97_5: number; p99: number; errors: number; non2xx: number };

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

const dataDir = ".data/bench";
await rm(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  env: { ...process.env, PORT: String(PORT), ONRECORD_DATA_DIR: dataDir, DATABASE_URL: "", AUTH_SECRET: "" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  await waitForHealth();
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
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await rm(dataDir, { recursive: true, force: true });
}
