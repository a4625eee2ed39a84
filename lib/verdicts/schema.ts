import { z } from "zod";
import { claimRef } from "@/lib/form-fields";

// Proposing (or revising a proposal): the rating and the words a reader sees.
export const verdictSchema = z.object({
  ...claimRef,
  ratingId: z.string({ error: "Choose a rating." }).trim().min(1, { error: "Choose a rating." }),
  summary: z
    .string({ error: "Write a one-line summary of the verdict." })
    .trim()
    .min(10, { error: "Write a one-line summary of the verdict (at least 10 characters)." })
    .max(280, { error: "Keep the summary to one line (at most 280 characters)." }),
  reasoning: z.string().trim().max(20_000, { error: "The reasoning must be at most 20,000 characters." }).default(""),
});

export type VerdictInput = z.output<typeof verdictSchema>;

// Publishing approves exactly the stored proposal and nothing else: an editor
// who wants different words saves them as a new proposal, which someone else
// then approves (the two-person rule covers the published text, not only the ids).
export const publishSchema = z.object(claimRef);

export type PublishInput = z.output<typeof publishSchema>;
