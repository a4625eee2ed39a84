import { expect, test } from "@playwright/test";
import { z } from "zod";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeAccount, newId, unique } from "./support/factories";

// The verdict page as a reader, a search engine and a printer see it.

const DEMO = "/claims/nuclear-restraint-demo";

test("a reader sees what was claimed, the verdict, and the record side by side", async ({ page }) => {
  await page.goto(DEMO);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iran has agreed to nuclear restraint.");
  await expect(page.getByText("Donald Trump, President of the United States")).toBeVisible();
  await expect(page.getByText("Social media post", { exact: false }).first()).toBeVisible();
  // The verdict's label is text, not only a colour.
  const verdict = page.getByRole("region", { name: "Our verdict" });
  await expect(verdict.getByText("Unsupported", { exact: true })).toBeVisible();
  await expect(verdict.getByText("without a final agreement")).toBeVisible();

  const record = page.getByRole("region", { name: "What the record shows" });
  // A syndicated copy counts with its original: three items, two independent sources.
  await expect(record.getByRole("heading", { name: /Contradicts the claim \(2 independent sources\)/ })).toBeVisible();
  await expect(record.getByRole("heading", { name: /Supports the claim \(0 independent sources\)/ })).toBeVisible();
  await expect(record.getByText("Nothing in the record we found supports it.")).toBeVisible();
  await expect(record.getByText(/Wire report · .* · 31 May 2026/).first()).toBeVisible();
  await expect(record.getByText("no final agreement; the nuclear question was no longer on the table for this round")).toBeVisible();

  // The timeline puts the record and the claim in date order, each dated
  // against the claim.
  const timeline = page.getByRole("region", { name: "Timeline" });
  const entries = timeline.getByRole("listitem");
  await expect(entries.first()).toContainText("Donald Trump made the claim");
  await expect(timeline.getByText(/Verdict published: Unsupported/)).toBeVisible();
  // The wire report of the day the claim was made is "the same day", and the
  // market odds read as everywhere else on the site.
  await expect(entries.filter({ hasText: "Iran takes nuclear file off the agenda" })).toContainText("the same day");
  await expect(timeline.getByText("President visits Israel in 2026: Yes at 38% implied probability, observed 31 May 2026")).toBeVisible();
  const times = await timeline.locator("time").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  expect(times.length).toBeGreaterThanOrEqual(3);
  expect([...times].sort()).toEqual(times);

  await expect(page.getByRole("region", { name: "Market odds over time" }).getByText("38%").first()).toBeVisible();
  const history = page.getByRole("region", { name: "Corrections and history" });
  await expect(history.getByText(/recorded changes? (on|between)/)).toBeVisible();
  await expectNoAxeViolations(page);
});

// What Google's ClaimReview guidelines and schema.org ask of the markup,
// checked the way a structured-data validator would.
const creativeWork = z.object({ "@type": z.literal("CreativeWork"), url: z.url(), datePublished: z.iso.datetime() });
const claimReviewSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url(),
  claimReviewed: z.string().min(1).max(74),
  datePublished: z.iso.datetime(),
  author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1), url: z.url() }),
  reviewRating: z
    .object({
      "@type": z.literal("Rating"),
      alternateName: z.string().min(1),
      ratingValue: z.number().int(),
      worstRating: z.number().int(),
      bestRating: z.number().int(),
    })
    .refine((rating) => rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating, "ratingValue within the scale"),
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    datePublished: z.iso.datetime(),
    author: z.object({ "@type": z.enum(["Person", "Organization"]), name: z.string().min(1), jobTitle: z.string().min(1) }),
    appearance: z.array(creativeWork).min(1),
    firstAppearance: creativeWork,
  }),
});

test("exactly one ClaimReview block, with every field a validator checks", async ({ page }) => {
  await page.goto(DEMO);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const review = claimReviewSchema.parse(JSON.parse(blocks[0]!));
  expect(review.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
  expect(review.claimReviewed).toBe("Iran has agreed to nuclear restraint.");
  // The claim as it was made, never the verdict on it.
  expect(review.claimReviewed).not.toMatch(/unsupported/i);
  expect(review.reviewRating).toMatchObject({ alternateName: "Unsupported", ratingValue: 2, worstRating: 1, bestRating: 5 });
  expect(review.author.name).toBe("OnRecord newsroom");
  expect(review.itemReviewed.author).toMatchObject({ name: "Donald Trump", jobTitle: "President of the United States" });
  expect(review.itemReviewed.firstAppearance.url).toBe("https://example.org/social/post-2026-05-31");
  expect(review.itemReviewed.appearance.map((work) => work.url)).toContain("https://example.org/social/post-2026-05-31");
  expect(review.itemReviewed.datePublished.startsWith("2026-05-31")).toBe(true);
});

test("printed, the verdict keeps the claim, verdict and record, and writes out source addresses", async ({ page }) => {
  await page.goto(DEMO);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "What the record shows" })).toBeVisible();
  const sourceLink = page.getByRole("region", { name: "What the record shows" }).locator('a[href^="https://"]').first();
  const written = await sourceLink.evaluate((link) => getComputedStyle(link, "::after").content);
  expect(written).toContain("https://example.org/");
});

