"use client";

import { useActionState, useRef, useState } from "react";
import { EditConflict } from "@/components/claims/edit-conflict";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, fieldError, idle, submittedValue } from "@/lib/form-state";
import { previewReasoning } from "@/lib/verdicts/actions";
import { PROPOSAL_PARTS } from "@/lib/verdicts/conflict";

type RatingChoice = { id: string; label: string; description: string };

// Used both to propose a verdict (reporter) and to approve and publish it
// (editor); the editor sees the proposal filled in and may adjust it.
export function VerdictForm({
  action,
  claimId,
  version,
  ratings,
  initial,
  submitLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  claimId: string;
  version: number;
  ratings: RatingChoice[];
  initial?: { ratingId: string; summary: string; reasoning: string };
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction] = useActionState(action, idle);
  const id = (name: string) => `${idPrefix}-${name}`;
  const reasoning = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  if (state.status === "conflict" && state.stored && state.values) {
    const opened = { id: claimId, version, ratingId: initial?.ratingId ?? "", summary: initial?.summary ?? "", reasoning: initial?.reasoning ?? "" };
    const names = { ratingId: Object.fromEntries(ratings.map((rating) => [rating.id, rating.label])) };
    return (
      <EditConflict
        message={state.message}
        typed={state.values}
        opened={opened}
        stored={state.stored}
        parts={PROPOSAL_PARTS}
        names={names}
        action={formAction}
      />
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <Field id={id("ratingId")} label="Rating" error={fieldError(state, "ratingId")} required>
        {(describedBy, invalid) => (
          // Keyed by its default: React applies a <select>'s defaultValue only
          // when it mounts and resets the form after each action, so without
          // the key a refused submit would put back the proposal's rating.
          <select
            key={submittedValue(state, "ratingId") ?? initial?.ratingId ?? ""}
            id={id("ratingId")}
            name="ratingId"
            className={inputClass}
            required
            defaultValue={submittedValue(state, "ratingId") ?? initial?.ratingId ?? ""}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            <option value="">Choose a rating…</option>
            {ratings.map((rating) => (
              <option key={rating.id} value={rating.id}>
                {rating.label}: {rating.description}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={id("summary")}
        label="One-line summary"
        error={fieldError(state, "summary")}
        required
        hint="What the record shows, in one sentence a reader can take away."
      >
        {(describedBy, invalid) => (
          <input
            id={id("summary")}
            name="summary"
            className={inputClass}
            required
            defaultValue={submittedValue(state, "summary") ?? initial?.summary}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id={id("reasoning")} label="Reasoning" error={fieldError(state, "reasoning")} hint="Markdown. Explain how the record supports the rating.">
        {(describedBy, invalid) => (
          <textarea
            ref={reasoning}
            id={id("reasoning")}
            name="reasoning"
            rows={6}
            className={inputClass}
            defaultValue={submittedValue(state, "reasoning") ?? initial?.reasoning}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <div>
        <button
          type="button"
          className="rounded border border-gray-500 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-gray-50"
          onClick={async () => setPreview(await previewReasoning(reasoning.current?.value ?? ""))}
        >
          Preview the reasoning
        </button>
        <div aria-live="polite">
          {preview !== null ? (
            <section aria-label="Preview of the reasoning" className="mt-2 rounded border border-dashed border-gray-400 p-3">
              {preview ? (
                // biome-ignore lint/security/noDangerouslySetInnerHtml: the preview is renderMarkdown output from the server, sanitised (tests/unit/markdown.test.ts)
                <div className="prose-verdict text-sm" dangerouslySetInnerHTML={{ __html: preview }} />
              ) : (
                <p className="text-sm text-muted">Nothing to preview yet.</p>
              )}
            </section>
          ) : null}
        </div>
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
