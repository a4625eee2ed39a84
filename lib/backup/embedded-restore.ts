import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { letPostgresUserTraverse, runningPostmaster } from "../database/embedded.ts";
import { type BackupContents, CLUSTER_FOLDER, unpackChecked } from "./archive-file.ts";
import { startForRecovery } from "./recovery-server.ts";
import { countRowsAt } from "./row-counts.ts";
import { embeddedMajor } from "./server-binaries.ts";
import { handToServer, serverUser } from "./server-user.ts";

// Restores an embedded-database backup into a data folder (ONRECORD_DATA_DIR
// or any other), new or already holding a database. In order, so that a
// refusal at any step leaves the folder as it was:
//  1. the backup is unpacked beside the folder's database and checked whole;
//  2. an existing database is only replaced once the operator says so;
//  3. PostgreSQL recovers the unpacked copy (replays its WAL) to the point
//     where the backup ended, on a port of its own;
//  4. only then is the old database swapped out and deleted.
// The restored folder gets a new PostgreSQL password and a new auth-secret,
// since neither is ever in a backup: everyone signed in must sign in again.

export type Confirm = (question: string) => Promise<boolean>;

export type EmbeddedRestore =
  | { restored: true; contents: BackupContents; rows: Record<string, number>; replacedExisting: boolean }
  | { restored: false; reason: string };

const APP_DATABASE = "onrecord";

export async function restoreEmbedded(
  file: string,
  dataDir: string,
  // The rows the backup's own test restore found: a restore that finds
  // others stops before the swap.
  options: { confirm: Confirm; log?: (line: string) => void; expectRows?: Record<string, number> },
): Promise<EmbeddedRestore> {
  const log = options.log ?? (() => {});
  const folder = path.resolve(dataDir);
  const clusterDir = path.join(folder, "postgres");
  const running = await runningPostmaster(clusterDir);
  if (running) {
    throw new Error(
      `PostgreSQL (PID ${running}) is running on ${folder}: OnRecord is probably running. Stop it (Ctrl-C in its terminal, or stop its service), then restore again. Nothing was changed.`,
    );
  }
  await mkdir(folder, { recursive: true });
  const staging = await mkdtemp(path.join(folder, ".restoring-"));
  try {
    log(`checking ${path.basename(file)}`);
    const contents = await unpackChecked(file, staging);
    const [made, here] = await Promise.all([readFile(path.join(staging, CLUSTER_FOLDER, "PG_VERSION"), "utf8"), embeddedMajor()]);
    if (made.trim() !== here) {
      throw new Error(
        `The backup is of PostgreSQL ${made.trim()}, and the embedded PostgreSQL here is ${here}, which cannot open it. Restore it with the OnRecord version that made it, then back up anew. Nothing was changed.`,
      );
    }
    const replacing = existsSync(path.join(clusterDir, "PG_VERSION"));
    if (replacing) {
      const question = `${folder} already holds a database. Replace it with the backup taken at ${contents.finishedAt}? Everything written to it since is lost.`;
      if (!(await options.confirm(question))) return { restored: false, reason: "The operator declined; nothing was changed." };
    }

    const restored = path.join(staging, CLUSTER_FOLDER);
    await chmod(restored, 0o700);
    await letPostgresUserTraverse(staging);
    await handToServer(restored, await serverUser());
    log("recovering the backup (replaying the WAL written while it was taken)");
    const password = randomBytes(18).toString("base64url");
    const server = await startForRecovery(restored);
    let rows: Record<string, number> = {};
    try {
      const admin = new pg.Client({ connectionString: server.url("postgres") });
      await admin.connect();
      try {
        await admin.query(`ALTER ROLE postgres PASSWORD ${admin.escapeLiteral(password)}`);
        const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [APP_DATABASE]);
        if (rowCount) rows = await countRowsAt(server.url(APP_DATABASE));
      } finally {
        await admin.end();
      }
    } finally {
      await server.stop();
    }

    const expected = options.expectRows;
    const differing = expected ? Object.keys({ ...expected, ...rows }).filter((table) => expected[table] !== rows[table]) : [];
    if (differing.length > 0)
      throw new Error(`The restored copy's rows differ from the backup's check (${differing.slice(0, 3).join(", ")}). Nothing was changed.`);

    const aside = path.join(folder, `.replaced-${Date.now()}`);
    if (existsSync(clusterDir)) await rename(clusterDir, aside);
    await rename(restored, clusterDir);
    await writeFile(path.join(folder, "postgres-password"), `${password}\n`, { mode: 0o600 });
    await writeFile(path.join(folder, "auth-secret"), `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
    await rm(aside, { recursive: true, force: true });
    return { restored: true, contents, rows, replacedExisting: replacing };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
