"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { restoreEarlierValueAction } from "@/lib/history/actions";

// Puts back the value a field had before one change, as a new change of its
// own. The version is the one this page was rendered with: if someone changed
// the claim since, the restore is refused and says who did.
export function RestoreButton({
  claimId,
  version,
  revisionId,
  field,
  fieldLabel,
  changedAt,
}: {
  claimId: string;
  version: number;
  revisionId: string;
  field: string;
  fieldLabel: string;
  changedAt: string;
}) {
  const [state, action] = useActionState(restoreEarlierValueAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="field" value={field} />
      <SubmitButton tone="secondary" pendingLabel="Restoring…">
        Restore the earlier value
        <span className="sr-only">
          {" "}
          of {fieldLabel.toLowerCase()}, from before the change of {changedAt}
        </span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
