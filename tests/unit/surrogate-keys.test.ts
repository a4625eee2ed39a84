import { describe, expect, it } from "vitest";
import { surrogateKeyHeader, surrogateKeysFor } from "@/lib/caching/surrogate-keys";

// The tags a caching proxy files each public answer under, so that a purge of
// the tags a publication expires reaches exactly the pages that show it.
describe("surrogate keys", () => {
  it.each([
    ["/claims/iran-restraint", ["claim:iran-restraint", "rating-scale"]],
    ["/claims/iran-restraint/opengraph-image-11qojy", ["claim:iran-restraint", "rating-scale"]],
    ["/embed/claims/iran-restraint", ["claim:iran-restraint", "rating-scale"]],
    ["/api/v1/claims/iran-restraint", ["claim:iran-restraint", "rating-scale"]],
    ["/speakers/donald-trump", ["speaker:donald-trump", "rating-scale"]],
    ["/speakers/donald-trump/claims/2", ["speaker:donald-trump", "rating-scale"]],
    ["/speakers/donald-trump/feed.xml", ["speaker:donald-trump", "rating-scale"]],
    ["/api/v1/speakers/donald-trump", ["speaker:donald-trump", "rating-scale"]],
    ["/topics/iran-nuclear-talks/feed.json", ["topic:iran-nuclear-talks", "rating-scale"]],
    ["/", ["published-verdicts", "rating-scale"]],
    ["/feed.xml", ["published-verdicts", "rating-scale"]],
    ["/sitemap.xml", ["published-verdicts", "rating-scale"]],
    ["/search", ["published-verdicts", "rating-scale"]],
    ["/api/v1/claims", ["published-verdicts", "rating-scale"]],
  ])("%s is filed under %j", (path, tags) => {
    expect(surrogateKeysFor(path)).toEqual(tags);
  });

  it.each(["/desk", "/desk/claims/abc", "/sign-in", "/_next/static/chunks/app.js", "/api/auth/session", "/api/health", "/claims/Not_A_Slug"])(
    "%s is not for shared caches",
    (path) => {
      expect(surrogateKeysFor(path)).toBeNull();
    },
  );

  it("writes the tags as one space-separated header value", () => {
    expect(surrogateKeyHeader(["claim:a", "rating-scale"])).toBe("claim:a rating-scale");
  });
});
