"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { attachEvidence, createSource } from "@/lib/sources/mutations";
import { evidenceSchema, newSourceSchema } from "@/lib/sources/schema";

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
