import { asJsonFeed11, verdictFeed } from "@/lib/feeds/published";

// JSON Feed 1.1 of the newest published verdicts.
export async function GET() {
  const feed = await verdictFeed();
  return new Response(asJsonFeed11(feed.json1()), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
