// `npm test`: every layer of the suite, in order, against real PostgreSQL and
// real Chromium: lint → unit → integration → end-to-end → cluster. Prints the count per layer
// and a closing "N passed, N failed" line; exits non-zero if anything failed.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

type Tally = { layer: string; passed: number; failed: number; skipped: number; seconds: number; exitCode: number };

const reports = mkdtempSync(path.join(os.tmpdir(), "onrecord-test-"));
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function vitestLayer(project: "unit" | "integration"): Promise<Tally> {
  const output = path.join(reports, `${project}.json`);
  const began = Date.now();
  const exitCode = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(output);
  return {
    layer: project,
    passed: json?.numPassedTests ?? 0,
    failed: json ? json.numFailedTests : 1,
    skipped: (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0),
    seconds: (Date.now() - began) / 1000,
    exitCode,
  };
}

async function playwrightLayer(layer: "e2e" | "cluster", config?: string): Promise<Tally> {
  const output = path.join(reports, `${layer}.json`);
  const began = Date.now();
  const exitCode = await run(bin("playwright"), ["test", ...(config ? ["-c", config] : []), "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const json = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(output);
  return {
    layer,
    passed: (json?.stats.expected ?? 0) + (json?.stats.flaky ?? 0),
    failed: json ? json.stats.unexpected : 1,
    skipped: json?.stats.skipped ?? 0,
    seconds: (Date.now() - began) / 1000,
    exitCode,
  };
}

// The linter and formatter (biome.jsonc): the architecture's boundaries, the
// lint rules and the format, over the whole tree in about a second. A file
// counts as passed when it has nothing to report; problems are printed as
// Biome writes them.
async function lintLayer(): Promise<Tally> {
  const began = Date.now();
  const { code, output } = await capture(bin("biome"), ["ci", "--reporter=json", "."]);
  // Biome wraps its JSON in colour codes even when piped.
  const json = output.replace(/\u001b\[[0-9;]*m/g, "").trim();
  let summary: { unchanged: number; changed: number; errors: number } | null = null;
  try {
    summary = (JSON.parse(json) as { summary: { unchanged: number; changed: number; errors: number } }).summary;
  } catch {
    // Unreadable: counted as a failure below.
  }
  if (code !== 0) await run(bin("biome"), ["ci", "."]);
  const files = summary ? summary.unchanged + summary.changed : 0;
  return {
    layer: "lint",
    passed: summary ? files - Math.min(files, summary.errors) : 0,
    failed: summary ? summary.errors : 1,
    skipped: 0,
    seconds: (Date.now() - began) / 1000,
    exitCode: code,
  };
}

function capture(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "ignore"], env: process.env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const tallies: Tally[] = [];
tallies.push(await lintLayer());
tallies.push(await vitestLayer("unit"));
tallies.push(await vitestLayer("integration"));
tallies.push(await playwrightLayer("e2e"));
// Several instances on this machine (tests/cluster): PostgreSQL 15 primary
// and replica, Redis, two instances, Varnish in front.
tallies.push(await playwrightLayer("cluster", "playwright.cluster.config.ts"));
rmSync(reports, { recursive: true, force: true });

console.log("\nOnRecord test summary");
for (const tally of tallies) {
  console.log(
    `  ${tally.layer.padEnd(12)} ${String(tally.passed).padStart(4)} passed  ${String(tally.failed).padStart(3)} failed  ${String(tally.skipped).padStart(3)} skipped  ${tally.seconds.toFixed(1).padStart(6)} s`,
  );
}
const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
// A layer that exited non-zero without reporting a failed test (a crash, a
// server that never started) still counts as a failure.
const failed = tallies.reduce((sum, tally) => sum + (tally.exitCode !== 0 && tally.failed === 0 ? 1 : tally.failed), 0);
const skipped = tallies.reduce((sum, tally) => sum + tally.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
