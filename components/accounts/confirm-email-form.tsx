"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmNewEmail } from "@/lib/accounts/recovery-actions";
import { idle } from "@/lib/form-state";

// A button rather than a change on opening the page: mail scanners open every
// link in a message, and must not confirm the address on the person's behalf.
export function ConfirmEmailForm({ token, newEmail }: { token: string; newEmail: string }) {
  const [state, action] = useActionState(confirmNewEmail, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirming…">Use {newEmail} for my desk account</SubmitButton>
    </form>
  );
}
