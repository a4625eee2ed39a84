import "server-only";
import { invalidRequest, notFound } from "@/lib/api/api-error";
import { type ClaimSummaryRow, claimDetailJson, claimSummaryJson } from "@/lib/api/claim-json";
import type { ClaimDetailJson, ClaimListJson } from "@/lib/api/claim-schema";
import { type CursorPosition, encodeCursor } from "@/lib/api/cursor";
import { pageJson } from "@/lib/api/page-json";
import type { ClaimsQuery } from "@/lib/api/params-schema";
import { getPublishedClaim } from "@/lib/claims/queries";
import { publicReads } from "@/lib/database/replicas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_WITH_VERDICT } from "@/lib/public-pages/verdict-rows";
import { endOfDay, startOfDay } from "@/lib/queue/schema";

// Reads for the claims endpoints, always fresh from the database: the API
// keeps nothing in Next's data cache, so a verdict unpublished a moment ago
// is a 404 on the very next request (its own rate limit protects the
// database instead).

// The rule for the whole API, in every query's `where`: the public pages'
// rule (published, with a verdict), plus a publication time, which
// publishing always sets and the lists' order and cursors rely on.
export const PUBLIC_CLAIM = {
  AND: [PUBLISHED_WITH_VERDICT, { publishedAt: { not: null } }],
} as const satisfies Prisma.ClaimWhereInput;

const summarySelect = {
  id: true,
  slug: true,
  text: true,
  quote: true,
  kind: true,
  madeAt: true,
  madeAtTimeZone: true,
  venue: true,
  settleBy: true,
  publishedAt: true,
  speaker: { select: { slug: true, name: true, title: true, affiliation: true } },
  topics: { select: { topic: { select: { slug: true, name: true } } } },
  verdict: { select: { summary: true, rating: { select: { slug: true, label: true, value: true, colour: true } } } },
} as const satisfies Prisma.ClaimSelect;

// The where clause guarantees a verdict and a publication date; the types
// cannot know that, so rows are narrowed here (and a row that somehow lacks
// either is left out rather than sent half-empty).
function published<Row extends { publishedAt: Date | null; verdict: object | null }>(row: Row) {
  return row.publishedAt && row.verdict ? [row as Row & { publishedAt: Date; verdict: NonNullable<Row["verdict"]> }] : [];
}

export type ClaimFilters = Omit<ClaimsQuery, "cursor" | "limit"> & { cursor?: CursorPosition; limit: number };

function filtersOf(query: ClaimFilters): Prisma.ClaimWhereInput[] {
  const conditions: Prisma.ClaimWhereInput[] = [PUBLIC_CLAIM];
  if (query.speaker) conditions.push({ speaker: { slug: query.speaker } });
  if (query.topic) conditions.push({ topics: { some: { topic: { slug: query.topic } } } });
  if (query.rating) conditions.push({ verdict: { rating: { slug: query.rating } } });
  if (query.kind) conditions.push({ kind: query.kind.toUpperCase() as Uppercase<typeof query.kind> });
  if (query.from) conditions.push({ madeAt: { gte: startOfDay(query.from) } });
  if (query.to) conditions.push({ madeAt: { lt: endOfDay(query.to) } });
  if (query.publishedSince) conditions.push({ publishedAt: { gte: new Date(query.publishedSince) } });
  if (query.cursor) {
    // Newest first: the next page holds what was published before the last
    // claim handed out, or at the same instant with a smaller id.
    const at = new Date(query.cursor.key);
    conditions.push({ OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: query.cursor.id } }] });
  }
  return conditions;
}

// One page of published claims, newest verdict first, and the cursor of the next.
export async function publishedClaimsPage(query: ClaimFilters, nextUrl: (cursor: string) => string): Promise<ClaimListJson> {
  const [rows, ratingSlugs] = await Promise.all([
    publicReads.claim.findMany({
      where: { AND: filtersOf(query) },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      // One more than asked: whether it comes back says if there is a next page.
      take: query.limit + 1,
      select: summarySelect,
    }),
    query.rating ? publicReads.rating.findMany({ orderBy: { position: "asc" }, select: { slug: true } }) : null,
  ]);
  // The scale is public (the methodology page shows it), so a rating that is
  // not on it is a mistake worth naming, unlike an unknown speaker or topic,
  // whose emptiness must not tell whether they exist behind the desk.
  if (ratingSlugs && !ratingSlugs.some(({ slug }) => slug === query.rating)) {
    throw invalidRequest([
      { parameter: "rating", message: `rating "${query.rating}" is not on the verdict scale. Ratings: ${ratingSlugs.map(({ slug }) => slug).join(", ")}.` },
    ]);
  }
  return pageJson(rows.flatMap(published), query.limit, {
    json: (row: ClaimSummaryRow) => claimSummaryJson(row),
    cursorAfter: (row: ClaimSummaryRow & { id: string }) => encodeCursor("claims", { key: row.publishedAt.toISOString(), id: row.id }),
    nextUrl,
  });
}

export async function publishedClaimJson(slug: string): Promise<ClaimDetailJson> {
  // The verdict page's own query (published only, in its where), so the API
  // and the page show the same record.
  const claim = await getPublishedClaim(slug);
  const [row] = claim ? published(claim) : [];
  if (!row) throw notFound(`Claim "${slug}"`);
  return claimDetailJson(row);
}
