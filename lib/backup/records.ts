import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// What the backup folder knows about each backup: beside every backup file,
// <file>.json with its sha256, when it was taken, and the rows its test
// restore found. Retention, the backup-age metric and restore read these.

export type BackupKind = "embedded" | "dump";

export type BackupRecord = {
  format: "onrecord-backup-record/1";
  kind: BackupKind;
  file: string;
  sha256: string;
  bytes: number;
  postgresVersion: string;
  startedAt: string;
  finishedAt: string;
  // Rows by table, as restored by the backup's own test restore.
  rows: Record<string, number>;
};

// What making one backup is given, and gives back: the file, and its record
// without the format (written by the caller once the file is in place).
export type BackupRequest = { url: string; backupDir: string; name: string; log: (line: string) => void; signal?: AbortSignal };
export type MadeBackup = { file: string; record: Omit<BackupRecord, "format"> };

const RECORD_SUFFIX = ".json";
const FAILURE_FILE = "last-failure.json";
export const recordOf = (file: string) => `${file}${RECORD_SUFFIX}`;

export async function writeRecord(file: string, record: Omit<BackupRecord, "format">) {
  await writeFile(recordOf(file), `${JSON.stringify({ format: "onrecord-backup-record/1", ...record }, null, 2)}\n`, { mode: 0o600 });
}

export async function readRecord(file: string): Promise<BackupRecord | null> {
  const text = await readFile(recordOf(file), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const record = JSON.parse(text) as BackupRecord;
    return record.format === "onrecord-backup-record/1" ? record : null;
  } catch {
    return null;
  }
}

// Backups whose file and record are both there, newest first.
export async function listBackups(backupDir: string): Promise<{ file: string; record: BackupRecord }[]> {
  const names = await readdir(backupDir).catch(() => [] as string[]);
  const found: { file: string; record: BackupRecord }[] = [];
  for (const name of names) {
    if (!name.endsWith(RECORD_SUFFIX) || name === FAILURE_FILE) continue;
    const file = path.join(backupDir, name.slice(0, -RECORD_SUFFIX.length));
    const record = await readRecord(file);
    if (record && names.includes(path.basename(file))) found.push({ file, record });
  }
  return found.sort((a, b) => b.record.finishedAt.localeCompare(a.record.finishedAt));
}

export async function newestBackupAt(backupDir: string): Promise<Date | null> {
  const [newest] = await listBackups(backupDir);
  return newest ? new Date(newest.record.finishedAt) : null;
}

// Keeps the newest `keep`; returns the files deleted.
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  const old = (await listBackups(backupDir)).slice(keep);
  for (const { file } of old) {
    await rm(file, { force: true });
    await rm(recordOf(file), { force: true });
  }
  return old.map(({ file }) => file);
}

// The last backup's failure, kept until a backup succeeds, for /metrics.
export async function recordFailure(backupDir: string, error: unknown) {
  const failure = { at: new Date().toISOString(), message: error instanceof Error ? error.message : String(error) };
  await writeFile(path.join(backupDir, FAILURE_FILE), `${JSON.stringify(failure)}\n`).catch(() => {});
}
export const clearFailure = (backupDir: string) => rm(path.join(backupDir, FAILURE_FILE), { force: true });
export async function lastBackupFailed(backupDir: string): Promise<boolean> {
  return (await readFile(path.join(backupDir, FAILURE_FILE)).catch(() => null)) !== null;
}
