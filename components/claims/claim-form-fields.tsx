import { Field, inputClass } from "@/components/ui/field";
import { type FormState, fieldError, submittedValue } from "@/lib/form-state";

// Labelled fields for the claim forms (log and edit): each shows its error
// beside it and keeps what was typed when the form is refused. `idPrefix`
// keeps ids unique when the same field appears in several forms on a page.

export function TextInput({
  state,
  name,
  label,
  hint,
  required,
  type = "text",
  defaultValue,
  idPrefix,
  id: givenId,
  autoComplete,
}: {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  type?: string;
  defaultValue?: string;
  idPrefix?: string;
  // An id of its own, where the page names the field otherwise.
  id?: string;
  autoComplete?: string;
}) {
  const id = givenId ?? (idPrefix ? `${idPrefix}-${name}` : name);
  return (
    <Field id={id} label={label} hint={hint} error={fieldError(state, name)} required={required}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          className={inputClass}
          required={required}
          defaultValue={submittedValue(state, name) ?? defaultValue}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );
}

export function TextArea({
  state,
  name,
  label,
  hint,
  required,
  rows = 3,
  defaultValue,
  idPrefix,
}: {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  rows?: number;
  defaultValue?: string;
  idPrefix?: string;
}) {
  const id = idPrefix ? `${idPrefix}-${name}` : name;
  return (
    <Field id={id} label={label} hint={hint} error={fieldError(state, name)} required={required}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          className={inputClass}
          required={required}
          defaultValue={submittedValue(state, name) ?? defaultValue}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );
}

export function Select({
  state,
  name,
  label,
  options,
  hint,
  placeholder,
  required,
  defaultValue,
  idPrefix,
}: {
  state: FormState;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: string;
  placeholder: string;
  required?: boolean;
  defaultValue?: string;
  idPrefix?: string;
}) {
  const chosen = submittedValue(state, name) ?? defaultValue ?? "";
  const id = idPrefix ? `${idPrefix}-${name}` : name;
  return (
    <Field id={id} label={label} hint={hint} error={fieldError(state, name)} required={required}>
      {(describedBy, invalid) => (
        // Keyed by its default: React applies a <select>'s defaultValue only when
        // it mounts and resets the form after each action, so without the key a
        // refused form would lose the choice the reporter made here.
        <select key={chosen} id={id} name={name} className={inputClass} defaultValue={chosen} aria-describedby={describedBy} aria-invalid={invalid}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
