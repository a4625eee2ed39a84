import { site } from "@/lib/site";

// Where a published verdict can be read, embedded, previewed and discovered.
// Slugs are [a-z0-9-] (lib/slug.ts), so they go into paths as they are.

export const verdictPath = (slug: string) => `/claims/${slug}`;
export const embedPath = (slug: string) => `/embed/claims/${slug}`;

// Next serves an image generated inside a route group under a name carrying a
// hash of the group's folder path, so that two groups' images at one address
// cannot collide: app/(public)/claims/[slug]/opengraph-image.tsx answers at
// /claims/<slug>/opengraph-image-11qojy. tests/unit/embed-oembed.test.ts
// checks the suffix against Next's own function, so an upgrade that changes
// it fails there rather than leaving oEmbed thumbnails and cache refreshes
// pointing at nothing.
export const SHARE_IMAGE_FILE = "opengraph-image-11qojy";
export const shareImagePath = (slug: string) => `/claims/${slug}/${SHARE_IMAGE_FILE}`;

export const onSite = (path: string) => `${site.url}${path}`;

// The discovery link of a verdict page (oEmbed 1.0, section 4).
export const oembedPath = (slug: string) => `/api/oembed?url=${encodeURIComponent(onSite(verdictPath(slug)))}&format=json`;
