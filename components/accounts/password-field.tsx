import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";
import { fieldError } from "@/lib/form-state";

// One password box with its label, hint and error. Passwords are never given
// back after a refusal (lib/auth/door.ts drops them), so there is no value.
export function PasswordField({
  state,
  name,
  id,
  label,
  hint,
  autoComplete,
}: {
  state: FormState;
  name: string;
  id: string;
  label: string;
  hint?: string;
  autoComplete: "new-password" | "current-password";
}) {
  return (
    <Field id={id} label={label} hint={hint} error={fieldError(state, name)} required>
      {(describedBy, invalid) => (
        <input id={id} name={name} type="password" autoComplete={autoComplete} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />
      )}
    </Field>
  );
}
