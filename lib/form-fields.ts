import { z } from "zod";

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
