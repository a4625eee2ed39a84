import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { claimBy } from "./support/factories";

// No axe violations (WCAG 2.1 A/AA and best practices) on any page, including
// the states people meet when something goes wrong: field errors, refused
// sign-ins, pages that do not exist.

test("every public page: home, verdicts, speakers, topics, search, methodology, corrections, embed", async ({ page }) => {
  for (const [path, heading] of [
    ["/", "Latest verdicts"],
    ["/claims/nuclear-restraint-demo", "Iran has agreed to nuclear restraint."],
    ["/claims/military-action-warning-demo", "The United States will take military action if Iran rejects the peace-plan conditions."],
    ["/speakers", /Speakers/],
    ["/speakers/donald-trump", "Donald Trump"],
    ["/topics", /Topics/],
    ["/topics/iran-nuclear-talks", /Iran nuclear talks/],
    ["/search", /Search/],
    ["/search?q=nuclear", /Search/],
    ["/search?q=zzzznotaword", /Search/],
    ["/methodology", "How we check claims"],
    ["/corrections", "Corrections"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto("/embed/claims/nuclear-restraint-demo");
  await expect(page.getByText("Iran has agreed to nuclear restraint.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a keyboard reader skips to the verdict, reaches every link in order and sees where focus is", async ({ page }) => {
  await page.goto("/claims/nuclear-restraint-demo");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // Tabbing from the main content moves through its links, each with a visible outline.
  const seen: string[] = [];
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        text: (element.textContent ?? "").trim().slice(0, 60),
        inMain: !!element.closest("main"),
        outline: style.outlineStyle !== "none" && style.outlineWidth !== "0px",
      };
    });
    expect(focused, `focus after ${step + 1} tabs`).not.toBeNull();
    expect(focused!.inMain).toBe(true);
    expect(focused!.outline, `visible focus on "${focused!.text}"`).toBe(true);
    seen.push(focused!.text);
  }
  expect(seen).toContain("Where it was said");
  expect(seen).toContain("How we rate claims");
});

test("search works from the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search claims, speakers and sources" }).focus();
  await page.keyboard.type("enrichment");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=enrichment/);
  const result = page.getByRole("main").getByRole("link", { name: "Iran has never agreed to give up uranium enrichment in these talks." });
  await result.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/claims\/enrichment-consistent-demo$/);
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
