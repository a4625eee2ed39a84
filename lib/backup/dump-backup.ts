import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../database/embedded.ts";
import { clientTool, connectionFor, runClientTool, serverMajor } from "./client-tools.ts";
import { hashFile } from "./hashing.ts";
import type { BackupRequest, MadeBackup } from "./records.ts";
import { countRows, countRowsAt } from "./row-counts.ts";

// A backup of an operator's own PostgreSQL (DATABASE_URL): pg_dump's custom
// format, which pg_restore reads back table by table. pg_dump reads inside
// one repeatable-read snapshot, so the dump is consistent while the app goes
// on writing. That snapshot is exported from our own connection first and
// every table counted in it, so the counts are exactly the dump's; the dump
// is then proved by restoring it into a scratch PostgreSQL 18 (the embedded
// one: a newer server reads an older server's dump) and counting again.

export async function backUpWithDump(options: BackupRequest): Promise<MadeBackup> {
  const { backupDir, name, log } = options;
  const file = path.join(backupDir, `${name}.dump`);
  const partial = `${file}.partial`;
  const startedAt = new Date().toISOString();
  const client = new pg.Client({ connectionString: options.url, application_name: "onrecord-backup" });
  await client.connect();
  let scratchDir: string | null = null;
  try {
    const server = await serverMajor(client);
    // Found before anything is written: a missing pg_dump leaves no file.
    const pgDump = await clientTool("pg_dump", server.major);
    const pgRestore = await clientTool("pg_restore", server.major);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: exported } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const rows = await countRows(client);
    log(`dumping the database with ${pgDump} (the app keeps running)`);
    const { dbname, env } = connectionFor(options.url);
    await runClientTool(
      pgDump,
      ["--format=custom", `--snapshot=${exported[0]!.snapshot}`, "--no-password", `--file=${partial}`, `--dbname=${dbname}`],
      env,
      options.signal,
    );
    await client.query("COMMIT");
    const finishedAt = new Date().toISOString();

    log("checking the backup by restoring it into a scratch PostgreSQL");
    scratchDir = await mkdtemp(path.join(backupDir, `.checking-${name}-`));
    const scratch = await startEmbeddedDatabase(scratchDir);
    try {
      const target = connectionFor(scratch.url);
      await runClientTool(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--no-password", `--dbname=${target.dbname}`, partial], target.env);
      const restored = await countRowsAt(scratch.url);
      const differences = Object.keys({ ...rows, ...restored }).filter((table) => rows[table] !== restored[table]);
      if (differences.length > 0) {
        const shown = differences.slice(0, 5).map((table) => `${table}: ${rows[table] ?? "none"} in the database, ${restored[table] ?? "none"} restored`);
        throw new Error(`The dump's test restore does not match the database: ${shown.join("; ")}.`);
      }
    } finally {
      await scratch.stop();
    }
    const { sha256, bytes } = await hashFile(partial);
    await rename(partial, file);
    return { file, record: { kind: "dump", file: path.basename(file), sha256, bytes, postgresVersion: server.version, startedAt, finishedAt, rows } };
  } finally {
    await client.end().catch(() => {});
    await rm(partial, { force: true });
    if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  }
}
