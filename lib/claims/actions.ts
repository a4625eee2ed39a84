"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, stringValues, throughTheDoor } from "@/lib/auth/door";
import { withStoredVersion } from "@/lib/claims/conflict-outcome";
import { logUnlessAlike } from "@/lib/claims/log-claim";
import { updateClaim } from "@/lib/claims/mutations";
import { returnToClaim } from "@/lib/claims/outcomes";
import { editClaimSchema, newClaimSchema } from "@/lib/claims/schema";
import { storedVersion } from "@/lib/claims/stored-version";
import type { FormState } from "@/lib/form-state";

// Logging asks first when the claim or the speaker's name reads like one
// already on the desk; the form then offers to add it as a new appearance, to
// pick the existing speaker, or to log it as new all the same.
export async function logClaim(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const outcome = await throughTheDoor({ schema: newClaimSchema, permission: "claim.create", run: (input, actor) => logUnlessAlike(actor, input) }, raw);
  if (outcome.status !== "ok") return outcome;
  if (outcome.result.outcome === "alike") {
    const { alikeClaims } = outcome.result.alike;
    return {
      status: "check",
      message: alikeClaims.length
        ? "This may already be logged. Look at the claims below before saving."
        : "A speaker with a similar name is already on the desk. Check before saving.",
      values: stringValues(raw),
      ...outcome.result.alike,
    };
  }
  returnToClaim(outcome.result.claim.id, "logged");
}

// A save refused because someone saved first comes back with the claim as
// it is now, so the form can show both versions side by side instead of
// asking the person to reload and retype.
export async function saveClaim(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const outcome = await throughTheDoor({ schema: editClaimSchema, permission: "claim.edit", run: (input, actor) => updateClaim(actor, input) }, raw);
  if (outcome.status !== "ok") return withStoredVersion(outcome, raw.claimId, storedVersion);
  revalidatePath(`/desk/claims/${outcome.result.id}`);
  returnToClaim(outcome.result.id, outcome.result.changed ? "edited" : "unchanged");
}
