"use client";

import { useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  type ClaimDraft,
  CONFLICT_PARTS,
  type ConflictPart,
  firstChoice,
  mergedValues,
  partDiffers,
  partValues,
  type StoredVersion,
} from "@/lib/claims/conflict";
import { CLAIM_KIND_LABELS } from "@/lib/claims/labels";
import type { FormValues } from "@/lib/form-state";

type Side = "mine" | "theirs";
type Names = { speakers: Record<string, string>; topics: Record<string, string> };

// Both versions of a claim side by side after a refused save: what this
// person typed, what is stored now and who saved it. Each differing part is
// kept, taken or mixed with one click, and the save sends the chosen values
// with the stored version, so a third save in between is caught again.
export function EditConflict({
  message,
  typed,
  opened,
  stored,
  names,
  action,
}: {
  message: string;
  typed: FormValues;
  opened: ClaimDraft;
  stored: StoredVersion;
  names: Names;
  action: (formData: FormData) => void;
}) {
  const parts = CONFLICT_PARTS.filter((part) => partDiffers(part, typed, stored.draft));
  const [choices, setChoices] = useState<Record<string, Side>>(() => Object.fromEntries(parts.map((part) => [part.part, firstChoice(part, typed, opened)])));
  const heading = useRef<HTMLHeadingElement>(null);
  // A new conflict (a third save in between) starts again from its own choices.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another stored version arrives
  useEffect(() => {
    setChoices(Object.fromEntries(parts.map((part) => [part.part, firstChoice(part, typed, opened)])));
    heading.current?.focus();
  }, [stored.draft.version, stored.savedAt]);
  const merged = mergedValues(typed, stored.draft, choices);
  const chooseAll = (side: Side) => setChoices(Object.fromEntries(parts.map((part) => [part.part, side])));
  const same = CONFLICT_PARTS.length - parts.length;

  return (
    <section aria-labelledby="conflict-heading" className="space-y-4" data-testid="edit-conflict">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        Someone saved this claim while you were editing
      </h2>
      <p role="alert" className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2">
        {message}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="rounded border border-rule px-3 py-1" onClick={() => chooseAll("mine")}>
          Keep all of mine
        </button>
        <button type="button" className="rounded border border-rule px-3 py-1" onClick={() => chooseAll("theirs")}>
          Take all of {stored.savedBy}'s
        </button>
      </div>
      <form action={action} className="space-y-4">
        <input type="hidden" name="claimId" value={stored.draft.id} />
        <input type="hidden" name="version" value={stored.draft.version} />
        <input type="hidden" name="reason" value={typeof typed.reason === "string" ? typed.reason : ""} />
        <input type="hidden" name="topics" value={typeof typed.topics === "string" ? typed.topics : ""} />
        {Object.entries(merged).flatMap(([field, value]) =>
          Array.isArray(value)
            ? value.map((item) => <input key={`${field}-${item}`} type="hidden" name={field} value={item} />)
            : [<input key={field} type="hidden" name={field} value={value} />],
        )}
        {parts.length === 0 ? (
          <p>What you typed matches what is stored now; saving keeps it.</p>
        ) : (
          parts.map((part) => (
            <PartChoice
              key={part.part}
              part={part}
              typed={typed}
              stored={stored}
              names={names}
              side={choices[part.part] ?? "mine"}
              onChoose={(side) => setChoices({ ...choices, [part.part]: side })}
            />
          ))
        )}
        {typeof typed.reason === "string" && typed.reason.trim() ? (
          <p className="text-sm">
            <span className="font-medium">Your reason for the change, kept with the save:</span> {typed.reason}
          </p>
        ) : null}
        {same > 0 && parts.length > 0 ? <p className="text-sm text-muted">The other {same} parts of the claim are the same in both versions.</p> : null}
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton pendingLabel="Saving…">Save with these choices</SubmitButton>
          <a href={`/desk/claims/${stored.draft.id}`}>Leave without saving</a>
        </div>
      </form>
    </section>
  );
}

function PartChoice({
  part,
  typed,
  stored,
  names,
  side,
  onChoose,
}: {
  part: ConflictPart;
  typed: FormValues;
  stored: StoredVersion;
  names: Names;
  side: Side;
  onChoose: (side: Side) => void;
}) {
  const name = `choice-${part.part}`;
  const option = (value: Side, title: string, text: string) => (
    <label className={`block flex-1 rounded border p-3 ${side === value ? "border-ink bg-gray-50" : "border-rule"}`}>
      <span className="flex items-center gap-2 font-medium">
        <input type="radio" name={name} value={value} checked={side === value} onChange={() => onChoose(value)} /> {title}
      </span>
      <span className="mt-1 block whitespace-pre-wrap break-words" data-side={value}>
        {text || <em className="text-muted">(empty)</em>}
      </span>
    </label>
  );
  return (
    <fieldset className="rounded border border-rule p-3" data-part={part.part}>
      <legend className="px-1 font-semibold">{part.label}</legend>
      <div className="flex flex-col gap-3 md:flex-row">
        {option("mine", "Keep what you typed", describe(part, typed, names))}
        {option("theirs", `Take what ${stored.savedBy} saved (${stored.savedAt})`, describe(part, stored.draft, names))}
      </div>
    </fieldset>
  );
}

// A part as the desk reads it: names for ids, labels for kinds.
function describe(part: ConflictPart, source: FormValues | ClaimDraft, names: Names): string {
  const values = part.fields.map((field) => {
    const list = partValues(source, field);
    if (field === "speakerId") return list.map((id) => names.speakers[id] ?? id).join("");
    if (field === "topicIds") return list.map((id) => names.topics[id] ?? id).join(", ");
    if (field === "kind") return list.map((kind) => CLAIM_KIND_LABELS[kind as keyof typeof CLAIM_KIND_LABELS] ?? kind).join("");
    return list.join("");
  });
  return part.part === "said" ? values.filter(Boolean).join(", ").replaceAll("_", " ") : values.join("");
}
