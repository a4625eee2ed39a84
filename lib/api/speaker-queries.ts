import "server-only";
import { notFound } from "@/lib/api/api-error";
import { PUBLIC_CLAIM, publishedClaimsPage } from "@/lib/api/claim-queries";
import { encodeCursor } from "@/lib/api/cursor";
import { pageJson } from "@/lib/api/page-json";
import { DEFAULT_PAGE_SIZE, type SpeakersQuery } from "@/lib/api/params-schema";
import { type SpeakerSummaryRow, speakerClaimsUrl, speakerDetailJson, speakerSummaryJson } from "@/lib/api/speaker-json";
import type { SpeakerDetailJson } from "@/lib/api/speaker-schema";
import { publicReads } from "@/lib/database/replicas";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reads for the speakers endpoints, fresh from the database like the claims
// ones. A speaker is public only through a published claim: one whose claims
// are all still on the desk is neither listed nor found, so the API never
// tells who the newsroom is looking into. Merged speakers live on in the one
// they were merged into.

const PUBLIC_SPEAKER = { mergedIntoId: null, claims: { some: PUBLIC_CLAIM } } satisfies Prisma.SpeakerWhereInput;

const summarySelect = {
  id: true,
  slug: true,
  name: true,
  title: true,
  affiliation: true,
  _count: { select: { claims: { where: PUBLIC_CLAIM } } },
} as const satisfies Prisma.SpeakerSelect;

// Speakers A–Z by slug: unique and lowercase, it follows the name without
// depending on the database's collation, and is the whole keyset on its own.
export async function publicSpeakersPage(query: SpeakersQuery, nextUrl: (cursor: string) => string) {
  const rows = await publicReads.speaker.findMany({
    where: { AND: [PUBLIC_SPEAKER, query.cursor ? { slug: { gt: query.cursor.key } } : {}] },
    orderBy: { slug: "asc" },
    take: query.limit + 1,
    select: summarySelect,
  });
  return pageJson(rows, query.limit, {
    json: speakerSummaryJson,
    cursorAfter: (row: SpeakerSummaryRow) => encodeCursor("speakers", { key: row.slug, id: row.id }),
    nextUrl,
  });
}

export async function publicSpeakerJson(slug: string): Promise<SpeakerDetailJson> {
  const theirs = { AND: [PUBLIC_CLAIM, { speaker: { slug } }] } satisfies Prisma.ClaimWhereInput;
  // Three reads at once, each keyed on the slug: the speaker, their verdicts
  // counted per rating in scale order, and their newest published claims.
  const [speaker, ratings, claims] = await Promise.all([
    publicReads.speaker.findFirst({
      where: { slug, ...PUBLIC_SPEAKER },
      select: { ...summarySelect, description: true, wikidataId: true, links: true },
    }),
    publicReads.rating.findMany({
      where: { verdicts: { some: { claim: theirs } } },
      orderBy: { position: "asc" },
      select: { slug: true, label: true, value: true, colour: true, _count: { select: { verdicts: { where: { claim: theirs } } } } },
    }),
    publishedClaimsPage({ speaker: slug, limit: DEFAULT_PAGE_SIZE }, (cursor) => `${speakerClaimsUrl(slug)}&${new URLSearchParams({ cursor })}`),
  ]);
  if (!speaker) throw notFound(`Speaker "${slug}"`);
  return speakerDetailJson(speaker, ratings, claims);
}
