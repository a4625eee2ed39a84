"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { approveAndPublish } from "@/lib/verdicts/actions";

// Approves the proposal shown above it, exactly as stored. The version ties
// the approval to what the editor read: if the proposal changed meanwhile,
// publishing is refused with a conflict instead of publishing unseen words.
export function PublishForm({ claimId, version }: { claimId: string; version: number }) {
  const [state, action] = useActionState(approveAndPublish, idle);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel="Publishing…">Publish verdict</SubmitButton>
    </form>
  );
}
