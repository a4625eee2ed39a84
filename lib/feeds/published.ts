import "server-only";
import { Feed } from "feed";
import { listLatestVerdicts } from "@/lib/claims/queries";
import { site } from "@/lib/site";

// The newest published verdicts as a feed. Built with the `feed` library from
// the same cached list the home page reads, so a publication refreshes both.

const ITEMS = 50;

export async function verdictFeed(): Promise<Feed> {
  const verdicts = await listLatestVerdicts(ITEMS);
  const feed = new Feed({
    id: `${site.url}/`,
    title: `${site.name}: latest verdicts`,
    description: "What was claimed, beside what the record shows: the newest published verdicts.",
    link: `${site.url}/`,
    language: "en",
    copyright: site.publisher,
    updated: verdicts[0]?.publishedAt ?? undefined,
    generator: false,
    feedLinks: { rss: `${site.url}/feed.xml`, json: `${site.url}/feed.json` },
    author: { name: site.publisher, link: `${site.url}/` },
  });
  for (const claim of verdicts) {
    const url = `${site.url}/claims/${claim.slug}`;
    const rating = claim.verdict?.rating.label;
    feed.addItem({
      id: url,
      link: url,
      title: rating ? `${rating}: ${claim.text}` : claim.text,
      description: claim.verdict ? `${claim.speaker.name}. ${claim.verdict.summary}` : claim.speaker.name,
      date: claim.publishedAt ?? claim.madeAt,
      published: claim.publishedAt ?? undefined,
      author: [{ name: site.publisher, link: `${site.url}/` }],
      category: rating ? [{ name: rating }] : [],
    });
  }
  return feed;
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
