import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeClaim, unique, userId } from "./support/factories";

// Speakers and topics on the demo newsroom: who said what and how it was
// rated, each topic's claims beside its record, and their feeds. Published
// verdicts only: the claim in review ("talks-breakthrough-demo") must not
// show anywhere, nor a speaker with nothing published. Other specs publish
// claims of their own by the White House press office, so this one names
// speakers no other spec publishes for, or makes its own. (Publication
// refreshing these pages is tested in public-cache.spec.ts.)

const IN_REVIEW_SLUG = "talks-breakthrough-demo";
const IN_REVIEW_TEXT = "The previous round of talks with Iran was a breakthrough.";

async function bodyOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return { status: response.status(), type: response.headers()["content-type"] ?? "", text: await response.text() };
}

async function expectHidesTheClaimInReview(page: Page) {
  const html = await page.content();
  expect(html).not.toContain(IN_REVIEW_SLUG);
  expect(html).not.toContain(IN_REVIEW_TEXT);
}

test("the speakers index lists who has published verdicts, with counts and ratings, sorted from the URL", async ({ page }) => {
  await page.goto("/speakers");
  await expect(page.getByRole("heading", { level: 1, name: "Speakers" })).toBeVisible();
  const main = page.getByRole("main");
  for (const name of ["Donald Trump", "Iranian foreign ministry", "US State Department"]) {
    await expect(main.getByRole("link", { name, exact: true })).toBeVisible();
  }
  // Speakers with nothing published are not revealed.
  await expect(main.getByText("A foreign-policy columnist")).toHaveCount(0);
  const trump = main.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Donald Trump", exact: true }) });
  await expect(trump).toContainText("President of the United States, White House");
  await expect(trump).toContainText("4 published verdicts");
  await expect(trump).toContainText("1 Unsupported");
  // Feed readers still find the site-wide feeds here.
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  await expectHidesTheClaimInReview(page);
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Sort speakers" }).getByRole("link", { name: "Name" }).click();
  await expect(page).toHaveURL(/\/speakers\?sort=name$/);
  await expect(page.getByRole("navigation", { name: "Sort speakers" }).getByRole("link", { name: "Name" })).toHaveAttribute("aria-current", "true");
  const demo = ["Donald Trump", "Iranian foreign ministry", "US State Department"];
  const names = await main.getByRole("heading", { level: 2 }).allTextContents();
  expect(names.filter((name) => demo.includes(name))).toEqual(demo);

  // A hand-edited address still gets a page.
  const odd = await page.goto("/speakers?sort=<script>&page=abc");
  expect(odd?.status()).toBe(200);
  await expect(main.getByRole("link", { name: "Donald Trump", exact: true })).toBeVisible();
});

