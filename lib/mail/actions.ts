"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { queueJob } from "@/lib/jobs/queue";
import { setNoticeEmails } from "./notice-preference";
import { NOTICE_EMAIL_LABELS, noticeEmailsSchema } from "./notice-schema";
import { sendAgainSchema } from "./schema";
import { sendAgain } from "./send-again";

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

// An admin puts a failed (or, once a mail server is set up, a held) email
// back in the queue, and asks for a delivery run at once.
export const sendMailAgain = formAction({
  schema: sendAgainSchema,
  permission: "outbox.send",
  run: (input, actor) => sendAgain(actor, input),
  success: (mail) => `The email to ${mail.recipient} is back in the queue and will be sent in a moment.`,
  after: async (mail) => {
    await queueJob("deliver-mail");
    revalidatePath("/desk/admin/outbox");
    revalidatePath(`/desk/admin/outbox/${mail.id}`);
  },
});
