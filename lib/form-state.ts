// The outcome of a form submission, shared by server actions and the client
// forms that show it. Importable from client components.

import type { AlikeFound } from "@/lib/claims/alike";
import type { StoredVersion } from "@/lib/claims/conflict";

// What was typed, field by field; ticked boxes sharing a name give a list.
export type FormValues = Record<string, string | string[]>;

export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[]>; values: FormValues }
  | { status: "refused" | "not_found" | "failed"; message: string; values?: FormValues }
  // Someone saved first. An edit form that can show both versions side by
  // side gets what is stored now as `stored` (lib/claims/conflict.ts).
  | { status: "conflict"; message: string; values?: FormValues; stored?: StoredVersion }
  // Nothing saved yet: the person is asked to look at what reads alike first.
  | ({ status: "check"; message: string; values: FormValues } & AlikeFound);

export const idle: FormState = { status: "idle" };

export function fieldError(state: FormState, field: string): string | undefined {
  return state.status === "invalid" ? state.fieldErrors[field]?.[0] : undefined;
}

// What the person typed, so a rejected form does not lose their work.
export function submittedValue(state: FormState, field: string): string | undefined {
  const value = state.status === "idle" || state.status === "success" ? undefined : state.values?.[field];
  return typeof value === "string" ? value : undefined;
}

// The boxes ticked under one name, or undefined when the form was not refused
// (so the caller falls back to what is stored).
export function submittedList(state: FormState, field: string): string[] | undefined {
  if (state.status === "idle" || state.status === "success" || !state.values) return undefined;
  const value = state.values[field];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
