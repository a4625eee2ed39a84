import { oembedDocument } from "@/lib/embed/oembed";
import { getEmbeddableVerdict } from "@/lib/embed/queries";
import { parseOembedQuery } from "@/lib/embed/schema";
import { site } from "@/lib/site";

// oEmbed 1.0 for published verdicts. Public and read-only; other sites'
// pages and servers call it, so every answer, refusals included, may be read
// from any origin.
export const dynamic = "force-dynamic";

const answer = (body: unknown, status: number, cache: string) =>
  Response.json(body, { status, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": cache } });

export async function GET(request: Request) {
  const parsed = parseOembedQuery(new URL(request.url).searchParams, site.url);
  if (!parsed.ok) return answer({ error: parsed.error }, parsed.status, "no-store");
  const { slug, maxwidth, maxheight } = parsed.query;
  const verdict = await getEmbeddableVerdict(slug);
  if (!verdict) return answer({ error: "There is no published verdict at that address." }, 404, "no-store");
  return answer(oembedDocument(verdict, { maxwidth, maxheight }), 200, "public, max-age=300");
}
