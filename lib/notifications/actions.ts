"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { markRead } from "@/lib/notifications/mutations";
import { markReadSchema } from "@/lib/notifications/schema";

export const markNotificationsRead = formAction({
  schema: markReadSchema,
  permission: "desk.view",
  run: (input, actor) => markRead(actor, input),
  success: (result) => (result.marked === 1 ? "Marked as read." : `Marked ${result.marked} notices as read.`),
  after: () => revalidatePath("/desk", "layout"),
});
