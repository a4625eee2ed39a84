import { expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { claimBy, makeClaim, userId, verdictFor } from "./support/factories";

// An editor reviewing a reporter's proposal who wants different words revises
// it; a mistake gets a field error and keeps their choices; the revision
// becomes their own proposal, which someone else must approve. Publishing
// never takes new words from the form: the two-person rule covers the text.

test("an editor's revision keeps its rating after a refused submit, and goes to a second person to publish", async ({ page, browser }) => {
  const [reporterId, editorId, adminId] = await Promise.all([userId(ACCOUNTS.reporter.email), userId(ACCOUNTS.editor.email), userId(ACCOUNTS.admin.email)]);
  const claim = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  await signIn(page, "editor");
  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole("heading", { name: "Approve and publish" })).toBeVisible();

  const revision = page.getByRole("region", { name: "Revise the proposal" }).locator("form");
  const rating = revision.getByLabel("Rating");
  await expect(rating.locator("option:checked")).toHaveText(/^Misleading:/);
  await rating.selectOption({ label: "False: The record contradicts it." });
  await revision.getByLabel("One-line summary").fill("Too short");
  await revision.getByRole("button", { name: "Submit for review" }).click();

  await expect(revision.getByTestId("form-message")).toHaveText("Some fields need attention before this can be saved.");
  await expect(revision.locator("#propose-summary-error")).toHaveText("Write a one-line summary of the verdict (at least 10 characters).");
  await expect(rating.locator("option:checked")).toHaveText("False: The record contradicts it.");
  expect(await verdictFor(claim.id)).toMatchObject({ proposedById: reporterId });

  const words = "The border agency's own log shows the crossing reopened two weeks late.";
  await revision.getByLabel("One-line summary").fill(words);
  await revision.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Verdict proposed and sent to review.")).toBeVisible();

  // The revision is now the editor's own proposal: no publish button for them.
  expect(await claimBy("id", claim.id)).toMatchObject({ status: "IN_REVIEW", publishedAt: null });
  expect(await verdictFor(claim.id)).toMatchObject({ proposedById: editorId, approvedById: null, summary: words });
  await expect(page.getByText("You proposed this verdict; another editor must approve it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish verdict" })).toHaveCount(0);

  // The admin reads the revised words and publishes them as they stand.
  const admin = await signedInPage(browser, "admin");
  await admin.goto(`/desk/claims/${claim.id}`);
  await expect(admin.getByRole("complementary").getByText(words).first()).toBeVisible();
  await admin.getByRole("button", { name: "Publish verdict" }).click();
  await expect(admin.getByText("Verdict published.")).toBeVisible();
  await admin.context().close();

  expect(await claimBy("id", claim.id)).toMatchObject({ status: "PUBLISHED" });
  expect(await verdictFor(claim.id)).toMatchObject({ summary: words, proposedById: editorId, approvedById: adminId });
  await withDatabase(async (db) => {
    const published = await db.query(`SELECT r.slug FROM "Verdict" v JOIN "Rating" r ON r.id = v."ratingId" WHERE v."claimId" = $1`, [claim.id]);
    expect(published.rows).toEqual([{ slug: "false" }]);
  });
});
