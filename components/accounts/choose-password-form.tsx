"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { idle } from "@/lib/form-state";
import { PASSWORD_MIN } from "@/lib/users/schema";
import { PasswordField } from "./password-field";

// Choosing a password from an emailed link: joining from an invitation, or
// a reset. The token rides along in a hidden field; the link itself is only
// used when this form is sent.
export function ChoosePasswordForm({
  token,
  action,
  submitLabel,
}: {
  token: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <PasswordField
        state={state}
        name="password"
        id="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a good one.`}
        autoComplete="new-password"
      />
      <PasswordField state={state} name="repeatPassword" id="repeat-password" label="New password again" autoComplete="new-password" />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
