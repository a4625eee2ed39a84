import { expect, type Page } from "@playwright/test";

// The demo accounts seeded by `npm start` (prisma/seed.ts).
export const ACCOUNTS = {
  reporter: { email: "reporter@onrecord.test", password: "demo-reporter-2026", name: "Rana Reporter" },
  editor: { email: "editor@onrecord.test", password: "demo-editor-2026", name: "Eli Editor" },
  admin: { email: "admin@onrecord.test", password: "demo-admin-2026", name: "Ada Admin" },
} as const;

export async function signIn(page: Page, who: keyof typeof ACCOUNTS) {
  const account = ACCOUNTS[who];
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByText(account.name)).toBeVisible();
}
