import "server-only";
import { speakerTag } from "@/lib/caching/cache-tags";
import { cachedRead } from "@/lib/caching/cached-read";
import { publicReads } from "@/lib/database/replicas";
import { type FeedScope, newestVerdictsWhere, subjectFeedScope } from "@/lib/feeds/published";
import { NEWEST_SAID_FIRST, PUBLISHED_WITH_VERDICT, VERDICT_ROW } from "@/lib/public-pages/verdict-rows";
import { SCALE_ORDER } from "@/lib/ratings/queries";
import { slugParam } from "@/lib/slug-schema";
import type { TrackRecordStep } from "@/lib/speakers/track-record";

// One speaker's public page and feeds. Everything here is read through Next's
// data cache under that speaker's tag only, so a publication elsewhere leaves
// this page cached (lib/caching/refresh-public-pages.ts expires the tag when one of
// the speaker's claims is published, corrected or unpublished). A speaker
// with nothing published is not found: drafts must not reveal who is being
// checked.

export const CLAIMS_PER_PAGE = 20;
const FORECASTS_SHOWN = 20;
// Merges can chain (A into B, later B into C); a cycle written by hand must
// not loop forever.
const MERGE_HOPS = 5;

// Predictions and promises: every kind but the statement.
const FORECAST_KINDS = { not: "STATEMENT" as const };

export type SpeakerProfile = Awaited<ReturnType<typeof readProfile>>;
type Found = Extract<SpeakerProfile, { kind: "speaker" }>;
export type SpeakerForecasts = Found["forecasts"];

async function publishedCount(speakerId: string) {
  return publicReads.claim.count({ where: { speakerId, ...PUBLISHED_WITH_VERDICT } });
}

// The speaker a merged one now lives on, when that one has published claims.
async function survivorOf(mergedIntoId: string): Promise<string | null> {
  let id: string | null = mergedIntoId;
  for (let hop = 0; id && hop < MERGE_HOPS; hop += 1) {
    const speaker: { id: string; slug: string; mergedIntoId: string | null } | null = await publicReads.speaker.findUnique({
      where: { id },
      select: { id: true, slug: true, mergedIntoId: true },
    });
    if (!speaker) return null;
    if (!speaker.mergedIntoId) return (await publishedCount(speaker.id)) > 0 ? speaker.slug : null;
    id = speaker.mergedIntoId;
  }
  return null;
}

async function readProfile(slug: string) {
  const speaker = await publicReads.speaker.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, title: true, affiliation: true, description: true, wikidataId: true, links: true, mergedIntoId: true },
  });
  if (!speaker) return null;
  if (speaker.mergedIntoId) {
    const survivor = await survivorOf(speaker.mergedIntoId);
    return survivor ? { kind: "merged" as const, slug: survivor } : null;
  }
  const published = { speakerId: speaker.id, ...PUBLISHED_WITH_VERDICT };
  const [kinds, perRating] = await Promise.all([
    publicReads.claim.groupBy({ by: ["kind"], where: published, _count: { _all: true } }),
    publicReads.verdict.groupBy({ by: ["ratingId"], where: { claim: published }, _count: { _all: true } }),
  ]);
  const total = kinds.reduce((sum, row) => sum + row._count._all, 0);
  if (total === 0) return null;

  const forecasts = { ...published, kind: FORECAST_KINDS };
  // "Pending" is the forecast rating with no ClaimReview value; a settlement
  // waiting for a second editor is not public yet, so it stays pending here.
  const pendingWhere = { ...forecasts, verdict: { is: { rating: { value: null } } } };
  const settledWhere = { ...forecasts, verdict: { is: { rating: { value: { not: null } } } } };
  const [trackRecord, pending, pendingCount, settled, settledCount] = await Promise.all([
    trackRecordOf(
      kinds.map((row) => row.kind),
      perRating,
    ),
    publicReads.claim.findMany({ where: pendingWhere, orderBy: [{ settleBy: "asc" }, { id: "asc" }], take: FORECASTS_SHOWN, select: VERDICT_ROW }),
    publicReads.claim.count({ where: pendingWhere }),
    publicReads.claim.findMany({
      where: settledWhere,
      orderBy: [{ verdict: { approvedAt: "desc" } }, { id: "desc" }],
      take: FORECASTS_SHOWN,
      select: VERDICT_ROW,
    }),
    publicReads.claim.count({ where: settledWhere }),
  ]);
  const { id: _id, mergedIntoId: _merged, ...profile } = speaker;
  return {
    kind: "speaker" as const,
    speaker: profile,
    total,
    trackRecord,
    forecasts: { pending, pendingCount, settled, settledCount },
  };
}

