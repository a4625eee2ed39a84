"use client";

import { useEffect, useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES, type SourceType } from "@/lib/claims/labels";
import { type FormState, fieldError, submittedValue } from "@/lib/form-state";

export type SourceChoice = { id: string; title: string; publisher: string | null };

// The fields that describe an item of the record, shared by the library's
// "Add a source" form and the claim page's "Add to the record" form. The
// market-odds fields appear when the kind is market odds.
export function SourceFields({ state, idPrefix, originals }: { state: FormState; idPrefix: string; originals: SourceChoice[] }) {
  // Uncontrolled with a key, like every other field: React resets a form after
  // each action, and a controlled <select> would then show one kind while the
  // form submits another. The state only decides whether the market fields show.
  const submittedType = submittedValue(state, "type") ?? "";
  const [type, setType] = useState<string>(submittedType);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer of the form (state) resets the choice to what was submitted, even when that is unchanged
  useEffect(() => setType(submittedType), [state, submittedType]);
  const id = (name: string) => `${idPrefix}-${name}`;
  const text = (name: string, label: string, options: { hint?: string; type?: string; required?: boolean } = {}) => (
    <Field id={id(name)} label={label} hint={options.hint} error={fieldError(state, name)} required={options.required}>
      {(describedBy, invalid) => (
        <input
          id={id(name)}
          name={name}
          type={options.type ?? "text"}
          className={inputClass}
          defaultValue={submittedValue(state, name)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        {text("title", "Title", { required: true })}
        <Field id={id("type")} label="Kind of source" error={fieldError(state, "type")} required>
          {(describedBy, invalid) => (
            <select
              key={submittedType}
              id={id("type")}
              name="type"
              className={inputClass}
              defaultValue={submittedType}
              onChange={(event) => setType(event.target.value as SourceType)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <option value="">Choose…</option>
              {SOURCE_TYPES.map((value) => (
                <option key={value} value={value}>
                  {SOURCE_TYPE_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("publisher", "Publisher or outlet")}
        {text("publishedAt", "Published on", { type: "date" })}
      </div>
      {text("url", "Link", { type: "url", hint: "The page to archive and to link from the verdict page." })}
      <Field id={id("excerpt")} label="Excerpt" error={fieldError(state, "excerpt")} hint="A short extract that shows what the source says.">
        {(describedBy, invalid) => (
          <textarea
            id={id("excerpt")}
            name="excerpt"
            rows={2}
            className={inputClass}
            defaultValue={submittedValue(state, "excerpt")}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      {type === "MARKET_ODDS" ? (
        <fieldset className="grid gap-4 rounded border border-rule p-3 md:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">Market odds</legend>
          {text("marketName", "Market", { required: true })}
          {text("marketOutcome", "Outcome", { required: true })}
          {text("marketProbability", "Implied probability", { required: true, hint: "0.38 or 38%" })}
          {text("marketObservedAt", "Observed on", { type: "date", required: true })}
        </fieldset>
      ) : null}
      <Field
        id={id("derivedFromId")}
        label="A copy of another source?"
        error={fieldError(state, "derivedFromId")}
        hint="For a repost or a syndicated wire copy: choose the original, so it is not counted twice."
      >
        {(describedBy, invalid) => (
          <select
            key={submittedValue(state, "derivedFromId") ?? ""}
            id={id("derivedFromId")}
            name="derivedFromId"
            className={inputClass}
            defaultValue={submittedValue(state, "derivedFromId") ?? ""}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            <option value="">No, it is an original</option>
            {originals.map((source) => (
              <option key={source.id} value={source.id}>
                {source.publisher ? `${source.title} (${source.publisher})` : source.title}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
