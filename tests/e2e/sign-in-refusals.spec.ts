import { expect, type Page, test } from "@playwright/test";
import { withDatabase } from "./support/database";
import { makeAccount, unique } from "./support/factories";

// A failed sign-in says so plainly, leaves the visitor on the sign-in page,
// and gives them no session: the desk still sends them back to sign in.

const WRONG = "That email and password do not match an account. Check both and try again.";

async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function expectNoSession(page: Page) {
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name.endsWith("authjs.session-token"))).toEqual([]);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to the desk" })).toBeVisible();
}

test("a wrong password is refused with a visible message and starts no session", async ({ page }) => {
  const account = await makeAccount("REPORTER");
  await submitLogin(page, account.email, "not the password at all");

  await expect(page.getByTestId("form-message")).toHaveText(WRONG);
  await expect(page).toHaveURL(/\/login$/);
  // The email stays filled in so only the password needs typing again.
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expectNoSession(page);

  await withDatabase(async (db) => {
    const attempts = await db.query(`SELECT succeeded FROM "LoginAttempt" WHERE email = $1`, [account.email]);
    expect(attempts.rows).toEqual([{ succeeded: false }]);
    const audit = await db.query(`SELECT action, "actorId" FROM "AuditEvent" WHERE "targetId" = $1`, [account.id]);
    expect(audit.rows).toEqual([{ action: "auth.signin_failed", actorId: null }]);
    const user = await db.query(`SELECT "lastLoginAt" FROM "User" WHERE id = $1`, [account.id]);
    expect(user.rows[0].lastLoginAt).toBeNull();
  });
});

test("an email with no account gets the same message as a wrong password", async ({ page }) => {
  // The same words for both, so the form does not reveal who has an account.
  await submitLogin(page, `${unique("nobody")}@e2e.onrecord.test`, "any password at all");
  await expect(page.getByTestId("form-message")).toHaveText(WRONG);
  await expect(page).toHaveURL(/\/login$/);
  await expectNoSession(page);
});
