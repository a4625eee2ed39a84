"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/door";
import { refreshScalePages } from "@/lib/caching/refresh-scale-pages";
import { createRating, deleteRating, moveRating, restoreRating, retireRating, updateRating } from "@/lib/ratings/mutations";
import { editRatingSchema, moveRatingSchema, newRatingSchema, ratingRefSchema } from "@/lib/ratings/schema";

const FIELD_NAMES: Record<string, string> = {
  label: "label",
  description: "description",
  value: "value",
  colour: "colour",
  appliesTo: "what it applies to",
};

export const addRating = formAction({
  schema: newRatingSchema,
  permission: "scale.manage",
  run: (input, actor) => createRating(actor, input),
  success: (rating) => `Added “${rating.label}” at the end of the scale.`,
  after: refreshScalePages,
});

export const saveRating = formAction({
  schema: editRatingSchema,
  permission: "scale.manage",
  run: (input, actor) => updateRating(actor, input),
  success: ({ rating, changes }) => {
    const changed = Object.keys(changes).map((field) => FIELD_NAMES[field] ?? field);
    return changed.length === 0 ? `Nothing to save: “${rating.label}” is unchanged.` : `Saved “${rating.label}”: changed the ${changed.join(", ")}.`;
  },
  after: async ({ changes }) => {
    if (Object.keys(changes).length > 0) await refreshScalePages();
  },
});

export const moveRatingOnScale = formAction({
  schema: moveRatingSchema,
  permission: "scale.manage",
  run: (input, actor) => moveRating(actor, input),
  success: ({ rating, position, of }) => `Moved “${rating.label}”: now ${position} of ${of}.`,
  after: refreshScalePages,
});

export const retireRatingFromScale = formAction({
  schema: ratingRefSchema,
  permission: "scale.manage",
  run: (input, actor) => retireRating(actor, input),
  success: (rating) => `Retired “${rating.label}”. It is no longer offered for new verdicts; verdicts that use it keep it.`,
  after: refreshScalePages,
});

export const restoreRatingToScale = formAction({
  schema: ratingRefSchema,
  permission: "scale.manage",
  run: (input, actor) => restoreRating(actor, input),
  success: (rating) => `Restored “${rating.label}” to the scale.`,
  after: refreshScalePages,
});

// The deleted rating's controls go with it, so the outcome is shown by the
// page it returns to.
export const deleteRatingFromScale = formAction({
  schema: ratingRefSchema,
  permission: "scale.manage",
  run: (input, actor) => deleteRating(actor, input),
  success: (rating) => `Deleted “${rating.label}”.`,
  after: async (rating) => {
    await refreshScalePages();
    redirect(`/desk/admin/scale?deleted=${encodeURIComponent(rating.label)}`);
  },
});
