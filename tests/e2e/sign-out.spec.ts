import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";

test("the sign-out page ends the session and the desk then asks to sign in again", async ({ page }) => {
  await signIn(page, "reporter");
  await page.goto("/logout");
  await expect(page.getByRole("heading", { level: 1, name: "Sign out of the desk?" })).toBeVisible();
  await expect(page.getByText("You are signed in as Rana Reporter")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByText("You have signed out.")).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name.endsWith("authjs.session-token"))).toEqual([]);

  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login$/);
});

test("visiting the sign-out page does not sign anyone out by itself", async ({ page }) => {
  // A GET must never end a session: a link or an image elsewhere could trigger it.
  await signIn(page, "editor");
  await page.goto("/logout");
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("banner").getByText("Eli Editor")).toBeVisible();
});

test("a signed-out visitor on the sign-out page is told so and offered the way in", async ({ page }) => {
  await page.goto("/logout");
  await expect(page.getByRole("heading", { level: 1, name: "You are signed out" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in to the desk" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("signing out revokes the session on the server: a copy of the old cookie no longer opens the desk", async ({ page, browser }) => {
  await signIn(page, "reporter");
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(copied).toHaveLength(1);
  await signOut(page);

  const elsewhere = await browser.newContext({ baseURL: E2E.baseURL });
  await elsewhere.addCookies(copied);
  const stolen = await elsewhere.newPage();
  await stolen.goto("/desk");
  await expect(stolen).toHaveURL(/\/login$/);
  await elsewhere.close();

  const events = await withDatabase(
    async (db) =>
      (
        await db.query(`SELECT a.action FROM "AuditEvent" a JOIN "User" u ON u.id = a."actorId" WHERE u.email = $1 AND a.action = 'auth.signout'`, [
          ACCOUNTS.reporter.email,
        ])
      ).rows,
  );
  expect(events.length).toBeGreaterThanOrEqual(1);
});
