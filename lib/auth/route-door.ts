import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { decide, needsSession, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { RouteAnswers } from "@/lib/auth/route-answers";
import { parseParameters, queryValues } from "@/lib/auth/route-input";
import { DomainError, forbidden, unauthenticated } from "@/lib/errors";

// The door every route handler goes through, as lib/auth/door.ts is for
// server actions: (admit) → parse the path and query with zod → load the
// session → check the policy → (read the body) → run. Every refusal on the
// way is a DomainError, answered with its status from the one table in
// lib/errors.ts and in the route's own envelope (lib/auth/route-answers.ts);
// anything else is logged with its detail and answered with a plain 500.
//
// - `admit` runs first, for what must come before anything is read: the read
//   API counts the request against its rate limit (and `finish` puts the
//   count on every answer, refusals included); the import routes refuse a
//   post from another site before they look at the session.
// - The session is loaded only when the permission needs one: public reads
//   (`public.read`) and Auth.js's steps (`auth.session`) cost no query.
// - `body` is read after the policy has allowed the request, so a stranger
//   cannot make the server read a 10 MB upload.
//
// Auth.js's catch-all (/api/auth/[...nextauth]) comes through here too, with
// `auth.session` and no zod schema: Auth.js reads the request itself (the
// step in its path, its form with the CSRF token, its cookies), and a second
// reading here would have to follow its private protocol and consume the body
// it needs. What the site's own pages send it is checked instead by the guard
// in lib/auth/auth-requests.ts, which refuses in this door's envelope.

// Auth.js is loaded only when a permission needs the session, so a public
// route neither queries for one nor loads the code that reads it.
const loadActor = async () => (await import("@/lib/auth/session")).getActor();

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type Admission = { refuse?: DomainError; finish?: (answer: Response) => Response };

type RouteDoor<P extends z.ZodType, Q extends z.ZodType, B> = {
  // Importing takes several permissions at once; every one must allow.
  permission: Permission | readonly Permission[];
  params?: P;
  query?: Q;
  answers: RouteAnswers;
  admit?: (request: Request) => Promise<Admission>;
  body?: (request: Request) => Promise<B>;
  run: (input: { request: Request; params: z.output<P>; query: z.output<Q>; body: B; actor: Actor | null }) => Promise<Response>;
};

export type RouteHandler = (request?: Request, context?: RouteContext) => Promise<Response>;

// Marks a handler made here, so a test can list every route.ts and check
// that each exported method came through the door.
const THROUGH_THE_DOOR = Symbol.for("onrecord.routeDoor");

export const cameThroughTheDoor = (handler: unknown): boolean =>
  typeof handler === "function" && (handler as unknown as Record<symbol, unknown>)[THROUGH_THE_DOOR] === true;

export function routeDoor<P extends z.ZodType = z.ZodType<undefined>, Q extends z.ZodType = z.ZodType<undefined>, B = undefined>(
  door: RouteDoor<P, Q, B>,
): RouteHandler {
  const permissions: readonly Permission[] = typeof door.permission === "string" ? [door.permission] : door.permission;
  // Next always passes the request; a handler that reads nothing from it may
  // be called without one in a test.
  const handler = async (request: Request = new Request("http://onrecord.invalid/"), context?: RouteContext): Promise<Response> => {
    let finish = (answer: Response) => answer;
    try {
      const admission = await door.admit?.(request);
      if (admission?.finish) finish = admission.finish;
      if (admission?.refuse) throw admission.refuse;
      const params = door.params ? parseParameters(door.params, (await context?.params) ?? {}, "path") : undefined;
      const query = door.query ? parseParameters(door.query, queryValues(new URL(request.url).searchParams), "query") : undefined;
      const actor = permissions.some(needsSession) ? await loadActor() : null;
      for (const permission of permissions) {
        if (needsSession(permission) && !actor) throw unauthenticated();
        const decision = decide(actor, permission);
        if (!decision.allowed) throw forbidden(decision.reason);
      }
      const body = door.body ? await door.body(request) : (undefined as B);
      return finish(await door.run({ request, params: params as z.output<P>, query: query as z.output<Q>, body, actor }));
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof DomainError) return finish(door.answers.refusal(error));
      console.error(`[onrecord] ${door.answers.name} failed`, request.method, request.url, error);
      return finish(door.answers.failure());
    }
  };
  return Object.assign(handler, { [THROUGH_THE_DOOR]: true });
}

// For a route whose permission needs a session: the actor the door loaded.
export function signedIn(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}
