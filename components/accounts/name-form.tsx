"use client";

import { useActionState } from "react";
import { TextInput } from "@/components/claims/claim-form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { renameMe } from "@/lib/accounts/account-actions";
import { idle } from "@/lib/form-state";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState(renameMe, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextInput
        state={state}
        required
        name="name"
        id="account-name"
        label="Your name"
        hint="As colleagues see it on claims, assignments and the audit log."
        autoComplete="name"
        defaultValue={name}
      />
      <SubmitButton tone="secondary">Save name</SubmitButton>
    </form>
  );
}
