import "server-only";
import { claimTag, SCALE_TAG } from "@/lib/caching/cache-tags";
import { cachedRead } from "@/lib/caching/cached-read";
import { publicReads } from "@/lib/database/replicas";
import { slugParam } from "@/lib/slug-schema";

// What the verdict card, the oEmbed answer and the share image show: one
// published verdict, nothing else. Other sites ask for it (oEmbed on every
// page view of theirs), so it is read from Next's data cache under the
// claim's own tag, which a publication, correction or unpublication expires
// (lib/caching/refresh-public-pages.ts). Pages and images that read it while being
// rendered carry the tag too, so they are refreshed with it.
const readEmbeddableVerdict = cachedRead(
  "embeddable-verdict",
  async (slug: string) => {
    const claim = await publicReads.claim.findFirst({
      where: { slug, status: "PUBLISHED", verdict: { isNot: null } },
      select: {
        slug: true,
        text: true,
        madeAt: true,
        madeAtTimeZone: true,
        speaker: { select: { name: true, title: true } },
        verdict: { select: { summary: true, rating: { select: { label: true, colour: true } } } },
      },
    });
    if (!claim?.verdict) return null;
    const { verdict, ...rest } = claim;
    return { ...rest, summary: verdict.summary, rating: verdict.rating };
  },
  (slug) => [claimTag(slug), SCALE_TAG],
);

// The slug comes straight from an address: one that slugify() could not have
// made names no claim, and is answered without the cache or the database.
export async function getEmbeddableVerdict(slug: string) {
  return slugParam.safeParse(slug).success ? readEmbeddableVerdict(slug) : null;
}

export type EmbeddableVerdict = NonNullable<Awaited<ReturnType<typeof getEmbeddableVerdict>>>;
