"use server";

import { revalidatePath } from "next/cache";
import { formAction, formDataToObject, throughTheDoor } from "@/lib/auth/door";
import { decide } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { refreshPublicPagesFor } from "@/lib/caching/refresh-public-pages";
import { withStoredVersion } from "@/lib/claims/conflict-outcome";
import { returnToClaim } from "@/lib/claims/outcomes";
import type { FormState } from "@/lib/form-state";
import { renderMarkdown } from "@/lib/public-pages/markdown";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { publishSchema, reasoningDraft, verdictSchema } from "@/lib/verdicts/schema";
import { approveSettlement, proposeSettlement, sendBackSettlement } from "@/lib/verdicts/settle";
import { storedProposal, storedSettlement } from "@/lib/verdicts/stored-proposal";
import { sendBackSchema } from "@/lib/workflow/schema";

// A proposal refused because someone saved first comes back with the
// proposal as stored now, so the form can show both side by side (as a
// claim's edit does) instead of asking the person to reload and retype.
export async function submitVerdictForReview(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const outcome = await throughTheDoor({ schema: verdictSchema, permission: "verdict.propose", run: (input, actor) => proposeVerdict(actor, input) }, raw);
  if (outcome.status !== "ok") return withStoredVersion(outcome, raw.claimId, storedProposal);
  // The proposal form leaves the page once the claim is in review, taking its
  // success message with it, so the claim page says what happened instead.
  revalidatePath(`/desk/claims/${outcome.result.id}`);
  returnToClaim(outcome.result.id, "proposed");
}

export const approveAndPublish = formAction({
  schema: publishSchema,
  permission: "verdict.publish",
  run: (input, actor) => publishVerdict(actor, input),
  after: async (claim) => {
    await refreshPublicPagesFor(claim);
    revalidatePath(`/desk/claims/${claim.id}`);
    returnToClaim(claim.id, "published");
  },
});

// The same side-by-side view when two people settle a due forecast at once.
export async function proposeSettlementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const outcome = await throughTheDoor({ schema: verdictSchema, permission: "verdict.settle", run: (input, actor) => proposeSettlement(actor, input) }, raw);
  if (outcome.status !== "ok") return withStoredVersion(outcome, raw.claimId, storedSettlement);
  revalidatePath(`/desk/claims/${outcome.result.id}`);
  returnToClaim(outcome.result.id, "settlement-proposed");
}

export const approveSettlementAction = formAction({
  schema: publishSchema,
  permission: "settlement.approve",
  run: (input, actor) => approveSettlement(actor, input),
  after: async (claim) => {
    await refreshPublicPagesFor(claim);
    revalidatePath("/corrections");
    revalidatePath(`/desk/claims/${claim.id}`);
    returnToClaim(claim.id, "settled");
  },
});

export const sendBackSettlementAction = formAction({
  schema: sendBackSchema,
  permission: "settlement.approve",
  run: (input, actor) => sendBackSettlement(actor, input),
  after: (claim) => {
    revalidatePath(`/desk/claims/${claim.id}`);
    returnToClaim(claim.id, "settlement-sent-back");
  },
});

// The reasoning as readers will see it: rendered and sanitised by the same
// code as the public page. A read for the desk only; nothing is stored.
export async function previewReasoning(markdown: unknown): Promise<string> {
  const parsed = reasoningDraft.safeParse(markdown);
  if (!parsed.success || !decide(await getActor(), "desk.view").allowed) return "";
  return renderMarkdown(parsed.data);
}
