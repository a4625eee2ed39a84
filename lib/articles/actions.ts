"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { findCandidates } from "@/lib/articles/find-candidates";
import { logPickedClaims } from "@/lib/articles/log-picked";
import { pickedClaimsSchema, readArticleSchema } from "@/lib/articles/schema";
import type { ReadArticleState } from "@/lib/articles/types";
import { formDataToObject, throughTheDoor } from "@/lib/auth/door";
import type { FormState } from "@/lib/form-state";
import { loggedHref } from "@/lib/queue/schema";

// Step one: read the article (pasted, or fetched and archived) and list the
// sentences worth checking, each with what the desk already has like it.
export async function findClaimsInArticle(_previous: ReadArticleState, formData: FormData): Promise<ReadArticleState> {
  const outcome = await throughTheDoor(
    { schema: readArticleSchema, permission: "claim.create", run: (input, actor) => findCandidates(actor, input) },
    formDataToObject(formData),
  );
  return outcome.status === "ok" ? outcome.result : outcome;
}

// Step two: log every ticked candidate, all or none.
export async function logTickedClaims(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await throughTheDoor(
    { schema: pickedClaimsSchema, permission: "claim.create", run: (input, actor) => logPickedClaims(actor, input) },
    formDataToObject(formData),
  );
  if (outcome.status !== "ok") {
    if (outcome.status !== "invalid") return outcome;
    const fields = Object.keys(outcome.fieldErrors);
    // A refusal about no field (the article left the library) says its own reason.
    if (fields.length === 0) return outcome;
    // Nothing ticked is not a problem with a candidate: say what to do instead.
    const message = fields.every((field) => field === "pick")
      ? "Nothing was logged: tick the candidates to log first."
      : "Some ticked candidates need attention. Nothing was logged yet.";
    return { ...outcome, message };
  }
  revalidatePath("/desk/claims");
  // To the queue, naming exactly the claims logged (links to each): a state
  // filter would miss them once they are assigned and in research.
  redirect(loggedHref(outcome.result.map((claim) => claim.id)));
}
