import { z } from "zod";
import { requiredText } from "@/lib/form-fields";
import type { RatingScope } from "@/lib/generated/prisma/enums";
import { badgeContrast, formatRatio, HEX_COLOUR, MIN_BADGE_CONTRAST } from "@/lib/ratings/contrast";

// One schema per scale form, used by the server actions and by the forms for
// their hints. Importable from client components.

// The label is what the badge shows, inline in lists, cards and embeds: long
// enough for "Did not come true", short enough to stay one badge on a phone.
export const LABEL_MAX = 40;
// Shown beside the badge on the methodology page: a sentence or two.
export const DESCRIPTION_MAX = 300;
// ClaimReview's ratingValue, with worstRating 1 and bestRating 5.
export const VALUE_MIN = 1;
export const VALUE_MAX = 5;

export const RATING_SCOPES = ["STATEMENT", "FORECAST", "ALL"] as const satisfies readonly RatingScope[];
export type { RatingScope };

export const SCOPE_LABELS: Record<RatingScope, string> = {
  STATEMENT: "Statements",
  FORECAST: "Predictions and promises",
  ALL: "Both",
};

const valueError = `Choose a value from ${VALUE_MIN} (worst) to ${VALUE_MAX} (best), or “Not rated”.`;

const ratingFields = {
  label: requiredText(1, LABEL_MAX, "The label", "Give the rating a label."),
  description: requiredText(1, DESCRIPTION_MAX, "The description", "Say what the rating means."),
  // From a <select>: "" is "not rated" (no ClaimReview value, as for Pending).
  value: z
    .string({ error: valueError })
    .trim()
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(z.number({ error: valueError }).int({ error: valueError }).min(VALUE_MIN, { error: valueError }).max(VALUE_MAX, { error: valueError }).nullable()),
  colour: z
    .string({ error: "Choose a colour." })
    .trim()
    .toLowerCase()
    .regex(HEX_COLOUR, { error: "Write the colour as # and six hexadecimal digits, for example #1d4ed8." })
    .check((context) => {
      const colour = context.value;
      // The format check above has already spoken for anything else.
      if (!HEX_COLOUR.test(colour)) return;
      const ratio = badgeContrast(colour);
      if (ratio < MIN_BADGE_CONTRAST) {
        context.issues.push({
          code: "custom",
          input: colour,
          message: `White badge text on ${colour} has a contrast of only ${formatRatio(ratio)}; it needs at least ${MIN_BADGE_CONTRAST}:1 to stay readable. Choose a darker colour.`,
        });
      }
    }),
  appliesTo: z.enum(RATING_SCOPES, { error: "Choose whether it applies to statements, predictions and promises, or both." }),
};

const ratingId = z.string({ error: "No rating given." }).trim().min(1, { error: "No rating given." });

export const editRatingSchema = z.object({ ratingId, ...ratingFields });
export const newRatingSchema = editRatingSchema.omit({ ratingId: true });
export const moveRatingSchema = z.object({
  ratingId,
  direction: z.enum(["up", "down"], { error: "Say whether to move the rating up or down." }),
});
// Retire, restore, delete: which rating is all they need.
export const ratingRefSchema = z.object({ ratingId });

export type NewRatingInput = z.output<typeof newRatingSchema>;
export type EditRatingInput = z.output<typeof editRatingSchema>;
export type MoveRatingInput = z.output<typeof moveRatingSchema>;
export type RatingRef = z.output<typeof ratingRefSchema>;
