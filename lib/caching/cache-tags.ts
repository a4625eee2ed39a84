// Names of the cached public data, expired when what they hold changes.
// A publication, correction or unpublication expires the lists (home, feeds,
// sitemap, the speakers index, API lists) plus the tags of exactly the claim,
// speaker and topics concerned (lib/caching/refresh-public-pages.ts), so another
// speaker's or topic's page stays in the cache.
export const PUBLISHED_VERDICTS_TAG = "published-verdicts";
export const claimTag = (slug: string) => `claim:${slug}`;
export const speakerTag = (slug: string) => `speaker:${slug}`;
export const topicTag = (slug: string) => `topic:${slug}`;
// Reads that carry rating labels or colours outside any page (the oEmbed
// answer) also hold this, which a change to the scale expires.
export const SCALE_TAG = "rating-scale";
