"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeMyPassword } from "@/lib/accounts/account-actions";
import { idle } from "@/lib/form-state";
import { PASSWORD_MIN } from "@/lib/users/schema";
import { PasswordField } from "./password-field";

export function PasswordChangeForm() {
  const [state, action] = useActionState(changeMyPassword, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <PasswordField state={state} name="currentPassword" id="current-password" label="Current password" autoComplete="current-password" />
      <PasswordField
        state={state}
        name="password"
        id="new-password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        autoComplete="new-password"
      />
      <PasswordField state={state} name="repeatPassword" id="repeat-new-password" label="New password again" autoComplete="new-password" />
      <SubmitButton tone="secondary" pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
