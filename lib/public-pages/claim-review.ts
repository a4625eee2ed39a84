// schema.org ClaimReview for a published verdict page, so search engines and
// fact-check aggregators can read the verdict. One block per page.

import { isoInstant } from "@/lib/dates";

export type ClaimReviewInput = {
  url: string;
  claimText: string;
  quote: string | null;
  madeAt: Date;
  // Every place the claim was made, the first one first.
  appearances: { url: string; seenAt: Date; isFirst: boolean }[];
  speaker: { name: string; title: string | null };
  verdict: { label: string; value: number | null; summary: string; publishedAt: Date };
  // When the latest correction or update was published: the review changed then.
  modifiedAt?: Date | null;
  publisherName: string;
  siteUrl: string;
};

// The ends of the published scale (Rating.value runs 1 = worst to 5 = best).
export const WORST_RATING = 1;
export const BEST_RATING = 5;

// Google shows claimReviewed in a short snippet and asks for under 75
// characters; a longer claim is cut at a word and marked as shortened. It
// never carries the verdict: that is reviewRating's job.
export const CLAIM_REVIEWED_LIMIT = 75;
export function shortClaim(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length < CLAIM_REVIEWED_LIMIT) return clean;
  const room = clean.slice(0, CLAIM_REVIEWED_LIMIT - 2);
  const cut = room.lastIndexOf(" ");
  return `${(cut > 30 ? room.slice(0, cut) : room).replace(/[\s,;:.–-]+$/, "")}…`;
}

const creativeWork = (appearance: { url: string; seenAt: Date }) => ({
  "@type": "CreativeWork",
  url: appearance.url,
  datePublished: isoInstant(appearance.seenAt),
});

export function claimReview(input: ClaimReviewInput) {
  const first = input.appearances.find((appearance) => appearance.isFirst) ?? input.appearances[0];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: input.url,
    claimReviewed: shortClaim(input.claimText),
    datePublished: isoInstant(input.verdict.publishedAt),
    ...(input.modifiedAt ? { dateModified: isoInstant(input.modifiedAt) } : {}),
    author: { "@type": "Organization", name: input.publisherName, url: input.siteUrl },
    itemReviewed: {
      "@type": "Claim",
      datePublished: isoInstant(input.madeAt),
      author: { "@type": "Person", name: input.speaker.name, ...(input.speaker.title ? { jobTitle: input.speaker.title } : {}) },
      ...(input.appearances.length ? { appearance: input.appearances.map(creativeWork) } : {}),
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
      ...(input.quote ? { text: input.quote } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: input.verdict.label,
      // A "Pending" verdict has no place on the scale: without a value it is
      // not read as a score.
      ...(input.verdict.value !== null ? { ratingValue: input.verdict.value, worstRating: WORST_RATING, bestRating: BEST_RATING } : {}),
      ratingExplanation: input.verdict.summary,
    },
  };
}

// JSON inside <script> must not be able to close the tag early.
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
