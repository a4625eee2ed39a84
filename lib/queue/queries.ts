import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/labels";
import { isoInstant } from "@/lib/dates";
import { prisma, type Transaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_ROW_COLUMNS, CLAIM_ROW_JOINS, INNER_CLAIM_COLUMNS, type QueueClaim, type QueueRow, toQueueClaim } from "@/lib/queue/rows";
import { QUEUE_MAX_PAGE_SIZE, QUEUE_PAGE_SIZE, type QueueCursor, type QueueFilters } from "@/lib/queue/schema";
import { filterConditions, keysetCondition, needsSpeakerJoin, orderBy, sortKeyColumn, statusCondition, whereAll } from "@/lib/queue/sql";

export type { QueueClaim };

// The desk queue: one page of claims with what the table shows about each,
// and how many claims each state holds under the other filters. Whatever the
// page size: the counts grouped by state, and the page with its joins in one
// query, or two when matches are rare (see `readPage`); two more at most when
// a "Previous" link lands back on the first page.
// Desk-only: unpublished claims, so the policy is asked here, not only by the page.

const sql = Prisma.sql;

export type StateCounts = Record<ClaimStatus, number>;

export type QueuePage = {
  claims: QueueClaim[];
  // Where the neighbouring pages start; null when there is none.
  previous: QueueCursor | null;
  next: QueueCursor | null;
  // Claims per state under every filter but the state, and how many the chosen states hold.
  counts: StateCounts;
  total: number;
};

const noCounts = (): StateCounts => Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as StateCounts;

export const emptyQueuePage = (): QueuePage => ({ claims: [], previous: null, next: null, counts: noCounts(), total: 0 });

// A claim on the page with its sort key as the database computed it, for the cursors.
type Placed = { claim: QueueClaim; key: string };

// How a page is found. Walking the sort order and keeping the claims that
// match is the fast way when matches are common, and a disaster when they
// are not: a rating nobody has been given yet, or claims said in 2021 in
// "newest updated" order (recent updates are of recent claims), read the whole
// order to find a page. The planner cannot tell these apart from its
// statistics, so the query does not leave it to guess:
//  1. `walk`: look at no more than WALK_WINDOW claims of the order (only the
//     state and the cursor narrow them; a plain index range), and keep those
//     that match. Enough matches there make the page, exactly as a full walk
//     would, since the window is the start of the same order.
//  2. `collect`: otherwise, find every match through whatever indexes the
//     filters have, then sort them: it costs what finding the matches costs,
//     however far down the order they are, and few matches cost little.
// 2,000 claims cost a few milliseconds to look at, and hold a page of 25
// whenever more than about 1.5% of claims match (bench:queue).
const WALK_WINDOW = 2_000;

async function readPage(
  db: Transaction,
  filters: QueueFilters,
  actorId: string,
  take: number,
  cursor: QueueCursor | null,
  strategy: { walk: number } | "collect",
): Promise<Placed[]> {
  const backwards = cursor?.direction === "before";
  const narrowing = [statusCondition(filters), ...(cursor ? [keysetCondition(filters.sort, cursor)] : [])];
  const others = filterConditions(filters, actorId);
  const speakerJoin = needsSpeakerJoin(filters.sort) ? sql`JOIN "Speaker" s ON s."id" = c."speakerId"` : Prisma.empty;
  const sortKey = sortKeyColumn(filters.sort);
  const page =
    strategy !== "collect"
      ? // The window keeps the name c, so the filters read the same over it.
        sql`SELECT * FROM (
              SELECT c.*, ${sortKey} AS "sortKey" FROM "Claim" c ${speakerJoin}
              ${whereAll(narrowing)} ${orderBy(filters.sort, backwards)} LIMIT ${strategy.walk}
            ) c
            ${whereAll(others)} ${orderBy(filters.sort, backwards, "c")} LIMIT ${take}`
      : // Only ids and keys are sorted; the page's 26 claims are read after.
        // OFFSET 0 keeps the planner from merging the sub-select into the
        // ORDER BY ... LIMIT around it, which would turn it back into a walk.
        sql`SELECT ${INNER_CLAIM_COLUMNS}, m."sortKey" FROM (
              SELECT * FROM (
                SELECT c."id", ${sortKey} AS "sortKey" FROM "Claim" c ${speakerJoin}
                ${whereAll([...narrowing, ...others])}
                OFFSET 0
              ) m ${orderBy(filters.sort, backwards, "m")} LIMIT ${take}
            ) m JOIN "Claim" c ON c."id" = m."id"`;
  const rows = await db.$queryRaw<(QueueRow & { sortKey: Date | string })[]>`
    SELECT ${CLAIM_ROW_COLUMNS}, page."sortKey"
    FROM (${page}) page
    ${CLAIM_ROW_JOINS}
    ${orderBy(filters.sort, backwards, "page")}`;
  return rows.map((row) => ({ claim: toQueueClaim(row), key: typeof row.sortKey === "string" ? row.sortKey : (isoInstant(row.sortKey) ?? "") }));
}

