import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { claimTag, PUBLISHED_VERDICTS_TAG, speakerTag, topicTag } from "@/lib/caching/cache-tags";
import { waitForReplicas } from "@/lib/database/replica-catch-up";
import { prisma } from "@/lib/db";
import { embedPath, shareImagePath, verdictPath } from "@/lib/embed/addresses";

// The public pages that show one claim: its verdict page, embed card and
// share image, its speaker's page and its topics' pages.
export async function publicPagesOf(claimSlug: string) {
  const claim = await prisma.claim.findUnique({
    where: { slug: claimSlug },
    select: { speaker: { select: { slug: true } }, topics: { select: { topic: { select: { slug: true } } } } },
  });
  const speakerSlugs = claim ? [claim.speaker.slug] : [];
  const topicSlugs = claim ? claim.topics.map(({ topic }) => topic.slug) : [];
  return {
    paths: [
      verdictPath(claimSlug),
      embedPath(claimSlug),
      shareImagePath(claimSlug),
      ...speakerSlugs.map((slug) => `/speakers/${slug}`),
      ...topicSlugs.map((slug) => `/topics/${slug}`),
    ],
    tags: [PUBLISHED_VERDICTS_TAG, claimTag(claimSlug), ...speakerSlugs.map(speakerTag), ...topicSlugs.map(topicTag)],
  };
}

// Public pages are cached until the data behind them changes. A publication,
// correction or unpublication (always a server action, where updateTag
// expires a tag before the next request) refreshes exactly the pages that
// show the claim and every cached list of published verdicts; other claims',
// speakers' and topics' pages stay in the cache. Once Next's cache has
// expired them, the in-memory copy of served pages and the caching proxy in
// front hear of it (lib/caching/after-expiry.js).
export async function refreshPublicPagesFor(claim: { slug: string }) {
  // Not before every read replica has seen the change (and once more when a late one has).
  await waitForReplicas(() => refreshPublicPagesFor(claim));
  const { paths, tags } = await publicPagesOf(claim.slug);
  for (const path of paths) revalidatePath(path);
  for (const tag of tags) updateTag(tag);
}
