import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { Logger } from "pino";
import { list } from "tar";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { packBackup, unpackChecked } from "@/lib/backup/archive-file";
import { backupFigures } from "@/lib/backup/figures";
import { backupJob } from "@/lib/backup/job";
import { newestBackupAt, readRecord, recordOf } from "@/lib/backup/records";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { takeBackup } from "@/lib/backup/take-backup";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { readSettings } from "@/lib/settings";
import { query } from "./backup-load";

// What an operator must never be surprised by: `npm run backup` printing
// where its backup went, the scheduled job doing the same, the oldest
// backups deleted beyond BACKUP_KEEP, no secret in a backup, and a restore
// that changes nothing when told no, when the backup is damaged, or when the
// database is running. The data folder is OnRecord's default embedded one,
// stopped between tests as after Ctrl-C.

const root = path.resolve(import.meta.dirname, "../..");
let folder: string;
let dataDir: string;
let backupDir: string;
const backups: string[] = [];
const AUTH_SECRET = "drill-auth-secret-that-must-never-be-in-a-backup";
let postgresPassword: string;

const env = () => {
  const { DATABASE_URL: _none, ...rest } = process.env;
  return { ...rest, ONRECORD_DATA_DIR: dataDir, BACKUP_DIR: backupDir, BACKUP_KEEP: "2", LOG_LEVEL: "silent" };
};
const config = () => readSettings({ ONRECORD_DATA_DIR: dataDir, BACKUP_DIR: backupDir, BACKUP_KEEP: "2" });

function npmScript(script: string, args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, env: env() }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? "");
  });
}

