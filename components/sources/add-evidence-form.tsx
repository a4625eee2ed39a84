"use client";

import { useActionState, useEffect, useState } from "react";
import { type SourceChoice, SourceFields } from "@/components/sources/source-fields";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { STANCE_LABELS, STANCES } from "@/lib/claims/labels";
import { fieldError, idle, submittedValue } from "@/lib/form-state";
import { addEvidence } from "@/lib/sources/actions";

// "Add to the record" on a claim: a source from the library, or a new one,
// with the stance it takes and the passage relied on.
export function AddEvidenceForm({ claimId, library }: { claimId: string; library: SourceChoice[] }) {
  const [state, action] = useActionState(addEvidence, idle);
  // Uncontrolled with a key (see SourceFields): the state only decides whether
  // the new-source fields show.
  const submittedSource = submittedValue(state, "sourceId") ?? "";
  const [sourceId, setSourceId] = useState(submittedSource);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer of the form (state) resets the choice to what was submitted, even when that is unchanged
  useEffect(() => setSourceId(submittedSource), [state, submittedSource]);
  const stance = submittedValue(state, "stance");
  return (
    <form action={action} className="space-y-4" noValidate aria-labelledby="add-evidence-heading">
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <Field
        id="evidence-source"
        label="Source from the library"
        error={fieldError(state, "sourceId")}
        hint="Or leave this empty and describe a new source below."
      >
        {(describedBy, invalid) => (
          <select
            key={submittedSource}
            id="evidence-source"
            name="sourceId"
            className={inputClass}
            defaultValue={submittedSource}
            onChange={(event) => setSourceId(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            <option value="">A new source…</option>
            {library.map((source) => (
              <option key={source.id} value={source.id}>
                {source.publisher ? `${source.title} (${source.publisher})` : source.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {sourceId === "" ? <SourceFields state={state} idPrefix="evidence" originals={library} /> : null}
      <fieldset aria-describedby={fieldError(state, "stance") ? "evidence-stance-error" : undefined}>
        <legend className="text-sm font-medium">
          What it does for the claim <span className="text-muted">(required)</span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-5">
          {STANCES.map((value) => (
            <label key={`${value}-${stance ?? ""}`} className="flex items-center gap-2">
              <input type="radio" name="stance" value={value} defaultChecked={stance === value} /> {STANCE_LABELS[value]}
            </label>
          ))}
        </div>
        {fieldError(state, "stance") ? (
          <p id="evidence-stance-error" className="text-sm font-medium text-red-700">
            {fieldError(state, "stance")}
          </p>
        ) : null}
      </fieldset>
      <Field id="evidence-passage" label="The passage relied on" error={fieldError(state, "passage")} hint="Quote the exact words of the source.">
        {(describedBy, invalid) => (
          <textarea
            id="evidence-passage"
            name="passage"
            rows={3}
            className={inputClass}
            defaultValue={submittedValue(state, "passage")}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id="evidence-note" label="Note (shown to readers)" error={fieldError(state, "note")}>
        {(describedBy, invalid) => (
          <input
            id="evidence-note"
            name="note"
            className={inputClass}
            defaultValue={submittedValue(state, "note")}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <SubmitButton pendingLabel="Adding…">Add to the record</SubmitButton>
    </form>
  );
}
