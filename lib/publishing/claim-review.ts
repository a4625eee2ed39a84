// schema.org ClaimReview for a published verdict page, so search engines and
// fact-check aggregators can read the verdict. One block per page.

export type ClaimReviewInput = {
  url: string;
  claimText: string;
  quote: string | null;
  madeAt: Date;
  firstAppearanceUrl: string | null;
  speaker: { name: string; title: string | null };
  verdict: { label: string; value: number | null; summary: string; publishedAt: Date };
  publisherName: string;
  siteUrl: string;
};

export function claimReview(input: ClaimReviewInput) {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: input.url,
    claimReviewed: input.claimText,
    datePublished: input.verdict.publishedAt.toISOString(),
    author: { "@type": "Organization", name: input.publisherName, url: input.siteUrl },
    itemReviewed: {
      "@type": "Claim",
      datePublished: input.madeAt.toISOString(),
      ...(input.firstAppearanceUrl ? { appearance: { "@type": "CreativeWork", url: input.firstAppearanceUrl } } : {}),
      author: { "@type": "Person", name: input.speaker.name, ...(input.speaker.title ? { jobTitle: input.speaker.title } : {}) },
      ...(input.quote ? { text: input.quote } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: input.verdict.label,
      ...(input.verdict.value !== null ? { ratingValue: input.verdict.value, worstRating: 1, bestRating: 5 } : {}),
      ratingExplanation: input.verdict.summary,
    },
  };
}

// JSON inside <script> must not be able to close the tag early.
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
