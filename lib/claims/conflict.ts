import type { FormValues } from "@/lib/form-state";

// Two people editing the same claim: the second save is refused (the version
// check in lib/claims/mutations.ts) and, instead of reloading and retyping,
// the person sees what they typed beside what is now stored, field by field,
// and keeps theirs, takes the other, or mixes the two. Importable from client
// code.

// A claim as the edit form holds it: every value a string, as typed.
export type ClaimDraft = {
  id: string;
  version: number;
  text: string;
  quote: string;
  context: string;
  madeAt: string;
  madeAtTime: string;
  timeZone: string;
  venue: string;
  kind: string;
  settleBy: string;
  settleCriteria: string;
  speakerId: string;
  topicIds: string[];
};

// Any form's values as stored, with the claim and version they belong to: a
// claim's (above) or a verdict proposal's (lib/verdicts/conflict.ts).
export type Draft = { id: string; version: number } & Record<string, string | string[] | number>;

// What is stored now, and who saved it when: the other side of the conflict.
// `what` names the thing both people edited ("claim", "verdict proposal").
export type StoredVersion = { draft: Draft; what: string; savedBy: string; savedAt: string; change: string };

// One choice on the conflict panel: a label and the fields it carries.
export type Part = { part: string; label: string; fields: readonly string[] };

// The parts of the form chosen whole. The day, time and zone a claim was made
// are one choice: taking one person's day with the other's time would make a
// moment neither of them meant.
export const CONFLICT_PARTS = [
  { part: "text", label: "The claim", fields: ["text"] },
  { part: "quote", label: "Verbatim quote", fields: ["quote"] },
  { part: "context", label: "Context", fields: ["context"] },
  { part: "said", label: "When it was said", fields: ["madeAt", "madeAtTime", "timeZone"] },
  { part: "venue", label: "Where it was said", fields: ["venue"] },
  { part: "speakerId", label: "Speaker", fields: ["speakerId"] },
  { part: "topicIds", label: "Topics", fields: ["topicIds"] },
  { part: "kind", label: "Kind of claim", fields: ["kind"] },
  { part: "settleBy", label: "Checkable by", fields: ["settleBy"] },
  { part: "settleCriteria", label: "What would settle it", fields: ["settleCriteria"] },
] as const;

export type ConflictPart = Part;

// Fields holding a list of ticked boxes rather than one value.
const LISTS = new Set(["topicIds"]);

// One field's value as a list of strings, trimmed, so a ticked-box list and a
// text compare the same way and stray spaces are no difference.
export function partValues(source: FormValues | Draft, field: string): string[] {
  const value = (source as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.map((item) => String(item).trim()).sort();
  if (typeof value === "string") return LISTS.has(field) ? (value ? [value.trim()] : []) : [value.trim()];
  return LISTS.has(field) ? [] : [""];
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function partDiffers(part: Part, typed: FormValues, stored: Draft): boolean {
  return part.fields.some((field) => !same(partValues(typed, field), partValues(stored, field)));
}

// Which side each differing part starts on: a part the person did not touch
// (what they typed is what they opened) takes the stored value, so their save
// does not undo the other person's work; a part they changed keeps theirs.
export function firstChoice(part: Part, typed: FormValues, opened: Draft): "mine" | "theirs" {
  return partDiffers(part, typed, opened) ? "mine" : "theirs";
}

// The values the merged save sends, part by part from the chosen side.
export function mergedValues(
  typed: FormValues,
  stored: Draft,
  choices: Record<string, "mine" | "theirs">,
  parts: readonly Part[] = CONFLICT_PARTS,
): FormValues {
  const merged: FormValues = {};
  for (const part of parts) {
    const side = choices[part.part] === "theirs" ? stored : typed;
    for (const field of part.fields) merged[field] = LISTS.has(field) ? partValues(side, field) : (partValues(side, field)[0] ?? "");
  }
  return merged;
}

export function conflictMessage(stored: StoredVersion): string {
  return `${stored.savedBy} saved this ${stored.what} (${stored.change.toLowerCase()}, ${stored.savedAt}) while you were editing. Nothing of yours is lost: choose below, field by field, what to keep, then save again.`;
}
