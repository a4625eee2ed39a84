import { routeDoor } from "@/lib/auth/route-door";
import { feedAnswers, feedResponse, siteFeedScope } from "@/lib/feeds/published";

// JSON Feed 1.1 of the newest published verdicts.
export const GET = routeDoor({
  permission: "public.read",
  answers: feedAnswers,
  run: async () => feedResponse("json", await siteFeedScope()),
});
