import { feedResponse } from "@/lib/feeds/published";
import { speakerFeedScope } from "@/lib/speakers/public";

// RSS 2.0 of one speaker's published verdicts; 404 when there are none.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse("rss", await speakerFeedScope((await params).slug));
}
