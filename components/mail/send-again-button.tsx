"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { sendMailAgain } from "@/lib/mail/actions";

// Stays on the page once the email is queued again (the button goes, since
// it can only be sent once more), so the confirmation is still there to read.
export function SendAgainButton({ mailId, available }: { mailId: string; available: boolean }) {
  const [state, action] = useActionState(sendMailAgain, idle);
  return (
    <form action={action} className="mt-4 space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="mailId" value={mailId} />
      {available ? (
        <SubmitButton tone="secondary" pendingLabel="Sending…">
          Send again
        </SubmitButton>
      ) : null}
    </form>
  );
}
