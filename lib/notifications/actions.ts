"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/door";
import { markRead } from "@/lib/notifications/mutations";

export const markNotificationsRead = formAction({
  schema: z.object({ notificationId: z.string().trim().max(100).optional().transform((value) => value || undefined) }),
  permission: "desk.view",
  run: (input, actor) => markRead(actor, input),
  success: (result) => (result.marked === 1 ? "Marked as read." : `Marked ${result.marked} notices as read.`),
  after: () => revalidatePath("/desk", "layout"),
});
