"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { refreshPublicPagesFor } from "@/lib/publishing/revalidate";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";

export const submitVerdictForReview = formAction({
  schema: verdictSchema,
  permission: "verdict.propose",
  run: (input, actor) => proposeVerdict(actor, input),
  success: "Verdict proposed and sent to review.",
  after: (claim) => revalidatePath(`/desk/claims/${claim.id}`),
});

export const approveAndPublish = formAction({
  schema: verdictSchema,
  permission: "verdict.publish",
  run: (input, actor) => publishVerdict(actor, input),
  success: "Verdict published.",
  after: (claim) => {
    refreshPublicPagesFor(claim);
    revalidatePath(`/desk/claims/${claim.id}`);
  },
});
