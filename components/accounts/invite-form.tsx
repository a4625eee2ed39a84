"use client";

import { useActionState } from "react";
import { TextInput } from "@/components/claims/claim-form-fields";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteAccount } from "@/lib/accounts/invitation-actions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { fieldError, idle, submittedValue } from "@/lib/form-state";

// Inviting a colleague: the account waits until they choose a password from
// the emailed link, so no admin ever knows it.
export function InviteForm() {
  const [state, action] = useActionState(inviteAccount, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextInput state={state} required name="name" id="new-name" label="Name" />
        <TextInput state={state} required name="email" id="new-email" label="Email" type="email" />
        <Field id="new-role" label="Role" error={fieldError(state, "role")} required>
          {(describedBy, invalid) => (
            // Keyed by its default: React applies a <select>'s defaultValue only
            // when it mounts, and resets the form after every action, so without
            // the key a refused form would silently fall back to "Reporter".
            <select
              key={submittedValue(state, "role") ?? "REPORTER"}
              id="new-role"
              name="role"
              className={inputClass}
              defaultValue={submittedValue(state, "role") ?? "REPORTER"}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
    </form>
  );
}
