import { feedResponse, siteFeedScope } from "@/lib/feeds/published";

// RSS 2.0 of the newest published verdicts.
export async function GET() {
  return feedResponse("rss", await siteFeedScope());
}
