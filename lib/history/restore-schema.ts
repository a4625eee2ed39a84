import { z } from "zod";
import { CLAIM_OWN_FIELDS } from "@/lib/claims/fields";
import { isoInstant } from "@/lib/dates";
import { claimRef } from "@/lib/form-fields";

// Restoring the value a claim field had before a change. Only the fields the
// claim edit form writes can be restored (updateClaim's fields); topics are
// left to the edit form, where adding and removing them is already one step.
// Importable from client code.

// Every one of a claim's own fields (lib/claims/fields.ts) can be restored.
export const RESTORABLE_FIELDS = CLAIM_OWN_FIELDS;

export type RestorableField = (typeof RESTORABLE_FIELDS)[number];

// A claim must always have these; a change that set them for the first time
// (the claim being logged) has no earlier value to go back to.
const REQUIRED: ReadonlySet<string> = new Set(["text", "madeAt", "kind", "speakerId"]);

export const isRestorable = (field: string): field is RestorableField => (RESTORABLE_FIELDS as readonly string[]).includes(field);

// Whether a row of a revision offers "Restore the earlier value". The instant
// and the zone it was given in are one value ("14:30 in Tehran"), restored
// together, so a revision that changed both offers it once, on the instant.
export function offersRestore(field: string, from: unknown, fieldsInRevision: readonly string[]): boolean {
  if (!isRestorable(field)) return false;
  if (REQUIRED.has(field) && (from === null || from === undefined)) return false;
  if (field === "madeAtTimeZone" && fieldsInRevision.includes("madeAt")) return false;
  return true;
}

// Fields restored on their own (not with a partner field): when the claim
// already holds the earlier value again, the row says so instead of offering
// a restore that would change nothing.
const RESTORED_ALONE: ReadonlySet<string> = new Set(["text", "quote", "context", "venue", "settleBy", "settleCriteria", "speakerId"]);

export function holdsAlready(field: string, from: unknown, now: Record<string, unknown>): boolean {
  if (!RESTORED_ALONE.has(field) || !(field in now)) return false;
  const stored = (value: unknown) => (value instanceof Date ? (isoInstant(value) ?? null) : (value ?? null));
  return stored(now[field]) === stored(from);
}

export const restoreSchema = z.object({
  ...claimRef,
  revisionId: z.string({ error: "No revision given." }).trim().min(1, { error: "No revision given." }).max(64),
  field: z.enum(RESTORABLE_FIELDS, { error: "That field cannot be restored from the history." }),
});

export type RestoreInput = z.output<typeof restoreSchema>;