// Every file of the data folder and its sha256: "nothing was changed".
async function fingerprint(folderPath: string) {
  const entries = await readdir(folderPath, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const hashes = await Promise.all(
    files.map(async (file) => [
      path.relative(folderPath, file),
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    ]),
  );
  return Object.fromEntries(hashes.sort());
}

async function markers() {
  const database = await startEmbeddedDatabase(dataDir);
  try {
    return (await query<{ note: string }>(database.url, "SELECT note FROM drill_marker ORDER BY note")).map((row) => row.note);
  } finally {
    await database.stop();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "onrecord-backup-refusals-"));
  dataDir = path.join(folder, "data");
  backupDir = path.join(folder, "backups");
  const database = await startEmbeddedDatabase(dataDir);
  try {
    await migrate(database.url);
    await query(database.url, "CREATE TABLE drill_marker (note text PRIMARY KEY)");
    await query(database.url, "INSERT INTO drill_marker VALUES ('before the backups')");
  } finally {
    await database.stop();
  }
  // As npm start leaves it: the session-signing secret beside the database.
  await writeFile(path.join(dataDir, "auth-secret"), `${AUTH_SECRET}\n`, { mode: 0o600 });
  postgresPassword = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("making backups", () => {
  it("npm run backup makes one while OnRecord is stopped and prints its path alone on standard output", async () => {
    // Left by a backup killed a day ago, and by one running now.
    await mkdir(path.join(backupDir, ".making-onrecord-killed", "cluster"), { recursive: true });
    await utimes(path.join(backupDir, ".making-onrecord-killed"), new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000));
    await mkdir(path.join(backupDir, ".making-onrecord-running"));
    const { code, stdout, stderr } = await npmScript("scripts/backup.ts", []);
    expect(existsSync(path.join(backupDir, ".making-onrecord-killed"))).toBe(false);
    expect(existsSync(path.join(backupDir, ".making-onrecord-running"))).toBe(true);
    await rm(path.join(backupDir, ".making-onrecord-running"), { recursive: true });
    expect({ code, stderr }).toMatchObject({ code: 0, stderr: expect.stringContaining("made and checked by a test restore") });
    const file = stdout.trim();
    expect(path.dirname(file)).toBe(backupDir);
    expect(path.basename(file)).toMatch(/^onrecord-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.tar\.gz$/);
    expect(existsSync(file) && existsSync(recordOf(file))).toBe(true);
    backups.push(file);
  }, 60_000);

  it("the scheduled job makes one the same way, on the schedule BACKUP_SCHEDULE sets", async () => {
    expect(backupJob.schedule).toBe(readSettings({}).BACKUP_SCHEDULE);
    for (const [name, value] of Object.entries({ ONRECORD_DATA_DIR: dataDir, BACKUP_DIR: backupDir, BACKUP_KEEP: "2", DATABASE_URL: "" }))
      vi.stubEnv(name, value);
    const log = { info: () => {} } as unknown as Logger;
    const output = (await backupJob.run({}, { log, signal: new AbortController().signal })) as { file: string; pruned: string[] };
    vi.unstubAllEnvs();
    expect(output.pruned).toEqual([]);
    backups.push(path.join(backupDir, output.file));
    expect(await newestBackupAt(backupDir)).toBeInstanceOf(Date);
  }, 60_000);

  it("keeps the newest BACKUP_KEEP backups and deletes the older ones with their records", async () => {
    const third = await takeBackup({ config: config() });
    backups.push(third.file);
    expect(third.pruned).toEqual([backups[0]]);
    const left = (await readdir(backupDir)).filter((name) => !name.startsWith(".")).sort();
    expect(left).toEqual([backups[1]!, recordOf(backups[1]!), backups[2]!, recordOf(backups[2]!)].map((file) => path.basename(file)).sort());
  }, 60_000);

  it("a backup stopped by the worker's shutdown leaves no file, and /metrics says the last one failed until one succeeds", async () => {
    const before = await readdir(backupDir);
    const stopping = new AbortController();
    stopping.abort(new Error("the worker is stopping"));
    await expect(takeBackup({ config: config(), signal: stopping.signal })).rejects.toThrow("the worker is stopping");
    expect((await readdir(backupDir)).filter((name) => name !== "last-failure.json").sort()).toEqual(before.sort());
    expect(await backupFigures(backupDir)).toMatchObject({ lastFailed: true });
    await rm(path.join(backupDir, "last-failure.json"));
  }, 60_000);

  it("never puts the auth-secret or the PostgreSQL password in a backup, by name or by content", async () => {
    const names: string[] = [];
    await list({ file: backups[2]!, onReadEntry: (entry) => void names.push(entry.path) });
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name) => /auth-secret|postgres-password/.test(name))).toEqual([]);
    const everything = gunzipSync(await readFile(backups[2]!));
    expect(everything.includes(AUTH_SECRET)).toBe(false);
    expect(everything.includes(postgresPassword)).toBe(false);
  });

  it("refuses a BACKUP_DIR inside the data folder, where the backup would be lost with the data", async () => {
    await expect(takeBackup({ config: readSettings({ ONRECORD_DATA_DIR: dataDir, BACKUP_DIR: path.join(dataDir, "backups") }) })).rejects.toThrow(
      /BACKUP_DIR .* is inside the data folder/,
    );
    expect(existsSync(path.join(dataDir, "backups"))).toBe(false);
  });
});

