import { expect, test } from "@playwright/test";

// The production server files each public answer under its cache tags, for a
// caching proxy or CDN in front (lib/caching/surrogate-keys.ts); the purge
// side is tested against a real Varnish (tests/integration/varnish-purge).
test("public answers carry their cache tags for shared caches; the desk's never do", async ({ request }) => {
  const verdict = await request.get("/claims/nuclear-restraint-demo");
  expect(verdict.status()).toBe(200);
  expect(verdict.headers()["surrogate-key"]).toBe("claim:nuclear-restraint-demo rating-scale");
  expect(verdict.headers()["cache-tag"]).toBe("claim:nuclear-restraint-demo,rating-scale");

  for (const [path, tags] of [
    ["/", "published-verdicts rating-scale"],
    ["/feed.xml", "published-verdicts rating-scale"],
    ["/api/v1/claims", "published-verdicts rating-scale"],
    ["/claims/a-claim-that-was-never-published", "claim:a-claim-that-was-never-published rating-scale"],
  ] as const) {
    expect((await request.get(path)).headers()["surrogate-key"], path).toBe(tags);
  }
  for (const path of ["/desk", "/login", "/api/health"]) {
    const answer = await request.get(path, { maxRedirects: 0 });
    expect(answer.headers()["surrogate-key"], path).toBeUndefined();
    expect(answer.headers()["cache-tag"], path).toBeUndefined();
  }
});
