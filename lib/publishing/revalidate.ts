import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PUBLISHED_VERDICTS_TAG } from "@/lib/publishing/cache-tags";

// Public pages are cached until the data behind them changes. A publication,
// correction or unpublication (always a server action) expires the claim's
// verdict page and every cached list of published verdicts at once, so the
// next reader sees the change rather than a stale copy.
export function refreshPublicPagesFor(claim: { slug: string }) {
  revalidatePath(`/claims/${claim.slug}`);
  updateTag(PUBLISHED_VERDICTS_TAG);
}
