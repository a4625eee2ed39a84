import { expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { claimBy, dueForecast, userId } from "./support/factories";

// A published prediction, once due, is settled as it was published: the
// reporter proposes the outcome, an editor approves, readers get a note.

test("a due prediction is settled by its reporter and approved by an editor; readers see the outcome with a dated note", async ({ page, browser }) => {
  const [reporterId, editorId] = [await userId(ACCOUNTS.reporter.email), await userId(ACCOUNTS.editor.email)];
  const claim = await dueForecast({ reporterId, editorId });

  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  const settling = page.getByRole("region", { name: "Settling it" });
  await settling.getByLabel("Rating").selectOption({ label: "Came true: By the settle-by date, the record shows it happened." });
  await settling.getByLabel("One-line summary").fill("The crossing reopened on the date the ministry gave.");
  await settling.getByRole("button", { name: "Submit the settlement for review" }).click();
  await expect(page.getByRole("status")).toContainText("Settlement sent to review.");
  await expectNoAxeViolations(page);
  // Readers still see the published verdict while it waits.
  const { slug } = await claimBy("id", claim.id);
  await page.goto(`/claims/${slug}`);
  await expect(page.getByText("Came true")).toHaveCount(0);

  const editor = await signedInPage(browser, "editor");
  await editor.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Review" }).click();
  await editor.getByRole("link", { name: claim.text }).click();
  await editor.getByRole("button", { name: "Approve and publish the settlement" }).click();
  await expect(editor.getByRole("status")).toHaveText("Settlement published, with a dated update note for readers.");
  await editor.context().close();

  await page.goto(`/claims/${slug}`);
  await expect(page.getByText("Came true").first()).toBeVisible();
  await expect(page.locator("#corrections").getByText(/^Update, .*: Settled: Came true\. The crossing reopened on the date the ministry gave\./)).toBeVisible();
  await expect(page.getByRole("note", { name: "Latest update" })).toContainText("Settled: Came true.");
});
