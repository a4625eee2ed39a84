import "server-only";
import { revalidatePath } from "next/cache";

// Public pages are cached until the data behind them changes; a publication,
// correction or unpublication refreshes every page that shows the claim.
export function refreshPublicPagesFor(claim: { slug: string }) {
  revalidatePath(`/claims/${claim.slug}`);
  revalidatePath("/");
}