test("a speaker page shows the track record as a chart with its figures in text, the verdicts and the forecasts", async ({ page }) => {
  await page.goto("/speakers/donald-trump");
  await expect(page.getByRole("heading", { level: 1, name: "Donald Trump" })).toBeVisible();
  await expect(page.getByText("President of the United States, White House")).toBeVisible();

  const chart = page.getByRole("img", { name: /Donald Trump: 4 published claims\. .*1 rated Unsupported[,.]/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("text", { hasText: "Unsupported" })).toHaveCount(1);
  const figures = page.getByRole("table", { name: "The figures" });
  await expect(
    figures
      .getByRole("row", { name: /Unsupported/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("1");
  await expect(
    figures
      .getByRole("row", { name: /^Mostly accurate/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("0");

  const claims = page.getByRole("region", { name: /Claims/ });
  await expect(claims.getByRole("link", { name: "Iran has agreed to nuclear restraint." })).toHaveAttribute("href", "/claims/nuclear-restraint-demo");
  await expect(claims.getByText("Unsupported", { exact: true })).toBeVisible();
  // The archived duplicate of the same claim is not a published verdict.
  await expect(page.getByText("Tehran has agreed to limit its nuclear programme.")).toHaveCount(0);

  await expect(page.getByRole("link", { name: "RSS of verdicts on Donald Trump" })).toHaveAttribute("href", "/speakers/donald-trump/feed.xml");
  await expect(page.getByRole("link", { name: "JSON Feed of verdicts on Donald Trump" })).toHaveAttribute("href", "/speakers/donald-trump/feed.json");
  const rssLinks = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(rssLinks).toHaveCount(2);
  await expect(rssLinks.first()).toHaveAttribute("href", /\/speakers\/donald-trump\/feed\.xml$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/speakers\/donald-trump$/);
  await expectNoAxeViolations(page);

  // A promise rated Pending is listed as pending, with its settle-by date.
  await page.goto("/speakers/us-state-department");
  const forecasts = page.getByRole("region", { name: "Forecasts" });
  await expect(forecasts.getByRole("list", { name: /Pending/ }).getByRole("link", { name: /will take military action/ })).toBeVisible();
  await expect(forecasts.getByText("To be checked by 31 December 2026.")).toBeVisible();
  await expect(forecasts.getByText("None has been settled yet.")).toBeVisible();
  // Its prediction in review is not.
  await expect(page.getByText("Iran will return to the negotiating table within weeks.")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the topic page puts claims and record events in date order and marks where the record contradicts a claim", async ({ page }) => {
  await page.goto("/topics");
  await expect(page.getByRole("heading", { level: 1, name: "Topics" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Iran nuclear talks" })).toBeVisible();
  // Only claims still on the desk: not a topic with published verdicts yet.
  await expect(page.getByRole("link", { name: "Prediction markets" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Iran nuclear talks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Iran nuclear talks" })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Claims and the record, in date order" });
  await expect(timeline.getByRole("heading", { level: 3, name: "May 2026" })).toBeVisible();

  const events = timeline.locator("li[data-kind]");
  const dates = await events.evaluateAll((items) => items.map((item) => item.querySelector("time")?.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThan(5);
  expect(dates).toEqual([...dates].sort());
  const kinds = await events.evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")));
  expect(new Set(kinds)).toEqual(new Set(["claim", "record"]));
  // 29 May: the foreign ministry's claim, then the wire report of that day.
  const may29 = dates.indexOf("2026-05-29");
  expect(kinds.slice(may29, may29 + 2)).toEqual(["claim", "record"]);
  await expect(events.nth(may29)).toContainText("Iran has never agreed to give up uranium enrichment in these talks.");

  const restraint = events
    .filter({ has: page.getByRole("link", { name: "Iran has agreed to nuclear restraint." }) })
    .filter({ has: page.locator("article") })
    .first();
  await expect(restraint).toHaveAttribute("data-diverges", "true");
  const note = restraint.getByRole("complementary", { name: "Where the record diverges" });
  await expect(note).toContainText("The record contradicts this claim");
  await expect(note.getByRole("link", { name: "Iran takes nuclear file off the agenda as talks end without a deal" })).toBeVisible();
  await expect(note).toContainText("(the same day)");
  const enrichment = events.filter({ has: page.getByRole("heading", { name: "Iran has never agreed to give up uranium enrichment in these talks." }) });
  await expect(enrichment).not.toHaveAttribute("data-diverges", "true");

  // The record side: the wire report says which claims it contradicts or supports.
  const wire = events
    .filter({ has: page.getByRole("heading", { name: "Iran takes nuclear file off the agenda as talks end without a deal" }) })
    .filter({ hasNotText: "archive check" });
  await expect(wire).toContainText("Contradicts: Iran has agreed to nuclear restraint.");
  await expect(wire).toContainText("Supports: Iran has never agreed to give up uranium enrichment in these talks.");
  await expect(timeline.getByText(/38% implied probability/)).toBeVisible();
  await expect(timeline.getByText("Clarification published")).toBeVisible();
  await expect(page.getByRole("img", { name: /Overview: 8 claims and .* the record contradicts [2-8] claims\./ })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"][href$="/topics/iran-nuclear-talks/feed.json"]')).toHaveCount(1);
  await expectHidesTheClaimInReview(page);
  await expectNoAxeViolations(page);
});

test("per-speaker and per-topic feeds are valid and list only published verdicts", async ({ request }) => {
  const rss = await bodyOf(request, "/speakers/donald-trump/feed.xml");
  expect(rss.status).toBe(200);
  expect(rss.type).toContain("application/rss+xml");
  expect(rss.text).toMatch(/^<\?xml[^>]*\?>\s*<rss version="2.0"/);
  expect(rss.text).toContain("<title>OnRecord: verdicts on Donald Trump</title>");
  expect(rss.text).toContain("/claims/nuclear-restraint-demo</link>");
  expect(rss.text).not.toContain("enrichment-consistent-demo");

  const topic = await bodyOf(request, "/topics/iran-nuclear-talks/feed.json");
  expect(topic.type).toContain("application/feed+json");
  const feed = JSON.parse(topic.text);
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.feed_url).toMatch(/\/topics\/iran-nuclear-talks\/feed\.json$/);
  const urls: string[] = feed.items.map((item: { url: string }) => item.url.replace(/^.*\/claims\//, ""));
  expect(urls.sort()).toEqual([
    "enrichment-consistent-demo",
    "enrichment-stopped-demo",
    "full-inspector-access-demo",
    "military-action-warning-demo",
    "nuclear-restraint-demo",
    "round-one-six-hours-demo",
    "round-two-by-may-demo",
    "stockpile-doubled-demo",
  ]);
  for (const path of ["/speakers/donald-trump/feed.json", "/topics/iran-nuclear-talks/feed.xml", "/topics/us-foreign-policy/feed.xml"]) {
    const { status, text } = await bodyOf(request, path);
    expect(status, path).toBe(200);
    expect(text, path).not.toContain(IN_REVIEW_SLUG);
  }
  // No feed for a speaker or topic with nothing published.
  for (const path of [
    "/speakers/foreign-policy-columnist/feed.xml",
    "/speakers/foreign-policy-columnist/feed.json",
    "/topics/prediction-markets/feed.json",
    "/topics/no-such-topic/feed.xml",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const sitemap = (await bodyOf(request, "/sitemap.xml")).text;
  expect(sitemap).toContain("/speakers/donald-trump</loc>");
  expect(sitemap).toContain("/topics/iran-nuclear-talks</loc>");
  expect(sitemap).not.toContain("/speakers/foreign-policy-columnist</loc>");
});

test("a speaker or topic with nothing published is not found; a merged speaker's address moves for good", async ({ page, request }) => {
  // A speaker of this test's own whose only claim is in review.
  const hidden = unique("e2e-hidden-speaker");
  await withDatabase(async (db) => {
    await db.query(`INSERT INTO "Speaker" (id, slug, name, "updatedAt") VALUES ($1, $2, $3, now())`, [`e2e-${hidden}`, hidden, `Hidden ${hidden}`]);
    await db.query(`UPDATE "Claim" SET "speakerId" = $1 WHERE id = $2`, [
      `e2e-${hidden}`,
      (await makeClaim({ createdById: await userId(ACCOUNTS.reporter.email), status: "IN_REVIEW" })).id,
    ]);
  });
  for (const path of [
    `/speakers/${hidden}`,
    "/speakers/foreign-policy-columnist",
    "/speakers/no-such-speaker",
    "/topics/prediction-markets",
    "/speakers/donald-trump/claims/2",
    "/speakers/donald-trump/claims/1",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectHidesTheClaimInReview(page);
  }
  await expectNoAxeViolations(page);
  expect(await (await request.get("/speakers?sort=name")).text()).not.toContain(hidden);

  const slug = unique("former-account");
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "Speaker" (id, slug, name, "mergedIntoId", "updatedAt") VALUES ($1, $2, 'A former account', (SELECT id FROM "Speaker" WHERE slug = 'donald-trump'), now())`,
      [`e2e-${slug}`, slug],
    ),
  );
  const moved = await request.get(`/speakers/${slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toMatch(/\/speakers\/donald-trump$/);
});

test("a change to the scale shows at once on cached speaker, topic, verdict and embed pages and feeds", async ({ page, request }) => {
  // Fill the cache first.
  const cached = [
    "/speakers/donald-trump",
    "/topics/iran-nuclear-talks",
    "/speakers/donald-trump/feed.xml",
    "/claims/nuclear-restraint-demo",
    "/embed/claims/nuclear-restraint-demo",
  ];
  for (const path of cached) {
    expect(await (await request.get(path)).text(), path).toContain("Unsupported");
  }
  const renamed = "Unsupported by the record";
  const rename = async (from: string, to: string) => {
    await page.goto("/desk/admin/scale");
    const item = page.getByRole("listitem", { name: from, exact: true });
    await item.getByLabel("Label").fill(to);
    await item.getByRole("button", { name: `Save ${from}` }).click();
    await expect(page.getByRole("listitem", { name: to, exact: true })).toBeVisible();
  };
  await signIn(page, "admin");
  await rename("Unsupported", renamed);
  try {
    for (const path of [...cached, "/topics/iran-nuclear-talks/feed.json"]) {
      expect(await (await request.get(path)).text(), path).toContain(renamed);
    }
  } finally {
    await rename(renamed, "Unsupported");
  }
  // Back as it was, and the cache holds the restored label: Next keeps
  // expired tags in memory only, so a page left stale on disk would outlive
  // this server into the next run.
  for (const path of cached) {
    expect(await (await request.get(path)).text(), path).not.toContain(renamed);
  }
});
