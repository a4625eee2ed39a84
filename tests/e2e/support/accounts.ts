import { type Browser, expect, type Page } from "@playwright/test";
import { E2E } from "./env";

// The demo accounts seeded by `npm start` (prisma/seed.ts).
export const ACCOUNTS = {
  reporter: { email: "reporter@onrecord.test", password: "demo-reporter-2026", name: "Rana Reporter" },
  editor: { email: "editor@onrecord.test", password: "demo-editor-2026", name: "Eli Editor" },
  admin: { email: "admin@onrecord.test", password: "demo-admin-2026", name: "Ada Admin" },
} as const;

export type Credentials = { email: string; password: string; name: string };

// Signs in through the login form, as a person would. Accepts a demo account
// or any account a test made for itself.
export async function signIn(page: Page, who: keyof typeof ACCOUNTS | Credentials) {
  const account = typeof who === "string" ? ACCOUNTS[who] : who;
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/desk$/);
  // The desk header names who is signed in (the name can also appear in tables).
  await expect(page.getByRole("banner").getByText(account.name)).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByText("You have signed out.")).toBeVisible();
}

// A second person at their own browser: a fresh context, signed in.
// Close it with `page.context().close()`.
export async function signedInPage(browser: Browser, who: keyof typeof ACCOUNTS | Credentials): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.baseURL });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}
