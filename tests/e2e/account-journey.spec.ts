import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { makeAccount, unique } from "./support/factories";
import { linkIn, receivedMail, waitForMail } from "./support/mailbox";

// The account journey against a real SMTP server (the suite's receiver,
// tests/e2e/support/mail-receiver.ts): an admin invites a colleague, who
// joins from the mailed link; forgets the password and resets it from
// another mailed link; then changes it on /desk/account, which signs out the
// browser still signed in elsewhere and keeps this one.

const mailFor = (address: string, subject: RegExp) => waitForMail((mail) => mail.envelopeTo.includes(address) && subject.test(mail.subject));

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.baseURL });
  return context.newPage();
}

const sessionVersion = (email: string) =>
  withDatabase(
    async (db) => (await db.query<{ sessionVersion: number }>(`SELECT "sessionVersion" FROM "User" WHERE email = $1`, [email])).rows[0]!.sessionVersion,
  );

test("invite → join from the mailed link → forgot password → reset from the mailed link → change it on the account page", async ({ page, browser }) => {
  const name = unique("Nour Newcomer");
  const email = `${unique("newcomer")}@e2e.onrecord.test`;
  const chosen = "my very own first passphrase";
  const afterReset = "a second passphrase after reset";
  const changed = "the third passphrase, changed";

  // An admin invites.
  await signIn(page, "admin");
  await page.goto("/desk/admin/users");
  const invite = page.getByRole("region", { name: "Invite a colleague" });
  await invite.getByLabel("Name").fill(name);
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption({ label: "Reporter" });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByTestId("form-message")).toContainText(`Invitation sent to ${email}`);
  await signOut(page);

  // The invitation arrives by SMTP, from the configured sender, with a link.
  const invitation = await mailFor(email, /invited/);
  expect(invitation.from).toContain("desk@onrecord.test");
  const invitationLink = linkIn(invitation);
  expect(new URL(invitationLink).pathname).toBe("/welcome");

  // The invitee opens it in their own browser and chooses a password.
  const newcomer = await freshPage(browser);
  await newcomer.goto(invitationLink);
  await expect(newcomer.getByRole("heading", { level: 1, name: /Join the .* desk/ })).toBeVisible();
  await expect(newcomer.getByText(`Welcome, ${name}.`)).toBeVisible();
  await expectNoAxeViolations(newcomer);
  await newcomer.getByLabel("New password (required)", { exact: true }).fill(chosen);
  await newcomer.getByLabel("New password again").fill("not the same passphrase");
  await newcomer.getByRole("button", { name: "Join the desk" }).click();
  await expect(newcomer.locator("#repeat-password-error")).toHaveText("The two passwords are not the same.");
  await newcomer.getByLabel("New password (required)", { exact: true }).fill(chosen);
  await newcomer.getByLabel("New password again").fill(chosen);
  await newcomer.getByRole("button", { name: "Join the desk" }).click();
  await expect(newcomer).toHaveURL(/\/login\?joined=1$/);
  await expect(newcomer.getByText("Your password is set.")).toBeVisible();

  // The same link again says plainly that it has been used.
  await newcomer.goto(invitationLink);
  await expect(newcomer.getByTestId("dead-link")).toHaveText(/already been accepted/);

  // Signs in and out.
  const credentials = { email, password: chosen, name };
  await signIn(newcomer, credentials);
  await expect(newcomer.getByRole("banner")).toContainText(`${name} (Reporter)`);
  await signOut(newcomer);

  // Forgot the password: the sign-in page leads to the reset form.
  await newcomer.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(newcomer).toHaveURL(/\/forgot-password$/);
  await expectNoAxeViolations(newcomer);
  await newcomer.getByLabel("Email of your desk account").fill(email);
  await newcomer.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(newcomer.getByTestId("form-message")).toHaveText(/^If that address belongs to an active desk account, a reset link is on its way/);

  const reset = await mailFor(email, /Reset your/);
  const resetLink = linkIn(reset);
  await newcomer.goto(resetLink);
  await expect(newcomer.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(newcomer);
  await newcomer.getByLabel("New password (required)", { exact: true }).fill(afterReset);
  await newcomer.getByLabel("New password again").fill(afterReset);
  await newcomer.getByRole("button", { name: "Save the new password" }).click();
  await expect(newcomer).toHaveURL(/\/login\?reset=1$/);
  // The account is told, by mail, that its password was reset.
  await mailFor(email, /account was changed/);
  await newcomer.goto(resetLink);
  await expect(newcomer.getByTestId("dead-link")).toHaveText(/already been used/);

  // The old password no longer opens the desk; the new one does.
  await newcomer.goto("/login");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(chosen);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByTestId("form-message")).toHaveText(/do not match/);
  await signIn(newcomer, { ...credentials, password: afterReset });

  // Signed in on a second computer too.
  const elsewhere = await freshPage(browser);
  await signIn(elsewhere, { ...credentials, password: afterReset });

  // Changes the password on the account page, linked from the desk header.
  const before = await sessionVersion(email);
  await newcomer.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Your account" }).click();
  await expect(newcomer.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(newcomer);
  const passwordSection = newcomer.getByRole("region", { name: "Password" });
  await passwordSection.getByLabel("Current password").fill(afterReset);
  await passwordSection.getByLabel("New password (required)", { exact: true }).fill(changed);
  await passwordSection.getByLabel("New password again").fill(changed);
  await passwordSection.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer).toHaveURL(/\/desk\/account\?passwordChanged=1$/);
  await expect(newcomer.getByTestId("password-changed")).toHaveText(/Every other session of your account has been signed out; this one stays signed in\./);
  expect(await sessionVersion(email)).toBe(before + 1);

  // This browser stays signed in…
  await newcomer.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "My work" }).click();
  await expect(newcomer).toHaveURL(/\/desk$/);
  await expect(newcomer.getByRole("banner")).toContainText(name);
  // …the other one is signed out on its next click.
  await elsewhere.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Queue" }).click();
  await expect(elsewhere).toHaveURL(/\/login$/);
  await expect(elsewhere.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await signIn(elsewhere, { ...credentials, password: changed });

  await newcomer.context().close();
  await elsewhere.context().close();
});

