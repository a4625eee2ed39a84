import "server-only";
import { z } from "zod";
import { decide, needsSession, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";
import { isUnreachable } from "@/lib/database/unreachable";
import { DomainError, REFUSALS, SESSION_ENDED } from "@/lib/errors";
import type { FormState, FormValues } from "@/lib/form-state";
import { describeForbiddenCharacter, type ForbiddenCharacter, findForbiddenCharacter } from "@/lib/input-rules";

// The one door every server action goes through: parse the input with zod →
// load the session → check the policy → run the mutation. Claim-level rules
// (own, assigned, not your own proposal) are checked again inside the
// mutation against the rows it reads.
//
// Route handlers have the same door in lib/auth/route-door.ts, with the same
// steps and the same policy; a test lists every route.ts and fails on one
// that does not go through it. A refusal raised inside (a DomainError) is
// answered by the one table in lib/errors.ts: here as the state the form
// shows, there as the HTTP status.

// An outage is not the person's doing and passes: say that nothing was
// saved, that their text is still in the form, and when to try again.
export const DATABASE_NOT_ANSWERING = "The database is not answering; nothing was saved. Your text is still here: try again in a moment.";

export type Refusal = Exclude<FormState, { status: "idle" } | { status: "success" }>;

export type Outcome<R, I = unknown> = { status: "ok"; result: R; input: I } | Refusal;

type Guarded<S extends z.ZodType, R> = {
  schema: S;
  permission: Permission;
  run: (input: z.output<S>, actor: Actor) => Promise<R>;
};

export async function throughTheDoor<S extends z.ZodType, R>(
  guarded: Guarded<S, R>,
  raw: Record<string, unknown>,
  actorLoader: () => Promise<Actor | null> = getActor,
): Promise<Outcome<R, z.output<S>>> {
  const parsed = guarded.schema.safeParse(raw);
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "Some fields need attention before this can be saved.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      values: stringValues(raw),
    };
  }
  // Every text field is built on lib/form-fields.ts, which refuses control
  // characters with a message naming the field. This is the backstop for a
  // field that is not (an id, a choice): nothing it holds may reach the
  // database, which refuses NUL outright.
  const stray = findForbiddenInInput(parsed.data);
  if (stray) {
    return {
      status: "invalid",
      message: "Some fields need attention before this can be saved.",
      fieldErrors: { [stray.field]: [describeForbiddenCharacter(stray.found, "This field")] },
      values: stringValues(raw),
    };
  }
  // A permission open to everyone (following an emailed link) needs no
  // session: its actions are declared with openFormAction, whose work takes
  // no actor.
  if (!needsSession(guarded.permission)) {
    try {
      return { status: "ok", result: await guarded.run(parsed.data, null as unknown as Actor), input: parsed.data };
    } catch (error) {
      return describeFailure(error, raw);
    }
  }
  // The session is checked against the database (lib/auth/session.ts), so
  // with the database down this fails too: inside the door's handling, or the
  // form would be replaced by Next's error page and what was typed lost.
  let actor: Actor | null;
  try {
    actor = await actorLoader();
  } catch (error) {
    return describeFailure(error, raw);
  }
  if (!actor) return { status: "refused", message: SESSION_ENDED };
  const decision = decide(actor, guarded.permission);
  if (!decision.allowed) return { status: "refused", message: decision.reason };
  try {
    return { status: "ok", result: await guarded.run(parsed.data, actor), input: parsed.data };
  } catch (error) {
    return describeFailure(error, raw);
  }
}

// Every refusal gives back what was typed, so nothing is lost: after a
// conflict, for instance, the person reloads and copies their wording over.
export function describeFailure(error: unknown, raw: Record<string, unknown> = {}): Refusal {
  const values = stringValues(raw);
  if (error instanceof DomainError) {
    const form = REFUSALS[error.code].form;
    if (form === "invalid") return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors ?? {}, values };
    return { status: form, message: error.message, values };
  }
  // Database and programming errors are logged with their detail, never shown.
  console.error("[onrecord] mutation failed", error);
  if (isUnreachable(error)) return { status: "failed", message: DATABASE_NOT_ANSWERING, values };
  return {
    status: "failed",
    message: "This could not be saved because of a problem on our side. Try again; if it keeps happening, tell the desk admin.",
    values,
  };
}

// The first string anywhere in a parsed input holding a character no stored
// text may hold, with the top-level field it sits in.
export function findForbiddenInInput(input: unknown, field = ""): { field: string; found: ForbiddenCharacter } | null {
  if (typeof input === "string") {
    const found = findForbiddenCharacter(input);
    return found ? { field, found } : null;
  }
  if (Array.isArray(input)) {
    for (const item of input) {
      const stray = findForbiddenInInput(item, field);
      if (stray) return stray;
    }
  } else if (input && typeof input === "object" && !(input instanceof Date)) {
    for (const [key, value] of Object.entries(input)) {
      if (/password/i.test(key)) continue; // hashed, never stored as typed
      const stray = findForbiddenInInput(value, field || key);
      if (stray) return stray;
    }
  }
  return null;
}

export function stringValues(raw: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(raw)) {
    if (/password/i.test(key)) continue;
    if (typeof value === "string") values[key] = value;
    // Ticked boxes sharing a name come back as a list.
    else if (Array.isArray(value) && value.every((item) => typeof item === "string")) values[key] = value;
  }
  return values;
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own bookkeeping fields
    if (typeof value !== "string") continue;
    const existing = object[key];
    // Repeated fields (checkbox groups, multi-selects) become arrays.
    if (existing === undefined) object[key] = value;
    else object[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return object;
}

// A server action for a form used with `useActionState`. `after` runs only on
// success and outside the try/catch, so it may `redirect()`. An action whose
// `after` always sends the person on has no `success` text: the page it
// lands on says what happened (lib/claims/outcomes.ts).
export function formAction<S extends z.ZodType, R>(
  guarded: Guarded<S, R> & {
    success?: string | ((result: R) => string);
    after?: (result: R, input: z.output<S>) => void | Promise<void>;
  },
) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const raw = formDataToObject(formData);
    const outcome = await throughTheDoor(guarded, raw);
    if (outcome.status !== "ok") return outcome;
    await guarded.after?.(outcome.result, outcome.input);
    return {
      status: "success",
      message: typeof guarded.success === "function" ? guarded.success(outcome.result) : (guarded.success ?? ""),
    };
  };
}

// A form anyone may send, signed in or not: one whose proof is the
// single-use token of an emailed link, or asking for one. Same parsing and
// refusals as formAction; the permission must be one the policy opens to all.
export function openFormAction<S extends z.ZodType, R>(guarded: {
  schema: S;
  permission: "account.recover";
  run: (input: z.output<S>) => Promise<R>;
  success?: string | ((result: R) => string);
  after?: (result: R, input: z.output<S>) => void | Promise<void>;
}) {
  return formAction({ ...guarded, run: (input) => guarded.run(input) });
}
