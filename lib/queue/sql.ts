import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { endOfDay, type QueueCursor, type QueueFilters, type QueueSort, startOfDay } from "@/lib/queue/schema";

// The queue's filters as SQL over `"Claim" c`. Every condition stands on its
// own (EXISTS rather than joins), so the same list serves the page, the
// counts per state and the CSV export, and a join never multiplies rows.

const sql = Prisma.sql;

// A search of one short token ("nucl", "hezb", "the") is often a fragment or a
// stop word that full-text search cannot find: websearch_to_tsquery drops
// stop words and matches whole (stemmed) words only. For such input the claim
// sentence is also matched as a substring, through the trigram GIN index.
// Below three characters a trigram index cannot help (a trigram is three
// characters), so one- and two-letter input stays with full-text search
// rather than reading every claim.
const FRAGMENT = /^[^\s"'-][^\s"']{2,4}$/u;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export function textCondition(q: string): Prisma.Sql {
  const matchesWords = sql`c."searchVector" @@ websearch_to_tsquery('english', ${q})`;
  if (!FRAGMENT.test(q)) return matchesWords;
  return sql`(${matchesWords} OR c."text" ILIKE ${likePattern(q)})`;
}

// The "open" default is written as the four states rather than `<> 'ARCHIVED'`
// so the planner can use the (status, updatedAt) index when that is cheaper.
const OPEN = sql`c."status" IN ('DRAFT', 'RESEARCHING', 'IN_REVIEW', 'PUBLISHED')`;

export function statusCondition(filters: Pick<QueueFilters, "statuses">): Prisma.Sql {
  if (filters.statuses.length === 0) return OPEN;
  return sql`c."status" IN (${Prisma.join(filters.statuses.map((status) => sql`${status}::"ClaimStatus"`))})`;
}

// Every filter but the state: the counts per state are taken over these.
export function filterConditions(filters: QueueFilters, actorId: string): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.assignee === "none") conditions.push(sql`c."assigneeId" IS NULL`);
  else if (filters.assignee === "me") conditions.push(sql`c."assigneeId" = ${actorId}`);
  else if (filters.assignee) conditions.push(sql`c."assigneeId" = ${filters.assignee.userId}`);
  // Slugs are looked up in a sub-select the planner runs once, so the claim
  // side still uses its (speakerId, madeAt) index.
  if (filters.speaker) conditions.push(sql`c."speakerId" = (SELECT s."id" FROM "Speaker" s WHERE s."slug" = ${filters.speaker})`);
  if (filters.topic) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM "ClaimTopic" ct WHERE ct."claimId" = c."id" AND ct."topicId" = (SELECT t."id" FROM "Topic" t WHERE t."slug" = ${filters.topic}))`,
    );
  }
  if (filters.kind) conditions.push(sql`c."kind" = ${filters.kind}::"ClaimKind"`);
  if (filters.rating === "none") conditions.push(sql`NOT EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id")`);
  else if (filters.rating) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id" AND v."ratingId" = (SELECT r."id" FROM "Rating" r WHERE r."slug" = ${filters.rating}))`,
    );
  }
  if (filters.from) conditions.push(sql`c."madeAt" >= ${startOfDay(filters.from).toISOString()}::timestamp(3)`);
  if (filters.to) conditions.push(sql`c."madeAt" < ${endOfDay(filters.to).toISOString()}::timestamp(3)`);
  if (filters.q) conditions.push(textCondition(filters.q));
  return conditions;
}

export const whereAll = (conditions: Prisma.Sql[]) => (conditions.length ? sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

// --- Order and keyset ------------------------------------------------------

type Order = { key: Prisma.Sql; ascending: boolean };

// Each order ends on the claim id, so two claims with the same sort key
// (updated in one transaction, said on the same day, by the same speaker)
// still have a fixed place and a page boundary between them loses neither.
const ORDERS: Record<QueueSort, Order> = {
  updated: { key: sql`c."updatedAt"`, ascending: false },
  "said-newest": { key: sql`c."madeAt"`, ascending: false },
  "said-oldest": { key: sql`c."madeAt"`, ascending: true },
  // Case-folded: the database collates bytewise (the embedded server runs with
  // the C locale), which would put "de Villiers" after "Zhou". The key comes
  // back with each row for the cursor, so SQL's own lower() is the only
  // definition of it; "Speaker_name_lower_idx" serves it.
  speaker: { key: sql`lower(s."name")`, ascending: true },
};

// The speaker order sorts on the speaker's name, so the inner query joins the speaker.
export const needsSpeakerJoin = (sort: QueueSort) => sort === "speaker";

// Reading backwards (a "before" cursor) walks the order in reverse; the
// caller turns the rows round again. Over "Claim" c itself the key is its
// expression; over a sub-select (`from`) it is the "sortKey" column that
// sub-select computed.
export function orderBy(sort: QueueSort, backwards: boolean, from?: string): Prisma.Sql {
  const order = ORDERS[sort];
  const direction = order.ascending !== backwards ? sql`ASC` : sql`DESC`;
  if (!from) return sql`ORDER BY ${order.key} ${direction}, c."id" ${direction}`;
  return sql`ORDER BY ${Prisma.raw(`${from}."sortKey"`)} ${direction}, ${Prisma.raw(`${from}."id"`)} ${direction}`;
}

export const sortKeyColumn = (sort: QueueSort) => ORDERS[sort].key;

// Rows strictly beyond the cursor in reading direction. Written as a row
// comparison, which a btree index on (key, id) answers as one range.
export function keysetCondition(sort: QueueSort, cursor: QueueCursor): Prisma.Sql {
  const order = ORDERS[sort];
  const forward = cursor.direction === "after";
  const greater = order.ascending === forward;
  const key = sort === "speaker" ? sql`${cursor.key}` : sql`${cursor.key}::timestamp(3)`;
  const comparison = greater ? sql`>` : sql`<`;
  const row = sql`(${order.key}, c."id") ${comparison} (${key}, ${cursor.id})`;
  // For the speaker order the planner cannot derive a bound on the name alone
  // from the row comparison; saying it lets it skip the speakers before.
  if (sort === "speaker") return sql`(${row} AND lower(s."name") ${greater ? sql`>=` : sql`<=`} ${cursor.key})`;
  return row;
}
