import { existsSync } from "node:fs";
import path from "node:path";
import { readSettings, type Settings } from "../settings.ts";
import { DamagedBackupError } from "./archive-file.ts";
import { restoreDump } from "./dump-restore.ts";
import { type Confirm, restoreEmbedded } from "./embedded-restore.ts";
import { hashFile } from "./hashing.ts";
import { readRecord, recordOf } from "./records.ts";

// `npm run restore -- <backup> [--yes]`: a backup file made by `npm run
// backup`, checked first (its sha256 against the record beside it, then
// every file inside), restored only after the operator confirms when
// something would be overwritten. A .tar.gz goes into the data folder
// ONRECORD_DATA_DIR (new or existing); a .dump into the database at
// DATABASE_URL.

export type RestoreResult = { restored: true; into: string; rows: Record<string, number>; notes: string[] } | { restored: false; reason: string };

export async function restoreBackup(file: string, options: { confirm: Confirm; config?: Settings; log?: (line: string) => void }): Promise<RestoreResult> {
  const config = options.config ?? readSettings();
  const log = options.log ?? (() => {});
  const backup = path.resolve(file);
  if (!existsSync(backup)) throw new Error(`There is no backup at ${backup}. Backups are in BACKUP_DIR (${path.resolve(config.BACKUP_DIR)}).`);
  const record = await readRecord(backup);
  if (record) {
    log(`checking ${path.basename(backup)} against its checksum`);
    if ((await hashFile(backup)).sha256 !== record.sha256)
      throw new DamagedBackupError(path.basename(backup), "its sha256 differs from the one recorded when it was made");
  }
  const kind = record?.kind ?? (backup.endsWith(".dump") ? "dump" : "embedded");

  if (kind === "dump") {
    if (!record) {
      throw new Error(
        `The record ${path.basename(recordOf(backup))}, written beside the backup, is missing: restore checks the backup against the checksum it holds. Copy it along with the backup.`,
      );
    }
    if (!config.DATABASE_URL)
      throw new Error("This backup was made with pg_dump from an operator's own database: set DATABASE_URL to the database to restore it into.");
    const done = await restoreDump(backup, record, config.DATABASE_URL, { confirm: options.confirm, log });
    if (!done.restored) return done;
    const differing = Object.keys(record.rows).filter((table) => record.rows[table] !== done.rows[table]);
    if (differing.length > 0) throw new Error(`The restore finished, but these tables' rows differ from the backup's: ${differing.join(", ")}.`);
    return { restored: true, into: new URL(config.DATABASE_URL).pathname.slice(1), rows: done.rows, notes: [] };
  }

  const dataDir = path.resolve(config.ONRECORD_DATA_DIR);
  const done = await restoreEmbedded(backup, dataDir, { confirm: options.confirm, log, expectRows: record?.rows });
  if (!done.restored) return done;
  const notes = ["The data folder has a new auth-secret: everyone signed in must sign in again."];
  if (config.AUTH_SECRET) notes[0] = "AUTH_SECRET is set, so sessions signed with it stay valid.";
  if (config.DATABASE_URL) notes.push(`DATABASE_URL is set, so npm start uses that database, not ${dataDir}: unset it to use the restored one.`);
  return { restored: true, into: dataDir, rows: done.rows, notes };
}
