import path from "node:path";
import { settings } from "../settings.ts";
import { lastBackupFailed, newestBackupAt } from "./records.ts";

// For /metrics: how old the newest backup in BACKUP_DIR is (null: none
// there), and whether the last attempt failed. Read from the backup
// folder's records, so any instance that sees the folder can report them.
export async function backupFigures(backupDir = path.resolve(settings().BACKUP_DIR)): Promise<{ ageSeconds: number | null; lastFailed: boolean }> {
  const [newest, lastFailed] = await Promise.all([newestBackupAt(backupDir), lastBackupFailed(backupDir)]);
  return { ageSeconds: newest ? Math.max(0, (Date.now() - newest.getTime()) / 1000) : null, lastFailed };
}
