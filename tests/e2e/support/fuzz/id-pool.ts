import { withDatabase } from "../database";
import type { FieldValue, PoolName } from "./values";

// Rows of the e2e database a fuzz case can name: existing ids make requests
// reach the mutations (and their rules) instead of stopping at "not found".
// Read again before each action's batch, so rows the fuzz itself wrote are
// named too. Rows that belong to a claim carry its id, so that a case naming
// evidence can also name the claim it is on.

type Row = { id: string; claimId?: string; version?: number };
export type IdPool = Record<PoolName, Row[]> & { versions: Map<string, number> };

const LIMIT = 200;

const QUERIES: Record<PoolName, string> = {
  claim: `SELECT id, version FROM "Claim" ORDER BY "updatedAt" DESC LIMIT ${LIMIT}`,
  publishedClaim: `SELECT id, version FROM "Claim" WHERE status = 'PUBLISHED' ORDER BY "updatedAt" DESC LIMIT ${LIMIT}`,
  speaker: `SELECT id FROM "Speaker" ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
  source: `SELECT id FROM "Source" ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
  evidence: `SELECT id, "claimId" FROM "Evidence" ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
  rating: `SELECT id FROM "Rating" ORDER BY position LIMIT ${LIMIT}`,
  appearance: `SELECT id, "claimId" FROM "Appearance" ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
  revision: `SELECT id, "claimId" FROM "Revision" ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
  notification: `SELECT id, "claimId" FROM "Notification" ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
  topic: `SELECT id FROM "Topic" ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
  // The accounts the fuzz acts as are left out: an admin's case disabling
  // the reporter it is about to act as would only make the rest refusals.
  user: `SELECT id FROM "User" WHERE NOT (email = ANY($1)) ORDER BY "createdAt" DESC LIMIT ${LIMIT}`,
};

export async function readIdPool(actorEmails: string[]): Promise<IdPool> {
  return withDatabase(async (db) => {
    const pool = { versions: new Map<string, number>() } as IdPool;
    for (const [name, sql] of Object.entries(QUERIES) as [PoolName, string][]) {
      pool[name] = (await db.query<Row>(sql, name === "user" ? [actorEmails] : [])).rows;
    }
    for (const claim of pool.claim) pool.versions.set(claim.id, claim.version!);
    for (const claim of pool.publishedClaim) pool.versions.set(claim.id, claim.version!);
    return pool;
  });
}

export async function currentVersion(claimId: string): Promise<number | null> {
  // A fuzzed id may hold what PostgreSQL cannot read (NUL): no such claim.
  if (!/^[\w-]{1,100}$/.test(claimId)) return null;
  return withDatabase(async (db) => (await db.query<{ version: number }>(`SELECT version FROM "Claim" WHERE id = $1`, [claimId])).rows[0]?.version ?? null);
}

export type Resolved = { text: string } | { bytes: number[] };

// Turns a case's references into the text sent. The claim a case names is
// the linked claim of the first evidence, appearance, revision or
// notification it names, half the time, so that pairs match; the version is
// read from the database last, when the claim is known.
export async function resolveFields(fields: [string, FieldValue][], pool: IdPool): Promise<[string, Resolved][]> {
  const rowOf = (value: FieldValue) => {
    if (!("pool" in value)) return null;
    const rows = pool[value.pool];
    return rows.length === 0 ? null : rows[value.pick % rows.length]!;
  };
  const linked = fields.map(([, value]) => rowOf(value)).find((row) => row?.claimId);
  const resolved: [string, Resolved | FieldValue][] = fields.map(([name, value]) => {
    if (!("pool" in value)) return [name, value];
    const row = rowOf(value);
    if (!row) return [name, { text: `e2e-empty-pool-${value.pool}` }];
    if (name === "claimId" && linked && value.pick % 2 === 0) return [name, { text: linked.claimId! }];
    return [name, { text: row.id }];
  });
  const claimId = resolved.find(([name, value]) => name === "claimId" && "text" in value)?.[1] as { text: string } | undefined;
  const out: [string, Resolved][] = [];
  for (const [name, value] of resolved) {
    if ("currentVersion" in value) {
      const version = claimId ? await currentVersion(claimId.text) : null;
      out.push([name, { text: String((version ?? 1) + value.offset) }]);
    } else out.push([name, value as Resolved]);
  }
  return out;
}
