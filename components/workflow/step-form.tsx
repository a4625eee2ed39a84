"use client";

import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, idle } from "@/lib/form-state";

// One step of the workflow as a form: the claim and the version the editor
// saw, the step's own fields, and a question first when the step is hard to
// undo (unpublishing, archiving).
export function StepForm({
  action,
  claimId,
  version,
  label,
  submit,
  pending,
  confirm,
  tone = "secondary",
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  claimId: string;
  version: number;
  label: string;
  submit: string;
  pending: string;
  confirm?: string;
  tone?: "primary" | "secondary" | "danger";
  children?: (state: FormState) => ReactNode;
}) {
  const [state, run] = useActionState(action, idle);
  return (
    <form
      action={run}
      aria-label={label}
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      {children?.(state)}
      <SubmitButton tone={tone} pendingLabel={pending}>
        {submit}
      </SubmitButton>
    </form>
  );
}
