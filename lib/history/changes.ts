import { diffWords } from "diff";
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
// rather than dropped: the history must not hide what it holds.
export function describeChanges(changes: unknown, names: NameBook = emptyNameBook()): FieldChange[] {
  if (!isRecord(changes)) return [];
  return Object.keys(changes)
    .sort(byFieldOrder)
    .map((field) => {
      const change = changes[field];
      if (isRecord(change) && ("from" in change || "to" in change)) return describeChange(field, change.from ?? null, change.to ?? null, names);
      return describeChange(field, null, change, names);
    });
}
