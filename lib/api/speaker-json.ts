import { ratingJson, speakerRefJson } from "@/lib/api/claim-json";
import type { ClaimListJson } from "@/lib/api/claim-schema";
import { API_BASE_PATH } from "@/lib/api/registry";
import type { SpeakerDetailJson, SpeakerSummaryJson } from "@/lib/api/speaker-schema";
import { site } from "@/lib/site";
import { speakerLinks } from "@/lib/speakers/links";

// Speaker rows to the public JSON shapes (lib/api/speaker-schema.ts).

export type SpeakerSummaryRow = {
  id: string;
  slug: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  _count: { claims: number };
};

export const speakerSummaryJson = (speaker: SpeakerSummaryRow): SpeakerSummaryJson => ({
  ...speakerRefJson(speaker),
  publishedClaims: speaker._count.claims,
});

export type SpeakerDetailRow = SpeakerSummaryRow & { description: string | null; wikidataId: string | null; links: string[] };
type RatingCountRow = { slug: string; label: string; value: number | null; colour: string; _count: { verdicts: number } };

export const speakerClaimsUrl = (slug: string) => `${site.url}${API_BASE_PATH}/claims?${new URLSearchParams({ speaker: slug })}`;

export function speakerDetailJson(speaker: SpeakerDetailRow, ratings: RatingCountRow[], claims: ClaimListJson): SpeakerDetailJson {
  return {
    ...speakerSummaryJson(speaker),
    description: speaker.description,
    wikidataId: speaker.wikidataId,
    // Only the addresses the public page would link to (http(s), each once).
    links: speakerLinks(speaker.links, null).map((link) => link.href),
    ratingCounts: ratings.map((rating) => ({ rating: ratingJson(rating), count: rating._count.verdicts })),
    claims,
    claimsUrl: speakerClaimsUrl(speaker.slug),
  };
}
