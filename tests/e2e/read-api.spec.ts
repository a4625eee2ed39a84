import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";
import { servePageForArchiving } from "./support/page-server";

// The read API from the outside, on the production server: a script on
// another site can read published verdicts thanks to CORS, the OpenAPI
// document is served, and a claim in review is not there.

const otherSite = servePageForArchiving();
const api = `${E2E.baseURL}/api/v1`;

test("a page on another origin fetches published claims from the browser; the desk's routes stay closed to it", async ({ page }) => {
  otherSite.body = "<!doctype html><title>Another newsroom</title><p>Embedding OnRecord data</p>";
  await page.goto(`http://127.0.0.1:${E2E.archivePort}/`);
  const result = await page.evaluate(async (base) => {
    const simple = await fetch(`${base}/claims?speaker=donald-trump&limit=5`);
    // A JSON content type makes the browser send a preflight first.
    const preflighted = await fetch(`${base}/claims/nuclear-restraint-demo`, { headers: { "Content-Type": "application/json" } });
    let health = "readable";
    try {
      await fetch(`${base.replace("/api/v1", "")}/api/health`);
    } catch {
      health = "blocked";
    }
    return {
      status: simple.status,
      remaining: simple.headers.get("RateLimit-Remaining"),
      slugs: ((await simple.json()) as { data: { slug: string }[] }).data.map((claim) => claim.slug),
      detail: ((await preflighted.json()) as { data: { verdict: { rating: { label: string } } } }).data.verdict.rating.label,
      health,
    };
  }, api);
  expect(result.status).toBe(200);
  expect(Number(result.remaining)).toBeGreaterThan(0);
  expect(result.slugs).toContain("nuclear-restraint-demo");
  expect(result.slugs).not.toContain("talks-breakthrough-demo");
  expect(result.detail).toBe("Unsupported");
  expect(result.health).toBe("blocked");
});

test("the OpenAPI document is served with this server's address; a claim in review is 404; only GET, HEAD and OPTIONS", async ({ request }) => {
  const document = await request.get(`${api}/openapi.json`);
  expect(document.status()).toBe(200);
  expect(document.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const openApi = await document.json();
  expect(openApi.openapi).toMatch(/^3\.1\./);
  expect(openApi.servers).toEqual([{ url: api }]);
  expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(["/claims", "/claims/{slug}", "/speakers", "/speakers/{slug}"]));

  const list = await request.get(`${api}/claims`);
  expect(list.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=60");
  expect(list.headers()["access-control-allow-origin"]).toBe("*");

  const inReview = await request.get(`${api}/claims/talks-breakthrough-demo`);
  expect(inReview.status()).toBe(404);
  expect((await inReview.json()).error.message).toContain('Claim "talks-breakthrough-demo" was not found');

  const head = await request.fetch(`${api}/speakers`, { method: "HEAD" });
  expect(head.status()).toBe(200);
  expect(head.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect((await head.body()).length).toBe(0);
  expect((await request.post(`${api}/claims`, { data: {} })).status()).toBe(405);
});
