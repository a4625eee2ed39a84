import { diffWords } from "diff";
import { CORRECTION_KIND_LABELS, type CorrectionKind } from "@/lib/corrections/labels";
import { byFieldOrder, describeValue, EMPTY_VALUE, emptyNameBook, fieldLabel, ID_FIELDS, ISO_INSTANT, isRecord, type NameBook } from "@/lib/history/fields";

// Turns a revision's stored `{ field: { from, to } }` into rows of a diff
// table: before and after as runs of text, each run marked as kept, removed or
// added. Prose is compared word by word, so a one-word edit to a long quote
// shows as one word; everything else (a kind, a date, a speaker) is replaced
// whole. Importable from client code.

export type Run = { kind: "kept" | "removed" | "added" | "empty"; text: string };

export type FieldChange = {
  field: string;
  label: string;
  before: Run[];
  after: Run[];
  // The stored values, for deciding whether the earlier one can be restored.
  from: unknown;
  to: unknown;
};

// Values that are names, labels or instants rather than prose.
const REPLACED_WHOLE = new Set([...Object.keys(ID_FIELDS), "kind", "status", "stance", "madeAtTimeZone"]);

const isProse = (field: string, value: unknown): value is string =>
  typeof value === "string" && value !== "" && !REPLACED_WHOLE.has(field) && !ISO_INSTANT.test(value);

export function wordRuns(before: string, after: string): { before: Run[]; after: Run[] } {
  const runs = { before: [] as Run[], after: [] as Run[] };
  for (const part of diffWords(before, after)) {
    if (part.added) runs.after.push({ kind: "added", text: part.value });
    else if (part.removed) runs.before.push({ kind: "removed", text: part.value });
    else {
      runs.before.push({ kind: "kept", text: part.value });
      runs.after.push({ kind: "kept", text: part.value });
    }
  }
  return runs;
}

export function describeChange(field: string, from: unknown, to: unknown, names: NameBook = emptyNameBook()): FieldChange {
  const label = fieldLabel(field);
  if (isProse(field, from) && isProse(field, to)) return { field, label, ...wordRuns(from, to), from, to };
  const whole = (value: unknown, kind: "removed" | "added"): Run[] => {
    const text = describeValue(field, value, names);
    return text === null ? [{ kind: "empty", text: EMPTY_VALUE }] : [{ kind, text }];
  };
  return { field, label, before: whole(from, "removed"), after: whole(to, "added"), from, to };
}

// Every field a revision changed, in the order of the claim form. Anything
// not shaped like a change (older or hand-written rows) is shown as it is
// rather than dropped: the history must not hide what it holds. A change that
// reads the same before and after ("(empty) → (empty)", a blank quote stored
// as nothing, a date moved within the same day shown as that day) is left
// out: the desk reads what it can see, and the stored row still holds it.
export function describeChanges(changes: unknown, names: NameBook = emptyNameBook()): FieldChange[] {
  return describeRevision(changes, names).changes;
}

// A value that is the same on both sides and not empty names what the change
// was about (the source whose stance changed) rather than a change.
export type RevisionContext = { field: string; label: string; text: string };

export function describeRevision(changes: unknown, names: NameBook = emptyNameBook()): { changes: FieldChange[]; about: RevisionContext[]; recorded: number } {
  if (!isRecord(changes)) return { changes: [], about: [], recorded: 0 };
  const fields = Object.keys(changes).sort(byFieldOrder);
  const described: FieldChange[] = [];
  const about: RevisionContext[] = [];
  for (const field of fields) {
    const change = changes[field];
    const shaped = isRecord(change) && ("from" in change || "to" in change);
    const from = shaped ? (change.from ?? null) : null;
    const to = shaped ? (change.to ?? null) : change;
    const before = describeValue(field, from, names);
    const after = describeValue(field, to, names);
    if (before === after) {
      if (after !== null) about.push({ field, label: fieldLabel(field), text: after });
      continue;
    }
    described.push(describeChange(field, from, to, names));
  }
  return { changes: described, about, recorded: fields.length };
}

// A revision whose every recorded change reads the same before and after
// (a blank field saved as nothing) tells the desk nothing and is left out of
// the history; one that recorded no fields (an action alone) still shows.
export function showsAChange(changes: unknown, names: NameBook = emptyNameBook()): boolean {
  const revision = describeRevision(changes, names);
  return revision.recorded === 0 || revision.changes.length > 0;
}

// A revision's heading: the step's name, or for a correction the kind the
// note was published as ("Update published"), which the step alone does not say.
export function revisionTitle(action: string, changes: unknown, label: (action: string) => string): string {
  const note = isRecord(changes) && isRecord(changes.correction) ? changes.correction.to : null;
  const kind = isRecord(note) && typeof note.kind === "string" ? CORRECTION_KIND_LABELS[note.kind as CorrectionKind] : undefined;
  return kind ? `${kind} published` : label(action);
}
