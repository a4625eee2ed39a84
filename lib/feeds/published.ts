import "server-only";
import { Feed } from "feed";
import { NO_STORE, plainJsonAnswers } from "@/lib/auth/route-answers";
import { listLatestVerdicts } from "@/lib/claims/queries";
import { publicReads } from "@/lib/database/replicas";
import { feedText } from "@/lib/feeds/feed-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NEWEST_PUBLISHED_FIRST, PUBLISHED_WITH_VERDICT, VERDICT_ROW } from "@/lib/public-pages/verdict-rows";
import { site } from "@/lib/site";

// Feeds of published verdicts, made with the `feed` library: the site-wide
// feed of the newest verdicts, and one per speaker and per topic. Each reads
// the same cached data as the page it follows, so a publication refreshes both.

export const FEED_ITEMS = 50;

type FeedVerdict = {
  slug: string;
  text: string;
  madeAt: Date;
  publishedAt: Date | null;
  speaker: { name: string };
  verdict: { summary: string; rating: { label: string } } | null;
};

// What one feed covers: its title and description, the page it follows
// ("/speakers/donald-trump"), where its two formats live (that path plus
// "/feed.xml" and "/feed.json"; "" for the site-wide feed at the root), and
// its verdicts, newest first.
export type FeedScope = { title: string; description: string; pagePath: string; feedPath: string; verdicts: FeedVerdict[] };

export async function siteFeedScope(): Promise<FeedScope> {
  return {
    title: `${site.name}: latest verdicts`,
    description: "What was claimed, beside what the record shows: the newest published verdicts.",
    pagePath: "/",
    feedPath: "",
    verdicts: await listLatestVerdicts(FEED_ITEMS),
  };
}

// The newest published verdicts among some claims (one speaker's, one
// topic's), for their feed; the caller reads it under that subject's tag.
export async function newestVerdictsWhere(where: Prisma.ClaimWhereInput) {
  return publicReads.claim.findMany({
    where: { ...where, ...PUBLISHED_WITH_VERDICT },
    orderBy: [...NEWEST_PUBLISHED_FIRST],
    take: FEED_ITEMS,
    select: VERDICT_ROW,
  });
}

// A feed of one speaker's or topic's verdicts, following its page.
export function subjectFeedScope(pagePath: string, subject: string, description: string, verdicts: FeedVerdict[]): FeedScope {
  return { title: `${site.name}: verdicts on ${subject}`, description, pagePath, feedPath: pagePath, verdicts };
}

export function verdictFeed(scope: FeedScope): Feed {
  const { verdicts } = scope;
  const feed = new Feed({
    id: `${site.url}${scope.pagePath}`,
    title: feedText(scope.title),
    description: feedText(scope.description),
    link: `${site.url}${scope.pagePath}`,
    language: "en",
    copyright: site.publisher,
    updated: verdicts[0]?.publishedAt ?? undefined,
    generator: false,
    feedLinks: { rss: `${site.url}${scope.feedPath}/feed.xml`, json: `${site.url}${scope.feedPath}/feed.json` },
    author: { name: site.publisher, link: `${site.url}/` },
  });
  for (const claim of verdicts) {
    const url = `${site.url}/claims/${claim.slug}`;
    const rating = claim.verdict?.rating.label;
    feed.addItem({
      id: url,
      link: url,
      title: feedText(rating ? `${rating}: ${claim.text}` : claim.text),
      description: feedText(claim.verdict ? `${claim.speaker.name}. ${claim.verdict.summary}` : claim.speaker.name),
      date: claim.publishedAt ?? claim.madeAt,
      published: claim.publishedAt ?? undefined,
      author: [{ name: site.publisher, link: `${site.url}/` }],
      category: rating ? [{ name: feedText(rating) }] : [],
    });
  }
  return feed;
}

// What the feed routes give the route door. The slug is any text: one that
// names no speaker or topic with a published verdict is a 404 like any
// other, not a 400, so a feed reader sees the same answer for both.
export const feedAnswers = plainJsonAnswers({ name: "feed", headers: NO_STORE, failure: "The feed could not be made because of a problem on our side." });

// The HTTP answer for a feed in either format; no scope (an unknown speaker
// or topic, or one with nothing published) is a plain 404.
export function feedResponse(format: "rss" | "json", scope: FeedScope | null): Response {
  if (!scope) return new Response("No published verdicts at this address.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const feed = verdictFeed(scope);
  const [body, type] = format === "rss" ? [feed.rss2(), "application/rss+xml"] : [asJsonFeed11(feed.json1()), "application/feed+json"];
  return new Response(body, { headers: { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "public, max-age=300" } });
}

// The library writes JSON Feed 1; version 1.1 names authors in a list and
// says the feed's language. Everything else is the same document.
export function asJsonFeed11(json1: string): string {
  const document = JSON.parse(json1) as Record<string, unknown> & { items?: Record<string, unknown>[] };
  const authorsOf = (entry: Record<string, unknown>) => {
    const author = entry.author;
    delete entry.author;
    if (author && typeof author === "object") entry.authors = [author];
  };
  document.version = "https://jsonfeed.org/version/1.1";
  document.language = "en";
  authorsOf(document);
  for (const item of document.items ?? []) authorsOf(item);
  return JSON.stringify(document, null, 2);
}
