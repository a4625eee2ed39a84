// Errors raised on purpose: a refusal with a message written for the person
// who will read it (at the desk, or calling a route). Anything else that goes
// wrong is logged with its detail and shown as a plain "problem on our side".

// How each refusal is answered, in one table both doors read: the HTTP status
// a route handler answers with (lib/auth/route-door.ts) and the state a form
// shows after a server action (lib/auth/door.ts).
export const REFUSALS = {
  unauthenticated: { status: 401, form: "refused" },
  forbidden: { status: 403, form: "refused" },
  not_found: { status: 404, form: "not_found" },
  conflict: { status: 409, form: "conflict" },
  invalid: { status: 400, form: "invalid" },
  too_large: { status: 413, form: "invalid" },
  unsupported_type: { status: 415, form: "invalid" },
  rate_limited: { status: 429, form: "refused" },
  // oEmbed 1.0 answers 501 for a format the provider does not offer.
  not_offered: { status: 501, form: "invalid" },
} as const satisfies Record<string, { status: number; form: "refused" | "not_found" | "conflict" | "invalid" }>;

export type DomainErrorCode = keyof typeof REFUSALS;

// A wrong query or path parameter of a route, named as the address names it
// (a form names its fields in `fieldErrors` instead).
export type ParameterIssue = { parameter: string; message: string };

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly issues?: ParameterIssue[],
  ) {
    super(message);
    this.name = "DomainError";
  }

  get status(): number {
    return REFUSALS[this.code].status;
  }
}

export const SESSION_ENDED = "Your session has ended or you are not signed in. Sign in and try again.";

export const unauthenticated = () => new DomainError("unauthenticated", SESSION_ENDED);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const notFound = (what = "That record") => new DomainError("not_found", `${what} was not found, or you are not allowed to see it.`);
export const conflict = (message: string) => new DomainError("conflict", message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) => new DomainError("invalid", message, fieldErrors);

// Bad parameters of a route: one sentence for people, and each parameter named.
export const invalidParameters = (issues: ParameterIssue[]) =>
  new DomainError(
    "invalid",
    issues.length === 1 ? issues[0]!.message : `${issues.length} problems with the request: ${issues.map((issue) => issue.message).join(" ")}`,
    undefined,
    issues,
  );
