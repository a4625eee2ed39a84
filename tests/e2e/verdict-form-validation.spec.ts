import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { claimBy, makeClaim, userId, verdictFor } from "./support/factories";

// An editor who adjusts the proposal while approving it and makes a mistake
// gets a field error, and their adjustment is still there when they fix it:
// the verdict published is the one they chose, not the reporter's proposal.

test("a refused publish keeps the editor's changed rating, and that rating is the one published", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  await signIn(page, "editor");
  await page.goto(`/desk/claims/${claim.id}`);
  const form = page.getByRole("complementary").locator("form");
  const rating = form.getByLabel("Rating");
  await expect(rating.locator("option:checked")).toHaveText(/^Misleading:/);

  await rating.selectOption({ label: "False: The record contradicts it." });
  await form.getByLabel("One-line summary").fill("Too short");
  await form.getByRole("button", { name: "Publish verdict" }).click();

  await expect(form.getByTestId("form-message")).toHaveText("Some fields need attention before this can be saved.");
  await expect(form.locator("#publish-summary-error")).toHaveText("Write a one-line summary of the verdict (at least 10 characters).");
  await expect(rating.locator("option:checked")).toHaveText("False: The record contradicts it.");
  expect(await claimBy("id", claim.id)).toMatchObject({ status: "IN_REVIEW", publishedAt: null });

  await form.getByLabel("One-line summary").fill("The border agency's own log shows the crossing reopened two weeks late.");
  await form.getByRole("button", { name: "Publish verdict" }).click();
  await expect(page.getByText("Verdict published.")).toBeVisible();

  expect(await claimBy("id", claim.id)).toMatchObject({ status: "PUBLISHED" });
  expect(await verdictFor(claim.id)).toMatchObject({ summary: "The border agency's own log shows the crossing reopened two weeks late." });
  await withDatabase(async (db) => {
    const published = await db.query(`SELECT r.slug FROM "Verdict" v JOIN "Rating" r ON r.id = v."ratingId" WHERE v."claimId" = $1`, [claim.id]);
    expect(published.rows).toEqual([{ slug: "false" }]);
  });
});
