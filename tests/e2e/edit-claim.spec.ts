import { expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { claimBy, makeAccount, makeClaim, userId } from "./support/factories";
import { captureActionFields, formWithButton, postActionForm } from "./support/server-actions";
import { publishVerdict } from "./support/verdict-desk";

// Editing a claim before publication, from the desk.

test("a reporter edits their claim; the change and its reason are in the history", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  await page.getByRole("link", { name: "Edit claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit claim" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("The claim in one short sentence").fill("Short");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText("Write the claim in one short sentence (at least 10 characters).")).toBeVisible();
  expect((await claimBy("id", claim.id)).text).toBe(claim.text);

  const sentence = "The port authority says the crossing reopened on 4 June.";
  await page.getByLabel("The claim in one short sentence").fill(sentence);
  await page.getByLabel("Why this change").fill("The authority's own notice gives the date.");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claim.id}\\?done=edited$`));
  await expect(page.getByText("Claim saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: sentence })).toBeVisible();
  await expect(page.getByText(/Claim edited by Rana Reporter/)).toBeVisible();

  const revision = await withDatabase(
    async (db) => (await db.query(`SELECT reason, changes FROM "Revision" WHERE "claimId" = $1 AND action = 'claim.updated'`, [claim.id])).rows,
  );
  expect(revision).toEqual([{ reason: "The authority's own notice gives the date.", changes: { text: { from: claim.text, to: sentence } } }]);
});

test("two people editing at once: the second save is refused, says who saved first, keeps what was typed, and overwrites nothing", async ({
  page,
  browser,
}) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}/edit`);

  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/desk/claims/${claim.id}/edit`);
  await editor.getByLabel("The claim in one short sentence").fill("The editor's wording, saved first by a minute.");
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await editor.context().close();

  await page.getByLabel("The claim in one short sentence").fill("The reporter's wording, from the page opened earlier.");
  await page.getByRole("button", { name: "Save claim" }).click();
  // Both versions side by side (tests/e2e/desk-conflicts-side-by-side.spec.ts): what they typed is kept, to choose from.
  const conflict = page.getByTestId("edit-conflict");
  await expect(conflict.getByRole("alert")).toContainText("Eli Editor saved this claim (claim edited,");
  await expect(conflict.getByRole("group", { name: "The claim" }).locator("[data-side=mine]")).toHaveText(
    "The reporter's wording, from the page opened earlier.",
  );
  expect((await claimBy("id", claim.id)).text).toBe("The editor's wording, saved first by a minute.");
});

test("a reporter cannot edit someone else's claim, in the desk or by replaying the form", async ({ page, browser }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const claim = await makeClaim({ createdById: editorId, status: "RESEARCHING", assigneeId: editorId });
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/desk/claims/${claim.id}/edit`);
  const save = await captureActionFields(formWithButton(editor, "Save claim"));
  await editor.context().close();

  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole("link", { name: "Edit claim" })).toHaveCount(0);
  await page.goto(`/desk/claims/${claim.id}/edit`);
  await expect(page.getByText("Reporters can edit only claims they logged or are assigned to.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save claim" })).toHaveCount(0);

  const before = await claimBy("id", claim.id);
  await postActionForm(page.request, `/desk/claims/${claim.id}/edit`, save, {
    claimId: claim.id,
    version: String(before.version),
    text: "Rewritten by someone with no right to it.",
    madeAt: "2026-05-31",
    kind: "STATEMENT",
    speakerId: await withDatabase(async (db) => (await db.query(`SELECT "speakerId" FROM "Claim" WHERE id = $1`, [claim.id])).rows[0].speakerId),
  });
  expect(await claimBy("id", claim.id)).toEqual(before);
});

test("an editor who rewords a claim in review cannot publish it; the desk says why, and another editor publishes", async ({ page, browser }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  await signIn(page, "editor");
  await page.goto(`/desk/claims/${claim.id}/edit`);
  const sentence = `The border agency says the crossing reopened two weeks late (${claim.slug}).`;
  await page.getByLabel("The claim in one short sentence").fill(sentence);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: sentence })).toBeVisible();

  await expect(page.getByRole("button", { name: "Publish verdict" })).toHaveCount(0);
  await expect(page.getByText("You wrote this claim's current sentence or quote; another editor must approve it before it is published.")).toBeVisible();
  await expectNoAxeViolations(page);
  // Nothing was published.
  expect((await claimBy("id", claim.id)).status).toBe("IN_REVIEW");

  const second = await makeAccount("EDITOR");
  const secondPage = await signedInPage(browser, second);
  await publishVerdict(secondPage, claim.id);
  const published = await withDatabase(
    async (db) => (await db.query(`SELECT status, "publishedById", "wordingById" FROM "Claim" WHERE id = $1`, [claim.id])).rows[0],
  );
  expect(published).toEqual({ status: "PUBLISHED", publishedById: second.id, wordingById: await userId(ACCOUNTS.editor.email) });
  await secondPage.close();
});
