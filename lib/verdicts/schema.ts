import { z } from "zod";

// Proposing and publishing share one shape: the editor may adjust the
// reporter's proposal while approving it.
export const verdictSchema = z.object({
  claimId: z.string({ error: "No claim given." }).trim().min(1, { error: "No claim given." }),
  version: z.coerce.number({ error: "Reload the page and try again." }).int().positive(),
  ratingId: z.string({ error: "Choose a rating." }).trim().min(1, { error: "Choose a rating." }),
  summary: z
    .string({ error: "Write a one-line summary of the verdict." })
    .trim()
    .min(10, { error: "Write a one-line summary of the verdict (at least 10 characters)." })
    .max(280, { error: "Keep the summary to one line (at most 280 characters)." }),
  reasoning: z.string().trim().max(20_000, { error: "The reasoning must be at most 20,000 characters." }).default(""),
});

export type VerdictInput = z.output<typeof verdictSchema>;
