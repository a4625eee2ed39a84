import { expect, test } from "@playwright/test";

// No page can be put in another site's frame (clickjacking the desk's
// buttons), browsers are told not to guess content types, and the content
// security policy keeps scripts, forms and plugins to this site.
const PAGES = [
  "/",
  "/claims/nuclear-restraint-demo",
  "/methodology",
  "/corrections",
  "/search",
  "/speakers",
  "/login",
  "/logout",
  "/desk",
  "/desk/admin/users",
];

for (const path of PAGES) {
  test(`${path} refuses to be framed, turns off content sniffing and sends a content security policy`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-frame-options"]).toBe("DENY");
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toMatch(/script-src 'self'[^;]*;/);
    expect(policy).not.toMatch(/script-src[^;]*(https?:|\*)/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    // The suite serves plain http: HSTS would be wrong here (it is sent when
    // SITE_URL is https).
    expect(headers["strict-transport-security"]).toBeUndefined();
  });
}

test("a verdict page runs under its policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/claims/nuclear-restraint-demo");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Client navigation still works: scripts and page data load under the policy.
  await page.getByRole("link", { name: "How we rate claims" }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  expect(violations).toEqual([]);
});

test("feeds, the sitemap and API answers are data: nothing in them may run, even opened as a document", async ({ request }) => {
  for (const path of [
    "/feed.xml",
    "/feed.json",
    "/sitemap.xml",
    "/speakers/donald-trump/feed.xml",
    "/topics/iran-nuclear-talks/feed.json",
    "/api/v1/claims",
    "/api/oembed?url=x",
  ]) {
    const policy = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(policy, path).toContain("default-src 'none'");
    expect(policy, path).toContain("sandbox");
  }
});

test("cached public pages tell shared caches to keep them a minute, not a year", async ({ request }) => {
  for (const path of ["/claims/nuclear-restraint-demo", "/speakers/donald-trump", "/embed/claims/nuclear-restraint-demo"]) {
    await request.get(path);
    const cacheControl = (await request.get(path)).headers()["cache-control"] ?? "";
    expect(cacheControl, path).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=60");
  }
});
