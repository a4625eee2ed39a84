"use client";

import { useActionState } from "react";
import { Select, TextArea, TextInput } from "@/components/claims/claim-form-fields";
import { EditConflict } from "@/components/claims/edit-conflict";
import { SaidWhenFields } from "@/components/claims/said-when-fields";
import { TopicPicker } from "@/components/claims/topic-picker";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusOnRefusal } from "@/components/ui/use-focus-on-refusal";
import { saveClaim } from "@/lib/claims/actions";
import { type ClaimDraft, CONFLICT_PARTS } from "@/lib/claims/conflict";
import { CLAIM_KIND_LABELS, CLAIM_KINDS } from "@/lib/claims/labels";
import { idle, submittedValue } from "@/lib/form-state";

export type { ClaimDraft } from "@/lib/claims/conflict";

export function EditClaimForm({
  claim,
  speakers,
  topics,
  zones,
}: {
  claim: ClaimDraft;
  speakers: { id: string; name: string; title: string | null }[];
  topics: { id: string; name: string }[];
  zones: readonly string[];
}) {
  const [state, action] = useActionState(saveClaim, idle);
  const kind = submittedValue(state, "kind") ?? claim.kind;
  const form = useFocusOnRefusal(state);
  if (state.status === "conflict" && state.stored && state.values) {
    const names = {
      speakerId: Object.fromEntries(speakers.map((speaker) => [speaker.id, speaker.name])),
      topicIds: Object.fromEntries(topics.map((topic) => [topic.id, topic.name])),
      kind: CLAIM_KIND_LABELS,
    };
    return (
      <EditConflict
        message={state.message}
        typed={state.values}
        opened={claim}
        stored={state.stored}
        parts={CONFLICT_PARTS}
        names={names}
        keep={["reason", "topics"]}
        action={action}
      />
    );
  }
  return (
    <form ref={form} action={action} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={claim.version} />
      <TextArea state={state} name="text" label="The claim in one short sentence" required rows={2} defaultValue={claim.text} />
      <TextArea state={state} name="quote" label="Verbatim quote" defaultValue={claim.quote} />
      <TextArea state={state} name="context" label="Context" defaultValue={claim.context} />
      <SaidWhenFields state={state} zones={zones} defaults={{ day: claim.madeAt, time: claim.madeAtTime, zone: claim.timeZone }} />
      <TextInput state={state} name="venue" label="Where it was said" defaultValue={claim.venue} />
      <Select
        state={state}
        name="speakerId"
        label="Speaker"
        placeholder="Choose a speaker…"
        required
        defaultValue={claim.speakerId}
        options={speakers.map((speaker) => ({ value: speaker.id, label: speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name }))}
      />
      <TopicPicker state={state} topics={topics} checked={claim.topicIds} />
      <fieldset>
        <legend className="text-sm font-medium">Kind of claim</legend>
        <div className="mt-1 flex flex-wrap gap-5">
          {CLAIM_KINDS.map((value) => (
            <label key={`${value}-${kind}`} className="flex items-center gap-2">
              <input type="radio" name="kind" value={value} defaultChecked={kind === value} /> {CLAIM_KIND_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput state={state} name="settleBy" label="Checkable by (predictions and promises)" type="date" defaultValue={claim.settleBy} />
        <TextInput state={state} name="settleCriteria" label="What would settle it (predictions and promises)" defaultValue={claim.settleCriteria} />
      </div>
      <TextInput state={state} name="reason" label="Why this change" hint="Kept in the claim's history, for the editor and for corrections later." />
      <SubmitButton pendingLabel="Saving…">Save claim</SubmitButton>
    </form>
  );
}