describe("restoring", () => {
  it("over an existing database asks first, and a no (or no answer) changes nothing", async () => {
    const before = await fingerprint(dataDir);
    for (const answer of ["no\n", ""]) {
      const { code, stderr } = await npmScript("scripts/restore.ts", [backups[2]!], answer);
      expect(code).toBe(1);
      expect(stderr).toContain(`${dataDir} already holds a database. Replace it with the backup taken at`);
      expect(stderr).toContain("The operator declined; nothing was changed.");
    }
    expect(await fingerprint(dataDir)).toEqual(before);
  }, 60_000);

  it("refuses a backup with one byte changed, by its checksum, before anything is overwritten", async () => {
    const damaged = path.join(folder, "damaged.tar.gz");
    await copyFile(backups[2]!, damaged);
    await copyFile(recordOf(backups[2]!), recordOf(damaged));
    const bytes = await readFile(damaged);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await writeFile(damaged, bytes);
    const before = await fingerprint(dataDir);
    const confirm = vi.fn(async () => true);
    await expect(restoreBackup(damaged, { config: config(), confirm })).rejects.toThrow(
      /damaged \(its sha256 differs from the one recorded when it was made\)\. Nothing was changed/,
    );
    // Without its record beside it, the checks inside the backup refuse it.
    await rm(recordOf(damaged));
    await expect(restoreBackup(damaged, { config: config(), confirm })).rejects.toThrow(/The backup damaged\.tar\.gz is damaged .*Nothing was changed/);
    expect(confirm).not.toHaveBeenCalled();
    expect(await fingerprint(dataDir)).toEqual(before);
  }, 60_000);

  it("refuses a backup of another PostgreSQL major version, naming both, before anything is overwritten", async () => {
    // A well-formed backup whose cluster says PostgreSQL 17.
    const unpacked = await mkdtemp(path.join(folder, "v17-"));
    const contents = await unpackChecked(backups[2]!, unpacked);
    await writeFile(path.join(unpacked, "cluster", "PG_VERSION"), "17\n");
    contents.files.PG_VERSION = createHash("sha256").update("17\n").digest("hex");
    const older = path.join(folder, "onrecord-v17.tar.gz");
    await packBackup(unpacked, contents, older);
    const before = await fingerprint(dataDir);
    await expect(restoreBackup(older, { config: config(), confirm: async () => true })).rejects.toThrow(
      /The backup is of PostgreSQL 17, and the embedded PostgreSQL here is 18.*Nothing was changed/,
    );
    expect(await fingerprint(dataDir)).toEqual(before);
  }, 60_000);

  it("refuses while OnRecord's database is running on the folder", async () => {
    const running = await startEmbeddedDatabase(dataDir);
    try {
      await expect(restoreBackup(backups[2]!, { config: config(), confirm: async () => true })).rejects.toThrow(
        /PostgreSQL \(PID \d+\) is running on .*Stop it.*Nothing was changed/,
      );
    } finally {
      await running.stop();
    }
  });

  it("with --yes replaces the database with the backup's, under new secrets", async () => {
    const database = await startEmbeddedDatabase(dataDir);
    await query(database.url, "INSERT INTO drill_marker VALUES ('after the backups')");
    await database.stop();
    expect(await markers()).toEqual(["after the backups", "before the backups"]);

    const { code, stderr } = await npmScript("scripts/restore.ts", [backups[2]!, "--yes"]);
    expect({ code, stderr }).toMatchObject({ code: 0, stderr: expect.stringContaining("everyone signed in must sign in again") });
    expect(await markers()).toEqual(["before the backups"]);
    expect((await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim()).not.toBe(AUTH_SECRET);
    expect((await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim()).not.toBe(postgresPassword);
    expect((await readdir(dataDir)).filter((name) => name.startsWith("."))).toEqual([]);
  }, 60_000);

  it("npm run backup while OnRecord runs copies the running server, found by its lock file, and leaves it running", async () => {
    const running = await startEmbeddedDatabase(dataDir);
    try {
      const pid = (await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0];
      await query(running.url, "INSERT INTO drill_marker VALUES ('while running')");
      const { code, stdout, stderr } = await npmScript("scripts/backup.ts", []);
      expect({ code, stderr }).toMatchObject({ code: 0, stderr: expect.not.stringContaining("starting the embedded PostgreSQL") });
      expect((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]).toBe(pid);
      expect(await query(running.url, "SELECT count(*) FROM drill_marker")).toEqual([{ count: "2" }]);
      const file = stdout.trim();
      expect((await readRecord(file))?.rows["public.drill_marker"]).toBe(2);
    } finally {
      await running.stop();
    }
  }, 60_000);
});
