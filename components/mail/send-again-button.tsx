"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { sendMailAgain } from "@/lib/mail/actions";

export function SendAgainButton({ mailId }: { mailId: string }) {
  const [state, action] = useActionState(sendMailAgain, idle);
  return (
    <form action={action} className="mt-4 space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="mailId" value={mailId} />
      <SubmitButton tone="secondary" pendingLabel="Sending…">
        Send again
      </SubmitButton>
    </form>
  );
}
