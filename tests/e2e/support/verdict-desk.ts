import { expect, type Page } from "@playwright/test";

// An editor's steps on a claim's desk page that change what the public site
// shows: publish, correct with a new rating, unpublish. The page must be
// signed in as an editor who did not propose the verdict.

export async function publishVerdict(page: Page, claimId: string) {
  await page.goto(`/desk/claims/${claimId}`);
  await page.getByRole("button", { name: "Publish verdict" }).click();
  await expect(page.getByText("Verdict published.")).toBeVisible();
}

export async function correctVerdict(page: Page, claimId: string, change: { note: string; rating: string }) {
  await page.goto(`/desk/claims/${claimId}`);
  const correct = page.getByRole("form", { name: "Correct, update or clarify" });
  await correct.getByLabel("Kind of change").selectOption({ label: "Correction" });
  await correct.getByLabel("Note for readers").fill(change.note);
  await correct.getByLabel("New rating (optional)").selectOption({ label: change.rating });
  await correct.getByRole("button", { name: "Publish the note" }).click();
  await expect(page.getByRole("status")).toHaveText("Published with its note for readers.");
}

export async function unpublishVerdict(page: Page, claimId: string, reason: string) {
  await page.goto(`/desk/claims/${claimId}`);
  const unpublish = page.getByRole("form", { name: "Unpublish" });
  await unpublish.getByLabel("Why it comes down").fill(reason);
  page.once("dialog", (dialog) => dialog.accept());
  await unpublish.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status")).toHaveText("Unpublished: the verdict page is no longer public.");
}
