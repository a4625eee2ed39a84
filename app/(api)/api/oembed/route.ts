import { plainJsonAnswers } from "@/lib/auth/route-answers";
import { routeDoor } from "@/lib/auth/route-door";
import { oembedDocument } from "@/lib/embed/oembed";
import { getEmbeddableVerdict } from "@/lib/embed/queries";
import { oembedRouteQuery } from "@/lib/embed/schema";
import { DomainError } from "@/lib/errors";

// oEmbed 1.0 for published verdicts. Public and read-only; other sites'
// pages and servers call it, so every answer, refusals included, may be read
// from any origin.
export const dynamic = "force-dynamic";

export const GET = routeDoor({
  permission: "public.read",
  query: oembedRouteQuery,
  answers: plainJsonAnswers({
    name: "oEmbed",
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
    failure: "The embed could not be described because of a problem on our side.",
  }),
  run: async ({ query: { slug, maxwidth, maxheight } }) => {
    const verdict = await getEmbeddableVerdict(slug);
    if (!verdict) throw new DomainError("not_found", "There is no published verdict at that address.");
    return Response.json(oembedDocument(verdict, { maxwidth, maxheight }), {
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
    });
  },
});
