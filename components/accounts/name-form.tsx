"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { renameMe } from "@/lib/accounts/account-actions";
import { idle } from "@/lib/form-state";
import { TextField } from "./text-field";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState(renameMe, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        state={state}
        name="name"
        id="account-name"
        label="Your name"
        hint="As colleagues see it on claims, assignments and the audit log."
        autoComplete="name"
        stored={name}
      />
      <SubmitButton tone="secondary">Save name</SubmitButton>
    </form>
  );
}
