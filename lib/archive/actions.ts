"use server";

import { revalidatePath } from "next/cache";
import { archiveSource, describeArchive } from "@/lib/archive/mutations";
import { archiveSourceSchema } from "@/lib/archive/schema";
import { formAction } from "@/lib/auth/door";
import { refreshPublicPagesFor } from "@/lib/caching/refresh-public-pages";

export const archiveNow = formAction({
  schema: archiveSourceSchema,
  permission: "source.create",
  run: (input, actor) => archiveSource(actor, input.sourceId),
  success: describeArchive,
  // A published claim shows its sources' archive dates and fingerprints on
  // its verdict page and its topics' timelines.
  after: async (outcome) => {
    for (const claimId of outcome.claimIds) revalidatePath(`/desk/claims/${claimId}`);
    for (const slug of outcome.publishedSlugs) await refreshPublicPagesFor({ slug });
  },
});
