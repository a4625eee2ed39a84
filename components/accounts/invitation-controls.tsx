"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { resendInvite, revokeInvite } from "@/lib/accounts/invitation-actions";
import { idle } from "@/lib/form-state";

// For an invitation nobody has accepted yet: send a fresh link (the old one
// stops working), or take the invitation back.
export function InvitationControls({ invitee }: { invitee: { id: string; name: string } }) {
  const [resendState, resendAction] = useActionState(resendInvite, idle);
  const [revokeState, revokeAction] = useActionState(revokeInvite, idle);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <form action={resendAction}>
          <input type="hidden" name="userId" value={invitee.id} />
          <SubmitButton tone="secondary" pendingLabel="Sending…">
            Resend invitation to {invitee.name}
          </SubmitButton>
        </form>
        <form
          action={revokeAction}
          onSubmit={(event) => {
            if (!window.confirm(`Revoke ${invitee.name}'s invitation? Their link stops working at once.`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="userId" value={invitee.id} />
          <SubmitButton tone="danger" pendingLabel="Revoking…">
            Revoke invitation for {invitee.name}
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={revokeState.status !== "idle" ? revokeState : resendState} />
    </div>
  );
}
