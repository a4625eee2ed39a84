import type { z } from "zod";
import { type ApiErrorCode, errorShape } from "@/lib/api/envelope-schema";
import type { RouteAnswers } from "@/lib/auth/route-answers";
import type { DomainError, DomainErrorCode } from "@/lib/errors";

// How every reply of the read API is written: JSON in UTF-8, readable from
// any site's scripts, cacheable when it holds published data.

export const API_METHODS = "GET, HEAD, OPTIONS";

// Any site may read published verdicts from the browser. The API reads no
// cookies and sets none, so there are no credentials to share and
// Access-Control-Allow-Credentials is never sent. The rate-limit headers are
// exposed so a script can pace itself.
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After",
};

// The app answers from the database on every request, so an unpublished
// verdict is gone from the API at once. A browser or CDN in front may keep a
// reply a minute (and serve it a minute more while it fetches a fresh one):
// that bounds how long a withdrawn verdict can linger outside our servers.
export const CACHE_PUBLISHED = "public, max-age=60, stale-while-revalidate=60";
export const CACHE_NOT_FOUND = "public, max-age=60";
export const CACHE_NEVER = "no-store";
export const CACHE_DOCUMENT = "public, max-age=3600";

export function jsonReply<S extends z.ZodType>(schema: S, body: z.input<S>, options: { status?: number; cacheControl?: string } = {}): Response {
  // Parsed on the way out as well as typed: zod drops any field the public
  // shape does not name, so a desk-only column can never ride along.
  const checked = schema.parse(body);
  return new Response(JSON.stringify(checked), {
    status: options.status ?? 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": options.cacheControl ?? CACHE_PUBLISHED,
      ...CORS_HEADERS,
    },
  });
}

// The API's stable code for each refusal (its status comes from the one
// table in lib/errors.ts). The read API is public and only reads, so the
// desk's refusals never reach it; were one to, it would read as a bad request.
const API_CODES: Partial<Record<DomainErrorCode, ApiErrorCode>> = { invalid: "invalid_request", not_found: "not_found", rate_limited: "rate_limited" };

export function errorReply(error: DomainError): Response {
  return jsonReply(
    errorShape,
    { error: { code: API_CODES[error.code] ?? "invalid_request", message: error.message, ...(error.issues ? { issues: error.issues } : {}) } },
    { status: error.status, cacheControl: error.status === 404 ? CACHE_NOT_FOUND : CACHE_NEVER },
  );
}

// How the route door answers for the read API.
export const apiAnswers: RouteAnswers = {
  name: "read API",
  refusal: errorReply,
  failure: () =>
    jsonReply(
      errorShape,
      { error: { code: "server_error", message: "Something went wrong on our side. Try again in a moment." } },
      { status: 500, cacheControl: CACHE_NEVER },
    ),
};

// The answer to a browser's preflight: which methods and headers a script on
// another site may use, remembered for a day.
export function preflightReply(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": API_METHODS,
      "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
      Allow: API_METHODS,
      "Cache-Control": CACHE_DOCUMENT,
    },
  });
}
