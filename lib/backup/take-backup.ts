import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { runningPostmaster, startEmbeddedDatabase } from "../database/embedded.ts";
import { readSettings, type Settings } from "../settings.ts";
import { backUpWithDump } from "./dump-backup.ts";
import { backUpEmbedded } from "./embedded-backup.ts";
import { clearFailure, type MadeBackup, pruneBackups, recordFailure, writeRecord } from "./records.ts";

// `npm run backup` and the scheduled backup job: one backup of the database
// OnRecord uses, into BACKUP_DIR, then the oldest beyond BACKUP_KEEP deleted.
// The embedded database (ONRECORD_DATA_DIR) is copied with PostgreSQL's
// base-backup API; an operator's own DATABASE_URL with pg_dump. Both run
// while the app runs and writes.

export type BackupTaken = MadeBackup & { pruned: string[] };

type Log = (line: string) => void;

// The embedded server's port, from the fourth line of its lock file, while
// it runs.
async function embeddedPort(clusterDir: string): Promise<string | null> {
  if (!(await runningPostmaster(clusterDir))) return null;
  const lock = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => "");
  return lock.split("\n")[3]?.trim() || null;
}

// The app started by `npm start` passes the embedded database on to its
// worker as DATABASE_URL: an address on this machine at the embedded
// server's port is the embedded database, backed up as such.
function isEmbedded(url: string, port: string | null) {
  const parsed = new URL(url);
  return port !== null && parsed.port === port && ["127.0.0.1", "localhost"].includes(parsed.hostname);
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

// Working folders of a backup that was killed (a crash, a reboot) are
// cleared by the next one; those of a backup still running are young.
const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;
async function clearAbandoned(backupDir: string, log: Log) {
  for (const entry of await readdir(backupDir, { withFileTypes: true })) {
    const working = entry.name.startsWith(".making-") || entry.name.startsWith(".checking-") || entry.name.endsWith(".partial");
    if (!working) continue;
    const folder = path.join(backupDir, entry.name);
    const { mtimeMs } = await stat(folder);
    if (Date.now() - mtimeMs < ABANDONED_AFTER_MS) continue;
    log(`removing ${entry.name}, left by a backup that did not finish`);
    await rm(folder, { recursive: true, force: true });
  }
}

const stamp = (at: Date) => at.toISOString().replaceAll(":", "-").replace(".", "-");

async function backUpTheEmbeddedDatabase(config: Settings, backupDir: string, name: string, log: Log, signal?: AbortSignal) {
  const dataDir = path.resolve(config.ONRECORD_DATA_DIR);
  const clusterDir = path.join(dataDir, "postgres");
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    throw new Error(`There is no database in ${dataDir} yet to back up. Start OnRecord once (npm start), or set ONRECORD_DATA_DIR or DATABASE_URL.`);
  }
  const port = await embeddedPort(clusterDir);
  if (port) {
    const url =
      config.DATABASE_URL && isEmbedded(config.DATABASE_URL, port)
        ? config.DATABASE_URL
        : `postgresql://postgres:${encodeURIComponent((await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim())}@127.0.0.1:${port}/onrecord`;
    return backUpEmbedded({ url, dataDir, backupDir, name, log, signal });
  }
  // OnRecord is not running: the database is started for the backup only.
  log(`starting the embedded PostgreSQL in ${dataDir} for the backup`);
  const database = await startEmbeddedDatabase(dataDir);
  try {
    return await backUpEmbedded({ url: database.url, dataDir, backupDir, name, log, signal });
  } finally {
    await database.stop();
  }
}

export async function takeBackup(options: { config?: Settings; log?: Log; signal?: AbortSignal } = {}): Promise<BackupTaken> {
  const config = options.config ?? readSettings();
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(config.ONRECORD_DATA_DIR);
  const backupDir = path.resolve(config.BACKUP_DIR);
  if (isInside(backupDir, dataDir)) {
    throw new Error(
      `BACKUP_DIR (${backupDir}) is inside the data folder ${dataDir}: a backup there would be lost with the data it protects. Choose a folder outside it.`,
    );
  }
  await mkdir(backupDir, { recursive: true, mode: 0o700 });
  await clearAbandoned(backupDir, log);
  const name = `onrecord-${stamp(new Date())}`;
  try {
    const port = await embeddedPort(path.join(dataDir, "postgres"));
    const taken =
      config.DATABASE_URL && !isEmbedded(config.DATABASE_URL, port)
        ? await backUpWithDump({ url: config.DATABASE_URL, backupDir, name, log, signal: options.signal })
        : await backUpTheEmbeddedDatabase(config, backupDir, name, log, options.signal);
    await writeRecord(taken.file, taken.record);
    const pruned = await pruneBackups(backupDir, config.BACKUP_KEEP);
    for (const file of pruned) log(`deleted the old backup ${path.basename(file)} (BACKUP_KEEP=${config.BACKUP_KEEP})`);
    await clearFailure(backupDir);
    return { ...taken, pruned };
  } catch (error) {
    await recordFailure(backupDir, error);
    throw error;
  }
}
