import { Field, inputClass } from "@/components/ui/field";
import { type FormState, fieldError, submittedValue } from "@/lib/form-state";

// One text box of the account forms, given back as typed after a refusal.
export function TextField({
  state,
  name,
  id,
  label,
  hint,
  type = "text",
  autoComplete,
  stored,
}: {
  state: FormState;
  name: string;
  id: string;
  label: string;
  hint?: string;
  type?: "text" | "email";
  autoComplete: string;
  stored?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={fieldError(state, name)} required>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          className={inputClass}
          defaultValue={submittedValue(state, name) ?? stored}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );
}
