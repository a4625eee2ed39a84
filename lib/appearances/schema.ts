import { z } from "zod";
import { checkbox, claimId, dateInput, optionalText, timeOfDay, timeZone } from "@/lib/form-fields";

// One place where a claim was made or repeated: the link, and when it was seen.

const appearanceUrl = z
  .string({ error: "Give the link to where it was said." })
  .trim()
  .min(1, { error: "Give the link to where it was said." })
  .max(2000, { error: "The link must be at most 2000 characters." })
  .pipe(z.url({ protocol: /^https?$/, error: "The link must be a full web address starting with http:// or https://." }));

export const newAppearanceSchema = z.object({
  claimId,
  appearanceUrl,
  appearanceTitle: optionalText(300, "The title"),
  venue: optionalText(200, "Where it was said"),
  madeAt: dateInput("when it was said"),
  madeAtTime: timeOfDay,
  timeZone,
  markFirst: checkbox,
});

export type NewAppearanceInput = z.output<typeof newAppearanceSchema>;

export const appearanceRefSchema = z.object({
  claimId,
  appearanceId: z.string({ error: "No appearance given." }).trim().min(1, { error: "No appearance given." }),
});

export type AppearanceRef = z.output<typeof appearanceRefSchema>;
