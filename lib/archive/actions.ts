"use server";

import { revalidatePath } from "next/cache";
import { archiveSource, describeArchive } from "@/lib/archive/mutations";
import { archiveSourceSchema } from "@/lib/archive/schema";
import { formAction } from "@/lib/auth/door";

export const archiveNow = formAction({
  schema: archiveSourceSchema,
  permission: "source.create",
  run: (input, actor) => archiveSource(actor, input.sourceId),
  success: describeArchive,
  after: (outcome) => {
    for (const claimId of outcome.claimIds) revalidatePath(`/desk/claims/${claimId}`);
    for (const slug of outcome.publishedSlugs) revalidatePath(`/claims/${slug}`);
  },
});
