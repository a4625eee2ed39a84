import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order and keeps
// Prisma's own `_prisma_migrations` bookkeeping, so `prisma migrate deploy` and
// `prisma migrate status` agree with us on any machine where Prisma's native
// engine can be installed. (It cannot be installed from npm alone, which is why
// this runner exists.)

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Any constant works; it only has to be the same for every app server so two
// of them starting at once do not apply the same migration twice.
const ADVISORY_LOCK_KEY = 72_707_365;

const BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      // Prisma's checksum is the SHA-256 of the file's bytes, in hex.
      const checksum = createHash("sha256").update(sql).digest("hex");
      return { name, sql, checksum };
    }),
  );
}

export type MigrationReport = { applied: string[]; alreadyApplied: string[]; checksumMismatch: string[] };

// Applied migrations this code does not have, newer than its newest: the
// database was migrated by newer code. Older code must not run on it (its
// queries would miss columns or write rows the newer schema refuses), so both
// the runner and the readiness check name them. One older than the newest
// file is not counted: that is a migration since removed or squashed, which
// Prisma, too, only reports.
export function migrationsAhead(applied: Iterable<string>, files: readonly { name: string }[]): string[] {
  const newest = files.at(-1)?.name ?? "";
  const known = new Set(files.map((file) => file.name));
  return [...applied].filter((name) => !known.has(name) && name > newest).sort();
}

export function describeMigrationsAhead(ahead: readonly string[]): string {
  return `The database was migrated by newer code: ${ahead.join(", ")} ${ahead.length === 1 ? "is" : "are"} not in this code's prisma/migrations. Start the newer code instead (or restore a backup taken before that migration).`;
}

export async function migrate(connectionString: string, options: { dir?: string; log?: (line: string) => void } = {}): Promise<MigrationReport> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  // A migration's warnings (RAISE WARNING) are for the operator: say them.
  client.on("notice", (notice) => {
    if (notice.severity === "WARNING") log(`warning: ${notice.message}`);
  });
  const report: MigrationReport = { applied: [], alreadyApplied: [], checksumMismatch: [] };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(BOOKKEEPING_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.filter((row) => row.finished_at).map((row) => [row.migration_name, row.checksum]));
    const ahead = migrationsAhead(done.keys(), migrations);
    if (ahead.length) throw new Error(describeMigrationsAhead(ahead));
    const failed = rows.find((row) => !row.finished_at);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} started earlier but never finished. Inspect the database, then mark it rolled back in _prisma_migrations before retrying.`,
      );
    }
    for (const migration of migrations) {
      const appliedChecksum = done.get(migration.name);
      if (appliedChecksum) {
        report.alreadyApplied.push(migration.name);
        if (appliedChecksum !== migration.checksum) {
          // Prisma warns rather than fails here too: the database already has it.
          report.checksumMismatch.push(migration.name);
          log(`warning: ${migration.name} was edited after it was applied`);
        }
        continue;
      }
      const id = randomUUID();
      log(`applying ${migration.name}`);
      await client.query("BEGIN");
      try {
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [
          id,
          migration.checksum,
          migration.name,
        ]);
        await client.query(migration.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
