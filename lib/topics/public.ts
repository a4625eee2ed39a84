import "server-only";
import { PUBLISHED_VERDICTS_TAG, topicTag } from "@/lib/caching/cache-tags";
import { cachedRead } from "@/lib/caching/cached-read";
import { publicReads } from "@/lib/database/replicas";
import { type FeedScope, newestVerdictsWhere, subjectFeedScope } from "@/lib/feeds/published";
import { Prisma } from "@/lib/generated/prisma/client";
import { NEWEST_SAID_FIRST, PUBLISHED_WITH_VERDICT, VERDICT_ROW } from "@/lib/public-pages/verdict-rows";
import { slugParam } from "@/lib/slug-schema";
import type { TopicClaim } from "@/lib/topics/timeline";

// Public reads for topics: the index (a published list, under
// PUBLISHED_VERDICTS_TAG), and one topic's timeline and feed under that
// topic's tag only. A topic with nothing published is not found.
// (lib/topics/queries.ts holds the desk's tick-box list.)

// The timeline shows a topic's newest claims; a longer history would make a
// page nobody scrolls and a cache entry nobody wants.
export const TIMELINE_CLAIMS = 100;

const TIMELINE_CLAIM = {
  ...VERDICT_ROW,
  evidence: {
    orderBy: { createdAt: "asc" },
    select: {
      stance: true,
      passage: true,
      source: {
        select: {
          id: true,
          type: true,
          title: true,
          publisher: true,
          url: true,
          publishedAt: true,
          derivedFromId: true,
          marketName: true,
          marketOutcome: true,
          marketProbability: true,
          marketObservedAt: true,
          snapshots: { orderBy: { fetchedAt: "desc" }, take: 3, select: { id: true, fetchedAt: true, httpStatus: true, sha256: true, error: true } },
        },
      },
    },
  },
  corrections: { orderBy: { publishedAt: "asc" }, select: { id: true, kind: true, note: true, publishedAt: true } },
} as const satisfies Prisma.ClaimSelect;

const inTopic = (topicId: string) => ({ ...PUBLISHED_WITH_VERDICT, topics: { some: { topicId } } });

async function readTimeline(slug: string) {
  const topic = await publicReads.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
  if (!topic) return null;
  const [total, rows] = await Promise.all([
    publicReads.claim.count({ where: inTopic(topic.id) }),
    publicReads.claim.findMany({ where: inTopic(topic.id), orderBy: [...NEWEST_SAID_FIRST], take: TIMELINE_CLAIMS, select: TIMELINE_CLAIM }),
  ]);
  if (total === 0) return null;
  // Decimal probabilities become plain numbers: the cache stores JSON.
  const claims: TopicClaim[] = rows.map((claim) => ({
    ...claim,
    evidence: claim.evidence.map((item) => ({
      ...item,
      source: { ...item.source, marketProbability: item.source.marketProbability === null ? null : Number(item.source.marketProbability) },
    })),
  }));
  const { id: _id, ...shown } = topic;
  return { topic: shown, total, claims };
}

async function readFeed(slug: string) {
  const topic = await publicReads.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!topic) return null;
  const verdicts = await newestVerdictsWhere({ topics: { some: { topicId: topic.id } } });
  return verdicts.length ? { name: topic.name, slug: topic.slug, verdicts } : null;
}

const tags = (slug: string) => [topicTag(slug)];
const cachedTimeline = cachedRead("topic-timeline", readTimeline, tags);
const cachedFeed = cachedRead("topic-feed", readFeed, tags);
const validSlug = (slug: string) => slugParam.safeParse(slug).success;

export async function topicTimeline(slug: string) {
  return validSlug(slug) ? cachedTimeline(slug) : null;
}
export type TopicTimeline = NonNullable<Awaited<ReturnType<typeof topicTimeline>>>;

export async function topicFeedScope(slug: string): Promise<FeedScope | null> {
  const feed = validSlug(slug) ? await cachedFeed(slug) : null;
  return feed && subjectFeedScope(`/topics/${feed.slug}`, feed.name, `Published verdicts on claims about ${feed.name}, newest first.`, feed.verdicts);
}

// --- The index and the sitemap: lists of published verdicts. ---

const sql = Prisma.sql;
const TOPICS_WITH_VERDICTS = sql`
  FROM "Topic" t
  JOIN "ClaimTopic" ct ON ct."topicId" = t."id"
  JOIN "Claim" c ON c."id" = ct."claimId"
  JOIN "Verdict" v ON v."claimId" = c."id"
  WHERE c."status" = 'PUBLISHED'`;

type TopicRow = { slug: string; name: string; description: string | null; verdicts: number; latestSaid: Date };

// Topics are the newsroom's own short vocabulary, so the index lists them
// all, alphabetically.
async function readDirectory() {
  return publicReads.$queryRaw<TopicRow[]>`
    SELECT t."slug", t."name", t."description", count(*)::int AS verdicts, max(c."madeAt") AS "latestSaid"
    ${TOPICS_WITH_VERDICTS}
    GROUP BY t."id"
    ORDER BY lower(t."name"), t."slug"`;
}

export const topicDirectory = cachedRead("topic-directory", readDirectory, () => [PUBLISHED_VERDICTS_TAG]);

export async function publishedTopicAddresses() {
  return publicReads.$queryRaw<{ slug: string; lastModified: Date }[]>`
    SELECT t."slug", max(c."updatedAt") AS "lastModified"
    ${TOPICS_WITH_VERDICTS}
    GROUP BY t."id"
    ORDER BY t."slug"`;
}
