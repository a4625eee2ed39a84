"use client";

import { useActionState } from "react";
import { TextInput } from "@/components/claims/claim-form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { askForReset } from "@/lib/accounts/recovery-actions";
import { idle } from "@/lib/form-state";

export function ResetRequestForm() {
  const [state, action] = useActionState(askForReset, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextInput state={state} required name="email" id="reset-email" label="Email of your desk account" type="email" autoComplete="username" />
      <SubmitButton pendingLabel="Sending…">Email me a reset link</SubmitButton>
    </form>
  );
}
