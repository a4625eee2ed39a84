"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/door";
import { refreshPublicPagesFor } from "@/lib/publishing/revalidate";
import { archiveClaim, assignClaim, reopenClaim, sendBack, takeClaim, unpublishClaim, type WorkflowResult } from "@/lib/workflow/mutations";
import { archiveSchema, assignSchema, reopenSchema, sendBackSchema, takeSchema, unpublishSchema } from "@/lib/workflow/schema";

// After a step, the desk page shows the claim as it now stands; a claim that
// was public has its public pages refreshed (it is no longer there).
async function landOn(claim: WorkflowResult, notice: string) {
  revalidatePath(`/desk/claims/${claim.id}`);
  if (claim.wasPublished) {
    await refreshPublicPagesFor(claim);
    revalidatePath("/corrections");
  }
  redirect(`/desk/claims/${claim.id}?done=${notice}`);
}

export const assignAction = formAction({
  schema: assignSchema,
  permission: "claim.assign",
  run: (input, actor) => assignClaim(actor, input),
  success: "Assignment saved.",
  after: (claim) => landOn(claim, "assigned"),
});

export const takeAction = formAction({
  schema: takeSchema,
  permission: "claim.take",
  run: (input, actor) => takeClaim(actor, input),
  success: "The claim is yours.",
  after: (claim) => landOn(claim, "taken"),
});

export const sendBackAction = formAction({
  schema: sendBackSchema,
  permission: "verdict.send_back",
  run: (input, actor) => sendBack(actor, input),
  success: "Sent back to research.",
  after: (claim) => landOn(claim, "sent-back"),
});

export const unpublishAction = formAction({
  schema: unpublishSchema,
  permission: "claim.unpublish",
  run: (input, actor) => unpublishClaim(actor, input),
  success: "Unpublished.",
  after: (claim) => landOn(claim, "unpublished"),
});

export const archiveAction = formAction({
  schema: archiveSchema,
  permission: "claim.archive",
  run: (input, actor) => archiveClaim(actor, input),
  success: "Archived.",
  after: async (claim) => {
    if (claim.mergedInto) {
      revalidatePath(`/desk/claims/${claim.mergedInto.id}`);
      if (claim.mergedInto.published) await refreshPublicPagesFor(claim.mergedInto);
    }
    await landOn(claim, claim.mergedInto ? "merged" : "archived");
  },
});

export const reopenAction = formAction({
  schema: reopenSchema,
  permission: "claim.archive",
  run: (input, actor) => reopenClaim(actor, input),
  success: "Reopened as a draft.",
  after: (claim) => landOn(claim, "reopened"),
});
