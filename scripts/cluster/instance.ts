import { readFile } from "node:fs/promises";
import path from "node:path";
import { answers, type Running, startProcess, stopProcess, waitUntil } from "./processes.ts";

// One OnRecord instance, started the way an operator starts one: `npm start`
// (scripts/start.ts) with the cluster's variables. The first instance
// migrates, seeds and builds; the next finds the database and the build up
// to date. `serverPid` is the production server itself (start.ts's child),
// the process a crash would take down.

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Instance = { name: string; url: string; port: number; pid: number; serverPid: number; log: string; stop: () => Promise<void> };

async function childOf(pid: number): Promise<number> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, "utf8")).trim().split(/\s+/).filter(Boolean);
  if (children.length === 0) throw new Error(`instance ${pid} has no server process`);
  return Number(children[children.length - 1]);
}

export async function startInstance(options: { name: string; port: number; dir: string; env: Record<string, string>; timeoutMs?: number }): Promise<Instance> {
  const log = path.join(options.dir, `instance-${options.name}.log`);
  const env = { ...process.env, ...options.env, PORT: String(options.port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  const running: Running = startProcess(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "start.ts")], { log, env, cwd: ROOT });
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntil(`instance ${options.name}`, () => answers(`${url}/api/health`), { timeoutMs: options.timeoutMs ?? 300_000, process: running, log });
  return { name: options.name, url, port: options.port, pid: running.pid, serverPid: await childOf(running.pid), log, stop: () => stopProcess(running) };
}
