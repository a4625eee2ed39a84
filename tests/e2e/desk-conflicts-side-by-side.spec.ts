import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { claimBy, dueForecast, makeClaim, ratingId, userId } from "./support/factories";

// Rough edge 4 of issue 14: two people edit the same claim. The one who saves
// second no longer reloads and retypes: both versions stand side by side,
// field by field, and they keep theirs, take the other's, or mix the two.

const SHOTS = "/tmp/shots-conflicts";

async function saveAsEditor(editor: Page, claimId: string, fields: Record<string, string>) {
  await editor.goto(`/desk/claims/${claimId}/edit`);
  for (const [label, value] of Object.entries(fields)) await editor.getByLabel(label).fill(value);
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
}

test("the second editor merges field by field without retyping, and a third save in between is caught again", async ({ page, browser }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}/edit`);

  // The editor saves first: a new wording and a venue.
  const editor = await signedInPage(browser, "editor");
  await saveAsEditor(editor, claim.id, {
    "The claim in one short sentence": "The editor's wording: the crossing reopened two weeks late.",
    "Where it was said": "Press briefing in Geneva",
  });

  // The reporter, on the page opened earlier, typed context and a venue of their own.
  const context = "Said in answer to a question about the spring closures; the agency's notice is dated 3 June.";
  await page.getByLabel("Context", { exact: true }).fill(context);
  await page.getByLabel("Where it was said", { exact: true }).fill("Briefing at the border post");
  await page.getByLabel("Why this change").fill("Adds the context of the question.");
  await page.getByRole("button", { name: "Save claim" }).click();

  const conflict = page.getByTestId("edit-conflict");
  await expect(conflict.getByRole("heading", { name: "Someone saved this claim while you were editing" })).toBeFocused();
  await expect(conflict.getByRole("alert")).toContainText("Eli Editor saved this claim (claim edited,");
  // Side by side, only the parts that differ, what each person has in them.
  const text = conflict.getByRole("group", { name: "The claim" });
  await expect(text.locator("[data-side=mine]")).toHaveText(claim.text);
  await expect(text.locator("[data-side=theirs]")).toHaveText("The editor's wording: the crossing reopened two weeks late.");
  const venue = conflict.getByRole("group", { name: "Where it was said" });
  await expect(venue.locator("[data-side=mine]")).toHaveText("Briefing at the border post");
  await expect(venue.locator("[data-side=theirs]")).toHaveText("Press briefing in Geneva");
  await expect(conflict.getByRole("group", { name: "Context" }).locator("[data-side=mine]")).toHaveText(context);
  await expect(conflict.getByRole("group", { name: "Speaker" })).toHaveCount(0);
  // What the reporter did not touch starts on the editor's side; what they typed starts on theirs.
  await expect(text.getByRole("radio", { name: /Take what Eli Editor saved/ })).toBeChecked();
  await expect(venue.getByRole("radio", { name: "Keep what you typed" })).toBeChecked();
  await expect(conflict.getByRole("group", { name: "Context" }).getByRole("radio", { name: "Keep what you typed" })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/conflict-side-by-side.png`, fullPage: true });
  // Nothing was overwritten by the refused save.
  expect((await claimBy("id", claim.id)).text).toBe("The editor's wording: the crossing reopened two weeks late.");

  // The reporter takes the editor's venue: merge without retyping.
  await venue.getByRole("radio", { name: /Take what Eli Editor saved/ }).check();

  // Meanwhile the editor saves once more: the merged save must be caught too.
  await saveAsEditor(editor, claim.id, { "The claim in one short sentence": "The editor's second wording: the crossing reopened 17 days late." });
  await page.getByRole("button", { name: "Save with these choices" }).click();
  await expect(conflict.getByRole("group", { name: "The claim" }).locator("[data-side=theirs]")).toHaveText(
    "The editor's second wording: the crossing reopened 17 days late.",
  );
  // Against the version the reporter last saw, the new wording is the editor's change: it starts on their side.
  await expect(conflict.getByRole("group", { name: "The claim" }).getByRole("radio", { name: /Take what Eli Editor saved/ })).toBeChecked();
  await expect(conflict.getByRole("group", { name: "Context" }).locator("[data-side=mine]")).toHaveText(context);
  expect((await claimBy("id", claim.id)).text).toBe("The editor's second wording: the crossing reopened 17 days late.");
  await editor.context().close();

  await page.getByRole("button", { name: "Save with these choices" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claim.id}\\?done=edited$`));
  const saved = await withDatabase(async (db) => (await db.query(`SELECT text, context, venue FROM "Claim" WHERE id = $1`, [claim.id])).rows[0]);
  expect(saved).toEqual({ text: "The editor's second wording: the crossing reopened 17 days late.", context, venue: "Press briefing in Geneva" });
});

test("keeping all of one's own version saves it, with the reason typed before the conflict", async ({ page, browser }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}/edit`);
  const editor = await signedInPage(browser, "editor");
  await saveAsEditor(editor, claim.id, { "The claim in one short sentence": "The editor's wording, which the reporter will replace." });
  await editor.context().close();

  await page.getByLabel("The claim in one short sentence").fill("The reporter's wording, kept on purpose.");
  await page.getByLabel("Why this change").fill("The reporter's wording matches the transcript.");
  await page.getByRole("button", { name: "Save claim" }).click();
  const conflict = page.getByTestId("edit-conflict");
  await conflict.getByRole("button", { name: "Keep all of mine" }).click();
  await expect(conflict.getByRole("group", { name: "The claim" }).getByRole("radio", { name: "Keep what you typed" })).toBeChecked();
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claim.id}\\?done=edited$`));
  expect((await claimBy("id", claim.id)).text).toBe("The reporter's wording, kept on purpose.");
  const last = await withDatabase(
    async (db) => (await db.query(`SELECT reason FROM "Revision" WHERE "claimId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [claim.id])).rows[0],
  );
  expect(last).toEqual({ reason: "The reporter's wording matches the transcript." });
});

