import { feedResponse } from "@/lib/feeds/published";
import { topicFeedScope } from "@/lib/topics/public";

// JSON Feed 1.1 of one topic's published verdicts; 404 when there are none.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse("json", await topicFeedScope((await params).slug));
}
