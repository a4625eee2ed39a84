import pg from "pg";

// Creating and dropping databases on the integration server. No vitest import
// here: the global setup, which runs outside the test workers, uses it too.

// Migrated, with the default verdict scale, and copied for every test file.
export const TEMPLATE_DATABASE = "onrecord_template";

export function withDatabase(serverUrl: string | URL, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string) {
  return `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
}

export async function onServer(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// Without a template PostgreSQL copies template1: an empty database.
export async function createDatabase(serverUrl: string, name: string, template?: string) {
  await onServer(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return withDatabase(serverUrl, name);
}

// FORCE ends sessions still open on it (a pool a test forgot to end).
export async function dropDatabase(serverUrl: string, name: string) {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