// A page of `pageSize` claims (and one more, which says whether another page
// follows): from the walk when it finds them, else collected. The counts run
// alongside and spare the second query when nothing matches at all.
type Reading = { db: Transaction; filters: QueueFilters; actorId: string; take: number; walkWindow: number; total: Promise<number> };

async function findPage({ db, filters, actorId, take, walkWindow, total }: Reading, cursor: QueueCursor | null) {
  const walked = await readPage(db, filters, actorId, take, cursor, { walk: walkWindow });
  if (walked.length === take || (await total) === 0) return walked;
  return readPage(db, filters, actorId, take, cursor, "collect");
}

async function readCounts(db: Transaction, filters: QueueFilters, actorId: string): Promise<StateCounts> {
  const rows = await db.$queryRaw<{ status: ClaimStatus; count: number }[]>`
    SELECT c."status"::text AS "status", count(*)::int AS "count"
    FROM "Claim" c
    ${whereAll(filterConditions(filters, actorId))}
    GROUP BY c."status"`;
  const counts = noCounts();
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

export async function queuePage(
  actor: Actor | null,
  filters: QueueFilters,
  // `walkWindow` is WALK_WINDOW but for tests, which try both ways of finding a page.
  options: { pageSize?: number; db?: Transaction; walkWindow?: number } = {},
): Promise<QueuePage> {
  if (!actor || !decide(actor, "desk.view").allowed) return emptyQueuePage();
  const db = options.db ?? prisma;
  const pageSize = Math.min(QUEUE_MAX_PAGE_SIZE, Math.max(1, Math.floor(options.pageSize ?? QUEUE_PAGE_SIZE)));
  const cursor = filters.cursor;
  const take = pageSize + 1;
  const counting = readCounts(db, filters, actor.id);
  const total = counting.then((counts) =>
    (filters.statuses.length ? filters.statuses : CLAIM_STATUSES.filter((status) => status !== "ARCHIVED")).reduce((sum, status) => sum + counts[status], 0),
  );
  // Awaited below; marked as seen now so that a failed count, when the page
  // fails first, is not also reported as an unhandled rejection.
  total.catch(() => {});
  const reading: Reading = { db, filters, actorId: actor.id, take, walkWindow: options.walkWindow ?? WALK_WINDOW, total };
  const [fetched, counts] = await Promise.all([findPage(reading, cursor), counting]);

  let placed = fetched.slice(0, pageSize);
  let hasPrevious: boolean;
  let hasNext: boolean;
  if (cursor?.direction === "before") {
    placed.reverse();
    hasPrevious = fetched.length > pageSize;
    hasNext = true;
    // Fewer than a page before the cursor (claims moved or were added since
    // the link was made): that is the start of the queue, and the first page
    // is shown whole, as it would be from the top.
    if (!hasPrevious && placed.length < pageSize) {
      const firstPage = await findPage(reading, null);
      placed = firstPage.slice(0, pageSize);
      hasNext = firstPage.length > pageSize;
    }
  } else {
    hasPrevious = cursor !== null;
    hasNext = fetched.length > pageSize;
  }

  const edge = (at: Placed | undefined, direction: QueueCursor["direction"]) => (at ? { direction, key: at.key, id: at.claim.id } : null);
  return {
    claims: placed.map((at) => at.claim),
    previous: hasPrevious ? edge(placed[0], "before") : null,
    next: hasNext ? edge(placed.at(-1), "after") : null,
    counts,
    total: await total,
  };
}

// --- What the filter form offers -------------------------------------------

export type QueueChoices = {
  people: { id: string; name: string }[];
  speakers: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  ratings: { slug: string; label: string; appliesTo: "STATEMENT" | "FORECAST" | "ALL" }[];
};

export async function queueChoices(actor: Actor | null, db: Transaction = prisma): Promise<QueueChoices> {
  if (!actor || !decide(actor, "desk.view").allowed) return { people: [], speakers: [], topics: [], ratings: [] };
  const [people, speakers, topics, ratings] = await Promise.all([
    db.user.findMany({ where: { disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    // Merged speakers are left out: their claims belong to the speaker they were merged into.
    db.speaker.findMany({ where: { mergedIntoId: null }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    // Retired ratings stay: old verdicts still carry them.
    db.rating.findMany({ orderBy: [{ appliesTo: "asc" }, { position: "asc" }], select: { slug: true, label: true, appliesTo: true } }),
  ]);
  return { people, speakers, topics, ratings };
}
