import { type ChildProcess, spawn } from "node:child_process";
import { rm } from "node:fs/promises";

// Starts OnRecord as `npm start` would (fresh embedded database in its own
// data folder, demo newsroom, production build) for a benchmark, and stops it
// with its database afterwards.

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

export type AppServer = { base: string; stop: () => Promise<void> };

async function waitForHealth(base: string) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy");
}

// `cores` pins the app (and the database it starts) to those CPUs, so a load
// generator on the other core does not steal its time.
export async function startApp(options: { port: number; dataDir: string; cores?: string; env?: Record<string, string> }): Promise<AppServer> {
  await rm(options.dataDir, { recursive: true, force: true });
  const node = [process.execPath, "--import", "tsx", "scripts/start.ts"];
  const [command, ...args] = options.cores ? ["taskset", "-c", options.cores, ...node] : node;
  const server: ChildProcess = spawn(command!, args, {
    env: { ...process.env, PORT: String(options.port), ONRECORD_DATA_DIR: options.dataDir, DATABASE_URL: "", AUTH_SECRET: "", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await rm(options.dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
