import { z } from "zod";
import { isTimeZone } from "@/lib/dates";
import {
  cleanQueryText,
  describeDateProblem,
  describeForbiddenCharacter,
  findForbiddenCharacter,
  isInFuture,
  isWebAddress,
  MAX_URL_LENGTH,
  normaliseLongText,
  normaliseShortText,
  readDate,
} from "@/lib/input-rules";

// Field rules shared by every form and import, built on lib/input-rules.ts:
// empty text means "not given", web addresses must be http(s), dates are
// year-month-day within OnRecord's calendar, and no text may hold control or
// direction-override characters.

// Up to this many characters a text is one line (a title, a name, a place):
// pasted line breaks and tabs become spaces. Longer texts keep their lines.
export const ONE_LINE_MAX = 300;

// A text field: normalised (NFC, line breaks), trimmed, its characters
// checked, its length bounded. The label starts the messages ("The quote").
export function textField(max: number, label: string) {
  const normalise = max <= ONE_LINE_MAX ? normaliseShortText : normaliseLongText;
  return z
    .string({ error: `${label} must be text.` })
    .overwrite(normalise)
    .trim()
    .superRefine((value, context) => {
      const found = findForbiddenCharacter(value);
      if (found) context.addIssue({ code: "custom", message: describeForbiddenCharacter(found, label) });
    })
    .max(max, { error: `${label} must be at most ${max.toLocaleString("en-GB")} characters.` });
}

// Required text: at least `min` characters, with the message to show when
// it is missing or too short.
export const requiredText = (min: number, max: number, label: string, missing: string) => textField(max, label).min(min, { error: missing });

export const optionalText = (max: number, label: string) =>
  textField(max, label)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

// What a search box or filter sends: never stored, so characters that cannot
// be searched are dropped rather than refused (lib/input-rules.ts).
export const queryText = (max: number) =>
  z
    .string()
    .overwrite(cleanQueryText)
    .trim()
    .transform((value) => Array.from(value).slice(0, max).join("").trim());

const webAddressMessage = (label: string) => `${label} must be a full web address starting with http:// or https://.`;

// A required address: `missing` when left empty, else the address rule.
export const webAddress = (label: string, missing: string) =>
  textField(MAX_URL_LENGTH, label).superRefine((value, context) => {
    if (value === "") context.addIssue({ code: "custom", message: missing });
    else if (!isWebAddress(value)) context.addIssue({ code: "custom", message: webAddressMessage(label) });
  });

export const optionalUrl = (label: string) =>
  textField(MAX_URL_LENGTH, label)
    .refine((value) => value === "" || isWebAddress(value), { error: webAddressMessage(label) })
    .transform((value) => (value === "" ? undefined : value))
    .optional();

type DateRule = { notInFuture?: boolean };

// A date as <input type="date"> or "datetime-local" sends it, stored as UTC,
// within EARLIEST_YEAR..LATEST_YEAR; with notInFuture, no later than a day
// from now. The label reads inside a sentence ("when the claim was made").
function dateText(label: string, rule: DateRule) {
  return (value: string, context: z.RefinementCtx) => {
    const read = readDate(value);
    if ("problem" in read) {
      context.addIssue({ code: "custom", message: describeDateProblem(read.problem, label) });
      return z.NEVER;
    }
    if (rule.notInFuture && isInFuture(read.date)) {
      context.addIssue({ code: "custom", message: `${label[0]!.toUpperCase()}${label.slice(1)} cannot be in the future.` });
      return z.NEVER;
    }
    return read.date;
  };
}

export const dateInput = (label: string, rule: DateRule = {}) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { error: `Enter ${label}.` })
    .transform(dateText(label, rule));

export const optionalDate = (label: string, rule: DateRule = {}) =>
  z
    .string({ error: `${label} must be a date.` })
    .trim()
    .optional()
    .transform((value, context) => (value ? dateText(label, rule)(value, context) : undefined));

// A failed parse's messages by field, as forms show them.
export const fieldErrorsOf = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[]>;

export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal("")])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === "1");

// Ticked checkboxes sharing one name: absent, one value, or several.
export const idList = (max: number, label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => [...new Set((value === undefined ? [] : Array.isArray(value) ? value : [value]).map((id) => id.trim()).filter(Boolean))])
    .refine((ids) => ids.length <= max, { error: `Choose at most ${max} ${label}.` });

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

// <input type="time">: hours and minutes, optional.
export const timeOfDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || TIME_OF_DAY.test(value), { error: "Give the time as hours and minutes, for example 14:30." });

// An IANA zone name from the picker ("Asia/Tehran").
export const timeZone = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || isTimeZone(value), { error: "Choose a time zone from the list." });

// Whether a day, a time of day and a zone, as a form's refinement sees them,
// can be read as one instant (lib/dates.ts saidAt). Refinements that compare
// it with now run even when a field failed, to report every problem at once,
// and then see the raw text ("noon", "Mars/Olympus"), which saidAt cannot read.
export function readableSaidAt(fields: {
  madeAt?: unknown;
  madeAtTime?: unknown;
  timeZone?: unknown;
}): fields is { madeAt: Date; madeAtTime?: string; timeZone?: string } {
  return (
    fields.madeAt instanceof Date &&
    !Number.isNaN(fields.madeAt.getTime()) &&
    (fields.madeAtTime === undefined || (typeof fields.madeAtTime === "string" && TIME_OF_DAY.test(fields.madeAtTime))) &&
    (fields.timeZone === undefined || (typeof fields.timeZone === "string" && isTimeZone(fields.timeZone)))
  );
}

// A <select> that may be left on its "Choose…" option, which sends "".
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values, { error }).optional());

// The claim a desk form acts on, and the version the person saw (every write
// checks it, so two people saving at once never both win).
export const claimId = z.string({ error: "No claim given." }).trim().min(1, { error: "No claim given." });
export const claimVersion = z.coerce.number({ error: "Reload the page and try again." }).int().positive({ error: "Reload the page and try again." });
export const claimRef = { claimId, version: claimVersion };
