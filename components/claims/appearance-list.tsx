"use client";

import { useActionState } from "react";
import { TextInput } from "@/components/claims/claim-form-fields";
import { SaidWhenFields } from "@/components/claims/said-when-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { addAppearanceAction, markFirstAppearanceAction, removeAppearanceAction } from "@/lib/appearances/actions";
import { idle } from "@/lib/form-state";

export type AppearanceRow = { id: string; url: string; title: string | null; venue: string | null; seenOn: string; isFirst: boolean };

// Where the claim was made and repeated, first appearance on top. Marking
// and removing follow the edit rule; adding follows the logging rule.
export function AppearanceList({
  claimId,
  appearances,
  canEdit,
  canAdd,
  zones,
  defaults,
}: {
  claimId: string;
  appearances: AppearanceRow[];
  canEdit: boolean;
  canAdd: boolean;
  zones: readonly string[];
  defaults: { day: string; zone: string };
}) {
  return (
    <section aria-labelledby="appearances-heading" className="mt-8">
      <h2 id="appearances-heading" className="text-xl font-semibold">
        Where it was said
      </h2>
      {appearances.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No link yet to where the claim was made.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {appearances.map((appearance) => (
            <li key={appearance.id} className="rounded border border-rule p-3 text-sm">
              <p>
                {appearance.isFirst ? <strong className="mr-2 rounded bg-gray-800 px-1.5 py-0.5 text-xs text-white">First appearance</strong> : null}
                <a href={appearance.url} rel="noopener noreferrer">
                  {appearance.title ?? appearance.url}
                </a>
              </p>
              <p className="text-muted">{[appearance.venue, appearance.seenOn].filter(Boolean).join(" · ")}</p>
              {canEdit ? <AppearanceControls claimId={claimId} appearance={appearance} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canAdd ? <AddAppearanceForm claimId={claimId} zones={zones} defaults={defaults} /> : null}
    </section>
  );
}

function AppearanceControls({ claimId, appearance }: { claimId: string; appearance: AppearanceRow }) {
  const [firstState, markFirst] = useActionState(markFirstAppearanceAction, idle);
  const [removeState, remove] = useActionState(removeAppearanceAction, idle);
  const label = appearance.title ?? appearance.url;
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2">
        {!appearance.isFirst ? (
          <form action={markFirst}>
            <input type="hidden" name="claimId" value={claimId} />
            <input type="hidden" name="appearanceId" value={appearance.id} />
            <SubmitButton tone="secondary" pendingLabel="Marking…">
              <span className="sr-only">{label}: </span>Mark as first
            </SubmitButton>
          </form>
        ) : null}
        <form
          action={remove}
          onSubmit={(event) => {
            // The link leaves the claim; the history keeps a note of it.
            if (!window.confirm(`Remove ${label} from this claim's appearances?`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="appearanceId" value={appearance.id} />
          <SubmitButton tone="secondary" pendingLabel="Removing…">
            <span className="sr-only">{label}: </span>Remove
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={removeState.status !== "idle" ? removeState : firstState} />
    </div>
  );
}

function AddAppearanceForm({ claimId, zones, defaults }: { claimId: string; zones: readonly string[]; defaults: { day: string; zone: string } }) {
  const [state, action] = useActionState(addAppearanceAction, idle);
  return (
    <details className="mt-4 rounded border border-rule p-4" open={state.status !== "idle"}>
      <summary className="cursor-pointer font-semibold">Add where it was said or repeated</summary>
      <form action={action} className="mt-3 space-y-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="claimId" value={claimId} />
        <TextInput state={state} name="appearanceUrl" label="Link" type="url" required />
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput state={state} name="appearanceTitle" label="Title (optional)" />
          <TextInput state={state} name="venue" label="Where (optional)" hint="Press conference, interview, social post…" />
        </div>
        <SaidWhenFields state={state} zones={zones} defaults={defaults} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="markFirst" /> This is where it was first said
        </label>
        <SubmitButton pendingLabel="Adding…">Add appearance</SubmitButton>
      </form>
    </details>
  );
}
