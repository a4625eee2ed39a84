import pg from "pg";
import { inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./databases";

// Plain SQL against the integration database, for what tests must check
// beneath the Prisma client: raw errors and their SQLSTATE codes, triggers,
// constraints, and the catalogue.

export function fileDatabaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: tests/support/database-setup.ts did not run.");
  return url;
}

export type SqlError = Error & { code?: string; constraint?: string };

// The test file's own database (tests/support/database-setup.ts) unless told otherwise.
export function sqlPool(connectionString = fileDatabaseUrl()) {
  return new pg.Pool({ connectionString, max: 4 });
}

// Runs `statement` and returns the PostgreSQL error it raised; fails the test
// if it did not raise one.
export async function sqlError(pool: pg.Pool, statement: string, values: unknown[] = []): Promise<SqlError> {
  try {
    await pool.query(statement, values);
  } catch (error) {
    return error as SqlError;
  }
  throw new Error(`Expected the database to refuse: ${statement}`);
}

// A separate, empty database on the same server, for tests that need to see
// a database from its very first migration.
export async function freshDatabase(prefix: string) {
  const serverUrl = inject("databaseServerUrl");
  const name = uniqueDatabaseName(prefix);
  const url = await createDatabase(serverUrl, name);
  return { name, url, drop: () => dropDatabase(serverUrl, name) };
}
