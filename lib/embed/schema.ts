import { z } from "zod";
import { slugParam } from "@/lib/slug";

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

export type OembedQueryResult =
  | { ok: true; query: OembedQuery }
  | { ok: false; status: 400 | 501; error: string };

// oEmbed 1.0 says a provider answers 501 for a format it does not offer.
// That is checked before the address, so a consumer asking for XML learns
// that first.
export function parseOembedQuery(params: URLSearchParams, siteUrl: string): OembedQueryResult {
  const format = params.get("format");
  if (format !== null && format !== "json") {
    return { ok: false, status: 501, error: "Only format=json is offered." };
  }
  const parsed = oembedQuerySchema(siteUrl).safeParse({
    url: params.get("url") ?? undefined,
    maxwidth: params.get("maxwidth") ?? undefined,
    maxheight: params.get("maxheight") ?? undefined,
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, status: 400, error: parsed.error.issues.map((issue) => issue.message).join(" ") };
}
