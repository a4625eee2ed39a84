import { z } from "zod";
import { claimRef, optionalText, requiredText } from "@/lib/form-fields";

export const CORRECTION_KINDS = ["CORRECTION", "UPDATE", "CLARIFICATION"] as const;
export const CORRECTION_KIND_LABELS: Record<(typeof CORRECTION_KINDS)[number], string> = {
  CORRECTION: "Correction",
  UPDATE: "Update",
  CLARIFICATION: "Clarification",
};

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
});

export type CorrectionInput = z.output<typeof correctionSchema>;

// The public corrections list's address: a page number, 1 when unreadable.
export const correctionsPageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
