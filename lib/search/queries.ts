import "server-only";
import { PUBLISHED_VERDICTS_TAG } from "@/lib/caching/cache-tags";
import { cachedRead } from "@/lib/caching/cached-read";
import { onPublicReadServer, publicReads } from "@/lib/database/replicas";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { endOfDay, startOfDay } from "@/lib/queue/schema";
import { SCALE_ORDER } from "@/lib/ratings/queries";
import {
  SEARCH_PAGE_SIZE,
  SEARCH_RANKED_MATCHES,
  type SearchChoice,
  type SearchChoices,
  type SearchFilters,
  type SearchSuggestions,
} from "@/lib/search/schema";
import { EXCERPT, LESS_THAN, SENTINELS, WHOLE_TEXT } from "@/lib/search/snippet";

// Public search over "ClaimSearch", the rows the database keeps for every
// published claim with a verdict (its weighted document, and copies of the
// dates, speaker and rating; prisma/migrations/20261122070000_public_search).
// The rows shown are joined back to "Claim" with status = 'PUBLISHED', so
// nothing unpublished can be listed even if a row were left behind.

const sql = Prisma.sql;

export type SearchHit = {
  slug: string;
  // Marked by ts_headline (lib/search/snippet.ts); plain when there are no words to match.
  text: string;
  quote: string | null;
  summary: string;
  madeAt: Date;
  madeAtTimeZone: string | null;
  speaker: { name: string; title: string | null; slug: string };
  rating: { label: string; colour: string };
};

export type SearchResults = {
  hits: SearchHit[];
  total: number;
  page: number;
  pages: number;
  // The words were all too common to search for ("the", "and then").
  onlyCommonWords: boolean;
};

type Row = {
  total: bigint;
  slug: string | null;
  text: string;
  quote: string | null;
  summary: string;
  madeAt: Date;
  madeAtTimeZone: string | null;
  speakerName: string;
  speakerTitle: string | null;
  speakerSlug: string;
  ratingLabel: string;
  ratingColour: string;
};

// Filters over "ClaimSearch" s, from its own columns, so a filter is a test
// on a row the search reads anyway, not a look-up per match (a common word
// matches tens of thousands). Slugs are looked up in sub-selects the planner
// runs once.
function filterConditions(filters: SearchFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.speaker) conditions.push(sql`s."speakerId" = (SELECT sp."id" FROM "Speaker" sp WHERE sp."slug" = ${filters.speaker})`);
  if (filters.rating) conditions.push(sql`s."ratingId" = (SELECT r."id" FROM "Rating" r WHERE r."slug" = ${filters.rating})`);
  if (filters.from) conditions.push(sql`s."madeAt" >= ${startOfDay(filters.from).toISOString()}::timestamp(3)`);
  if (filters.to) conditions.push(sql`s."madeAt" < ${endOfDay(filters.to).toISOString()}::timestamp(3)`);
  // Last: comparing arrays costs more than the tests above, which go first.
  if (filters.topic) conditions.push(sql`s."topicIds" @> ARRAY[(SELECT t."id" FROM "Topic" t WHERE t."slug" = ${filters.topic})]`);
  return conditions;
}

// Stored text as ts_headline may read it: the snippet markers removed, so a
// stored text can never fake a highlight, and "<" hidden from its HTML parser.
const readable = (column: Prisma.Sql) => sql`replace(translate(${column}, ${SENTINELS}, ''), '<', ${LESS_THAN})`;
const headline = (column: Prisma.Sql, options: string) => sql`ts_headline('english', ${readable(column)}, query.q, ${options})`;

// One page of results and the count of all matches, in one statement:
//   matches  every verdict that matches, read from the small rows only (the
//            GIN index answers the words; the documents stay where they are);
//   newest   the newest SEARCH_RANKED_MATCHES of them: every result a reader
//            can page to. A search for a common word matches tens of
//            thousands, and ranking reads each one's document, so only these
//            are ranked;
//   page     ranked by ts_rank over the weighted document, then the newest
//            publication, then the id, so pages never overlap;
// and only the page's rows are joined to the claim and given headlines
// (ts_headline costs far more per row than ts_rank). The count comes back even past the
// last page (the LEFT JOIN keeps one row for it).
function pageQuery(filters: SearchFilters, offset: number): Prisma.Sql {
  const words = filters.q ? sql`s."document" @@ query.q` : sql`true`;
  const where = Prisma.join([words, ...filterConditions(filters)], " AND ");
  const rank = filters.q ? sql`ts_rank(s."document", query.q)` : sql`0::real`;
  const shown = (column: Prisma.Sql, options: string) => (filters.q ? headline(column, options) : column);
  return sql`
    WITH query AS (SELECT ${filters.q ? sql`websearch_to_tsquery('english', ${filters.q})` : sql`NULL::tsquery`} AS q),
    matches AS MATERIALIZED (
      SELECT s."claimId", s."publishedAt" FROM "ClaimSearch" s, query WHERE ${where}
    ),
    newest AS (
      SELECT "claimId", "publishedAt" FROM matches ORDER BY "publishedAt" DESC NULLS LAST, "claimId" DESC LIMIT ${SEARCH_RANKED_MATCHES}
    ),
    page AS (
      SELECT n."claimId", n."publishedAt", ${rank} AS rank
        FROM newest n JOIN "ClaimSearch" s ON s."claimId" = n."claimId", query
       ORDER BY rank DESC, n."publishedAt" DESC NULLS LAST, n."claimId" DESC
       LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT counted.total, shown.*
      FROM (SELECT count(*) AS total FROM matches) counted
      LEFT JOIN LATERAL (
        SELECT c."slug", ${shown(sql`c."text"`, WHOLE_TEXT)} AS "text",
               CASE WHEN c."quote" IS NOT NULL THEN ${shown(sql`c."quote"`, EXCERPT)} END AS "quote",
               ${shown(sql`v."summary"`, WHOLE_TEXT)} AS "summary",
               c."madeAt", c."madeAtTimeZone", sp."name" AS "speakerName", sp."title" AS "speakerTitle", sp."slug" AS "speakerSlug",
               r."label" AS "ratingLabel", r."colour" AS "ratingColour",
               p.rank, p."publishedAt" AS "order2", p."claimId" AS "order3"
          FROM page p
          CROSS JOIN query
          JOIN "Claim" c ON c."id" = p."claimId"
          JOIN "Verdict" v ON v."claimId" = c."id"
          JOIN "Rating" r ON r."id" = v."ratingId"
          JOIN "Speaker" sp ON sp."id" = c."speakerId"
         WHERE c."status" = 'PUBLISHED'
      ) shown ON true
     ORDER BY shown.rank DESC, shown."order2" DESC NULLS LAST, shown."order3" DESC`;
}

