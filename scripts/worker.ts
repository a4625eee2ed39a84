// `npm run worker`: a process that runs OnRecord's background jobs and
// nothing else, for a newsroom that scales out and wants its web instances
// to answer readers only (set JOBS_IN_APP=false on those). `npm start` runs
// the same worker beside the web server by default.

import "dotenv/config";
import { startWorker } from "../lib/jobs/worker.ts";
import { log } from "../lib/observability/log.ts";
import { readSettings, SettingsError } from "../lib/settings.ts";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

function fail(message: string): never {
  log().error({ source: "worker" }, message);
  process.exit(1);
}

async function main() {
  let databaseUrl: string | undefined;
  try {
    databaseUrl = readSettings().DATABASE_URL;
  } catch (error) {
    if (error instanceof SettingsError) fail(`${error.message}\nFix them in the environment or in .env (see .env.example), then start again.`);
    throw error;
  }
  if (!databaseUrl) {
    fail("DATABASE_URL is not set. A separate worker needs the newsroom's database; with the embedded database, `npm start` already runs the jobs.");
  }
  const worker = await startWorker({ databaseUrl });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log().info({ source: "worker" }, "stopping: letting running jobs finish");
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  log().error({ source: "worker", err: error }, "the worker could not start");
  process.exit(1);
});
