"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { idle } from "@/lib/form-state";
import { updateAccess, updateRole } from "@/lib/users/actions";

export function AccountControls({ account }: { account: { id: string; name: string; role: Role; disabled: boolean } }) {
  const [roleState, roleAction] = useActionState(updateRole, idle);
  const [accessState, accessAction] = useActionState(updateAccess, idle);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <form action={roleAction} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={account.id} />
          <label className="text-sm">
            <span className="block">Role for {account.name}</span>
            {/* Keyed by the stored role: a <select>'s defaultValue applies only on
                mount, so after a change the form reset would show the old role. */}
            <select key={account.role} name="role" defaultValue={account.role} className="rounded border border-gray-400 px-2 py-1">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </label>
          <SubmitButton tone="secondary">Change role</SubmitButton>
        </form>
        <form
          action={accessAction}
          onSubmit={(event) => {
            // Disabling signs the person out at once: ask before doing it.
            if (!account.disabled && !window.confirm(`Disable ${account.name}'s account? They will be signed out at once.`)) {
              event.preventDefault();
            }
          }}
        >
          <input type="hidden" name="userId" value={account.id} />
          <input type="hidden" name="disabled" value={account.disabled ? "false" : "true"} />
          <SubmitButton tone={account.disabled ? "secondary" : "danger"}>
            {account.disabled ? `Enable ${account.name}` : `Disable ${account.name}`}
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={roleState.status !== "idle" ? roleState : accessState} />
    </div>
  );
}
