import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { freshDatabase } from "../support/sql";

// The start command as a newsroom runs it: these drive scripts/start.ts as a
// real process and check what an operator would notice.

const root = process.cwd();
const started: ChildProcess[] = [];

function startScript(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

// Every process whose command line mentions the folder (postgres is started
// with `-D <folder>/postgres`).
async function processesUsing(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(folder)) found.push(`${pid}: ${cmdline.replace(/\0/g, " ")}`);
  }
  return found;
}

// The job worker `npm start` runs beside the web server: a child of the
// start script whose command line names scripts/worker.ts.
async function workerOf(startPid: number): Promise<number | undefined> {
  const children = (await readFile(`/proc/${startPid}/task/${startPid}/children`, "utf8").catch(() => "")).trim().split(/\s+/).filter(Boolean);
  for (const pid of children) {
    if ((await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).includes("scripts/worker.ts")) return Number(pid);
  }
  return undefined;
}

const alive = (pid: number) =>
  readFile(`/proc/${pid}/cmdline`, "utf8").then(
    (cmdline) => cmdline.length > 0,
    () => false,
  );

// A connection to the embedded PostgreSQL a start made in `dataDir`: its
// port is the fourth line of postmaster.pid.
async function embeddedConnection(dataDir: string) {
  const port = Number((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[3]);
  const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "onrecord" });
  await client.connect();
  return client;
}

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => null);
    if (response) return response;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("npm start / npm run dev", () => {
  it("refuses to start on its own DATABASE_URL without AUTH_SECRET, and says what to set", async () => {
    const run = startScript([], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/AUTH_SECRET is not set/);
  });

  it("refuses to start older code on a database migrated by newer code, naming the migration", async () => {
    const database = await freshDatabase("onrecord_start_newer");
    try {
      await migrate(database.url);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client
        .query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('00000000-0000-0000-0000-0000000000aa', 'x', '99991231000000_from_newer_code', now(), 1)`,
        )
        .finally(() => client.end());
      const run = startScript([], { DATABASE_URL: database.url, AUTH_SECRET: "a-test-secret-that-is-long-enough-to-sign-tokens" });
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(/migrated by newer code: 99991231000000_from_newer_code/);
      expect(run.output()).not.toMatch(/serving on/);
    } finally {
      await database.drop();
    }
  }, 60_000);

  it("refuses to start one of several instances (REDIS_URL set) on an embedded database and secret of its own", async () => {
    const run = startScript([], { REDIS_URL: "redis://127.0.0.1:1" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/REDIS_URL is set.*DATABASE_URL is not/);
  });

  it("boots the embedded database, serves the dev server, and leaves no PostgreSQL behind after SIGTERM", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "onrecord-start-"));
    const port = await freePort();
    const run = startScript(["--dev"], { ONRECORD_DATA_DIR: dataDir, PORT: String(port), NEXT_DIST_DIR: ".next-test-dev" });
    try {
      const health = await waitForHealth(`http://127.0.0.1:${port}/api/health`, 90_000);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", database: { status: "up" } });
      expect(run.output()).toMatch(/created the demo newsroom/);
      expect(await processesUsing(dataDir)).not.toEqual([]);
      // A smart shutdown (SIGTERM to the postmaster) keeps serving the
      // connections already open, ours here and the app's pool, and refuses
      // new ones: readiness must say 503 at once, liveness stays 200.
      const held = await embeddedConnection(dataDir);
      held.on("error", () => {});
      const postmaster = (await processesUsing(dataDir)).find((line) => line.includes(" -D "));
      process.kill(Number(postmaster!.split(":")[0]), "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await held.query("SELECT 1 AS one")).rows[0].one).toBe(1);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/api/health/live`)).status).toBe(200);
      // Then the database goes away altogether (a fast shutdown).
      process.kill(Number(postmaster!.split(":")[0]), "SIGINT");
      await held.end().catch(() => {});
      const deadline = Date.now() + 15_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await fetch(`http://127.0.0.1:${port}/api/health`)).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 300));
      }
      expect(status).toBe(503);
      // The generated secret is kept so sessions survive restarts.
      expect((await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim().length).toBeGreaterThan(30);

      const worker = await workerOf(run.child.pid as number);
      expect(worker).toBeDefined();
      run.child.kill("SIGTERM");
      expect(await run.exited).not.toBeNull();
      expect(await processesUsing(dataDir)).toEqual([]);
      // The job worker stopped with it.
      expect(await alive(worker as number)).toBe(false);
      // The app server is gone too: nothing answers on its port.
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

      // A second start reuses the same data folder: same database, no second seed.
      const again = startScript(["--dev"], { ONRECORD_DATA_DIR: dataDir, PORT: String(port), NEXT_DIST_DIR: ".next-test-dev" });
      const healthAgain = await waitForHealth(`http://127.0.0.1:${port}/api/health`, 90_000);
      expect(healthAgain.status).toBe(200);
      expect(again.output()).toMatch(/demo newsroom already present/);
      again.child.kill("SIGINT");
      await again.exited;
      expect(await processesUsing(dataDir)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 150_000);

  it("on its own DATABASE_URL it migrates, adds the verdict scale, starts no embedded database and creates no demo accounts", async () => {
    const database = await freshDatabase("onrecord_own");
    const port = await freePort();
    const run = startScript(["--dev"], {
      DATABASE_URL: database.url,
      AUTH_SECRET: "a-test-secret-that-is-long-enough-to-sign-tokens",
      SITE_URL: "https://factcheck.example",
      PORT: String(port),
      NEXT_DIST_DIR: ".next-test-dev",
    });
    try {
      const health = await waitForHealth(`http://127.0.0.1:${port}/api/health`, 90_000);
      expect(health.status).toBe(200);
      expect(run.output()).toMatch(/using the database in DATABASE_URL/);
      expect(run.output()).not.toMatch(/embedded PostgreSQL|demo newsroom/);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        expect((await client.query(`SELECT count(*)::int AS n FROM "User"`)).rows[0].n).toBe(0);
        expect((await client.query(`SELECT count(*)::int AS n FROM "Claim"`)).rows[0].n).toBe(0);
        expect((await client.query(`SELECT count(*)::int AS n FROM "Rating"`)).rows[0].n).toBeGreaterThanOrEqual(5);
        expect((await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)).rows[0].n).toBeGreaterThanOrEqual(2);
      } finally {
        await client.end();
      }
    } finally {
      run.child.kill("SIGTERM");
      await run.exited;
      await database.drop();
    }
  }, 150_000);
});
