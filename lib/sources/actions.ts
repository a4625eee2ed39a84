"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { attachEvidence, changeEvidence, createSource, removeEvidence } from "@/lib/sources/mutations";
import { changeEvidenceSchema, evidenceSchema, newSourceSchema, removeEvidenceSchema } from "@/lib/sources/schema";

export const addSource = formAction({
  schema: newSourceSchema,
  permission: "source.create",
  run: (input, actor) => createSource(actor, input),
  success: (source) => `Added “${source.title}” to the source library.`,
  after: () => revalidatePath("/desk/sources"),
});

export const addEvidence = formAction({
  schema: evidenceSchema,
  permission: "evidence.add",
  run: (input, actor) => attachEvidence(actor, input),
  success: "Added to the record.",
  after: (claim) => revalidatePath(`/desk/claims/${claim.id}`),
});

export const changeEvidenceAction = formAction({
  schema: changeEvidenceSchema,
  permission: "claim.edit",
  run: (input, actor) => changeEvidence(actor, input),
  success: (result) => (result.changed ? "Saved." : "Nothing had changed."),
  after: (claim) => revalidatePath(`/desk/claims/${claim.id}`),
});

export const removeEvidenceAction = formAction({
  schema: removeEvidenceSchema,
  permission: "claim.edit",
  run: (input, actor) => removeEvidence(actor, input),
  success: "Removed from the record.",
  after: (claim) => revalidatePath(`/desk/claims/${claim.id}`),
});
