import { expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeAccount, type TestAccount, unique, userId } from "./support/factories";
import { captureAccountForms, postActionForm } from "./support/server-actions";

// Admins manage the newsroom's accounts. A role change or a disabled account
// takes effect on the person's very next request, even though their signed
// session cookie is still valid; nobody but an admin can do any of it.

const accountRow = async (id: string) =>
  withDatabase(async (db) => (await db.query(`SELECT role, "disabledAt", "sessionVersion" FROM "User" WHERE id = $1`, [id])).rows[0]);

const auditFor = async (targetId: string) =>
  withDatabase(
    async (db) =>
      (await db.query(`SELECT action, "actorId", details FROM "AuditEvent" WHERE "targetId" = $1 AND action LIKE 'user.%' ORDER BY "createdAt"`, [targetId]))
        .rows,
  );

// Accounts are made by invitation; the invitee's side of it (the mailed
// link, choosing a password) is in account-journey.spec.ts.
test("an admin invites a colleague, who is listed as invited until they join; revoking asks first and removes the account", async ({ page }) => {
  const name = unique("Nadia Newhire");
  const email = `${unique("newhire")}@e2e.onrecord.test`;
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Accounts" }).click();
  const form = page.getByRole("region", { name: "Invite a colleague" });
  // No password field: nobody but the invitee ever knows it.
  await expect(form.getByLabel(/password/i)).toHaveCount(0);

  // A mistyped address is refused and nobody is invited; what was chosen stays.
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill("nadia at newsroom");
  await form.getByLabel("Role").selectOption({ label: "Editor" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.locator("#new-email-error")).toHaveText("Enter a valid email address.");
  await expect(form.getByLabel("Name")).toHaveValue(name);
  await expect(form.getByLabel("Role")).toHaveValue("EDITOR");

  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByTestId("form-message")).toHaveText(
    `Invitation sent to ${email} (Editor). They choose their own password from the link, which works for 7 days.`,
  );
  const row = page.getByTestId(`account-${email}`);
  await expect(row).toContainText(`${name} · ${email} · Editor`);
  await expect(row.getByText("Invited, not yet joined", { exact: true })).toBeVisible();
  await expect(row).toContainText(/the link works until/);
  // The invitation's own controls (resend, revoke) pass the accessibility checks too.
  await expectNoAxeViolations(page);

  const newId = await userId(email);
  expect(await accountRow(newId)).toMatchObject({ role: "EDITOR", disabledAt: null });
  expect(await auditFor(newId)).toEqual([{ action: "user.invited", actorId: await userId(ACCOUNTS.admin.email), details: { role: "EDITOR" } }]);

  // Revoking asks first; cancelling keeps the invitation.
  const revoke = row.getByRole("button", { name: `Revoke invitation for ${name}` });
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe(`Revoke ${name}'s invitation? Their link stops working at once.`);
    void dialog.dismiss();
  });
  await revoke.click();
  await expect(revoke).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await revoke.click();
  await expect(page.getByTestId(`account-${email}`)).toHaveCount(0);
  expect(await withDatabase(async (db) => (await db.query(`SELECT 1 FROM "User" WHERE email = $1`, [email])).rowCount)).toBe(0);
});

test("changing someone's role ends their current session on their next request", async ({ page, browser }) => {
  const person = await makeAccount("REPORTER");
  const theirs = await signedInPage(browser, person);
  await theirs.goto("/desk/claims");
  await expect(theirs.getByRole("heading", { level: 1, name: "Claim queue" })).toBeVisible();
  const before = await accountRow(person.id);

  await signIn(page, "admin");
  await page.goto("/desk/admin/users");
  const row = page.getByTestId(`account-${person.email}`);
  await row.getByLabel(`Role for ${person.name}`).selectOption("EDITOR");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByTestId("form-message")).toHaveText(`${person.name} is now Editor. Their current session has ended.`);
  await expect(row).toContainText(`${person.email} · Editor`);
  await expect(row.getByLabel(`Role for ${person.name}`)).toHaveValue("EDITOR");

  expect(await accountRow(person.id)).toMatchObject({ role: "EDITOR", sessionVersion: before.sessionVersion + 1 });
  expect(await auditFor(person.id)).toEqual([
    { action: "user.role_changed", actorId: await userId(ACCOUNTS.admin.email), details: { from: "REPORTER", to: "EDITOR" } },
  ]);

  // Their next click in the desk finds the session over.
  await theirs.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "My work" }).click();
  await expect(theirs).toHaveURL(/\/login$/);
  await expect(theirs.getByRole("heading", { level: 1, name: "Sign in to the desk" })).toBeVisible();
  await expect(theirs.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);
  // Signing in again gives them the new role.
  await signIn(theirs, person);
  await expect(theirs.getByRole("banner")).toContainText(`${person.name} (Editor)`);
  await theirs.context().close();
});

