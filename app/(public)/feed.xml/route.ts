import { verdictFeed } from "@/lib/feeds/published";

// RSS 2.0 of the newest published verdicts.
export async function GET() {
  const feed = await verdictFeed();
  return new Response(feed.rss2(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
