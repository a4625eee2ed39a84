import pg from "pg";
import { inject } from "vitest";

// Plain SQL against the integration database, for what tests must check
// beneath the Prisma client: raw errors and their SQLSTATE codes, triggers,
// constraints, and the catalogue.

export type SqlError = Error & { code?: string; constraint?: string };

export function sqlPool(connectionString = inject("databaseUrl")) {
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
// a database from its very first migration or count every row in it.
export async function freshDatabase(prefix: string) {
  const serverUrl = new URL(inject("databaseUrl"));
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function withDatabase(serverUrl: URL, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
