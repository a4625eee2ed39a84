"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/door";
import { createClaim, updateClaim } from "@/lib/claims/mutations";
import { editClaimSchema, newClaimSchema } from "@/lib/claims/schema";

export const logClaim = formAction({
  schema: newClaimSchema,
  permission: "claim.create",
  run: (input, actor) => createClaim(actor, input),
  success: "Claim logged.",
  after: (claim) => redirect(`/desk/claims/${claim.id}?logged=1`),
});

export const saveClaim = formAction({
  schema: editClaimSchema,
  permission: "claim.edit",
  run: (input, actor) => updateClaim(actor, input),
  success: (claim) => (claim.changed ? "Claim saved." : "Nothing had changed."),
  after: (claim) => {
    revalidatePath(`/desk/claims/${claim.id}`);
    redirect(`/desk/claims/${claim.id}?${claim.changed ? "edited" : "unchanged"}=1`);
  },
});