test("a prediction shows its deadline, what settles it and how the market moved", async ({ page }) => {
  const [editor, approver] = [await makeAccount("EDITOR"), await makeAccount("EDITOR")];
  const slug = unique("e2e-forecast");
  await withDatabase(async (db) => {
    await db.query("BEGIN");
    const claimId = newId();
    const speaker = await db.query<{ id: string }>(`SELECT id FROM "Speaker" WHERE slug = 'us-state-department'`);
    const pending = await db.query<{ id: string }>(`SELECT id FROM "Rating" WHERE slug = 'pending'`);
    await db.query(
      `INSERT INTO "Claim" (id, slug, text, "madeAt", kind, "settleBy", "settleCriteria", status, "publishedAt", "speakerId", "createdById", "updatedAt")
       VALUES ($1, $2, 'A ceasefire agreement will be signed before the end of the year.', '2026-06-01', 'PREDICTION', '2026-12-31',
               'Comes true if both governments sign a written ceasefire by 31 December.', 'PUBLISHED', '2026-06-03', $3, $4, now())`,
      [claimId, slug, speaker.rows[0]!.id, editor.id],
    );
    await db.query(
      `INSERT INTO "Verdict" (id, "claimId", "ratingId", summary, reasoning, "proposedById", "approvedById", "approvedAt", "updatedAt")
       VALUES ($1, $2, $3, 'Not yet due.', '', $4, $5, '2026-06-03', now())`,
      [newId(), claimId, pending.rows[0]!.id, editor.id, approver.id],
    );
    for (const [day, probability] of [
      ["2026-06-02", 0.22],
      ["2026-07-15", 0.31],
      ["2026-09-01", 0.17],
    ] as const) {
      const sourceId = newId();
      await db.query(
        `INSERT INTO "Source" (id, type, title, "marketName", "marketOutcome", "marketProbability", "marketObservedAt", "createdById", "updatedAt")
         VALUES ($1, 'MARKET_ODDS', $2, 'Ceasefire signed in 2026', 'Yes', $3, $4, $5, now())`,
        [sourceId, `Ceasefire market, ${day}`, probability, day, editor.id],
      );
      await db.query(`INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, "addedById", "updatedAt") VALUES ($1, $2, $3, 'CONTEXT', $4, now())`, [
        newId(),
        claimId,
        sourceId,
        editor.id,
      ]);
    }
    await db.query("COMMIT");
  });

  await page.goto(`/claims/${slug}`);
  await expect(page.getByText("Can be settled from 31 December 2026.")).toBeVisible();
  await expect(page.getByText("Comes true if both governments sign a written ceasefire by 31 December.")).toBeVisible();
  const odds = page.getByRole("region", { name: "Market odds over time" });
  await expect(odds.getByRole("img", { name: /Yes from 22% on 2 June 2026 to 17% on 1 September 2026/ })).toBeVisible();
  await expect(odds.getByRole("row")).toHaveCount(4);
  await expect(odds.getByRole("row").nth(2)).toContainText("31%");
  // The deadline closes the timeline.
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem").last()).toContainText("Can be settled from this date");
});

test("the home page lists published forecasts still pending, with their deadline", async ({ page }) => {
  await page.goto("/");
  const forecasts = page.getByRole("region", { name: "Forecasts coming due" });
  const promise = forecasts.getByRole("listitem").filter({ hasText: "The United States will take military action" });
  await expect(promise).toContainText("Promise");
  await expect(promise.locator("time")).toHaveAttribute("datetime", /^2026-12-31/);
  // Settled or statement verdicts are not forecasts waiting for a date.
  await expect(forecasts.getByText("Iran has agreed to nuclear restraint.")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the home page search box leads to search results", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search claims, speakers and sources" });
  await box.fill("nuclear restraint");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=nuclear\+restraint/);
});
