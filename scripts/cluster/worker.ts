import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Running, startProcess, stopProcess, waitUntil } from "./processes.ts";

// The cluster's job worker, started the way an operator scales jobs out:
// `npm run worker` (scripts/worker.ts) beside instances that run with
// JOBS_IN_APP=false, so the web instances answer readers only.

const ROOT = path.resolve(import.meta.dirname, "../..");

export type JobWorker = { pid: number; log: string; stop: () => Promise<void> };

export async function startJobWorker(options: { dir: string; env: Record<string, string> }): Promise<JobWorker> {
  const log = path.join(options.dir, "worker.log");
  const env = { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  const running: Running = startProcess(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], {
    log,
    env,
    cwd: ROOT,
  });
  await waitUntil("the job worker", async () => (await readFile(log, "utf8").catch(() => "")).includes("worker running"), {
    timeoutMs: 60_000,
    process: running,
    log,
  });
  return { pid: running.pid, log, stop: () => stopProcess(running) };
}
