"use client";

import { useActionState } from "react";
import { Select, TextArea } from "@/components/claims/claim-form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { STANCE_LABELS, STANCES, type Stance } from "@/lib/claims/labels";
import { idle } from "@/lib/form-state";
import { changeEvidenceAction, removeEvidenceAction } from "@/lib/sources/actions";

// Fixing one item of the record: a stance chosen wrongly, a passage to
// requote, a note; or taking the source off this claim (it stays in the library).
export function EvidenceControls({
  claimId,
  item,
}: {
  claimId: string;
  item: { id: string; stance: Stance; passage: string | null; note: string | null; title: string };
}) {
  const [changeState, change] = useActionState(changeEvidenceAction, idle);
  const [removeState, remove] = useActionState(removeEvidenceAction, idle);
  const prefix = `evidence-${item.id}`;
  return (
    <details className="mt-2 text-sm" open={changeState.status === "invalid"}>
      <summary className="cursor-pointer">
        Change or remove<span className="sr-only"> {item.title}</span>
      </summary>
      <form action={change} className="mt-2 space-y-3" noValidate aria-label={`Change ${item.title}`}>
        <FormMessage state={changeState} />
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="evidenceId" value={item.id} />
        <Select
          state={changeState}
          name="stance"
          label="What the source does for the claim"
          placeholder="Choose…"
          defaultValue={item.stance}
          options={STANCES.map((value) => ({ value, label: STANCE_LABELS[value] }))}
          idPrefix={prefix}
        />
        <TextArea state={changeState} name="passage" label="The passage relied on" defaultValue={item.passage ?? ""} rows={2} idPrefix={prefix} />
        <TextArea state={changeState} name="note" label="Note (shown to readers)" defaultValue={item.note ?? ""} rows={2} idPrefix={prefix} />
        <SubmitButton tone="secondary" pendingLabel="Saving…">
          Save changes<span className="sr-only"> to {item.title}</span>
        </SubmitButton>
      </form>
      <form
        action={remove}
        className="mt-3"
        aria-label={`Remove ${item.title}`}
        onSubmit={(event) => {
          if (!window.confirm(`Remove “${item.title}” from this claim's record? It stays in the source library.`)) event.preventDefault();
        }}
      >
        <FormMessage state={removeState} />
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="evidenceId" value={item.id} />
        <SubmitButton tone="danger" pendingLabel="Removing…">
          Remove from the record<span className="sr-only">: {item.title}</span>
        </SubmitButton>
      </form>
    </details>
  );
}
