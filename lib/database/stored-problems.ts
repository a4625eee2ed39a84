import pg from "pg";

// Values stored before the input rules (lib/input-rules.ts), or by a future
// bug, that break them: text with control or direction-override characters,
// dates outside the calendar, claims published by their own wording's
// author. Found by the SQL function of migration
// 20261204000000_wording_author_and_stored_problems; nothing is changed, as
// published text is the newsroom's to correct.

export type StoredProblem = { table: string; column: string; rowId: string; problem: string };

export async function findStoredProblems(connectionString: string): Promise<StoredProblem[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<StoredProblem>(`SELECT * FROM onrecord_stored_problems() ORDER BY 1, 2, 3`);
    return rows;
  } finally {
    await client.end();
  }
}
