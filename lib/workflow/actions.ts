"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { refreshPublicPagesFor } from "@/lib/caching/refresh-public-pages";
import { type ClaimOutcome, returnToClaim } from "@/lib/claims/outcomes";
import { archiveClaim, assignClaim, reopenClaim, sendBack, takeClaim, unpublishClaim, type WorkflowResult } from "@/lib/workflow/mutations";
import { archiveSchema, assignSchema, reopenSchema, sendBackSchema, takeSchema, unpublishSchema } from "@/lib/workflow/schema";

// After a step, the desk page shows the claim as it now stands; a claim that
// was public has its public pages refreshed (it is no longer there).
async function refreshPagesAndReturnToClaim(claim: WorkflowResult, notice: ClaimOutcome) {
  revalidatePath(`/desk/claims/${claim.id}`);
  if (claim.wasPublished) {
    await refreshPublicPagesFor(claim);
    revalidatePath("/corrections");
  }
  returnToClaim(claim.id, notice);
}

export const assignAction = formAction({
  schema: assignSchema,
  permission: "claim.assign",
  run: (input, actor) => assignClaim(actor, input),
  after: (claim) => refreshPagesAndReturnToClaim(claim, "assigned"),
});

export const takeAction = formAction({
  schema: takeSchema,
  permission: "claim.take",
  run: (input, actor) => takeClaim(actor, input),
  after: (claim) => refreshPagesAndReturnToClaim(claim, "taken"),
});

export const sendBackAction = formAction({
  schema: sendBackSchema,
  permission: "verdict.send_back",
  run: (input, actor) => sendBack(actor, input),
  after: (claim) => refreshPagesAndReturnToClaim(claim, "sent-back"),
});

export const unpublishAction = formAction({
  schema: unpublishSchema,
  permission: "claim.unpublish",
  run: (input, actor) => unpublishClaim(actor, input),
  after: (claim) => refreshPagesAndReturnToClaim(claim, "unpublished"),
});

export const archiveAction = formAction({
  schema: archiveSchema,
  permission: "claim.archive",
  run: (input, actor) => archiveClaim(actor, input),
  after: async (claim) => {
    if (claim.mergedInto) {
      revalidatePath(`/desk/claims/${claim.mergedInto.id}`);
      if (claim.mergedInto.published) await refreshPublicPagesFor(claim.mergedInto);
    }
    await refreshPagesAndReturnToClaim(claim, claim.mergedInto ? "merged" : "archived");
  },
});

export const reopenAction = formAction({
  schema: reopenSchema,
  permission: "claim.archive",
  run: (input, actor) => reopenClaim(actor, input),
  after: (claim) => refreshPagesAndReturnToClaim(claim, "reopened"),
});
