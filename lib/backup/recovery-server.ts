import { execFile } from "node:child_process";
import { chown, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../database/embedded.ts";
import { embeddedBinaries } from "./server-binaries.ts";
import { serverUser } from "./server-user.ts";

// PostgreSQL 18 started on a restored cluster folder, by pg_ctl, for as long
// as recovery and a few checks take: it replays the backup's WAL up to the
// point where the copy is consistent, then accepts connections. It listens on
// 127.0.0.1 only, with a one-off access rule letting this process in without
// the (not yet known) password; the rule file is removed when it stops.

export type RecoveryServer = { url: (database: string) => string; stop: () => Promise<void> };

const run = promisify(execFile);
const HBA_FILE = "onrecord-restore-hba.conf";
const LOG_FILE = "onrecord-restore.log";
// Replaying a large backup's WAL can take a while; pg_ctl waits this long.
const START_TIMEOUT_SECONDS = 3600;

const quoted = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

export async function startForRecovery(clusterDir: string): Promise<RecoveryServer> {
  const user = await serverUser();
  const pgCtl = path.join(embeddedBinaries(), "pg_ctl");
  const hba = path.join(clusterDir, HBA_FILE);
  const logFile = path.join(clusterDir, LOG_FILE);
  await writeFile(hba, "host all postgres 127.0.0.1/32 trust\n", { mode: 0o600 });
  if (user) await chown(hba, user.uid, user.gid);
  const port = await freePort();
  const serverOptions = [
    `-c port=${port}`,
    "-c listen_addresses=127.0.0.1",
    "-c unix_socket_directories=",
    `-c hba_file=${quoted(hba)}`,
    // The restored copy is not the live server: it must not archive or
    // replicate anything on its way through.
    "-c archive_mode=off",
  ].join(" ");
  const asServer = { cwd: clusterDir, ...user, env: { ...process.env, LC_ALL: "C" } };
  const clean = async () => {
    await rm(hba, { force: true });
    await rm(logFile, { force: true });
  };
  try {
    await run(pgCtl, ["-D", clusterDir, "-l", logFile, "-o", serverOptions, "-w", "-t", String(START_TIMEOUT_SECONDS), "start"], asServer);
  } catch (error) {
    const lastWords = (await readFile(logFile, "utf8").catch(() => "")).trim().split("\n").slice(-15).join("\n");
    await run(pgCtl, ["-D", clusterDir, "-m", "immediate", "-w", "stop"], asServer).catch(() => {});
    await clean();
    throw new Error(`PostgreSQL could not recover the restored copy in ${clusterDir}:\n${lastWords}`, { cause: error });
  }
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await run(pgCtl, ["-D", clusterDir, "-m", "fast", "-w", "-t", "120", "stop"], asServer);
      await clean();
    },
  };
}