test("two people proposing a verdict at once: the second sees both proposals side by side and mixes them", async ({ page, browser }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const [misleading, falseRating] = [await ratingId("misleading"), await ratingId("false")];
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);

  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/desk/claims/${claim.id}`);
  const theirs = editor.getByRole("region", { name: "Propose a verdict" });
  await theirs.getByLabel("Rating").selectOption(falseRating);
  await theirs.getByLabel("One-line summary").fill("The editor's summary: the crossing stayed shut.");
  await theirs.getByLabel("Reasoning").fill("The editor's reasoning, from the agency's notice.");
  await theirs.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Verdict proposed and sent to review.")).toBeVisible();
  await editor.context().close();

  const mine = page.getByRole("region", { name: "Propose a verdict" });
  await mine.getByLabel("Rating").selectOption(misleading);
  await mine.getByLabel("One-line summary").fill("The reporter's summary: it reopened, two weeks late.");
  await mine.getByLabel("Reasoning").fill("The reporter's reasoning, with the ministry's own notice and the agency's.");
  await mine.getByRole("button", { name: "Submit for review" }).click();

  const conflict = page.getByTestId("edit-conflict");
  await expect(conflict.getByRole("heading", { name: "Someone saved this verdict proposal while you were editing" })).toBeFocused();
  const rating = conflict.getByRole("group", { name: "Rating" });
  await expect(rating.locator("[data-side=mine]")).toHaveText("Misleading");
  await expect(rating.locator("[data-side=theirs]")).toHaveText("False");
  await expect(conflict.getByRole("group", { name: "One-line summary" }).locator("[data-side=theirs]")).toHaveText(
    "The editor's summary: the crossing stayed shut.",
  );
  await expect(conflict.getByRole("group", { name: "Reasoning" }).locator("[data-side=mine]")).toHaveText(
    "The reporter's reasoning, with the ministry's own notice and the agency's.",
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/conflict-verdict-proposal.png`, fullPage: true });

  // The editor's rating, the reporter's words.
  await rating.getByRole("radio", { name: /Take what Eli Editor saved/ }).check();
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claim.id}\\?done=proposed$`));
  const verdict = await withDatabase(
    async (db) => (await db.query(`SELECT "ratingId", summary, reasoning, "proposedById" FROM "Verdict" WHERE "claimId" = $1`, [claim.id])).rows[0],
  );
  expect(verdict).toEqual({
    ratingId: falseRating,
    summary: "The reporter's summary: it reopened, two weeks late.",
    reasoning: "The reporter's reasoning, with the ministry's own notice and the agency's.",
    proposedById: reporterId,
  });
});

test("two people settling a due forecast at once: the second sees both settlements side by side and mixes them", async ({ page, browser }) => {
  const [reporterId, editorId] = [await userId(ACCOUNTS.reporter.email), await userId(ACCOUNTS.editor.email)];
  const claim = await dueForecast({ reporterId, editorId });
  const [cameTrue, partly] = [await ratingId("came-true"), await ratingId("partly-came-true")];
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);

  // An editor settles it first, from another browser.
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/desk/claims/${claim.id}`);
  const theirs = editor.getByRole("region", { name: "Settling it" });
  await theirs.getByLabel("Rating").selectOption(partly);
  await theirs.getByLabel("One-line summary").fill("The editor's settlement: only one crossing reopened.");
  await theirs.getByRole("button", { name: "Submit the settlement for review" }).click();
  await expect(editor.getByRole("status")).toContainText("Settlement sent to review.");
  await editor.context().close();

  const mine = page.getByRole("region", { name: "Settling it" });
  await mine.getByLabel("Rating").selectOption(cameTrue);
  await mine.getByLabel("One-line summary").fill("The reporter's settlement: the crossing reopened on the day given.");
  await mine.getByRole("button", { name: "Submit the settlement for review" }).click();

  const conflict = page.getByTestId("edit-conflict");
  await expect(conflict.getByRole("heading", { name: "Someone saved this settlement proposal while you were editing" })).toBeFocused();
  const rating = conflict.getByRole("group", { name: "Rating" });
  await expect(rating.locator("[data-side=mine]")).toHaveText("Came true");
  await expect(rating.locator("[data-side=theirs]")).toHaveText("Partly came true");
  await expectNoAxeViolations(page);

  // The editor's outcome, the reporter's words.
  await rating.getByRole("radio", { name: /Take what Eli Editor saved/ }).check();
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claim.id}\\?done=settlement-proposed$`));
  const verdict = await withDatabase(
    async (db) =>
      (await db.query(`SELECT "settlementRatingId", "settlementSummary", "settlementProposedById" FROM "Verdict" WHERE "claimId" = $1`, [claim.id])).rows[0],
  );
  expect(verdict).toEqual({
    settlementRatingId: partly,
    settlementSummary: "The reporter's settlement: the crossing reopened on the day given.",
    settlementProposedById: reporterId,
  });
});
