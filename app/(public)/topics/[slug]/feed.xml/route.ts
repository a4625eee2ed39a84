import { routeDoor } from "@/lib/auth/route-door";
import { feedAnswers, feedResponse } from "@/lib/feeds/published";
import { feedSlug } from "@/lib/feeds/schema";
import { topicFeedScope } from "@/lib/topics/public";

// RSS 2.0 of one topic's published verdicts; 404 when there are none.
export const GET = routeDoor({
  permission: "public.read",
  params: feedSlug,
  answers: feedAnswers,
  run: async ({ params }) => feedResponse("rss", await topicFeedScope(params.slug)),
});
