import "server-only";
import type { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { nextPageUrl } from "@/lib/api/page-json";
import { noQuery, slugPath } from "@/lib/api/params";
import { countApiRequest, type RequestCount } from "@/lib/api/rate-limit";
import { readPath, readQuery } from "@/lib/api/request";
import { errorReply, jsonReply, preflightReply } from "@/lib/api/responses";
import { clientIp } from "@/lib/auth/client-ip";
import { site } from "@/lib/site";

// The one door of the read API: every GET is counted against its address's
// rate limit first, then served; a refusal becomes its JSON error, anything
// unexpected is logged with its detail and answered with a plain 500. Public
// and read-only, with no session: what it may show is decided by the queries,
// which only ever read published verdicts.

export function publicRead<Context>(serve: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const count = await countApiRequest(clientIp(request.headers));
    if (!count.allowed) {
      const refusal = errorReply(
        new ApiError(
          "rate_limited",
          `Too many requests from your address: the limit is ${count.limit} a minute. Try again in ${count.resetSeconds} seconds.`,
        ),
      );
      refusal.headers.set("Retry-After", String(count.resetSeconds));
      return withCount(refusal, count);
    }
    try {
      return withCount(await serve(request, context), count);
    } catch (error) {
      if (error instanceof ApiError) return withCount(errorReply(error), count);
      console.error("[onrecord] read API failed", request.method, request.url, error);
      return withCount(errorReply(new ApiError("server_error", "Something went wrong on our side. Try again in a moment.")), count);
    }
  };
}

// The IETF RateLimit header fields, on every reply, so a client can pace itself.
function withCount(response: Response, count: RequestCount): Response {
  response.headers.set("RateLimit-Limit", String(count.limit));
  response.headers.set("RateLimit-Remaining", String(count.remaining));
  response.headers.set("RateLimit-Reset", String(count.resetSeconds));
  response.headers.set("RateLimit-Policy", `${count.limit};w=${count.windowSeconds}`);
  return response;
}

// Preflights are answered without counting: they carry no data and browsers
// cache them for a day.
export const preflight = async () => preflightReply();

// A list endpoint: its query read through `query`, one page read, the reply
// parsed with `shape`, and the next page's address on the site's own URL.
export function publicList<Q extends z.ZodObject<z.ZodRawShape>, S extends z.ZodType>(
  query: Q,
  shape: S,
  readPage: (query: z.output<Q>, nextUrl: (cursor: string) => string) => Promise<z.input<S>>,
) {
  return publicRead(async (request: Request) => jsonReply(shape, await readPage(readQuery(request, query), nextPageUrl(site.url, request))));
}

type SlugContext = { params: Promise<{ slug: string }> };

// One record by its slug: no query parameters, and a 404 from `read` when
// nothing published has that slug.
export function publicRecord<S extends z.ZodType<unknown, { data: unknown }>>(
  what: "claim" | "speaker",
  shape: S,
  read: (slug: string) => Promise<z.input<S>["data"]>,
) {
  return publicRead(async (request: Request, { params }: SlugContext) => {
    const { slug } = readPath(slugPath(what), await params);
    readQuery(request, noQuery);
    // `read` is checked against the shape's data above; TypeScript cannot
    // see that wrapping it again gives the shape's input.
    return jsonReply(shape, { data: await read(slug) } as z.input<S>);
  });
}
