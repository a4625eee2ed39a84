import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { E2E } from "./env";

// The cluster suite (tests/cluster) points these helpers at its primary.
let databaseUrl: string | null = null;
export function useDatabaseAt(url: string) {
  databaseUrl = url;
}

// A direct connection to the end-to-end server's embedded database, for
// asserting what the database holds after a step in the browser.
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = databaseUrl
    ? new pg.Client({ connectionString: databaseUrl })
    : new pg.Client({
        host: "127.0.0.1",
        port: E2E.databasePort,
        user: "postgres",
        password: readFileSync(path.join(E2E.dataDir, "postgres-password"), "utf8").trim(),
        database: "onrecord",
      });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
