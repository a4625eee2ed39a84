import pg from "pg";

// The write load of the backup tests: claims logged one after another, each
// carrying its ordinal in its text, so that whatever a restored database
// holds can be told apart write by write.

export type WriteLoad = {
  /** Resolves once `count` writes have committed. */
  reached: (count: number) => Promise<void>;
  finished: () => number;
  begun: () => number;
  /** Lets the write under way finish, then stops. */
  stop: () => Promise<void>;
};

// Bounded, whatever happens to the test around it.
const MOST_WRITES = 5000;

export function writeLoad(write: (ordinal: number) => Promise<unknown>): WriteLoad {
  let begun = 0;
  let finished = 0;
  let stopping = false;
  let failure: unknown = null;
  const waiting: { count: number; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const settle = () => {
    for (const waiter of [...waiting]) {
      if (failure) waiter.reject(failure);
      else if (finished >= waiter.count) waiter.resolve();
      else if (stopping) waiter.reject(new Error(`the write load stopped at ${finished} writes, before ${waiter.count}`));
      else continue;
      waiting.splice(waiting.indexOf(waiter), 1);
    }
  };
  const running = (async () => {
    while (!stopping && begun < MOST_WRITES) {
      begun += 1;
      try {
        await write(begun);
      } catch (error) {
        failure = error;
        break;
      }
      finished += 1;
      settle();
    }
    stopping = true;
    settle();
  })();
  return {
    reached: (count) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ count, resolve, reject });
        settle();
      }),
    finished: () => finished,
    begun: () => begun,
    stop: async () => {
      stopping = true;
      await running;
      if (failure) throw failure;
    },
  };
}

// The form a reporter fills in, for write number `ordinal`.
export const drillWrite = (ordinal: number, speakerId: string) => ({
  text: `Drill write #${ordinal}#: the minister said the border has been closed since March.`,
  madeAt: "2026-05-31",
  speakerId,
  topics: "Border policy",
  appearanceUrl: `https://example.org/drill/${ordinal}`,
  assignToMe: "on",
  sourceTitle: `Border agency figures, write ${ordinal}`,
  sourceType: "DATASET",
  sourceUrl: `https://example.org/drill/source/${ordinal}`,
  stance: "CONTRADICTS",
  passage: "crossings continued through April",
});

export const drillOrdinal = (text: string) => Number(/#(\d+)#/.exec(text)?.[1] ?? Number.NaN);

// Every row of every table, as PostgreSQL's text of the row, by table.
export async function allRows(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const all: Record<string, string[]> = {};
    for (const { name } of tables) all[name] = (await client.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`)).rows.map(({ row }) => row);
    return all;
  } finally {
    await client.end();
  }
}

export async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

export const drillClaims = async (url: string) =>
  (await query<{ id: string; text: string }>(url, `SELECT id, text FROM "Claim"`)).map((claim) => ({ ...claim, ordinal: drillOrdinal(claim.text) }));

// What each claim of the database has with it, by its write's ordinal.
export async function claimParts(url: string) {
  const rows = await query<{ text: string; appearances: string; topics: string; evidence: string; revisions: string; audits: string }>(
    url,
    `SELECT c.text,
      (SELECT count(*) FROM "Appearance" a WHERE a."claimId" = c.id) AS appearances,
      (SELECT count(*) FROM "ClaimTopic" t WHERE t."claimId" = c.id) AS topics,
      (SELECT count(*) FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = c.id) AS evidence,
      (SELECT count(*) FROM "Revision" r WHERE r."claimId" = c.id) AS revisions,
      (SELECT count(*) FROM "AuditEvent" l WHERE l."targetId" = c.id) AS audits
     FROM "Claim" c`,
  );
  return rows.map(({ text, ...parts }) => ({ ordinal: drillOrdinal(text), ...parts }));
}

// A write landed whole: its claim with appearance, topic, source and
// evidence, revision and both audit rows (created, assigned).
export const wholeWrite = (ordinal: number) => ({ ordinal, appearances: "1", topics: "1", evidence: "1", revisions: "1", audits: "2" });
