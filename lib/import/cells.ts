import { CLAIM_KINDS, type ClaimKind, SOURCE_TYPE_LABELS, SOURCE_TYPES, type SourceType, STANCE_LABELS, STANCES, type Stance } from "@/lib/claims/labels";

// Reading and writing single cells of the import format.

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
// return, which some of them skip before looking) as a formula: a claim's
// quote could then fetch a URL or run a command on the reader's machine
// ("CSV injection"). The export puts a single quote in front of such cells,
// which spreadsheets show as text, and the import takes exactly that quote
// off again. A value that itself starts with quotes before such a character
// gets one more, so every value survives the round trip unchanged.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export const isTimeOfDay = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

// Accepts the stored value or the label the desk shows, in any case, with
// spaces or underscores: "WIRE_REPORT", "wire report", "Wire report".
const lookupKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");

function lookup<T extends string>(values: readonly T[], labels: Record<T, string>) {
  const table = new Map<string, T>();
  for (const value of values) {
    table.set(lookupKey(value), value);
    table.set(lookupKey(labels[value]), value);
  }
  return (cell: string): T | undefined => table.get(lookupKey(cell));
}

const CLAIM_KIND_NAMES = { STATEMENT: "statement", PREDICTION: "prediction", PROMISE: "promise" } satisfies Record<ClaimKind, string>;
export const readKind = lookup(CLAIM_KINDS, CLAIM_KIND_NAMES);

// "Official statement" is what people write for "Official statement or readout".
const readSourceTypeStrictly = lookup(SOURCE_TYPES, SOURCE_TYPE_LABELS);
export const readSourceType = (cell: string): SourceType | undefined =>
  readSourceTypeStrictly(cell) ?? (/^official statement$/i.test(cell.trim()) ? "OFFICIAL_STATEMENT" : undefined);

const readStanceStrictly = lookup(STANCES, STANCE_LABELS);
// "contradict", "support" read as meant.
export const readStance = (cell: string): Stance | undefined => readStanceStrictly(cell) ?? readStanceStrictly(`${cell.trim()}s`);

// What the export writes: the lower-case names people type back in.
export const kindCell = (kind: ClaimKind) => CLAIM_KIND_NAMES[kind];
export const sourceTypeCell = (type: SourceType) => SOURCE_TYPE_LABELS[type].toLowerCase();
export const stanceCell = (stance: Stance) => stance.toLowerCase();

export const SOURCE_TYPE_NAMES = SOURCE_TYPES.map(sourceTypeCell);
