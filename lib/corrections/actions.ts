"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/door";
import { issueCorrection } from "@/lib/corrections/mutations";
import { correctionSchema } from "@/lib/corrections/schema";
import { refreshPublicPagesFor } from "@/lib/publishing/revalidate";

export const correctAction = formAction({
  schema: correctionSchema,
  permission: "claim.correct",
  run: (input, actor) => issueCorrection(actor, input),
  success: "Published with its note.",
  after: async (claim) => {
    await refreshPublicPagesFor(claim);
    revalidatePath("/corrections");
    revalidatePath(`/desk/claims/${claim.id}`);
    redirect(`/desk/claims/${claim.id}?done=corrected`);
  },
});
