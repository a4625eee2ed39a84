import { z } from "zod";
import { CORRECTION_KINDS } from "@/lib/corrections/labels";
import { claimRef, optionalText, requiredText } from "@/lib/form-fields";

export { CORRECTION_KIND_LABELS, CORRECTION_KINDS } from "@/lib/corrections/labels";

// A change to a published verdict, with the note readers will see. The
// rating may change with it (a correction that changes the verdict), or stay.
export const correctionSchema = z.object({
  ...claimRef,
  kind: z.enum(CORRECTION_KINDS, { error: "Choose correction, update or clarification." }),
  note: requiredText(20, 2000, "The note", "Write the note readers will see: what changed and why (at least 20 characters)."),
  // Empty: the rating stays as it is.
  ratingId: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
  summary: optionalText(280, "The summary"),
  // The form shows the reasoning as published, to be edited in place; the
  // same text sent back (or nothing) keeps it. Same limit as a proposal's.
  reasoning: optionalText(20_000, "The reasoning"),
});

export type CorrectionInput = z.output<typeof correctionSchema>;

// The public corrections list's address: a page number, 1 when unreadable.
export const correctionsPageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
