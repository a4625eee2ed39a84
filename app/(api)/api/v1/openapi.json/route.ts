import { preflight, publicRead } from "@/lib/api/endpoint";
import { openApiDocument } from "@/lib/api/openapi";
import { apiRateLimitPerMinute } from "@/lib/api/rate-limit";
import { CACHE_DOCUMENT, CORS_HEADERS } from "@/lib/api/responses";
import { site } from "@/lib/site";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod
// schemas the endpoints use. Dynamic because the server address and the rate
// limit come from the environment the server starts with, not the build's.
export const dynamic = "force-dynamic";

let document: string | undefined;

export const GET = publicRead(async () => {
  document ??= JSON.stringify(openApiDocument({ siteUrl: site.url, siteName: site.name, ratePerMinute: apiRateLimitPerMinute() }));
  return new Response(document, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE_DOCUMENT, ...CORS_HEADERS },
  });
});

export const OPTIONS = preflight;
