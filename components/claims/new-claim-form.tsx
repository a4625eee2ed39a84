"use client";

import { useActionState } from "react";
import { Select, TextArea, TextInput } from "@/components/claims/claim-form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { logClaim } from "@/lib/claims/actions";
import { CLAIM_KINDS, CLAIM_KIND_LABELS, SOURCE_TYPES, SOURCE_TYPE_LABELS, STANCES, STANCE_LABELS } from "@/lib/claims/labels";
import { idle, submittedValue } from "@/lib/form-state";

type SpeakerChoice = { id: string; name: string; title: string | null };

export function NewClaimForm({ speakers, today }: { speakers: SpeakerChoice[]; today: string }) {
  const [state, action] = useActionState(logClaim, idle);
  const kind = submittedValue(state, "kind") ?? "STATEMENT";
  return (
    <form action={action} className="space-y-8" noValidate>
      <FormMessage state={state} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The claim</legend>
        <TextArea state={state} name="text" label="The claim in one short sentence" required rows={2}
          hint="What exactly is being checked, in your words. Example: Iran has agreed to limit its nuclear programme." />
        <TextArea state={state} name="quote" label="Verbatim quote" hint="Exactly as said or posted, if there is a quote." />
        <TextArea state={state} name="context" label="Context" hint="What prompted it, and anything a reader needs to understand it." />
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput state={state} name="madeAt" label="When it was said" type="date" required defaultValue={today} />
          <TextInput state={state} name="venue" label="Where it was said" hint="Press conference, social post, interview…" />
        </div>
        <TextInput state={state} name="appearanceUrl" label="Link to where it was said" type="url" hint="Marked as the claim's first appearance." />
        <TextInput state={state} name="topics" label="Topics" hint="Separate topics with commas, for example: Iran, Nuclear talks" />
        <fieldset>
          <legend className="text-sm font-medium">Kind of claim</legend>
          <div className="mt-1 flex flex-wrap gap-5">
            {CLAIM_KINDS.map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name="kind" value={value} defaultChecked={kind === value} /> {CLAIM_KIND_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput state={state} name="settleBy" label="Checkable by (predictions and promises)" type="date" />
          <TextInput state={state} name="settleCriteria" label="What would settle it (predictions and promises)" />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Who said it</legend>
        <Select state={state} name="speakerId" label="Speaker" placeholder="Choose a speaker…"
          options={speakers.map((speaker) => ({ value: speaker.id, label: speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name }))}
          hint="Not listed? Leave this empty and add them below." />
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput state={state} name="newSpeakerName" label="New speaker's name" />
          <TextInput state={state} name="newSpeakerTitle" label="New speaker's title or role" />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">First source from the record (optional)</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput state={state} name="sourceTitle" label="Source title" />
          <Select state={state} name="sourceType" label="Kind of source" placeholder="Choose…"
            options={SOURCE_TYPES.map((value) => ({ value, label: SOURCE_TYPE_LABELS[value] }))} />
          <TextInput state={state} name="sourcePublisher" label="Publisher or outlet" />
          <TextInput state={state} name="sourcePublishedAt" label="Published on" type="date" />
        </div>
        <TextInput state={state} name="sourceUrl" label="Source link" type="url" />
        <Select state={state} name="stance" label="What the source does for the claim" placeholder="Choose…"
          options={STANCES.map((value) => ({ value, label: STANCE_LABELS[value] }))} />
        <TextArea state={state} name="passage" label="The passage relied on" hint="Quote the exact words of the source." />
      </fieldset>

      <label className="flex items-center gap-2">
        <input type="checkbox" name="assignToMe" defaultChecked={state.status === "idle" || submittedValue(state, "assignToMe") === "on"} /> Assign it to me: I will research it
      </label>
      <SubmitButton pendingLabel="Logging…">Log claim</SubmitButton>
    </form>
  );
}