async function onlyCommonWords(db: PrismaClient, q: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ nodes: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${q})) AS nodes`;
  return row?.nodes === 0;
}

export async function searchVerdicts(filters: SearchFilters, options: { db?: PrismaClient } = {}): Promise<SearchResults> {
  // One server for the whole search: its planner hint and its query are one transaction.
  if (!options.db) return onPublicReadServer((db) => searchVerdicts(filters, { db }));
  const db = options.db;
  const query = pageQuery(filters, (filters.page - 1) * SEARCH_PAGE_SIZE);
  // With words to match, only the GIN index may find the rows. For a word in
  // a fifth of them the planner would rather read every row, not counting
  // that testing a row then fetches its 3 kB document from TOAST (some 7 µs
  // each: most of a second at 100,000 verdicts, where the index takes 10 ms).
  const rows = filters.q
    ? (await db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, db.$queryRaw<Row[]>(query)]))[1]
    : await db.$queryRaw<Row[]>(query);
  const total = Number(rows[0]?.total ?? 0);
  return {
    hits: rows
      .filter((row) => row.slug !== null)
      .map((row) => ({
        slug: row.slug!,
        text: row.text,
        quote: row.quote,
        summary: row.summary,
        madeAt: row.madeAt,
        madeAtTimeZone: row.madeAtTimeZone,
        speaker: { name: row.speakerName, title: row.speakerTitle, slug: row.speakerSlug },
        rating: { label: row.ratingLabel, colour: row.ratingColour },
      })),
    total,
    page: filters.page,
    pages: Math.ceil(total / SEARCH_PAGE_SIZE),
    onlyCommonWords: total === 0 && filters.q !== null && (await onlyCommonWords(db, filters.q)),
  };
}

// The filters' choices: the scale in force, and the speakers and topics that
// have published verdicts, by name. Cached with the other lists of published
// verdicts, which a publication, correction or unpublication expires.
async function readChoices(): Promise<SearchChoices> {
  const published = { status: "PUBLISHED", verdict: { isNot: null } } as const;
  const [ratings, speakers, topics] = await Promise.all([
    publicReads.rating.findMany({ where: { active: true }, orderBy: [...SCALE_ORDER], select: { slug: true, label: true } }),
    publicReads.speaker.findMany({ where: { claims: { some: published } }, orderBy: [{ name: "asc" }, { slug: "asc" }], select: { slug: true, name: true } }),
    publicReads.topic.findMany({ where: { claims: { some: { claim: published } } }, orderBy: [{ name: "asc" }], select: { slug: true, name: true } }),
  ]);
  return { ratings: ratings.map((rating) => ({ slug: rating.slug, name: rating.label })), speakers, topics };
}

export const searchChoices = cachedRead("search-choices", readChoices, () => [PUBLISHED_VERDICTS_TAG]);

const SUGGESTED = 6;

async function readSuggestions(): Promise<SearchSuggestions> {
  const [speakers, topics] = await Promise.all([
    publicReads.$queryRaw<SearchChoice[]>`
      SELECT sp."slug", sp."name" FROM "Speaker" sp
        JOIN "Claim" c ON c."speakerId" = sp."id" AND c."status" = 'PUBLISHED'
        JOIN "Verdict" v ON v."claimId" = c."id"
       GROUP BY sp."id" ORDER BY count(*) DESC, sp."name" LIMIT ${SUGGESTED}`,
    publicReads.$queryRaw<SearchChoice[]>`
      SELECT t."slug", t."name" FROM "Topic" t
        JOIN "ClaimTopic" ct ON ct."topicId" = t."id"
        JOIN "Claim" c ON c."id" = ct."claimId" AND c."status" = 'PUBLISHED'
        JOIN "Verdict" v ON v."claimId" = c."id"
       GROUP BY t."id" ORDER BY count(*) DESC, t."name" LIMIT ${SUGGESTED}`,
  ]);
  return { speakers, topics };
}

export const searchSuggestions = cachedRead("search-suggestions", readSuggestions, () => [PUBLISHED_VERDICTS_TAG]);
