import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { CLUSTER_FOLDER, packBackup } from "./archive-file.ts";
import { copyRunningCluster } from "./embedded-copy.ts";
import { restoreEmbedded } from "./embedded-restore.ts";
import { hashFile } from "./hashing.ts";
import type { BackupRequest, MadeBackup } from "./records.ts";

// A backup of the embedded database, made and proved in the backup folder:
// the cluster is copied into a folder of its own there, packed into
// <name>.tar.gz, and restored once into a scratch data folder (the same code
// an operator's restore runs) before the file takes its final name. A backup
// that cannot be restored is never left looking like a good one.

export async function backUpEmbedded(options: BackupRequest & { dataDir: string }): Promise<MadeBackup> {
  const { backupDir, name, log } = options;
  const file = path.join(backupDir, `${name}.tar.gz`);
  const partial = `${file}.partial`;
  const staging = path.join(backupDir, `.making-${name}`);
  const scratch = path.join(backupDir, `.checking-${name}`);
  const startedAt = new Date().toISOString();
  try {
    log("copying the database (the app keeps running)");
    await mkdir(staging, { mode: 0o700 });
    const copy = await copyRunningCluster(
      options.url,
      path.join(path.resolve(options.dataDir), "postgres"),
      path.join(staging, CLUSTER_FOLDER),
      name,
      options.signal,
    );
    const finishedAt = new Date().toISOString();
    await packBackup(
      staging,
      { label: name, postgresVersion: copy.postgresVersion, startLsn: copy.startLsn, stopLsn: copy.stopLsn, startedAt, finishedAt, files: copy.files },
      partial,
    );
    await rm(staging, { recursive: true, force: true });

    options.signal?.throwIfAborted();
    log("checking the backup by restoring it into a scratch folder");
    const check = await restoreEmbedded(partial, scratch, { confirm: async () => false });
    if (!check.restored) throw new Error(`The backup's test restore did not run: ${check.reason}`);
    const { sha256, bytes } = await hashFile(partial);
    await rename(partial, file);
    return {
      file,
      record: { kind: "embedded", file: path.basename(file), sha256, bytes, postgresVersion: copy.postgresVersion, startedAt, finishedAt, rows: check.rows },
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}
