import { z } from "zod";
import { claimRef, requiredText } from "@/lib/form-fields";

// The forms that move a claim along: each names the claim and the version
// the person saw, so two editors acting at once never both win.

const reason = (what: string) => requiredText(5, 1000, "The reason", `Say why ${what} (at least 5 characters).`);

export const assignSchema = z.object({
  ...claimRef,
  // Empty means "nobody": the claim goes back to the pool.
  assigneeId: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || null),
});
export type AssignInput = z.output<typeof assignSchema>;

export const takeSchema = z.object(claimRef);
export type TakeInput = z.output<typeof takeSchema>;

export const sendBackSchema = z.object({ ...claimRef, comments: reason("it goes back") });
export type SendBackInput = z.output<typeof sendBackSchema>;

export const unpublishSchema = z.object({ ...claimRef, reason: reason("it comes down") });
export type UnpublishInput = z.output<typeof unpublishSchema>;

export const archiveSchema = z.object({
  ...claimRef,
  reason: reason("it is archived"),
  // When archived as a duplicate: the claim it repeats (its address on the desk or its id).
  duplicateOf: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((value) => value || undefined),
});
export type ArchiveInput = z.output<typeof archiveSchema>;

export const reopenSchema = z.object(claimRef);
export type ReopenInput = z.output<typeof reopenSchema>;
