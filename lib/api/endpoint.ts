import "server-only";
import type { z } from "zod";
import { nextPageUrl } from "@/lib/api/page-json";
import { noQuery, slugPath } from "@/lib/api/params-schema";
import { countApiRequest, type RequestCount } from "@/lib/api/rate-limit";
import { eachOnce } from "@/lib/api/request";
import { apiAnswers, jsonReply, preflightReply } from "@/lib/api/responses";
import { clientIp } from "@/lib/auth/client-ip";
import { type Admission, routeDoor } from "@/lib/auth/route-door";
import { DomainError } from "@/lib/errors";
import { site } from "@/lib/site";

// The read API's routes, through the route door (lib/auth/route-door.ts) with
// `public.read`: no session is loaded, and what they may show is decided by
// the queries, which only ever read published verdicts. Every GET is counted
// against its address's rate limit before anything else; refusals are the
// API's JSON envelope.

async function countRequest(request: Request): Promise<Admission> {
  const count = await countApiRequest(clientIp(request.headers));
  return {
    refuse: count.allowed
      ? undefined
      : new DomainError(
          "rate_limited",
          `Too many requests from your address: the limit is ${count.limit} a minute. Try again in ${count.resetSeconds} seconds.`,
        ),
    finish: (answer) => withCount(answer, count),
  };
}

// The IETF RateLimit header fields, on every reply, so a client can pace itself.
function withCount(response: Response, count: RequestCount): Response {
  if (!count.allowed) response.headers.set("Retry-After", String(count.resetSeconds));
  response.headers.set("RateLimit-Limit", String(count.limit));
  response.headers.set("RateLimit-Remaining", String(count.remaining));
  response.headers.set("RateLimit-Reset", String(count.resetSeconds));
  response.headers.set("RateLimit-Policy", `${count.limit};w=${count.windowSeconds}`);
  return response;
}

// A read of the API that takes no parameters (the OpenAPI document).
export function publicRead(serve: () => Promise<Response>) {
  return routeDoor({ permission: "public.read", admit: countRequest, answers: apiAnswers, run: serve });
}

// Preflights are answered without counting: they carry no data and browsers
// cache them for a day.
export const preflight = routeDoor({ permission: "public.read", answers: apiAnswers, run: async () => preflightReply() });

// A list endpoint: its query read through `query`, one page read, the reply
// parsed with `shape`, and the next page's address on the site's own URL.
export function publicList<Q extends z.ZodObject<z.ZodRawShape>, S extends z.ZodType>(
  query: Q,
  shape: S,
  readPage: (query: z.output<Q>, nextUrl: (cursor: string) => string) => Promise<z.input<S>>,
) {
  return routeDoor({
    permission: "public.read",
    admit: countRequest,
    query: eachOnce(query),
    answers: apiAnswers,
    run: async ({ request, query }) => jsonReply(shape, await readPage(query, nextPageUrl(site.url, request))),
  });
}

// One record by its slug: no query parameters, and a 404 from `read` when
// nothing published has that slug.
export function publicRecord<S extends z.ZodType<unknown, { data: unknown }>>(
  what: "claim" | "speaker",
  shape: S,
  read: (slug: string) => Promise<z.input<S>["data"]>,
) {
  return routeDoor({
    permission: "public.read",
    admit: countRequest,
    params: slugPath(what),
    query: eachOnce(noQuery),
    answers: apiAnswers,
    // `read` is checked against the shape's data above; TypeScript cannot
    // see that wrapping it again gives the shape's input.
    run: async ({ params }) => jsonReply(shape, { data: await read(params.slug) } as z.input<S>),
  });
}
