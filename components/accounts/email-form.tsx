"use client";

import { useActionState } from "react";
import { TextInput } from "@/components/claims/claim-form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeMyEmail } from "@/lib/accounts/account-actions";
import { idle } from "@/lib/form-state";
import { PasswordField } from "./password-field";

export function EmailForm() {
  const [state, action] = useActionState(changeMyEmail, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextInput
        state={state}
        required
        name="newEmail"
        id="account-new-email"
        label="New email"
        hint="We send a confirmation link there; the change applies when you follow it."
        type="email"
        autoComplete="email"
      />
      <PasswordField state={state} name="currentPassword" id="email-current-password" label="Your current password" autoComplete="current-password" />
      <SubmitButton tone="secondary" pendingLabel="Sending…">
        Send confirmation link
      </SubmitButton>
    </form>
  );
}
