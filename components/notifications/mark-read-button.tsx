"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { markNotificationsRead } from "@/lib/notifications/actions";

// Marks one notice read, or all of them when no id is given.
export function MarkReadButton({ notificationId, label }: { notificationId?: string; label: string }) {
  const [state, action] = useActionState(markNotificationsRead, idle);
  return (
    <form action={action} className="mt-1">
      {notificationId ? <input type="hidden" name="notificationId" value={notificationId} /> : null}
      <SubmitButton tone="secondary" pendingLabel="Marking…">
        {label}
      </SubmitButton>
      {state.status !== "idle" && state.status !== "success" ? <FormMessage state={state} /> : null}
    </form>
  );
}
