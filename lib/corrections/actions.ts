"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { refreshPublicPagesFor } from "@/lib/caching/refresh-public-pages";
import { returnToClaim } from "@/lib/claims/outcomes";
import { issueCorrection } from "@/lib/corrections/mutations";
import { correctionSchema } from "@/lib/corrections/schema";

export const correctAction = formAction({
  schema: correctionSchema,
  permission: "claim.correct",
  run: (input, actor) => issueCorrection(actor, input),
  after: async (claim) => {
    await refreshPublicPagesFor(claim);
    revalidatePath("/corrections");
    revalidatePath(`/desk/claims/${claim.id}`);
    returnToClaim(claim.id, "corrected");
  },
});
