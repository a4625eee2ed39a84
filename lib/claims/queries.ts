import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { PUBLISHED_VERDICTS_TAG } from "@/lib/caching/cache-tags";
import { cachedRead } from "@/lib/caching/cached-read";
import { publicReads } from "@/lib/database/replicas";
import { prisma } from "@/lib/db";
import { slugParam } from "@/lib/slug-schema";

// Public reads only ever see PUBLISHED claims; the condition lives in the
// query's `where`, so no page can forget it.
const PUBLISHED = { status: "PUBLISHED" as const };

// Steps of the desk's own process that readers are not shown even as a bare
// entry: who was assigned, what review sent back, and a settlement proposed
// but not yet approved (its outcome would be announced before a second
// editor agreed to it).
const DESK_ONLY_REVISIONS = ["claim.assigned", "verdict.sent_back", "settlement.proposed", "settlement.sent_back"];

export async function getPublishedClaim(slug: string) {
  // An address no slug can have names nothing: no database round trip.
  if (!slugParam.safeParse(slug).success) return null;
  return publicReads.claim.findFirst({
    where: { slug, ...PUBLISHED },
    include: {
      speaker: true,
      topics: { include: { topic: true } },
      appearances: { orderBy: [{ isFirst: "desc" }, { seenAt: "asc" }] },
      verdict: { include: { rating: true, proposedBy: { select: { name: true } }, approvedBy: { select: { name: true } } } },
      evidence: {
        orderBy: { createdAt: "asc" },
        include: { source: { include: { snapshots: { orderBy: { fetchedAt: "desc" }, take: 1 } } } },
      },
      corrections: { orderBy: { publishedAt: "desc" } },
      // What happened and when, never why: reasons are the desk's own notes
      // (review comments, takedown reasons, file names). Readers get the
      // public note of each correction instead.
      revisions: { where: { action: { notIn: DESK_ONLY_REVISIONS } }, orderBy: { createdAt: "asc" }, select: { id: true, action: true, createdAt: true } },
    },
  });
}
export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>;

// The latest verdicts are read from Next's data cache, shared by every public
// page that lists them, until a publication expires the tag
// (lib/caching/refresh-public-pages.ts). cachedRead brings the dates back as dates.
export const listLatestVerdicts = cachedRead(
  "latest-verdicts",
  (limit: number) =>
    publicReads.claim.findMany({
      where: PUBLISHED,
      orderBy: { publishedAt: "desc" },
      take: limit,
      select: {
        slug: true,
        text: true,
        madeAt: true,
        madeAtTimeZone: true,
        publishedAt: true,
        speaker: { select: { name: true, slug: true } },
        verdict: { select: { summary: true, rating: { select: { label: true, colour: true, value: true } } } },
      },
    }),
  () => [PUBLISHED_VERDICTS_TAG],
);

// Published predictions and promises still rated "Pending" (a rating with no
// place on the scale), soonest deadline first, overdue ones included: the
// home page says which verdicts are about to be settled. Cached with the
// lists; "how long until" is worked out when the page is rendered.
export const listForecastsComingDue = cachedRead(
  "forecasts-coming-due",
  async (limit: number) => {
    const claims = await publicReads.claim.findMany({
      where: { ...PUBLISHED, kind: { in: ["PREDICTION", "PROMISE"] }, settleBy: { not: null }, verdict: { rating: { value: null } } },
      orderBy: [{ settleBy: "asc" }, { id: "asc" }],
      take: limit,
      select: { slug: true, text: true, kind: true, settleBy: true, speaker: { select: { name: true } } },
    });
    // The where clause leaves out claims without a deadline.
    return claims.map((claim) => ({ ...claim, settleBy: claim.settleBy! }));
  },
  () => [PUBLISHED_VERDICTS_TAG],
);

// --- Desk reads: unpublished data, so every one takes the acting user. ---

export async function deskClaim(actor: Actor | null, id: string) {
  if (!decide(actor, "desk.view").allowed) return null;
  return prisma.claim.findUnique({
    where: { id },
    include: {
      speaker: true,
      createdBy: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      topics: { include: { topic: true } },
      appearances: { orderBy: { seenAt: "asc" } },
      evidence: {
        orderBy: { createdAt: "asc" },
        include: {
          source: { include: { snapshots: { orderBy: { fetchedAt: "desc" }, take: 1 } } },
          addedBy: { select: { name: true } },
        },
      },
      verdict: {
        include: {
          rating: true,
          proposedBy: { select: { id: true, name: true } },
          approvedBy: { select: { name: true } },
          settlementRating: true,
          settlementProposedBy: { select: { id: true, name: true } },
        },
      },
      revisions: { orderBy: { createdAt: "desc" }, include: { author: { select: { name: true } } } },
      corrections: { orderBy: { publishedAt: "desc" } },
    },
  });
}
export type DeskClaim = NonNullable<Awaited<ReturnType<typeof deskClaim>>>;

// Every published verdict's address and when it last changed, for the sitemap.
export async function publishedClaimAddresses() {
  return publicReads.claim.findMany({ where: PUBLISHED, orderBy: { publishedAt: "desc" }, select: { slug: true, updatedAt: true } });
}
