"use client";

import { ColourField } from "@/components/scale/colour-field";
import { Field, inputClass } from "@/components/ui/field";
import { type FormState, fieldError, submittedValue } from "@/lib/form-state";
import type { RatingScope } from "@/lib/ratings/schema";
import { DESCRIPTION_MAX, LABEL_MAX, RATING_SCOPES, SCOPE_LABELS, VALUE_MAX, VALUE_MIN } from "@/lib/ratings/schema";

export type RatingDraft = { label: string; description: string; value: number | null; colour: string; appliesTo: RatingScope };

const VALUE_OPTIONS = [
  { value: "", label: "Not rated (no ClaimReview value)" },
  ...Array.from({ length: VALUE_MAX - VALUE_MIN + 1 }, (_, index) => {
    const value = VALUE_MIN + index;
    const end = value === VALUE_MIN ? " (worst)" : value === VALUE_MAX ? " (best)" : "";
    return { value: String(value), label: `${value}${end}` };
  }),
];

// The fields of one rating, for the add form and each edit form. Every field
// keeps what was typed when the form is refused, and shows its error beside it.
export function RatingFields({ idPrefix, state, initial }: { idPrefix: string; state: FormState; initial: RatingDraft }) {
  const id = (field: string) => `${idPrefix}-${field}`;
  const value = (field: keyof RatingDraft, stored: string) => submittedValue(state, field) ?? stored;
  const chosenValue = value("value", initial.value === null ? "" : String(initial.value));
  const chosenScope = value("appliesTo", initial.appliesTo);
  const colour = value("colour", initial.colour);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={id("label")} label="Label" hint={`Shown on the badge; at most ${LABEL_MAX} characters.`} error={fieldError(state, "label")} required>
        {(describedBy, invalid) => (
          <input
            id={id("label")}
            name="label"
            className={inputClass}
            defaultValue={value("label", initial.label)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id={id("appliesTo")} label="Applies to" error={fieldError(state, "appliesTo")} required>
        {(describedBy, invalid) => (
          // Keyed by its default: React applies a <select>'s defaultValue only
          // when it mounts, and resets the form after each action.
          <select
            key={chosenScope}
            id={id("appliesTo")}
            name="appliesTo"
            className={inputClass}
            defaultValue={chosenScope}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            {RATING_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {SCOPE_LABELS[scope]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="md:col-span-2">
        <Field
          id={id("description")}
          label="Description"
          hint={`What the rating means, as the methodology page shows it; at most ${DESCRIPTION_MAX} characters.`}
          error={fieldError(state, "description")}
          required
        >
          {(describedBy, invalid) => (
            <textarea
              id={id("description")}
              name="description"
              rows={2}
              className={inputClass}
              defaultValue={value("description", initial.description)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      </div>
      <Field
        id={id("value")}
        label="Value"
        hint={`ClaimReview rating value, ${VALUE_MIN} worst to ${VALUE_MAX} best.`}
        error={fieldError(state, "value")}
        required
      >
        {(describedBy, invalid) => (
          <select
            key={chosenValue}
            id={id("value")}
            name="value"
            className={inputClass}
            defaultValue={chosenValue}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            {VALUE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* Keyed by the colour it starts from, so a saved change or a refused
          submission shows what is stored or was typed, not a stale draft. */}
      <ColourField key={colour} id={id("colour")} initial={colour} previewLabel={initial.label || "Preview"} error={fieldError(state, "colour")} />
    </div>
  );
}
