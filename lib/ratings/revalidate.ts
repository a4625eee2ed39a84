import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PUBLISHED_VERDICTS_TAG } from "@/lib/publishing/cache-tags";

// A change to the scale shows wherever a rating does: the methodology page
// (the scale in force), every verdict page (label, colour, ClaimReview
// value) and every cached list of published verdicts. Called only from server
// actions, where updateTag expires the tag before the next request.
export function refreshScalePages() {
  revalidatePath("/desk/admin/scale");
  revalidatePath("/methodology");
  revalidatePath("/claims/[slug]", "page");
  updateTag(PUBLISHED_VERDICTS_TAG);
}