test("changing one's email takes effect from the link mailed to the new address", async ({ browser }) => {
  const account = await makeAccount("EDITOR");
  const { email, password } = account;
  const newEmail = `${unique("moved")}@e2e.onrecord.test`;
  const mover = await freshPage(browser);
  await signIn(mover, account);
  await mover.goto("/desk/account");
  const emailSection = mover.getByRole("region", { name: "Email" });
  await emailSection.getByLabel("New email").fill(newEmail);
  await emailSection.getByLabel("Your current password").fill(password);
  await emailSection.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(emailSection.getByTestId("form-message")).toHaveText(new RegExp(`^A confirmation link went to ${newEmail.replace(/[.]/g, "\\.")}`));
  await mover.reload();
  await expect(mover.getByTestId("pending-email")).toContainText(newEmail);

  const confirmation = await mailFor(newEmail, /Confirm your new/);
  await mover.goto(linkIn(confirmation));
  await expectNoAxeViolations(mover);
  await mover.getByRole("button", { name: `Use ${newEmail} for my desk account` }).click();
  await expect(mover.getByTestId("form-message")).toHaveText(`Your desk email is now ${newEmail}. Sign in with it from now on.`);
  // The old address hears of it.
  const told = await mailFor(email, /account was changed/);
  expect(told.text).toContain(newEmail);

  await mover.goto("/desk/account");
  await expect(mover.getByText(`You sign in with ${newEmail}.`)).toBeVisible();
  await mover.context().close();
});

test("forgot password answers the same for an address with no account, and nothing is sent to it", async ({ page }) => {
  const account = await makeAccount("REPORTER");
  const stranger = `${unique("stranger")}@e2e.onrecord.test`;
  const answers: string[] = [];
  for (const email of [stranger, account.email]) {
    await page.goto("/forgot-password");
    await page.getByLabel("Email of your desk account").fill(email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByTestId("form-message")).toBeVisible();
    answers.push((await page.getByTestId("form-message").textContent()) ?? "");
  }
  expect(answers[0]).toBe(answers[1]);
  // The account's link arrives; mail is sent oldest first, so had anything
  // been written for the stranger it would have come before.
  await mailFor(account.email, /Reset your/);
  expect(receivedMail().filter((mail) => mail.envelopeTo.includes(stranger))).toEqual([]);
  expect(await withDatabase(async (db) => (await db.query(`SELECT 1 FROM "MailMessage" WHERE recipient = $1`, [stranger])).rowCount)).toBe(0);
});

test("a link that does not work says so and what to do", async ({ page }) => {
  await page.goto("/reset-password?token=not-a-real-token");
  await expect(page.getByTestId("dead-link")).toHaveText(/not valid/);
  await expect(page.getByRole("link", { name: "Ask for a new reset link" })).toHaveAttribute("href", "/forgot-password");
  await page.goto(`/welcome?token=${"A".repeat(43)}`);
  await expect(page.getByTestId("dead-link")).toHaveText(/ask a desk admin to send a new one/i);
  await expectNoAxeViolations(page);
});
