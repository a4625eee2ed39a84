import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { claimBy } from "./support/factories";

// No axe violations (WCAG 2.1 A/AA and best practices) on any page, including
// the states people meet when something goes wrong: field errors, refused
// sign-ins, pages that do not exist.

test("public pages: latest verdicts, a verdict page, methodology", async ({ page }) => {
  for (const [path, heading] of [
    ["/", "Latest verdicts"],
    ["/claims/nuclear-restraint-demo", "Iran has agreed to nuclear restraint."],
    ["/claims/military-action-warning-demo", "The United States will take military action if Iran rejects the peace-plan conditions."],
    ["/methodology", "How we check claims"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("not-found pages", async ({ page }) => {
  for (const path of ["/claims/no-such-claim", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expectNoAxeViolations(page);
  }
});

test("sign-in page, empty and after a refused sign-in", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to the desk" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("desk pages for an editor: my work, queue, log a claim (with errors), a claim in review", async ({ page }) => {
  await signIn(page, "editor");
  await expectNoAxeViolations(page);
  await page.goto("/desk/claims");
  await expect(page.getByRole("heading", { level: 1, name: "Claim queue" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/desk/claims/new");
  await expect(page.getByRole("heading", { level: 1, name: "Log a claim" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Log claim" }).click();
  await expect(page.getByTestId("form-message")).toBeVisible();
  await expectNoAxeViolations(page);

  const inReview = await claimBy("slug", "talks-breakthrough-demo");
  await page.goto(`/desk/claims/${inReview.id}`);
  await expect(page.getByRole("button", { name: "Publish verdict" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("desk not-found page", async ({ page }) => {
  await signIn(page, "reporter");
  const response = await page.goto("/desk/claims/no-such-claim");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("desk claim page with the proposal form, for the assigned reporter", async ({ page }) => {
  const researching = await claimBy("slug", "minor-understandings-demo");
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${researching.id}`);
  await expect(page.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("accounts page for an admin", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/desk/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  await expectNoAxeViolations(page);
});
