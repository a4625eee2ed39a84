import { DomainError } from "@/lib/errors";

// How a route writes its refusals and its failures. The status always comes
// from the one table in lib/errors.ts; what differs per family of routes is
// the body and the headers around it (the read API's envelope with CORS and
// cache lifetimes, the desk's `{ error }` that is never cached, oEmbed's
// readable from any origin). No session here, so guards such as
// lib/auth/auth-requests.ts can write their refusals without loading one.

export type RouteAnswers = {
  // What failed, in the server's log: "[onrecord] read API failed".
  name: string;
  // A refusal on purpose (bad parameters, signed out, not allowed, not found…).
  refusal: (error: DomainError) => Response;
  // Anything else: already logged with its detail by the door; answered 500.
  failure: () => Response;
};

// What a failure inside a route says, whether answered by the door or told
// part-way through a streamed answer (the import's progress lines): a
// refusal keeps its status and message; anything else is logged here and
// shown as the plain sentence given.
export function describeRouteFailure(error: unknown, plain: string, name: string): { status: number; message: string } {
  if (error instanceof DomainError) return { status: error.status, message: error.message };
  console.error(`[onrecord] ${name} failed`, error);
  return { status: 500, message: plainFailure(plain) };
}

const plainFailure = (plain: string) => `${plain} Try again; if it keeps happening, tell the desk admin.`;

// `{ "error": "<a sentence>" }`, with the headers the route's answers carry.
// A refusal naming parameters says each problem in turn.
export function plainJsonAnswers(options: { name: string; headers: Record<string, string>; failure: string }): RouteAnswers {
  const answer = (message: string, status: number) => Response.json({ error: message }, { status, headers: options.headers });
  return {
    name: options.name,
    refusal: (error) => answer(error.issues?.length ? error.issues.map((issue) => issue.message).join(" ") : error.message, error.status),
    failure: () => answer(plainFailure(options.failure), 500),
  };
}

export const NO_STORE = { "Cache-Control": "no-store" };
