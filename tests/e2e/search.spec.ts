import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { newId, ratingId, unique, userId } from "./support/factories";

// Public search (/search) as a reader meets it, in Chromium against the demo
// newsroom: typing a search, seeing the match highlighted, following it to
// the verdict; a claim still in review never found; stored markup shown as
// text; accessible in every state; usable with the keyboard alone.

const SEARCH_LABEL = "Search claims, speakers, verdicts and sources";

// A published claim with a verdict, written straight into the database as
// the desk leaves one after approval (proposed by the reporter, approved by
// the editor: the two-person rule).
async function publishedClaim(text: string) {
  const [reporter, editor, rating] = await Promise.all([userId("reporter@onrecord.test"), userId("editor@onrecord.test"), ratingId("false")]);
  const id = newId();
  const slug = unique("e2e-search");
  await withDatabase(async (db) => {
    await db.query("BEGIN");
    const speaker = await db.query<{ id: string }>(`SELECT id FROM "Speaker" WHERE slug = 'white-house-press-office'`);
    await db.query(
      `INSERT INTO "Claim" (id, slug, text, "madeAt", kind, status, "publishedAt", "speakerId", "createdById", "updatedAt")
       VALUES ($1, $2, $3, now() - interval '3 days', 'STATEMENT', 'PUBLISHED', now(), $4, $5, now())`,
      [id, slug, text, speaker.rows[0]!.id, reporter],
    );
    await db.query(
      `INSERT INTO "Verdict" (id, "claimId", "ratingId", summary, reasoning, "proposedById", "approvedById", "approvedAt", "updatedAt")
       VALUES ($1, $2, $3, 'The port stayed closed all week, according to the port authority.', '', $4, $5, now(), now())`,
      [newId(), id, rating, reporter, editor],
    );
    await db.query("COMMIT");
  });
  return slug;
}

test("a reader searches, sees the match highlighted and follows it to the verdict", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel(SEARCH_LABEL).fill("nuclear restraint");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\?q=nuclear\+restraint$/);
  await expect(page.getByRole("heading", { level: 2, name: /verdicts? match.* “nuclear restraint”/ })).toBeVisible();
  const result = page.getByRole("link", { name: "Iran has agreed to nuclear restraint." });
  await expect(result.locator("mark")).toHaveText(["nuclear", "restraint"]);
  await expect(page.getByRole("listitem").filter({ has: result }).getByText("Unsupported", { exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: result }).getByRole("link", { name: "Donald Trump" })).toBeVisible();

  await result.click();
  await expect(page).toHaveURL(/\/claims\/nuclear-restraint-demo$/);
  await expect(page.getByRole("heading", { level: 1, name: "Iran has agreed to nuclear restraint." })).toBeVisible();
});

test("a claim still in review is never found", async ({ page }) => {
  await page.goto("/search?q=breakthrough");
  await expect(page.getByRole("heading", { level: 2, name: "No verdicts match “breakthrough”" })).toBeVisible();
  await expect(page.locator('a[href="/claims/talks-breakthrough-demo"]')).toHaveCount(0);
  await expect(page.getByText("Check the spelling, or use fewer words")).toBeVisible();

  // Its words in a phrase, and with the speaker's filter, find nothing either.
  await page.goto("/search?q=%22previous+round%22&speaker=white-house-press-office");
  await expect(page.locator('a[href="/claims/talks-breakthrough-demo"]')).toHaveCount(0);
});

test("markup stored in a published claim is shown as text and never runs", async ({ page }) => {
  const token = `harbour${randomBytes(3).toString("hex")}`.replace(/[0-9]/g, "x");
  const text = `The ${token} reopened <img src=x onerror="document.title='pwned'"> on schedule & on time.`;
  const slug = await publishedClaim(text);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(`/search?q=${token}`);
  const result = page.locator(`a[href="/claims/${slug}"]`);
  await expect(result).toHaveText(text);
  await expect(result.locator("mark")).toHaveText(token);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.title()).not.toBe("pwned");
  expect(dialogs).toEqual([]);
});

test("the form is sent with Enter from the keyboard alone", async ({ page }) => {
  await page.goto("/search");
  // From the top of the page: skip link, then the site's links, then the form.
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press("Tab");
    if (await page.getByLabel(SEARCH_LABEL).evaluate((element) => element === document.activeElement)) break;
  }
  await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
  await page.keyboard.type("enrichment");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=enrichment$/);
  await expect(page.getByRole("link", { name: "Iran has never agreed to give up uranium enrichment in these talks." })).toBeVisible();
});

test("a filter that cannot be read is named beside its field, and the rest of the search still runs", async ({ page }) => {
  await page.goto("/search?q=iran&from=2026-02-30&rating=no-such-rating");
  await expect(page.getByText("The “Said from” date “2026-02-30” could not be read.")).toBeVisible();
  await expect(page.getByLabel("Said from")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("There is no rating “no-such-rating” with published verdicts")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /verdicts? match.* “iran”/ })).toBeVisible();
});

test("no axe violations with results, with none, and before searching", async ({ page }) => {
  await page.goto("/search?q=iran");
  await expect(page.locator("mark").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/search?q=breakthrough&rating=false");
  await expect(page.getByRole("link", { name: /any rating, not only “False”/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 2, name: "How to search" })).toBeVisible();
  await expect(page.getByRole("link", { name: '"nuclear agreement"' })).toBeVisible();
  await expectNoAxeViolations(page);
});
