import { embedPath, onSite, shareImagePath } from "@/lib/embed/addresses";
import { cardSize, cardTitle, iframeCode } from "@/lib/embed/iframe";
import { site } from "@/lib/site";

// The oEmbed 1.0 answer for a published verdict: a "rich" embed whose html is
// the card's <iframe>, so the host page runs none of our code.

// Consumers may keep an answer for an hour; the card inside the frame is
// refreshed by us on every publication, correction or unpublication.
const CACHE_AGE_SECONDS = 3600;
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type OembedVerdict = { slug: string; text: string; speaker: { name: string }; rating: { label: string } };

export function oembedDocument(verdict: OembedVerdict, limits: { maxwidth?: number; maxheight?: number }) {
  const size = cardSize(limits);
  return {
    version: "1.0",
    type: "rich",
    provider_name: site.name,
    provider_url: `${site.url}/`,
    title: `${verdict.rating.label}: ${verdict.text}`,
    author_name: verdict.speaker.name,
    html: iframeCode({ src: onSite(embedPath(verdict.slug)), title: cardTitle(verdict.text, site.name), ...size }),
    width: size.width,
    height: size.height,
    thumbnail_url: onSite(shareImagePath(verdict.slug)),
    thumbnail_width: SHARE_IMAGE_SIZE.width,
    thumbnail_height: SHARE_IMAGE_SIZE.height,
    cache_age: CACHE_AGE_SECONDS,
  };
}
