"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/door";
import { createClaim } from "@/lib/claims/mutations";
import { newClaimSchema } from "@/lib/claims/schema";

export const logClaim = formAction({
  schema: newClaimSchema,
  permission: "claim.create",
  run: (input, actor) => createClaim(actor, input),
  success: "Claim logged.",
  after: (claim) => redirect(`/desk/claims/${claim.id}?logged=1`),
});
