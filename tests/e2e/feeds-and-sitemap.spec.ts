import { expect, test } from "@playwright/test";
import { claimBy } from "./support/factories";

// Feeds, the sitemap and robots.txt carry published verdicts only.

test("the RSS and JSON feeds list published verdicts and never one in review", async ({ request }) => {
  const published = await claimBy("slug", "nuclear-restraint-demo");
  const rss = await request.get("/feed.xml");
  expect(rss.status()).toBe(200);
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await rss.text();
  expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<rss version="2.0"/);
  expect(xml).toContain(`/claims/${published.slug}</link>`);
  expect(xml).not.toContain("talks-breakthrough-demo");

  const json = await request.get("/feed.json");
  expect(json.headers()["content-type"]).toContain("application/feed+json");
  const feed = await json.json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  const urls: string[] = feed.items.map((item: { url: string }) => item.url);
  expect(urls.some((url) => url.endsWith(`/claims/${published.slug}`))).toBe(true);
  expect(urls.some((url) => url.includes("talks-breakthrough-demo"))).toBe(false);
  expect(feed.items.find((item: { url: string }) => item.url.endsWith(published.slug)).title).toMatch(/^Unsupported: /);
});

test("the sitemap lists the public pages and published verdicts; robots.txt keeps crawlers off the desk", async ({ request, page }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/claims/nuclear-restraint-demo</loc>");
  expect(sitemap).toContain("/corrections</loc>");
  expect(sitemap).not.toContain("talks-breakthrough-demo");
  expect(sitemap).not.toContain("/desk");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/desk/);
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);

  // Public pages point feed readers at the feeds.
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute("href", /\/feed\.json$/);
});