// Claims by rating in the scale's order. Every rating in force on the scales
// the speaker is rated on is shown, at zero too ("no False verdicts" is part
// of a track record); a retired rating appears only while a verdict uses it.
async function trackRecordOf(kinds: string[], perRating: { ratingId: string; _count: { _all: number } }[]): Promise<TrackRecordStep[]> {
  const scales = [...new Set(kinds.map((kind) => (kind === "STATEMENT" ? "STATEMENT" : "FORECAST") as "STATEMENT" | "FORECAST"))];
  const ratings = await publicReads.rating.findMany({
    where: { OR: [{ id: { in: perRating.map((row) => row.ratingId) } }, { active: true, appliesTo: { in: [...scales, "ALL"] } }] },
    orderBy: [...SCALE_ORDER],
    select: { id: true, label: true, colour: true },
  });
  const counts = new Map(perRating.map((row) => [row.ratingId, row._count._all]));
  return ratings.map((rating) => ({ label: rating.label, colour: rating.colour, count: counts.get(rating.id) ?? 0 }));
}

async function readClaimsPage(slug: string, page: number) {
  const speaker = await publicReads.speaker.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, mergedIntoId: true } });
  if (!speaker || speaker.mergedIntoId) return null;
  const where = { speakerId: speaker.id, ...PUBLISHED_WITH_VERDICT };
  const [total, claims] = await Promise.all([
    publicReads.claim.count({ where }),
    publicReads.claim.findMany({ where, orderBy: [...NEWEST_SAID_FIRST], skip: (page - 1) * CLAIMS_PER_PAGE, take: CLAIMS_PER_PAGE, select: VERDICT_ROW }),
  ]);
  const pages = Math.ceil(total / CLAIMS_PER_PAGE);
  // A page past the last is not found, and read as nothing found, so that it
  // is not kept in the cache once per made-up page number
  // (lib/caching/keep-in-cache.js).
  if (total === 0 || page > pages) return null;
  return { speaker: { slug: speaker.slug, name: speaker.name }, claims, total, page, pages };
}

async function readFeed(slug: string) {
  const speaker = await publicReads.speaker.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, mergedIntoId: true } });
  if (!speaker || speaker.mergedIntoId) return null;
  const verdicts = await newestVerdictsWhere({ speakerId: speaker.id });
  return verdicts.length ? { name: speaker.name, slug: speaker.slug, verdicts } : null;
}

const tags = (slug: string) => [speakerTag(slug)];
const cachedProfile = cachedRead("speaker-profile", readProfile, tags);
const cachedClaimsPage = cachedRead("speaker-claims", readClaimsPage, tags);
const cachedFeed = cachedRead("speaker-feed", readFeed, tags);

// Addresses come straight from the URL: anything that is not a slug is not
// found without a query.
const validSlug = (slug: string) => slugParam.safeParse(slug).success;

export async function speakerProfile(slug: string) {
  return validSlug(slug) ? cachedProfile(slug) : null;
}

export async function speakerClaims(slug: string, page: number) {
  return validSlug(slug) && Number.isInteger(page) && page >= 1 ? cachedClaimsPage(slug, page) : null;
}

export async function speakerFeedScope(slug: string): Promise<FeedScope | null> {
  const feed = validSlug(slug) ? await cachedFeed(slug) : null;
  return feed && subjectFeedScope(`/speakers/${feed.slug}`, feed.name, `Published verdicts on claims made by ${feed.name}, newest first.`, feed.verdicts);
}
