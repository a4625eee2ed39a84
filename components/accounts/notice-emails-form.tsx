"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { chooseNoticeEmails } from "@/lib/mail/actions";
import { NOTICE_EMAIL_CHOICES, NOTICE_EMAIL_LABELS, type NoticeEmailsChoice } from "@/lib/mail/notice-schema";

// How desk notices (assigned to you, sent back, published) reach the person
// by email; the choice itself is kept by lib/mail/.
export function NoticeEmailsForm({ choice }: { choice: NoticeEmailsChoice }) {
  const [state, action] = useActionState(chooseNoticeEmails, idle);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Email me my desk notices</legend>
        {NOTICE_EMAIL_CHOICES.map((value) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            {/* Keyed by the stored choice: defaultChecked applies only on mount. */}
            <input key={`${value}-${choice}`} type="radio" name="noticeEmails" value={value} defaultChecked={value === choice} className="mt-1" />
            <span>
              <span className="font-medium">{NOTICE_EMAIL_LABELS[value].label}</span>
              <span className="block text-muted">{NOTICE_EMAIL_LABELS[value].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <SubmitButton tone="secondary">Save notice emails</SubmitButton>
    </form>
  );
}
