import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "../../lib/database/embedded.ts";

// Debian's PostgreSQL 15 (apt-get install -y postgresql-15) run by hand on
// this machine: a primary and streaming replicas of it, for the read-replica
// tests and a one-machine cluster. Each server is a child `postgres` process
// listening on 127.0.0.1 only, with trust authentication (nothing but this
// machine can reach it), stopped by its PID.
//
// PostgreSQL refuses to run as root, so as root every command runs as the
// `postgres` system user the package creates (spawn's uid/gid rather than
// `su -c`, which would need the arguments quoted for a shell), and the
// folders it writes are handed to that user. As anyone else, the commands run
// as that user.

export const POSTGRES_15_BIN = "/usr/lib/postgresql/15/bin";

export type PostgresServer = {
  // postgresql://postgres@127.0.0.1:<port>/<database>
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  // "fast" ends sessions and shuts down cleanly; "immediate" stops at once,
  // as a crash or a pulled cable would (recovery replays WAL on next start).
  stop: (mode?: "fast" | "immediate") => Promise<void>;
};

type Options = { binDir?: string; log?: (line: string) => void };

const run = promisify(execFile);

function binary(binDir: string, name: string) {
  const file = path.join(binDir, name);
  if (!existsSync(file)) {
    throw new Error(`PostgreSQL 15 is not installed here (${file} is missing). Install it with: apt-get install -y postgresql-15`);
  }
  return file;
}

// As root: the uid and gid of the `postgres` user, which the commands run as.
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = await readFile("/etc/passwd", "utf8");
  const entry = passwd.split("\n").find((line) => line.startsWith("postgres:"));
  if (!entry) throw new Error("Running as root, but there is no `postgres` user to run PostgreSQL as. Install it with: apt-get install -y postgresql-15");
  const [, , uid, gid] = entry.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

// A folder the server's user owns (PostgreSQL insists on owning its data).
async function ownFolder(dir: string) {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const user = await postgresUser();
  if (user) await chown(dir, user.uid, user.gid);
}

// A fresh folder under the system's temporary folder for a throwaway cluster.
export async function clusterFolder(prefix = "onrecord-pg15-") {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await ownFolder(dir);
  return dir;
}

async function runAsPostgres(file: string, args: string[], cwd: string) {
  const user = await postgresUser();
  try {
    await run(file, args, { cwd, ...user, env: { ...process.env, HOME: cwd, LC_ALL: "C" } });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${path.basename(file)} failed: ${(stderr || stdout || String(error)).trim()}`, { cause: error });
  }
}

const urlOf = (port: number, database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;

// Ready when it accepts a connection; a server that exits first says why in
// its last log lines.
async function waitUntilAccepting(port: number, child: ChildProcess, recentLog: string[]) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`PostgreSQL on port ${port} exited while starting:\n${recentLog.join("\n")}`);
    }
    const client = new pg.Client({ connectionString: urlOf(port, "postgres"), connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      return;
    } catch (error) {
      // "the database system is starting up" (57P03) or not listening yet.
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL on port ${port} did not accept connections within 30 s:\n${recentLog.join("\n")}`, { cause: error });
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Starts the cluster in dataDir (made by startPrimary or startReplica, or
// left by an earlier start) and waits until it accepts connections.
export async function startServer(options: Options & { dataDir: string; port?: number; database?: string }): Promise<PostgresServer> {
  const binDir = options.binDir ?? POSTGRES_15_BIN;
  const port = options.port ?? (await freePort());
  const user = await postgresUser();
  const settings = {
    port: String(port),
    listen_addresses: "127.0.0.1",
    // TCP only: no socket file in a folder shared with other clusters.
    unix_socket_directories: "",
    wal_level: "replica",
    max_wal_senders: "10",
    hot_standby: "on",
  };
  const args = ["-D", options.dataDir, ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`])];
  const child = spawn(binary(binDir, "postgres"), args, { cwd: options.dataDir, ...user, stdio: ["ignore", "pipe", "pipe"] });
  const recentLog: string[] = [];
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString().trim().split("\n");
    for (const line of lines) options.log?.(`postgres ${port}: ${line}`);
    recentLog.push(...lines);
    recentLog.splice(0, Math.max(0, recentLog.length - 20));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitUntilAccepting(port, child, recentLog);
  } catch (error) {
    child.kill("SIGQUIT");
    throw error;
  }
  return {
    url: urlOf(port, options.database ?? "postgres"),
    port,
    dataDir: options.dataDir,
    pid: child.pid!,
    // SIGINT is PostgreSQL's fast shutdown, SIGQUIT its immediate one.
    stop: async (mode = "fast") => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(mode === "fast" ? "SIGINT" : "SIGQUIT");
      await exited;
    },
  };
}

// A new primary in dir/primary: initdb, then start, then create the database.
// `throwaway` turns off fsync for clusters a test deletes afterwards.
export async function startPrimary(options: Options & { dir: string; port?: number; database?: string; throwaway?: boolean }): Promise<PostgresServer> {
  const binDir = options.binDir ?? POSTGRES_15_BIN;
  const database = options.database ?? "onrecord";
  const dataDir = path.join(options.dir, "primary");
  await ownFolder(options.dir);
  await ownFolder(dataDir);
  await runAsPostgres(binary(binDir, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "--encoding=UTF8", "--locale=C"], options.dir);
  // Only this machine, over TCP: ordinary sessions and replication.
  await writeFile(path.join(dataDir, "pg_hba.conf"), "host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n");
  if (options.throwaway) await writeFile(path.join(dataDir, "postgresql.auto.conf"), "fsync = off\n");
  const server = await startServer({ ...options, dataDir, database });
  const admin = new pg.Client({ connectionString: urlOf(server.port, "postgres") });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
  } catch (error) {
    await server.stop("immediate");
    throw error;
  } finally {
    await admin.end().catch(() => {});
  }
  return server;
}

// A streaming replica of `primary` in dir/<name>: pg_basebackup copies the
// primary and, with -R, writes standby.signal and primary_conninfo, so the
// server starts as a hot standby that replays the primary's WAL as it comes.
export async function startReplica(options: Options & { primary: PostgresServer; dir: string; name?: string; port?: number }): Promise<PostgresServer> {
  const binDir = options.binDir ?? POSTGRES_15_BIN;
  const dataDir = path.join(options.dir, options.name ?? "replica");
  await ownFolder(options.dir);
  await ownFolder(dataDir);
  await runAsPostgres(
    binary(binDir, "pg_basebackup"),
    ["-h", "127.0.0.1", "-p", String(options.primary.port), "-U", "postgres", "-D", dataDir, "-R", "-X", "stream", "-c", "fast"],
    options.dir,
  );
  return startServer({ ...options, dataDir, database: new URL(options.primary.url).pathname.slice(1) });
}
