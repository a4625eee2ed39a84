"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { setNoticeEmails } from "./notice-preference";
import { NOTICE_EMAIL_LABELS, noticeEmailsSchema } from "./notice-schema";

// Every signed-in person sets their own choice, never anyone else's: the
// account changed is the one of the session, not one named in the form.
export const chooseNoticeEmails = formAction({
  schema: noticeEmailsSchema,
  permission: "account.self",
  run: (input, actor) => setNoticeEmails(actor.id, input.noticeEmails),
  success: (result) =>
    result.noticeEmails === "OFF" ? "Notice emails are off." : `Notice emails: ${NOTICE_EMAIL_LABELS[result.noticeEmails].label.toLowerCase()}.`,
  after: () => revalidatePath("/desk/account"),
});
