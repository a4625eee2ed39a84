import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { E2E } from "./support/env";

// Rough edge 10 of issue 14: when the public address share links and
// ClaimReview use is not one readers can open (unset, so localhost, or like
// here a loopback address), the admins who can set it are told on the desk;
// reporters and editors, who cannot, are not.

const SHOTS = "/tmp/shots-edges";

test("an admin is told that share links point at this machine and what to set; reporters and editors are not", async ({ page }) => {
  await signIn(page, "admin");
  const warning = page.getByRole("complementary", { name: "Share links point at this machine" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("SITE_URL");
  await expect(warning).toContainText(E2E.baseURL);
  await expect(warning).toContainText("https://");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/site-address-admin.png`, fullPage: true });
  // On every desk page, not only the home.
  await page.goto("/desk/claims");
  await expect(warning).toBeVisible();

  for (const who of ["reporter", "editor"] as const) {
    await page.context().clearCookies();
    await signIn(page, who);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Share links point at this machine" })).toHaveCount(0);
    await expect(page.getByText("SITE_URL")).toHaveCount(0);
  }
  await page.screenshot({ path: `${SHOTS}/site-address-editor.png`, fullPage: true });
});
