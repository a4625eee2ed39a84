import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

// The job worker `npm start` runs beside the web server: the same program as
// `npm run worker`, in a process of its own, so a job that misbehaves cannot
// slow readers' pages, and the worker can be restarted alone. A worker that
// dies is started again after a pause that grows while it keeps dying.

export type WorkerProcess = { stop: () => Promise<void> };

export function runWorkerProcess(root: string, env: NodeJS.ProcessEnv, say: (line: string) => void): WorkerProcess {
  const argv = ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "worker.ts")];
  let current: ChildProcess | null = null;
  let stopping = false;
  let pause = 1_000;
  let restart: NodeJS.Timeout | null = null;

  const begin = () => {
    const began = Date.now();
    const child = spawn(process.execPath, argv, { stdio: "inherit", env, cwd: root });
    current = child;
    child.on("exit", (code, signal) => {
      current = null;
      if (stopping) return;
      // A worker that ran a good while before dying starts again at once.
      if (Date.now() - began > 60_000) pause = 1_000;
      say(`the job worker stopped (${signal ?? `exit code ${code}`}); starting it again in ${pause / 1000} s`);
      restart = setTimeout(begin, pause);
      pause = Math.min(pause * 2, 60_000);
    });
  };
  begin();

  return {
    async stop() {
      stopping = true;
      if (restart) clearTimeout(restart);
      const child = current;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        // Running jobs get 20 s to finish (lib/jobs/worker.ts), then the worker is stopped.
        const force = setTimeout(() => child.kill("SIGKILL"), 25_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
      });
    },
  };
}
