"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { dismissJob, retryJob, runJob } from "@/lib/jobs/actions";

export function RunJobButton({ name }: { name: string }) {
  const [state, action] = useActionState(runJob, idle);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="name" value={name} />
      <SubmitButton tone="secondary" pendingLabel="Asking…">
        Run “{name}” now
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function FailedJobButtons({ id, name }: { id: string; name: string }) {
  const [retryState, retryAction] = useActionState(retryJob, idle);
  const [dismissState, dismissAction] = useActionState(dismissJob, idle);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <form action={retryAction}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton tone="secondary" pendingLabel="Retrying…">
            Try “{name}” again
          </SubmitButton>
        </form>
        <form
          action={dismissAction}
          onSubmit={(event) => {
            // Dismissing forgets the job and its error for good: ask first.
            if (!window.confirm(`Dismiss this failed "${name}" job? Its error will no longer be listed.`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={id} />
          <SubmitButton tone="danger" pendingLabel="Dismissing…">
            Dismiss
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={retryState.status !== "idle" ? retryState : dismissState} />
    </div>
  );
}
