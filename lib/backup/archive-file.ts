import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { create, extract } from "tar";
import { hashFile } from "./hashing.ts";
import { inParallel } from "./in-parallel.ts";

// The embedded database's backup file: a gzip tar holding the copied cluster
// (cluster/…) and, beside it, onrecord-backup.json with the sha256 of every
// file in it. A restore unpacks into a folder of its own and checks every
// file against that list before anything of the live data folder is
// touched: a changed byte fails gzip's own check or a file's sha256.

export const CONTENTS_FILE = "onrecord-backup.json";
export const CLUSTER_FOLDER = "cluster";
const FORMAT = "onrecord-embedded-backup/1";

export type BackupContents = {
  format: typeof FORMAT;
  label: string;
  postgresVersion: string;
  startLsn: string;
  stopLsn: string;
  startedAt: string;
  finishedAt: string;
  // sha256 by path inside the cluster folder.
  files: Record<string, string>;
};

export class DamagedBackupError extends Error {
  constructor(file: string, problem: string) {
    super(`The backup ${file} is damaged (${problem}). Nothing was changed. Restore another backup, or make a new one.`);
    this.name = "DamagedBackupError";
  }
}

// Fast compression: most of a cluster is half-empty pages and zeroed WAL,
// which level 1 already shrinks well, at several times level 6's speed.
const GZIP = { level: 1 };

export async function packBackup(staging: string, contents: Omit<BackupContents, "format">, file: string) {
  await writeFile(path.join(staging, CONTENTS_FILE), `${JSON.stringify({ format: FORMAT, ...contents }, null, 2)}\n`, { mode: 0o600 });
  await create({ file, cwd: staging, gzip: GZIP, portable: true, mode: 0o600 }, [CONTENTS_FILE, CLUSTER_FOLDER]);
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

// Unpacks into `into` (an empty folder) and checks it whole: the list of
// files, and every file's sha256. Throws DamagedBackupError on any mismatch.
export async function unpackChecked(file: string, into: string): Promise<BackupContents> {
  const name = path.basename(file);
  try {
    // A cluster's empty pages and zeroed WAL compress far beyond the
    // reader's default guard against archive bombs.
    await extract({ file, cwd: into, strict: true, maxDecompressionRatio: 1_000_000 });
  } catch (error) {
    throw new DamagedBackupError(name, `it cannot be unpacked: ${(error as Error).message}`);
  }
  let contents: BackupContents;
  try {
    contents = JSON.parse(await readFile(path.join(into, CONTENTS_FILE), "utf8"));
  } catch {
    throw new DamagedBackupError(name, `its list of files, ${CONTENTS_FILE}, is missing or unreadable`);
  }
  if (contents.format !== FORMAT) throw new DamagedBackupError(name, `it is not an OnRecord backup of the embedded database (format ${contents.format})`);
  const clusterDir = path.join(into, CLUSTER_FOLDER);
  const present = new Set(await filesUnder(clusterDir));
  const listed = Object.entries(contents.files);
  for (const [relative] of listed) if (!present.delete(relative)) throw new DamagedBackupError(name, `${relative} is missing`);
  if (present.size > 0) throw new DamagedBackupError(name, `it holds files its list does not name: ${[...present].slice(0, 3).join(", ")}`);
  await inParallel(listed, 8, async ([relative, sha256]) => {
    if ((await hashFile(path.join(clusterDir, relative))).sha256 !== sha256) throw new DamagedBackupError(name, `${relative} does not match its checksum`);
  });
  return contents;
}
