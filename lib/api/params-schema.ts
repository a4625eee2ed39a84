import { z } from "zod";
import { API_CLAIM_KINDS } from "@/lib/api/claim-schema";
import { type CursorList, decodeCursor, MAX_CURSOR_LENGTH, SLUG } from "@/lib/api/cursor";
import { EARLIEST_YEAR, isDateInRange, isDay, LATEST_YEAR } from "@/lib/input-rules";

// What each endpoint accepts in its query string and path, validated at the
// door. The same field schemas document the parameters in the OpenAPI
// document (as their input: what goes in the URL).
//
// Unknown query parameters are refused with a 400 naming them, rather than
// ignored: a misspelt filter (`?speakers=…`) would otherwise return every
// claim, and a reader would take the unfiltered list for the filtered one.

export const DEFAULT_PAGE_SIZE = 20;
// A page of 100 claims with their speakers and topics is about 100 KB of
// JSON: enough for a client syncing the archive, small enough to keep a slow
// client from holding the server for long.
export const MAX_PAGE_SIZE = 100;

const slugParam = (name: string, what: string) =>
  z
    .string()
    .regex(SLUG, { error: `${name} must be a slug: lowercase letters, digits and "-", up to 200 characters.` })
    .describe(what);

const dayParam = (name: string, what: string) =>
  z.iso
    .date({ error: `${name} must be a real day written YYYY-MM-DD.`, abort: true })
    .refine(isDay, { error: `${name} must be a day between ${EARLIEST_YEAR} and ${LATEST_YEAR}.` })
    .describe(what);

const limitParam = z.coerce
  .number({ error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.` })
  .int({ error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.` })
  .min(1, { error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.` })
  .max(MAX_PAGE_SIZE, { error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.` })
  .default(DEFAULT_PAGE_SIZE)
  .describe(`How many results per page, 1 to ${MAX_PAGE_SIZE}.`);

const cursorParam = (list: CursorList) => {
  const refused = `cursor is not one this endpoint gave out. Use nextCursor from the previous page of /${list} as it was sent, or start again without a cursor.`;
  return z
    .string()
    .max(MAX_CURSOR_LENGTH, { error: refused })
    .transform((token, context) => {
      const position = decodeCursor(list, token);
      if (!position) {
        context.addIssue({ code: "custom", message: refused });
        return z.NEVER;
      }
      return position;
    })
    .describe("nextCursor from the previous page, as it was sent.");
};

// A range the wrong way round is refused rather than swapped: a program that
// sent it has a bug its author wants to hear about. (A zod 4 refinement keeps
// the object schema, so its shape still documents each parameter.)
export const claimsQuery = z
  .strictObject({
    speaker: slugParam("speaker", "Only claims by this speaker (their slug).").optional(),
    topic: slugParam("topic", "Only claims on this topic (its slug).").optional(),
    rating: slugParam("rating", "Only verdicts with this rating (its slug, e.g. `misleading`).").optional(),
    kind: z
      .enum(API_CLAIM_KINDS, { error: `kind must be one of ${API_CLAIM_KINDS.join(", ")}.` })
      .describe("Only statements, predictions or promises.")
      .optional(),
    from: dayParam("from", "Only claims made on or after this day (UTC).").optional(),
    to: dayParam("to", "Only claims made on or before this day (UTC).").optional(),
    publishedSince: z
      .union([z.iso.datetime({ offset: true }), z.iso.date()], {
        error: "publishedSince must be a day (YYYY-MM-DD) or a date-time with its offset (2026-06-01T08:00:00Z).",
      })
      .refine((value) => isDateInRange(new Date(value.length === 10 ? `${value}T00:00:00Z` : value)), {
        error: `publishedSince must fall between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
      })
      .describe("Only verdicts published at or after this moment (a day means its start, UTC). For polling: pass the newest publishedAt you hold.")
      .optional(),
    limit: limitParam,
    cursor: cursorParam("claims").optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    error: "to must be the same day as from or later.",
  });
export type ClaimsQuery = z.output<typeof claimsQuery>;

export const speakersQuery = z.strictObject({ limit: limitParam, cursor: cursorParam("speakers").optional() });
export type SpeakersQuery = z.output<typeof speakersQuery>;

// One claim or one speaker takes no query parameters at all.
export const noQuery = z.strictObject({});

export const slugPath = (what: string) => z.strictObject({ slug: slugParam("slug", `The ${what}'s slug.`) });
