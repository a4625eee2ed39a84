import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PUBLISHED_VERDICTS_TAG, SCALE_TAG } from "@/lib/caching/cache-tags";
import { waitForReplicas } from "@/lib/database/replica-catch-up";

// A change to the scale shows wherever a rating does: the methodology page
// (the scale in force), every verdict page with its share image and embed
// card (label, colour, ClaimReview value), every speaker page (the track
// record chart, its further pages of claims, its feeds), every topic page
// and feed, and every cached list of published verdicts. Called only from
// server actions, where updateTag expires the tag before the next request.
//
// A route pattern names the route's files, route group included: Next tags
// each cached page and read with its file path
// ("/(public)/speakers/[slug]/page"), so "/speakers/[slug]" alone would match
// nothing (tests/e2e/speakers-and-topics.spec.ts checks each of these). A
// "layout" pattern covers every page and route handler below that folder.
export async function refreshScalePages() {
  // Not before every read replica has seen the change (and once more when a late one has).
  await waitForReplicas(refreshScalePages);
  revalidatePath("/desk/admin/scale");
  revalidatePath("/methodology");
  revalidatePath("/(public)/claims/[slug]", "layout");
  revalidatePath("/(embed)/embed/claims/[slug]", "page");
  revalidatePath("/(public)/speakers/[slug]", "layout");
  revalidatePath("/(public)/topics/[slug]", "layout");
  updateTag(PUBLISHED_VERDICTS_TAG);
  updateTag(SCALE_TAG);
}
