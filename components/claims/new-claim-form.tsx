"use client";

import { useActionState } from "react";
import { AlikePanel } from "@/components/claims/alike-panel";
import { Select, TextArea, TextInput } from "@/components/claims/claim-form-fields";
import { SaidWhenFields } from "@/components/claims/said-when-fields";
import { SpeakerPicker } from "@/components/claims/speaker-picker";
import { TopicPicker } from "@/components/claims/topic-picker";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusOnRefusal } from "@/components/ui/use-focus-on-refusal";
import { addAppearanceAction } from "@/lib/appearances/actions";
import { logClaim } from "@/lib/claims/actions";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, SOURCE_TYPE_LABELS, SOURCE_TYPES, STANCE_LABELS, STANCES } from "@/lib/claims/labels";
import { idle, submittedValue } from "@/lib/form-state";

type SpeakerChoice = { id: string; name: string; title: string | null };

export function NewClaimForm({
  speakers,
  topics,
  zones,
  today,
  zone,
  article,
  link,
}: {
  speakers: SpeakerChoice[];
  topics: { id: string; name: string }[];
  zones: readonly string[];
  today: string;
  zone: string;
  // The archived article the reporter was reading, when opened from the reader.
  article?: { id: string; title: string; url: string | null };
  // Where the claim was said, when known (the article's link).
  link?: string;
}) {
  const [state, action] = useActionState(logClaim, idle);
  // "Add as a new appearance" submits the same fields to another action.
  const [appearanceState, addAsAppearance] = useActionState(addAppearanceAction, idle);
  const kind = submittedValue(state, "kind") ?? "STATEMENT";
  const form = useFocusOnRefusal(state, "#alike-heading");
  return (
    <form ref={form} action={action} className="space-y-8" noValidate>
      <FormMessage state={state} />
      {article ? (
        <p className="rounded border-l-4 border-blue-700 bg-blue-50 px-3 py-2 text-sm">
          <input type="hidden" name="articleSourceId" value={article.id} />
          From the article “{article.title}”: it goes on the claim's record as context, and its link is filled in as where the claim was said.
        </p>
      ) : null}
      <AlikePanel state={state} appearanceState={appearanceState} addAsAppearance={addAsAppearance} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The claim</legend>
        <TextArea
          state={state}
          name="text"
          label="The claim in one short sentence"
          required
          rows={2}
          hint="What exactly is being checked, in your words. Example: Iran has agreed to limit its nuclear programme."
        />
        <TextArea state={state} name="quote" label="Verbatim quote" hint="Exactly as said or posted, if there is a quote." />
        <TextArea state={state} name="context" label="Context" hint="What prompted it, and anything a reader needs to understand it." />
        <SaidWhenFields state={state} zones={zones} defaults={{ day: today, zone }} />
        <TextInput state={state} name="venue" label="Where it was said" hint="Press conference, social post, interview…" />
        <TextInput
          state={state}
          name="appearanceUrl"
          label="Link to where it was said"
          type="url"
          defaultValue={link}
          hint="Marked as the claim's first appearance. Add later repetitions on the claim's page."
        />
        <TopicPicker state={state} topics={topics} />
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
        <SpeakerPicker state={state} speakers={speakers} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">First source from the record (optional)</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput state={state} name="sourceTitle" label="Source title" />
          <Select
            state={state}
            name="sourceType"
            label="Kind of source"
            placeholder="Choose…"
            options={SOURCE_TYPES.map((value) => ({ value, label: SOURCE_TYPE_LABELS[value] }))}
          />
          <TextInput state={state} name="sourcePublisher" label="Publisher or outlet" />
          <TextInput state={state} name="sourcePublishedAt" label="Published on" type="date" />
        </div>
        <TextInput state={state} name="sourceUrl" label="Source link" type="url" />
        <Select
          state={state}
          name="stance"
          label="What the source does for the claim"
          placeholder="Choose…"
          options={STANCES.map((value) => ({ value, label: STANCE_LABELS[value] }))}
        />
        <TextArea state={state} name="passage" label="The passage relied on" hint="Quote the exact words of the source." />
      </fieldset>

      <label className="flex items-center gap-2">
        <input type="checkbox" name="assignToMe" defaultChecked={state.status === "idle" || submittedValue(state, "assignToMe") === "on"} /> Assign it to me: I
        will research it
      </label>
      <SubmitButton pendingLabel="Logging…">Log claim</SubmitButton>
    </form>
  );
}
