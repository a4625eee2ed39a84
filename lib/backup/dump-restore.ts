import path from "node:path";
import pg from "pg";
import { clientTool, connectionFor, runClientTool, serverMajor } from "./client-tools.ts";
import type { Confirm } from "./embedded-restore.ts";
import type { BackupRecord } from "./records.ts";
import { claimsIn, countRows, countRowsAt } from "./row-counts.ts";

// Restores a pg_dump backup into the operator's own database (DATABASE_URL)
// with pg_restore of the server's version: every table, sequence and index
// in the backup is dropped and recreated from it, in one transaction, so a
// failure half-way leaves the database as it was. Refused while anyone else
// is connected to the database (the app or its worker writing meanwhile
// would be lost or, worse, half-kept).

export type DumpRestore = { restored: true; rows: Record<string, number> } | { restored: false; reason: string };

export async function restoreDump(
  file: string,
  record: BackupRecord,
  url: string,
  options: { confirm: Confirm; log?: (line: string) => void },
): Promise<DumpRestore> {
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: url, application_name: "onrecord-restore" });
  await client.connect();
  let target: { name: string; now: Record<string, number> };
  let pgRestore: string;
  try {
    const server = await serverMajor(client);
    pgRestore = await clientTool("pg_restore", server.major);
    const { rows } = await client.query<{ others: string; name: string }>(
      "SELECT count(*) FILTER (WHERE pid <> pg_backend_pid()) AS others, current_database() AS name FROM pg_stat_activity WHERE datname = current_database()",
    );
    const others = Number(rows[0]!.others);
    if (others > 0) {
      throw new Error(
        `${others} other session(s) are connected to the database ${rows[0]!.name}: OnRecord or its worker is probably running. Stop them, then restore again. Nothing was changed.`,
      );
    }
    target = { name: rows[0]!.name, now: await countRows(client) };
  } finally {
    await client.end();
  }
  const where = new URL(url);
  const question =
    `Replace OnRecord's tables in the database ${target.name} on ${where.hostname}:${where.port || 5432} (${claimsIn(target.now)} claims now) ` +
    `with the backup taken at ${record.finishedAt} (${claimsIn(record.rows)} claims)? Everything written since is lost.`;
  if (!(await options.confirm(question))) return { restored: false, reason: "The operator declined; nothing was changed." };

  log(`restoring ${path.basename(file)} with ${pgRestore}`);
  const { dbname, env } = connectionFor(url);
  await runClientTool(
    pgRestore,
    ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password", `--dbname=${dbname}`, file],
    env,
  );
  return { restored: true, rows: await countRowsAt(url) };
}
