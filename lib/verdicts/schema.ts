import { z } from "zod";
import { claimRef, requiredText, textField } from "@/lib/form-fields";

// Proposing (or revising a proposal): the rating and the words a reader sees.
export const verdictSchema = z.object({
  ...claimRef,
  ratingId: z.string({ error: "Choose a rating." }).trim().min(1, { error: "Choose a rating." }),
  summary: requiredText(10, 280, "The summary", "Write a one-line summary of the verdict (at least 10 characters)."),
  reasoning: textField(20_000, "The reasoning").default(""),
});

export type VerdictInput = z.output<typeof verdictSchema>;

// Publishing approves exactly the stored proposal and nothing else: an editor
// who wants different words saves them as a new proposal, which someone else
// then approves (the two-person rule covers the published text, not only the ids).
export const publishSchema = z.object(claimRef);

export type PublishInput = z.output<typeof publishSchema>;

// The reasoning being written, for the desk's preview: rendered, never stored.
export const reasoningDraft = z.string().max(20_000);
