import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeClaim, unique, userId } from "./support/factories";

// Admins keep the verdict scale: add, edit, reorder, retire and restore,
// delete only while unused. The scale offered to researchers follows.

test("an admin adds a rating, edits it, moves it, retires and restores it, then deletes it after confirming", async ({ page }) => {
  const label = `Half true ${unique("r").slice(2, 6)}`;
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Scale" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Verdict scale" })).toBeVisible();
  await expectNoAxeViolations(page);

  const add = page.getByRole("form", { name: "Add a rating" });
  await add.getByLabel("Label").fill(label);
  await add.getByLabel("Description").fill("Some of it is true and some of it is not.");
  await add.getByLabel("Value").selectOption("3");
  await add.getByLabel("Colour").fill("#fde047");
  await add.getByRole("button", { name: "Add rating" }).click();
  // Pale yellow under white text is unreadable: refused, with the ratio.
  await expect(add.getByText(/contrast/i).first()).toBeVisible();
  await add.getByLabel("Colour").fill("#6b21a8");
  await add.getByRole("button", { name: "Add rating" }).click();

  const item = page.getByRole("listitem", { name: label });
  await expect(item).toBeVisible();
  await item.getByLabel("Description").fill("Partly accurate: the record supports some of it.");
  await item.getByRole("button", { name: `Save ${label}` }).click();
  await expect(item.getByText("Partly accurate: the record supports some of it.").first()).toBeVisible();

  const position = async () =>
    withDatabase(async (db) => (await db.query(`SELECT position FROM "Rating" WHERE label = $1`, [label])).rows[0].position as number);
  const before = await position();
  await item.getByRole("button", { name: `Move ${label} up` }).click();
  await expect.poll(position).toBe(before - 1);

  // Retired: no longer offered to a researcher proposing a verdict.
  page.once("dialog", (dialog) => dialog.accept());
  await item.getByRole("button", { name: `Retire ${label}` }).click();
  await expect(item.getByText("Retired", { exact: true }).first()).toBeVisible();
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const researcher = await page.context().browser()!.newPage();
  await signIn(researcher, "reporter");
  await researcher.goto(`/desk/claims/${claim.id}`);
  await expect(researcher.getByLabel("Rating").locator("option", { hasText: label })).toHaveCount(0);
  await item.getByRole("button", { name: `Restore ${label}` }).click();
  await expect(item.getByText("Retired", { exact: true })).toHaveCount(0);
  await researcher.reload();
  await expect(researcher.getByLabel("Rating").locator("option", { hasText: label })).toHaveCount(1);
  await researcher.close();

  page.once("dialog", (dialog) => dialog.accept());
  await item.getByRole("button", { name: `Delete ${label}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Deleted “${label}” from the scale.`);
  expect(await withDatabase(async (db) => (await db.query(`SELECT 1 FROM "Rating" WHERE label = $1`, [label])).rowCount)).toBe(0);
});

test("a rating in use offers no delete; an editor sees no scale controls", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/desk/admin/scale");
  const unsupported = page.getByRole("listitem", { name: "Unsupported" });
  await expect(unsupported.getByText("In use, so it can be retired but not deleted.")).toBeVisible();
  await expect(unsupported.getByRole("button", { name: "Delete Unsupported" })).toHaveCount(0);

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "editor");
  await page.goto("/desk/admin/scale");
  await expect(page.getByText("Only admins can do this.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Save|Retire|Delete/ })).toHaveCount(0);
});
