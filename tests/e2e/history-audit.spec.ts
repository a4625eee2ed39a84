import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { claimBy, makeClaim, userId } from "./support/factories";

// Every change is a revision that can be read as a diff and undone by a new
// one; the audit log is for editors and admins, and only for reading.

test("a reporter reads a field-by-field history and restores an earlier wording as a new revision", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}/edit`);
  await page.getByLabel("The claim in one short sentence").fill("The ministry said the crossing reopened a week late.");
  await page.getByLabel("Why this change").fill("The ministry's notice says a week.");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText("Claim saved.")).toBeVisible();

  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
  await expect(page.getByText("The ministry's notice says a week.")).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "week" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const revisionsBefore = await withDatabase(
    async (db) => (await db.query(`SELECT id, action, changes FROM "Revision" WHERE "claimId" = $1 ORDER BY "createdAt"`, [claim.id])).rows,
  );
  await page
    .getByRole("button", { name: /Restore the earlier value of the claim/i })
    .first()
    .click();
  await expect.poll(async () => (await claimBy("id", claim.id)).text).toBe(claim.text);
  const revisionsAfter = await withDatabase(
    async (db) => (await db.query(`SELECT id, action, changes FROM "Revision" WHERE "claimId" = $1 ORDER BY "createdAt"`, [claim.id])).rows,
  );
  // Nothing rewritten: the old revisions are as they were, and one new one says what was restored.
  expect(revisionsAfter.slice(0, revisionsBefore.length)).toEqual(revisionsBefore);
  expect(revisionsAfter.at(-1)).toMatchObject({
    action: "claim.restored",
    changes: { text: { from: "The ministry said the crossing reopened a week late.", to: claim.text } },
  });
});

test("editors read and filter the audit log; reporters are refused", async ({ page }) => {
  await signIn(page, "reporter");
  await page.goto("/desk/audit");
  await expect(page.getByText("Only editors and admins can read the audit log.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();

  await signIn(page, "editor");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Signed in" });
  await page.getByLabel("Person").selectOption({ label: "Eli Editor" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=auth\.signin/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Signed in");
  await expect(rows.nth(1)).toContainText("Eli Editor");
  expect(await rows.filter({ hasText: "Rana Reporter" }).count()).toBe(0);
  await expectNoAxeViolations(page);
  // Read-only: no form on the page changes anything.
  await expect(page.locator("form[method='post'], form:not([method])").filter({ hasNot: page.getByRole("button", { name: "Sign out" }) })).toHaveCount(0);
});
