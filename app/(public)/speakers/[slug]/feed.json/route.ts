import { routeDoor } from "@/lib/auth/route-door";
import { feedAnswers, feedResponse } from "@/lib/feeds/published";
import { feedSlug } from "@/lib/feeds/schema";
import { speakerFeedScope } from "@/lib/speakers/public";

// JSON Feed 1.1 of one speaker's published verdicts; 404 when there are none.
export const GET = routeDoor({
  permission: "public.read",
  params: feedSlug,
  answers: feedAnswers,
  run: async ({ params }) => feedResponse("json", await speakerFeedScope(params.slug)),
});
