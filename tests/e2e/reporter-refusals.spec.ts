import { expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { claimBy, makeClaim, unique, userId } from "./support/factories";
import { captureActionFields, formWithButton, postActionForm } from "./support/server-actions";

// What a reporter may not do, shown twice: the desk offers no way to do it,
// and replaying the form an editor was given changes nothing.

const recordOf = (claimId: string) =>
  withDatabase(async (db) => ({
    evidence: (await db.query(`SELECT count(*)::int AS n FROM "Evidence" WHERE "claimId" = $1`, [claimId])).rows[0].n,
    appearances: (await db.query(`SELECT count(*)::int AS n FROM "Appearance" WHERE "claimId" = $1`, [claimId])).rows[0].n,
    revisions: (await db.query(`SELECT count(*)::int AS n FROM "Revision" WHERE "claimId" = $1`, [claimId])).rows[0].n,
  }));

async function publish(claimId: string) {
  await withDatabase((db) => db.query(`UPDATE "Claim" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, [claimId]));
}

test("a reporter cannot add to the record of a claim that is not theirs, even by replaying the editor's form", async ({ page, browser }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const claim = await makeClaim({ createdById: editorId, status: "RESEARCHING", assigneeId: editorId });
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/desk/claims/${claim.id}`);
  const addToRecord = await captureActionFields(formWithButton(editor, "Add to the record"));
  await editor.context().close();

  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole("form", { name: "Add to the record" })).toHaveCount(0);
  const before = await recordOf(claim.id);
  const response = await postActionForm(page.request, `/desk/claims/${claim.id}`, addToRecord, {
    claimId: claim.id,
    type: "SOCIAL_POST",
    title: `A post added without the right (${unique("r")})`,
    stance: "SUPPORTS",
  });
  expect(response.status()).toBeLessThan(500);
  expect(await recordOf(claim.id)).toEqual(before);
});

test("the reporter's own claim, once published, is no longer editable by them: no link, a refusal on the page, a refused replay", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}/edit`);
  const save = await captureActionFields(formWithButton(page, "Save claim"));
  const speakerId = await withDatabase(async (db) => (await db.query(`SELECT "speakerId" FROM "Claim" WHERE id = $1`, [claim.id])).rows[0].speakerId);
  await publish(claim.id);

  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole("link", { name: "Edit claim" })).toHaveCount(0);
  await page.goto(`/desk/claims/${claim.id}/edit`);
  await expect(page.getByText("A published or archived claim changes only through a correction or update.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save claim" })).toHaveCount(0);

  const before = await claimBy("id", claim.id);
  await postActionForm(page.request, `/desk/claims/${claim.id}/edit`, save, {
    claimId: claim.id,
    version: String(before.version),
    text: "Quietly rewritten after publication.",
    madeAt: "2026-05-31",
    kind: "STATEMENT",
    speakerId,
  });
  expect(await claimBy("id", claim.id)).toEqual(before);
});

test("a reporter cannot add an appearance to a published claim; an editor can", async ({ page, browser }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  await page.getByText("Add where it was said or repeated").click();
  const addAppearance = await captureActionFields(formWithButton(page, "Add appearance"));
  await publish(claim.id);

  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole("button", { name: "Add appearance" })).toHaveCount(0);
  const link = `https://example.org/said-again/${unique("p")}`;
  await postActionForm(page.request, `/desk/claims/${claim.id}`, addAppearance, { claimId: claim.id, appearanceUrl: link, madeAt: "2026-06-02" });
  expect((await recordOf(claim.id)).appearances).toBe(0);

  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/desk/claims/${claim.id}`);
  const region = editor.getByRole("region", { name: "Where it was said" });
  await region.getByText("Add where it was said or repeated").click();
  await region.getByLabel("Link").fill(link);
  await region.getByRole("button", { name: "Add appearance" }).click();
  await expect(editor.getByText("Appearance added to this claim.")).toBeVisible();
  expect((await recordOf(claim.id)).appearances).toBe(1);
  await editor.context().close();
});
