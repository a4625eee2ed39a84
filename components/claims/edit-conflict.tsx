"use client";

import { useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { type Draft, firstChoice, mergedValues, type Part, partDiffers, partValues, type StoredVersion } from "@/lib/claims/conflict";
import type { FormValues } from "@/lib/form-state";

type Side = "mine" | "theirs";
// Words for stored values, per field: a speaker's name for its id, a rating's label.
export type ValueNames = Record<string, Record<string, string>>;

// Both versions side by side after a refused save (a claim's edit, a verdict
// proposal): what this person typed, what is stored now and who saved it.
// Each differing part is kept, taken or mixed with one click, and the save
// sends the chosen values with the stored version, so a third save in
// between is caught again.
export function EditConflict({
  message,
  typed,
  opened,
  stored,
  parts: allParts,
  names,
  keep = [],
  action,
}: {
  message: string;
  typed: FormValues;
  // The version the form was opened on.
  opened: Draft;
  stored: StoredVersion;
  parts: readonly Part[];
  names: ValueNames;
  // Fields sent again as typed, not offered as a choice (the reason for the change).
  keep?: string[];
  action: (formData: FormData) => void;
}) {
  const parts = allParts.filter((part) => partDiffers(part, typed, stored.draft));
  const startingChoices = (base: Draft) => Object.fromEntries(parts.map((part) => [part.part, firstChoice(part, typed, base)]));
  const [choices, setChoices] = useState<Record<string, Side>>(() => startingChoices(opened));
  const heading = useRef<HTMLHeadingElement>(null);
  // The stored version the person last chose against. A third save in
  // between brings a newer one: its choices start from what they last saw,
  // not from what they first opened, so their save does not undo it.
  const shown = useRef(stored.draft);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another stored version arrives
  useEffect(() => {
    if (shown.current.version !== stored.draft.version) {
      setChoices(startingChoices(shown.current));
      shown.current = stored.draft;
    }
    heading.current?.focus();
  }, [stored.draft.version]);
  const merged = mergedValues(typed, stored.draft, choices, allParts);
  const chooseAll = (side: Side) => setChoices(Object.fromEntries(parts.map((part) => [part.part, side])));
  const same = allParts.length - parts.length;
  const reason = typeof typed.reason === "string" ? typed.reason.trim() : "";

  return (
    <section aria-labelledby="conflict-heading" className="space-y-4" data-testid="edit-conflict">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        Someone saved this {stored.what} while you were editing
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
        {keep.map((field) => (
          <input key={field} type="hidden" name={field} value={typeof typed[field] === "string" ? typed[field] : ""} />
        ))}
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
              mine={describe(part, typed, names)}
              theirs={describe(part, stored.draft, names)}
              stored={stored}
              side={choices[part.part] ?? "mine"}
              onChoose={(side) => setChoices({ ...choices, [part.part]: side })}
            />
          ))
        )}
        {reason ? (
          <p className="text-sm">
            <span className="font-medium">Your reason for the change, kept with the save:</span> {reason}
          </p>
        ) : null}
        {same > 0 && parts.length > 0 ? (
          <p className="text-sm text-muted">The other {same === 1 ? "part is" : `${same} parts are`} the same in both versions.</p>
        ) : null}
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
  mine,
  theirs,
  stored,
  side,
  onChoose,
}: {
  part: Part;
  mine: string;
  theirs: string;
  stored: StoredVersion;
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
      {/* Side by side where the form is wide enough (the edit page), one above the other in the claim page's narrow verdict column. */}
      <div className="@container">
        <div className="flex flex-col gap-3 @md:flex-row">
          {option("mine", "Keep what you typed", mine)}
          {option("theirs", `Take what ${stored.savedBy} saved (${stored.savedAt})`, theirs)}
        </div>
      </div>
    </fieldset>
  );
}

// A part as the desk reads it: names for ids, labels for kinds; a part of
// several fields (day, time, zone) as one line.
function describe(part: Part, source: FormValues | Draft, names: ValueNames): string {
  return part.fields
    .flatMap((field) => partValues(source, field).map((value) => names[field]?.[value] ?? (field === "timeZone" ? value.replaceAll("_", " ") : value)))
    .filter(Boolean)
    .join(", ");
}
