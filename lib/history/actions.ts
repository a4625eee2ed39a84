"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { restoreEarlierValue } from "@/lib/history/restore";
import { restoreSchema } from "@/lib/history/restore-schema";

// Only claims before publication can be restored (the policy refuses the
// rest), so no public page shows what changes here.
export const restoreEarlierValueAction = formAction({
  schema: restoreSchema,
  permission: "claim.edit",
  run: (input, actor) => restoreEarlierValue(actor, input),
  success: (restored) => `Restored the earlier value of ${restored.label.toLowerCase()}. The history has a new entry for it.`,
  after: (restored) => {
    revalidatePath(`/desk/claims/${restored.id}`);
    revalidatePath(`/desk/claims/${restored.id}/history`);
  },
});
