import { feedResponse, siteFeedScope } from "@/lib/feeds/published";

// JSON Feed 1.1 of the newest published verdicts.
export async function GET() {
  return feedResponse("json", await siteFeedScope());
}
