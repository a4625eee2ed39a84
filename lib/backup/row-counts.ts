import pg from "pg";

// Rows in every table of the database the client is connected to, by
// schema-qualified name: the figure a backup is checked against after its
// test restore, and an operator reads before and after restoring.
export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${name}`);
    counts[name] = Number(rows[0]!.count);
  }
  return counts;
}

// "12 claims" for messages: the newsroom's own table, if the database has it.
export const claimsIn = (counts: Record<string, number>) => counts['public."Claim"'] ?? 0;

export async function countRowsAt(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await countRows(client);
  } finally {
    await client.end();
  }
}
