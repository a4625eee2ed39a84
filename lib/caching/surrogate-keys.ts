import { claimTag, PUBLISHED_VERDICTS_TAG, SCALE_TAG, speakerTag, topicTag } from "@/lib/caching/cache-tags";

// The cache tags a public answer depends on, for a caching proxy or CDN in
// front: the production server sends them as `Surrogate-Key` (Varnish,
// Fastly) and `Cache-Tag` (Cloudflare, Akamai), and each publication,
// correction, unpublication, settlement or scale change purges exactly the
// tags Next's own cache expires (lib/caching/purge.js). The names are Next's
// tags (lib/caching/cache-tags.ts), so the two caches agree.
//
// Read from the address alone, so it costs nothing per request. Every public
// page shows ratings (labels, colours), so every one carries the scale's tag.

const SLUG = "([a-z0-9][a-z0-9-]{0,199})";
const RULES: [RegExp, (slug: string) => string[]][] = [
  [new RegExp(`^/claims/${SLUG}(?:/.*)?$`), (slug) => [claimTag(slug)]],
  [new RegExp(`^/embed/claims/${SLUG}$`), (slug) => [claimTag(slug)]],
  [new RegExp(`^/api/v1/claims/${SLUG}$`), (slug) => [claimTag(slug)]],
  [new RegExp(`^/speakers/${SLUG}(?:/.*)?$`), (slug) => [speakerTag(slug)]],
  [new RegExp(`^/api/v1/speakers/${SLUG}$`), (slug) => [speakerTag(slug)]],
  [new RegExp(`^/topics/${SLUG}(?:/.*)?$`), (slug) => [topicTag(slug)]],
];

// Lists of published verdicts: whatever is published anywhere may change them.
const LISTS = new Set([
  "/",
  "/feed.xml",
  "/feed.json",
  "/sitemap.xml",
  "/speakers",
  "/topics",
  "/search",
  "/corrections",
  "/methodology",
  "/api/v1/claims",
  "/api/v1/speakers",
  "/api/oembed",
]);

// Null for an address no public page lives at (the desk, Next's own files):
// such answers are not for shared caches.
export function surrogateKeysFor(pathname: string): string[] | null {
  if (LISTS.has(pathname)) return [PUBLISHED_VERDICTS_TAG, SCALE_TAG];
  for (const [pattern, tags] of RULES) {
    const match = pattern.exec(pathname);
    if (match) return [...tags(match[1]!), SCALE_TAG];
  }
  return null;
}

// Surrogate-Key separates tags with spaces (Varnish, Fastly); Cache-Tag with
// commas (Cloudflare, Akamai).
export const surrogateKeyHeader = (tags: readonly string[]) => tags.join(" ");
export const cacheTagHeader = (tags: readonly string[]) => tags.join(",");
