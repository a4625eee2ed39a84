import { expect, type Locator, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { makeClaim, unique, userId } from "./support/factories";

// Rough edge 2 of issue 14: after a refusal the reporter is taken to the
// first problem (the first field marked invalid, or the form's message when
// the problem is not a field), scrolled into view, whatever desk form it is.

const SHOTS = "/tmp/shots-edges";

// A short window, so the message at the top of a long form is off screen when
// the reporter presses the button at the bottom.
test.use({ viewport: { width: 1280, height: 600 } });

async function expectTakenTo(target: Locator) {
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
}

test("adding a source without a title takes the reporter to the title field", async ({ page }) => {
  await signIn(page, "reporter");
  await page.goto("/desk/sources");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add source" }) });
  await form.getByLabel("Link").fill("https://example.org/report");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form.getByTestId("form-message")).toBeVisible();
  await expectTakenTo(form.getByLabel("Title"));
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/focus-add-source.png` });
});

test("a verdict summary that is too short takes the editor to the summary, far below the top of the page", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  await signIn(page, "editor");
  await page.goto(`/desk/claims/${claim.id}`);
  const revision = page.getByRole("region", { name: "Revise the proposal" }).locator("form");
  await revision.getByLabel("One-line summary").fill("Too short");
  // The reporter moves on to the button, as a keyboard user would.
  await revision.getByRole("button", { name: "Submit for review" }).focus();
  await revision.getByRole("button", { name: "Submit for review" }).click();
  await expect(revision.locator("#propose-summary-error")).toBeVisible();
  await expectTakenTo(revision.getByLabel("One-line summary"));
  await page.screenshot({ path: `${SHOTS}/focus-verdict.png` });
});

test("a password change with a mismatched repeat takes the person to the field to fix", async ({ page }) => {
  await signIn(page, "reporter");
  await page.goto("/desk/account");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Change password" }) });
  await form.getByLabel("Current password").fill(ACCOUNTS.reporter.password);
  await form.getByLabel("New password", { exact: false }).first().fill("a long new passphrase 2026");
  await form.getByLabel("New password again").fill("not the same passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByTestId("form-message")).toBeVisible();
  await expectTakenTo(form.locator('[aria-invalid="true"]').first());
  await page.screenshot({ path: `${SHOTS}/focus-password.png` });
});

test("logging from an article with nothing ticked takes the reporter to the message, which is not a field", async ({ page }) => {
  const tag = unique("focus");
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  const sentences = Array.from(
    { length: 8 },
    (_, index) => `Port Minister Carla Mendes said that cargo traffic at terminal ${index + 1} had tripled since 2024 (${tag}).`,
  );
  await page.getByLabel("Article text").fill(sentences.join(" "));
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("region", { name: /candidate claims? in \d+ words/ })).toBeVisible();
  await page.getByRole("button", { name: "Log ticked claims" }).click();
  const message = page.getByRole("region", { name: /candidate claims? in \d+ words/ }).getByTestId("form-message");
  await expect(message).toHaveText("Nothing was logged: tick the candidates to log first.");
  await expectTakenTo(message);
  await page.screenshot({ path: `${SHOTS}/focus-article-nothing-ticked.png` });
});
