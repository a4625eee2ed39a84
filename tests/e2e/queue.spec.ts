import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeClaim, unique, userId } from "./support/factories";

// The editor's queue: filters kept in the address so a view can be shared,
// counts per state, keyset pages, and the newsroom numbers on the desk home.

test("filters live in the URL, a shared view opens the same claims, and pages move forward and back", async ({ page, browser }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const marker = unique("queue").replace("-", "");
  const made = [];
  for (let index = 0; index < 27; index++) {
    const claim = await makeClaim({ createdById: editorId, status: "DRAFT", assigneeId: null });
    await withDatabase((db) => db.query(`UPDATE "Claim" SET text = $2 WHERE id = $1`, [claim.id, `Harbour levy claim ${index} ${marker}`]));
    made.push(claim.id);
  }

  await signIn(page, "editor");
  await page.goto("/desk/claims");
  await expectNoAxeViolations(page);
  const filters = page.getByRole("form", { name: "Filter the queue" });
  await filters.getByLabel("Search claims").fill(marker);
  await filters.getByRole("group", { name: "State" }).getByRole("checkbox", { name: "Draft" }).check();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${marker}`));
  await expect(page).toHaveURL(/status=DRAFT/);
  await expect(page.getByRole("navigation", { name: "Claims by state" }).getByRole("link", { name: /^Draft/ })).toContainText("(27)");

  const firstPage = await page
    .getByRole("table")
    .getByRole("link", { name: /Harbour levy claim/ })
    .allTextContents();
  expect(firstPage).toHaveLength(25);
  await page.getByRole("navigation", { name: "Queue pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(page.getByRole("table").getByRole("link", { name: /Harbour levy claim/ })).toHaveCount(2);
  const secondPage = await page
    .getByRole("table")
    .getByRole("link", { name: /Harbour levy claim/ })
    .allTextContents();
  expect(secondPage).toHaveLength(2);
  expect(new Set([...firstPage, ...secondPage]).size).toBe(27);
  await page.getByRole("navigation", { name: "Queue pages" }).getByRole("link", { name: "Previous page" }).click();
  await expect(page.getByRole("table").getByRole("link", { name: /Harbour levy claim/ })).toHaveCount(25);
  expect(
    await page
      .getByRole("table")
      .getByRole("link", { name: /Harbour levy claim/ })
      .allTextContents(),
  ).toEqual(firstPage);

  // The same address in a colleague's browser shows the same view.
  const shared = page.url();
  const colleague = await browser.newPage();
  await signIn(colleague, "reporter");
  await colleague.goto(shared);
  expect(
    await colleague
      .getByRole("table")
      .getByRole("link", { name: /Harbour levy claim/ })
      .allTextContents(),
  ).toEqual(firstPage);
  await colleague.close();

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/desk\/claims$/);
});

test("a filter that matches nothing says what to change; the desk home shows the newsroom numbers", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto(`/desk/claims?q=${unique("nothing-matches-this").replace("-", "")}`);
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText(/^No claims match: /)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Drop “/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "clear all filters" })).toBeVisible();

  // One verdict approved this week, so the chart has something to draw.
  const [editorId, reporterId] = [await userId(ACCOUNTS.editor.email), await userId(ACCOUNTS.reporter.email)];
  const claim = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  await withDatabase(async (db) => {
    await db.query(`UPDATE "Claim" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, [claim.id]);
    await db.query(`UPDATE "Verdict" SET "approvedById" = $2, "approvedAt" = now() WHERE "claimId" = $1`, [claim.id, editorId]);
  });
  await page.goto("/desk");
  const numbers = page.getByRole("region", { name: "Newsroom numbers" });
  await expect(numbers).toBeVisible();
  await expect(numbers.getByText("Median time to publication")).toBeVisible();
  await expect(numbers.getByRole("img", { name: /Publications per editor per week/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
