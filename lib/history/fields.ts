import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, STANCE_LABELS } from "@/lib/claims/labels";
import { CORRECTION_KIND_LABELS } from "@/lib/corrections/labels";
import { formatDate, formatDateTime, isoInstant, UNREADABLE_DATE } from "@/lib/dates";

// How the fields a revision records read in a claim's history: in the
// newsroom's words, with ids turned into names and stored values into what the
// desk sees on the claim page. Importable from client code.

export const FIELD_LABELS: Record<string, string> = {
  text: "The claim",
  quote: "Quote",
  context: "Context",
  madeAt: "When it was said",
  madeAtTimeZone: "Time zone",
  venue: "Where it was said",
  kind: "Kind",
  settleBy: "Checkable by",
  settleCriteria: "What would settle it",
  speakerId: "Speaker",
  topics: "Topics",
  status: "State",
  assigneeId: "Assigned to",
  appearance: "Appearance",
  firstAppearance: "First appearance",
  evidence: "Source in the record",
  ratingId: "Rating",
  summary: "Verdict summary",
  reasoning: "Verdict reasoning",
  publishedAt: "Published",
  duplicateOfId: "Duplicate of",
  duplicateOf: "Duplicate of",
  assignee: "Assigned to",
  correction: "Note to readers",
  settlement: "Settlement",
  settlementRatingId: "Settlement rating",
  settlementSummary: "Settlement summary",
  settlementReasoning: "Settlement reasoning",
  source: "Source",
  stance: "Stance",
  passage: "Passage",
  note: "Note",
  mergedFrom: "Merged in from",
  appearancesMoved: "Appearances moved here",
  evidenceMoved: "Sources moved here",
  proposedById: "Proposed by",
  approvedById: "Approved by",
};

// The order fields are listed in within one revision: as on the claim form,
// so "when it was said" and its time zone sit together.
const FIELD_ORDER = Object.keys(FIELD_LABELS);

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? humanise(field);
}

export function byFieldOrder(a: string, b: string): number {
  const rank = (field: string) => {
    const index = FIELD_ORDER.indexOf(field);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

// "firstAppearance" → "First appearance"; "source_id" → "Source id".
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

// Names for the ids a revision stores, looked up once for a whole page.
export type NameBook = {
  speakers: Record<string, string>;
  users: Record<string, string>;
  ratings: Record<string, string>;
};

export const emptyNameBook = (): NameBook => ({ speakers: {}, users: {}, ratings: {} });

export const ID_FIELDS: Record<string, keyof NameBook> = {
  speakerId: "speakers",
  assigneeId: "users",
  proposedById: "users",
  approvedById: "users",
  ratingId: "ratings",
  settlementRatingId: "ratings",
};

// The ids a set of revisions mentions, per kind, so they can be named in one
// query each.
export function idsToName(changesList: unknown[]): Record<keyof NameBook, string[]> {
  const found: Record<keyof NameBook, Set<string>> = { speakers: new Set(), users: new Set(), ratings: new Set() };
  for (const changes of changesList) {
    if (!isRecord(changes)) continue;
    for (const [field, change] of Object.entries(changes)) {
      const book = ID_FIELDS[field];
      if (!book || !isRecord(change)) continue;
      for (const value of [change.from, change.to]) if (typeof value === "string") found[book].add(value);
    }
  }
  return { speakers: [...found.speakers], users: [...found.users], ratings: [...found.ratings] };
}

export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DATE_FIELDS = new Set(["settleBy"]);

// A stored instant at midnight UTC was given as a date only.
function describeInstant(iso: string, dateOnly = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateOnly || iso.slice(11, 23) === "00:00:00.000" ? formatDate(date) : formatDateTime(date);
}

export const EMPTY_VALUE = "(empty)";

// One stored value as the desk reads it, or null when there is none.
export function describeValue(field: string, value: unknown, names: NameBook = emptyNameBook()): string | null {
  if (value === null || value === undefined || value === "") return null;
  const book = ID_FIELDS[field];
  if (book && typeof value === "string") return names[book][value] ?? `(no longer on file: ${value})`;
  // "kind" names a claim's kind on the claim, and a note's kind inside a correction.
  if (field === "kind" && typeof value === "string") return kindLabel(value);
  if (field === "status" && typeof value === "string") return CLAIM_STATUS_LABELS[value as keyof typeof CLAIM_STATUS_LABELS] ?? value;
  if (field === "stance" && typeof value === "string") return STANCE_LABELS[value as keyof typeof STANCE_LABELS] ?? value;
  if (field === "madeAtTimeZone" && typeof value === "string") return value.replaceAll("_", " ");
  if (value instanceof Date) return describeInstant(isoInstant(value) ?? UNREADABLE_DATE, DATE_FIELDS.has(field));
  if (typeof value === "string") return ISO_INSTANT.test(value) ? describeInstant(value, DATE_FIELDS.has(field)) : value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => describeValue(field, item, names)).filter((item): item is string => item !== null);
    return items.length ? items.join(", ") : null;
  }
  if (isRecord(value)) {
    // Evidence and appearance entries: "Link: https://…; First appearance: yes".
    const parts = Object.entries(value)
      .map(([key, inner]) => {
        const described = describeValue(key, inner, names);
        return described === null ? null : `${entryLabel(key)}: ${described}`;
      })
      .filter((part): part is string => part !== null);
    return parts.length ? parts.join("; ") : null;
  }
  return String(value);
}

const kindLabel = (value: string) =>
  CLAIM_KIND_LABELS[value as keyof typeof CLAIM_KIND_LABELS] ?? CORRECTION_KIND_LABELS[value as keyof typeof CORRECTION_KIND_LABELS] ?? value;

const ENTRY_LABELS: Record<string, string> = { url: "Link", first: "First appearance", isFirst: "First appearance", seenAt: "Seen" };
const entryLabel = (key: string) => ENTRY_LABELS[key] ?? FIELD_LABELS[key] ?? humanise(key);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
