import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";

// Small helpers for the one-machine cluster (scripts/cluster.ts): start a
// server as a child process with its output in a log file, wait until it
// answers, and stop it by its PID.

export type Running = { child: ChildProcess; pid: number; exited: Promise<void> };

export function startProcess(command: string, args: string[], options: { log: string; env?: NodeJS.ProcessEnv; cwd?: string }): Running {
  const output = createWriteStream(options.log, { flags: "a" });
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(output, { end: false });
  child.stderr?.pipe(output, { end: false });
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      output.end();
      resolve();
    }),
  );
  if (!child.pid) throw new Error(`${command} did not start`);
  return { child, pid: child.pid, exited };
}

export async function stopProcess(running: Running, signal: NodeJS.Signals = "SIGTERM", graceMs = 15_000) {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill(signal);
  const force = setTimeout(() => running.child.kill("SIGKILL"), graceMs);
  await running.exited;
  clearTimeout(force);
}

// Polls `ready` every 100 ms until it is true, the process exits, or time runs out.
export async function waitUntil(what: string, ready: () => Promise<boolean>, options: { timeoutMs: number; process?: Running; log?: string }) {
  const began = Date.now();
  let exited = false;
  void options.process?.exited.then(() => {
    exited = true;
  });
  while (Date.now() - began < options.timeoutMs) {
    if (await ready().catch(() => false)) return;
    if (exited) throw new Error(`${what} stopped while starting${options.log ? `; the end of ${options.log}:\n${lastLines(options.log)}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${options.timeoutMs / 1000} s${options.log ? `; see ${options.log}` : ""}`);
}

export const answers = async (url: string) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await response.body?.cancel();
  return response.ok;
};

function lastLines(file: string, count = 15) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
  } catch {
    return "(no log)";
  }
}
