import type { Prisma } from "@/lib/generated/prisma/client";

// One published verdict as the public lists show it (speaker pages, topic
// pages, their feeds): the claim, who said it and when, and the verdict.

// Public reads only ever see PUBLISHED claims that carry a verdict.
export const PUBLISHED_WITH_VERDICT = { status: "PUBLISHED", verdict: { isNot: null } } as const satisfies Prisma.ClaimWhereInput;

export const VERDICT_ROW = {
  slug: true,
  text: true,
  kind: true,
  madeAt: true,
  madeAtTimeZone: true,
  publishedAt: true,
  settleBy: true,
  settleCriteria: true,
  speaker: { select: { name: true, slug: true } },
  verdict: { select: { summary: true, approvedAt: true, rating: { select: { label: true, colour: true, value: true } } } },
} as const satisfies Prisma.ClaimSelect;

export type VerdictRow = Prisma.ClaimGetPayload<{ select: typeof VERDICT_ROW }>;

// Newest first by when it was said; the id breaks ties so pages never repeat
// or skip a claim.
export const NEWEST_SAID_FIRST = [{ madeAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ClaimOrderByWithRelationInput[];

// Feeds list what was published last first.
export const NEWEST_PUBLISHED_FIRST = [{ publishedAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ClaimOrderByWithRelationInput[];
