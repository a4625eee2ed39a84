import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { countRows, unique } from "./support/factories";

// Bad input on the log-a-claim form is refused field by field, keeps what the
// reporter typed, and writes nothing at all to the database.

const tables = ["Claim", "Speaker", "Source", "Evidence", "Revision", "AuditEvent"] as const;
const countAll = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await countRows(table)] as const)));

test.beforeEach(async ({ page }) => {
  await signIn(page, "reporter");
  await page.goto("/desk/claims/new");
});

test("a claim with no text is refused with a field error and nothing is saved", async ({ page }) => {
  const speakerName = unique("Unsaved Speaker");
  const before = await countAll();

  await page.getByLabel("New speaker's name").fill(speakerName);
  await page.getByRole("button", { name: "Log claim" }).click();

  await expect(page.getByTestId("form-message")).toHaveText("Some fields need attention before this can be saved.");
  const claimText = page.getByLabel("The claim in one short sentence");
  await expect(claimText).toHaveAttribute("aria-invalid", "true");
  const errorId = "text-error";
  await expect(claimText).toHaveAttribute("aria-describedby", new RegExp(`\\b${errorId}\\b`));
  await expect(page.locator(`#${errorId}`)).toHaveText("Write the claim in one short sentence (at least 10 characters).");
  // What the reporter typed elsewhere is still there.
  await expect(page.getByLabel("New speaker's name")).toHaveValue(speakerName);
  await expect(page).toHaveURL(/\/desk\/claims\/new$/);

  expect(await countAll()).toEqual(before);
  await withDatabase(async (db) => {
    expect((await db.query(`SELECT 1 FROM "Speaker" WHERE name = $1`, [speakerName])).rowCount).toBe(0);
  });
});

test("a source with no kind or stance and a non-web link is refused field by field and nothing is saved", async ({ page }) => {
  const claimText = `The minister said the new bridge opened on time (${unique("v")}).`;
  const before = await countAll();

  await page.getByLabel("The claim in one short sentence").fill(claimText);
  await page.getByLabel("Speaker", { exact: true }).selectOption({ label: "Donald Trump (President of the United States)" });
  await page.getByLabel("Source title").fill("Transport ministry schedule");
  await page.getByLabel("Source link").fill("javascript:alert(document.cookie)");
  await page.getByRole("button", { name: "Log claim" }).click();

  await expect(page.getByTestId("form-message")).toHaveText("Some fields need attention before this can be saved.");
  await expect(page.locator("#sourceType-error")).toHaveText("Choose the kind of source.");
  await expect(page.locator("#stance-error")).toHaveText("Say whether the source supports, contradicts or gives context.");
  await expect(page.locator("#sourceUrl-error")).toHaveText("The source link must be a full web address starting with http:// or https://.");
  await expect(page.getByLabel("Kind of source")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("The claim in one short sentence")).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByLabel("The claim in one short sentence")).toHaveValue(claimText);
  await expect(page.getByLabel("Speaker", { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel("Speaker", { exact: true }).locator("option:checked")).toHaveText("Donald Trump (President of the United States)");

  expect(await countAll()).toEqual(before);
  await withDatabase(async (db) => {
    expect((await db.query(`SELECT 1 FROM "Claim" WHERE text = $1`, [claimText])).rowCount).toBe(0);
  });
});
