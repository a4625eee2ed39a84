import { routeDoor } from "@/lib/auth/route-door";
import { feedAnswers, feedResponse, siteFeedScope } from "@/lib/feeds/published";

// RSS 2.0 of the newest published verdicts.
export const GET = routeDoor({
  permission: "public.read",
  answers: feedAnswers,
  run: async () => feedResponse("rss", await siteFeedScope()),
});
