"use server";

import { revalidatePath } from "next/cache";
import { type AppearanceChange, addAppearance, markFirstAppearance, removeAppearance } from "@/lib/appearances/mutations";
import { appearanceRefSchema, newAppearanceSchema } from "@/lib/appearances/schema";
import { formAction } from "@/lib/auth/door";
import { refreshPublicPagesFor } from "@/lib/caching/refresh-public-pages";
import { returnToClaim } from "@/lib/claims/outcomes";

async function refresh(claim: AppearanceChange) {
  revalidatePath(`/desk/claims/${claim.id}`);
  if (claim.published) await refreshPublicPagesFor(claim);
}

// Used on the claim page, and from the log form when the reporter finds the
// claim already logged: either way they land on that claim.
export const addAppearanceAction = formAction({
  schema: newAppearanceSchema,
  permission: "appearance.add",
  run: (input, actor) => addAppearance(actor, input),
  after: async (claim) => {
    await refresh(claim);
    returnToClaim(claim.id, "appearance-added");
  },
});

export const markFirstAppearanceAction = formAction({
  schema: appearanceRefSchema,
  permission: "claim.edit",
  run: (input, actor) => markFirstAppearance(actor, input),
  success: "Marked as the first appearance.",
  after: refresh,
});

export const removeAppearanceAction = formAction({
  schema: appearanceRefSchema,
  permission: "claim.edit",
  run: (input, actor) => removeAppearance(actor, input),
  success: "Appearance removed.",
  after: refresh,
});