test("disabling an account asks first, ends the session on the next request and blocks signing in", async ({ page, browser }) => {
  const person = await makeAccount("REPORTER");
  const theirs = await signedInPage(browser, person);

  await signIn(page, "admin");
  await page.goto("/desk/admin/users");
  const row = page.getByTestId(`account-${person.email}`);
  const disable = row.getByRole("button", { name: `Disable ${person.name}` });

  // Cancelling the confirmation changes nothing.
  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("confirm");
    expect(dialog.message()).toBe(`Disable ${person.name}'s account? They will be signed out at once.`);
    void dialog.dismiss();
  });
  await disable.click();
  await expect(disable).toBeVisible();
  expect(await accountRow(person.id)).toMatchObject({ disabledAt: null });

  page.once("dialog", (dialog) => void dialog.accept());
  await disable.click();
  await expect(row.getByTestId("form-message")).toHaveText(`${person.name}'s account is disabled and signed out.`);
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Enable ${person.name}` })).toBeVisible();

  expect((await accountRow(person.id)).disabledAt).not.toBeNull();
  expect(await auditFor(person.id)).toEqual([{ action: "user.disabled", actorId: await userId(ACCOUNTS.admin.email), details: {} }]);

  // Their very next request, a click in the desk they already had open, ends the session.
  await theirs.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Queue" }).click();
  await expect(theirs).toHaveURL(/\/login$/);
  await expect(theirs.getByRole("heading", { level: 1, name: "Claim queue" })).toHaveCount(0);
  await expect(theirs.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // And the right password no longer opens the desk.
  await theirs.getByLabel("Email").fill(person.email);
  await theirs.getByLabel("Password").fill(person.password);
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(theirs.getByTestId("form-message")).toHaveText("This account has been disabled. Ask an admin if you need access again.");
  await theirs.goto("/desk");
  await expect(theirs).toHaveURL(/\/login$/);
  await theirs.context().close();
});

for (const who of ["reporter", "editor"] as const) {
  test(`${who === "reporter" ? "a reporter" : "an editor"} is refused on the accounts page and by every account action`, async ({ page, browser }) => {
    const target: TestAccount = await makeAccount("REPORTER");
    // The admin's forms, replayed below with the non-admin's session.
    const admin = await signedInPage(browser, "admin");
    const { addAccount, changeRole, disable } = await captureAccountForms(admin, target);
    await admin.context().close();

    await signIn(page, who);
    await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Accounts" })).toHaveCount(0);
    await page.goto("/desk/admin/users");
    await expect(page.getByText("Only admins can do this.")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Newsroom accounts/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
    await expect(page.getByText(ACCOUNTS.admin.email)).toHaveCount(0);

    const before = await accountRow(target.id);
    const forgedEmail = `${unique("forged")}@e2e.onrecord.test`;
    for (const [action, fields] of [
      [addAccount, { name: "Forged Admin", email: forgedEmail, role: "ADMIN" }],
      [changeRole, { userId: target.id, role: "ADMIN" }],
      [disable, { userId: target.id, disabled: "true" }],
    ] as const) {
      const response = await postActionForm(page.request, "/desk/admin/users", action, fields);
      expect(response.status()).toBeLessThan(500);
    }

    expect(await accountRow(target.id)).toEqual(before);
    expect(before).toMatchObject({ role: "REPORTER", disabledAt: null });
    expect(await auditFor(target.id)).toEqual([]);
    expect(await withDatabase(async (db) => (await db.query(`SELECT 1 FROM "User" WHERE email = $1`, [forgedEmail])).rowCount)).toBe(0);
    expect(await withDatabase(async (db) => (await db.query(`SELECT 1 FROM "MailMessage" WHERE recipient = $1`, [forgedEmail])).rowCount)).toBe(0);
    // Their own role did not change either.
    expect((await accountRow(await userId(ACCOUNTS[who].email))).role).toBe(who.toUpperCase());
  });
}
