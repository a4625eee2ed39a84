import "server-only";
import { PUBLISHED_VERDICTS_TAG } from "@/lib/caching/cache-tags";
import { cachedRead } from "@/lib/caching/cached-read";
import { publicReads } from "@/lib/database/replicas";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SpeakerSort } from "@/lib/speakers/schema";

// The speakers index: everyone with at least one published verdict. Read
// through the cache of published lists (PUBLISHED_VERDICTS_TAG), which every
// publication, correction or unpublication expires. Speakers merged into
// another are left out: their claims live on the surviving speaker.

export const SPEAKERS_PER_PAGE = 50;

const sql = Prisma.sql;

// Only published claims with a verdict count, in every statement below.
const PUBLISHED_VERDICTS = sql`
  FROM "Claim" c
  JOIN "Verdict" v ON v."claimId" = c."id"
  JOIN "Speaker" s ON s."id" = c."speakerId"
  WHERE c."status" = 'PUBLISHED' AND s."mergedIntoId" IS NULL`;

const ORDER: Record<SpeakerSort, Prisma.Sql> = {
  recent: sql`"latestVerdict" DESC, lower(s."name") ASC, s."slug" ASC`,
  name: sql`lower(s."name") ASC, s."slug" ASC`,
};

type SpeakerRow = {
  id: string;
  slug: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  verdicts: number;
  latestVerdict: Date;
};
type BreakdownRow = { speakerId: string; label: string; colour: string; count: number };

async function readDirectory(sort: SpeakerSort, page: number) {
  const [[counted], rows] = await Promise.all([
    publicReads.$queryRaw<{ total: number }[]>`SELECT count(DISTINCT s."id")::int AS total ${PUBLISHED_VERDICTS}`,
    publicReads.$queryRaw<SpeakerRow[]>`
      SELECT s."id", s."slug", s."name", s."title", s."affiliation", count(*)::int AS verdicts,
             max(coalesce(c."publishedAt", v."approvedAt", c."updatedAt")) AS "latestVerdict"
      ${PUBLISHED_VERDICTS}
      GROUP BY s."id"
      ORDER BY ${ORDER[sort]}
      LIMIT ${SPEAKERS_PER_PAGE} OFFSET ${(page - 1) * SPEAKERS_PER_PAGE}`,
  ]);
  // One statement for the whole page's breakdowns, in the scale's order.
  const breakdowns = rows.length
    ? await publicReads.$queryRaw<BreakdownRow[]>`
        SELECT c."speakerId" AS "speakerId", r."label", r."colour", count(*)::int AS count
        FROM "Claim" c
        JOIN "Verdict" v ON v."claimId" = c."id"
        JOIN "Rating" r ON r."id" = v."ratingId"
        WHERE c."status" = 'PUBLISHED' AND c."speakerId" IN (${Prisma.join(rows.map((row) => row.id))})
        GROUP BY c."speakerId", r."id"
        ORDER BY r."position", r."createdAt", r."id"`
    : [];
  const total = counted?.total ?? 0;
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / SPEAKERS_PER_PAGE)),
    speakers: rows.map(({ id, ...speaker }) => ({
      ...speaker,
      breakdown: breakdowns.filter((row) => row.speakerId === id).map(({ label, colour, count }) => ({ label, colour, count })),
    })),
  };
}

export const speakerDirectory = cachedRead("speaker-directory", readDirectory, () => [PUBLISHED_VERDICTS_TAG]);
export type SpeakerDirectory = Awaited<ReturnType<typeof readDirectory>>;

// Every speaker page worth a search engine's visit, for the sitemap.
export async function publishedSpeakerAddresses() {
  return publicReads.$queryRaw<{ slug: string; lastModified: Date }[]>`
    SELECT s."slug", max(c."updatedAt") AS "lastModified"
    ${PUBLISHED_VERDICTS}
    GROUP BY s."id"
    ORDER BY s."slug"`;
}
