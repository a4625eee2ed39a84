import { z } from "zod";

// The three ways a person can hear of their desk notices by email.
export const NOTICE_EMAIL_CHOICES = ["AT_ONCE", "DAILY_DIGEST", "OFF"] as const;
export type NoticeEmailsChoice = (typeof NOTICE_EMAIL_CHOICES)[number];

export const NOTICE_EMAIL_LABELS: Record<NoticeEmailsChoice, { label: string; hint: string }> = {
  AT_ONCE: { label: "At once", hint: "An email for each notice, as it happens." },
  DAILY_DIGEST: { label: "Daily digest", hint: "One email a day listing the notices you have not read yet." },
  OFF: { label: "Off", hint: "No notice emails; notices stay on the desk." },
};

export const noticeEmailsSchema = z.object({
  noticeEmails: z.enum(NOTICE_EMAIL_CHOICES, { error: "Choose at once, a daily digest or off." }),
});
