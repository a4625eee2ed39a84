import { z } from "zod";
import { isTimeZone } from "@/lib/dates";

// Field rules shared by the desk's forms: empty text means "not given",
// web addresses must be http(s), dates come from <input type="date">.

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .transform((value) => (value === "" ? undefined : value))
    .pipe(
      z
        .url({ protocol: /^https?$/, error: `${label} must be a full web address starting with http:// or https://.` })
        .optional(),
    )
    .optional();

// <input type="date"> or "datetime-local" values; stored as UTC.
export const dateInput = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { error: `Enter ${label}.` })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: `${label[0]!.toUpperCase()}${label.slice(1)} is not a valid date.` })
    .transform((value) => new Date(value));

export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || !Number.isNaN(Date.parse(value)), { error: `${label} is not a valid date.` })
    .transform((value) => (value ? new Date(value) : undefined));

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

// <input type="time">: hours and minutes, optional.
export const timeOfDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { error: "Give the time as hours and minutes, for example 14:30." });

// An IANA zone name from the picker ("Asia/Tehran").
export const timeZone = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || isTimeZone(value), { error: "Choose a time zone from the list." });

// A <select> that may be left on its "Choose…" option, which sends "".
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values, { error }).optional());

// The claim a desk form acts on, and the version the person saw (every write
// checks it, so two people saving at once never both win).
export const claimId = z.string({ error: "No claim given." }).trim().min(1, { error: "No claim given." });
export const claimVersion = z.coerce.number({ error: "Reload the page and try again." }).int().positive({ error: "Reload the page and try again." });
export const claimRef = { claimId, version: claimVersion };
