import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// A first look at the demo newsroom a first start seeds (prisma/demo-newsroom.ts):
// every public page shows what it is for, with real-looking content rather
// than one or two rows. Screenshots of each page go to /tmp/shots-demo/ for
// the people who look at them.

const SHOTS = "/tmp/shots-demo";

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("the home page lists at least ten verdicts from several speakers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Latest verdicts" })).toBeVisible();
  const verdicts = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect.poll(() => verdicts.count()).toBeGreaterThanOrEqual(10);
  const bylines = await verdicts.locator("article > p:first-child").allTextContents();
  const speakers = new Set(bylines.map((line) => line.split(" · ")[0]));
  expect(speakers.size).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole("link", { name: "The first round of talks in Muscat lasted more than six hours." })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "home");
});

test("a speaker's track-record chart has several ratings, with the figures in text", async ({ page }) => {
  await page.goto("/speakers/donald-trump");
  const chart = page.getByRole("img", { name: /^Donald Trump: 4 published claims\./ });
  await expect(chart).toBeVisible();
  for (const rating of ["False", "Unsupported", "Misleading", "Accurate"]) {
    await expect(chart, rating).toHaveAccessibleName(new RegExp(`1 rated ${rating}[,.]`));
  }
  const figures = page.getByRole("table", { name: "The figures" });
  for (const rating of ["False", "Unsupported", "Misleading", "Accurate"]) {
    await expect(
      figures
        .getByRole("row", { name: new RegExp(`^${rating}`) })
        .getByRole("cell")
        .first(),
      rating,
    ).toHaveText("1");
  }
  await expect(page.getByRole("region", { name: /Claims/ }).getByRole("listitem")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await shoot(page, "speaker-donald-trump");
});

test("a topic timeline puts several claims and the record on it over several weeks", async ({ page }) => {
  await page.goto("/topics/israel-lebanon");
  await expect(page.getByRole("heading", { level: 1, name: "Israel and Lebanon" })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Claims and the record, in date order" });
  const events = timeline.locator("li[data-kind]");
  const kinds = await events.evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")));
  expect(kinds.filter((kind) => kind === "claim").length).toBeGreaterThanOrEqual(2);
  expect(kinds.filter((kind) => kind === "record").length).toBeGreaterThanOrEqual(2);
  await expect(timeline.getByRole("heading", { level: 3, name: "May 2026" })).toBeVisible();
  // The claim on its day, and again beside the record that bears on it.
  await expect(timeline.getByRole("heading", { name: "More than 40 villages in southern Lebanon have been emptied since March." })).toBeVisible();
  await expect(timeline.getByRole("heading", { name: "Displacement update for southern Lebanon" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "topic-israel-lebanon");

  // The talks' own timeline runs from April to June.
  await page.goto("/topics/iran-nuclear-talks");
  for (const month of ["April 2026", "May 2026", "June 2026"]) {
    await expect(page.getByRole("region", { name: "Claims and the record, in date order" }).getByRole("heading", { level: 3, name: month })).toBeVisible();
  }
  await shoot(page, "topic-iran-nuclear-talks");
});

test("searching for a common word finds several published claims", async ({ page }) => {
  await page.goto("/search?q=talks");
  const results = page.getByRole("main").locator('a[href^="/claims/"]');
  await expect.poll(async () => new Set(await results.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).size).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("main").getByRole("link", { name: /The first round of talks in Muscat/ })).toBeVisible();
  // Nothing still on the desk is found.
  await expect(page.locator('a[href="/claims/written-proposal-unanswered-demo"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "search-talks");
});

test("the corrections page lists the two corrections and the settlement's update", async ({ page }) => {
  await page.goto("/corrections");
  const entries = page.getByRole("main").getByRole("listitem");
  const correction = entries.filter({ has: page.getByRole("link", { name: "Iran has stopped all uranium enrichment since the talks began." }) });
  await expect(correction).toContainText("Correction");
  await expect(correction).toContainText("It was published on 11 May.");
  const clarification = entries.filter({ has: page.getByRole("link", { name: "Iran has agreed to nuclear restraint." }) });
  await expect(clarification).toContainText("Clarification");
  const update = entries.filter({ has: page.getByRole("link", { name: "A second round of talks will take place in Muscat before the end of May." }) });
  await expect(update).toContainText("Settled: Came true.");
  await expectNoAxeViolations(page);
  await shoot(page, "corrections");

  // The corrected verdict says so where readers read it, with the new summary.
  await correction.getByRole("link").click();
  await expect(page.getByRole("note", { name: "Latest correction" })).toContainText("It was published on 11 May.");
  await expect(page.getByText("The monitoring agency's report of 11 May found enrichment continuing at two sites").first()).toBeVisible();
  await shoot(page, "claim-corrected");
});

test("a settled forecast shows how it turned out, on its page and on its speaker's", async ({ page }) => {
  await page.goto("/claims/round-two-by-may-demo");
  await expect(page.getByRole("heading", { level: 1, name: "A second round of talks will take place in Muscat before the end of May." })).toBeVisible();
  await expect(page.getByText("Came true").first()).toBeVisible();
  await expect(page.locator("#corrections").getByText(/^Update, .*: Settled: Came true\. The second round opened in Muscat on 29 May/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "claim-settled-forecast");

  await page.goto("/speakers/iran-foreign-ministry");
  const settled = page.getByRole("region", { name: "Forecasts" }).getByRole("list", { name: /Settled/ });
  await expect(settled.getByRole("link", { name: /second round of talks will take place in Muscat/ })).toBeVisible();
  await expect(settled.getByText("Settled 2 June 2026")).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "speaker-iran-foreign-ministry");
});
