import { z } from "zod";
import { parseParameters, type QueryValues, queryValues } from "@/lib/auth/route-input";
import { DomainError } from "@/lib/errors";
import { site } from "@/lib/site";
import { slugParam } from "@/lib/slug-schema";

// What /api/oembed accepts.

// A verdict page, or its embed card, on this site.
const CLAIM_PATH = /^\/(?:embed\/)?claims\/([^/]+)\/?$/;

const blankIsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

// Hosts ask for what fits their column; anything past a large screen is a
// mistake, not a layout.
const pixels = (name: string) =>
  z.preprocess(
    blankIsMissing,
    z.coerce
      .number({ error: `${name} must be a whole number of pixels.` })
      .int({ error: `${name} must be a whole number of pixels.` })
      .min(1, { error: `${name} must be at least 1 pixel.` })
      .max(4096, { error: `${name} can be at most 4096 pixels.` })
      .optional(),
  );

export function oembedQuerySchema(siteUrl: string) {
  const origin = new URL(siteUrl).origin;
  const claimUrl = z
    .string({ error: `Give the address of a verdict page in ?url=, for example ${siteUrl}/claims/<slug>.` })
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: "url must be a full http(s) address of a verdict page." }))
    .transform((value, context) => {
      const address = new URL(value);
      const slug = address.origin === origin ? slugParam.safeParse(CLAIM_PATH.exec(address.pathname)?.[1]) : null;
      if (slug?.success) return slug.data;
      context.addIssue({
        code: "custom",
        input: value,
        message: `url must be a verdict page on this site: ${siteUrl}/claims/<slug> or ${siteUrl}/embed/claims/<slug>.`,
      });
      return z.NEVER;
    });
  return z
    .object({ url: claimUrl, maxwidth: pixels("maxwidth"), maxheight: pixels("maxheight") })
    .transform(({ url, ...limits }) => ({ slug: url, ...limits }));
}

export type OembedQuery = z.output<ReturnType<typeof oembedQuerySchema>>;

// What /api/oembed reads from its query string, as the route door gives it:
// the first value of each name (other names are ignored). oEmbed 1.0 says a
// provider answers 501 for a format it does not offer; that is checked
// before the address, so a consumer asking for XML learns that first.
export function oembedQuery(siteUrl: string) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return z
    .custom<QueryValues>()
    .transform((query, context): Record<string, unknown> => {
      const format = first(query.format);
      if (format !== undefined && format !== "json") {
        context.addIssue({ code: "custom", path: ["format"], message: "Only format=json is offered.", params: { refusal: "not_offered" } });
        return z.NEVER;
      }
      return { url: first(query.url), maxwidth: first(query.maxwidth), maxheight: first(query.maxheight) };
    })
    .pipe(oembedQuerySchema(siteUrl));
}

export type OembedQueryResult = { ok: true; query: OembedQuery } | { ok: false; status: number; error: string };

// The same reading outside a request: the query, or the status and the
// sentence the route would answer with.
export function parseOembedQuery(params: URLSearchParams, siteUrl: string): OembedQueryResult {
  try {
    return { ok: true, query: parseParameters(oembedQuery(siteUrl), queryValues(params), "query") };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, status: error.status, error: error.issues ? error.issues.map((issue) => issue.message).join(" ") : error.message };
  }
}

// Read per request: the site's address comes from the settings the server
// starts with.
export const oembedRouteQuery = z.lazy(() => oembedQuery(site.url));
