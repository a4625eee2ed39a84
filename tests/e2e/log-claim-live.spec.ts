import { expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeAccount, makeClaim, unique, userId } from "./support/factories";
import { captureActionFields, formWithButton, postActionForm } from "./support/server-actions";

// Logging a claim while it is being made: the time of day in the speaker's
// zone, topics ticked or typed, and a check against what the desk already has
// before anything is saved.

const claimsLike = (marker: string) =>
  withDatabase(async (db) => (await db.query<{ id: string }>(`SELECT id FROM "Claim" WHERE text LIKE $1`, [`%${marker}%`])).rows);

test("a reporter logs a live statement with its time in the speaker's zone, a ticked topic and a new one", async ({ page }) => {
  const tag = unique("live");
  const text = `The foreign minister said enrichment has been paused at every site (${tag}).`;
  const newTopic = `Enrichment sites ${tag}`;
  await signIn(page, "reporter");
  const started = Date.now();
  await page.goto("/desk/claims/new");
  await page.getByLabel("The claim in one short sentence").fill(text);
  await page.getByLabel("Verbatim quote").fill("We have paused enrichment everywhere, as of this morning.");
  await page.getByLabel("Date it was said").fill("2026-03-04");
  await page.getByLabel("Time (optional)").fill("14:30");
  await page.getByLabel("Time zone").selectOption("Asia/Tehran");
  await page.getByLabel("Where it was said", { exact: true }).fill("Press conference, Tehran");
  await page.getByLabel("Link to where it was said").fill(`https://example.org/pressers/${tag}`);
  await page.getByRole("checkbox", { name: "Iran nuclear talks" }).check();
  await page.getByLabel("New topics").fill(newTopic);
  await page.getByLabel("Speaker", { exact: true }).selectOption({ label: "Iranian foreign ministry (Ministry spokespeople)" });
  await page.getByRole("button", { name: "Log claim" }).click();

  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?done=logged$/);
  // Typing speed is the reporter's; the form itself must not stand in the way.
  expect(Date.now() - started).toBeLessThan(60_000);
  await expect(page.getByText("Iranian foreign ministry, Ministry spokespeople · 4 March 2026, 14:30 (Asia/Tehran)")).toBeVisible();
  await expect(page.getByText(`Topics: Iran nuclear talks, ${newTopic}`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Where it was said" }).getByText("First appearance", { exact: true })).toBeVisible();

  const claimId = new URL(page.url()).pathname.split("/").pop()!;
  const stored = await withDatabase(async (db) => (await db.query(`SELECT "madeAt", "madeAtTimeZone" FROM "Claim" WHERE id = $1`, [claimId])).rows[0]);
  expect(stored).toEqual({ madeAt: new Date("2026-03-04T11:00:00Z"), madeAtTimeZone: "Asia/Tehran" });

  // The edit form shows the time back on the speaker's clock.
  await page.getByRole("link", { name: "Edit claim" }).click();
  await expect(page.getByLabel("Date it was said")).toHaveValue("2026-03-04");
  await expect(page.getByLabel("Time (optional)")).toHaveValue("14:30");
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tehran");
  await expect(page.getByRole("checkbox", { name: "Iran nuclear talks" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: newTopic })).toBeChecked();
});

test("a claim the desk already has: the reporter adds it as a new appearance instead, and no second claim is made", async ({ page }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const existing = await makeClaim({ createdById: editorId, status: "RESEARCHING", assigneeId: editorId });
  const link = `https://example.org/repeat/${unique("clip")}`;
  await signIn(page, "reporter");
  await page.goto("/desk/claims/new");
  await page.getByLabel("The claim in one short sentence").fill(existing.text.replace("reopened on schedule", "has reopened on schedule"));
  await page.getByLabel("Speaker", { exact: true }).selectOption({ label: "White House press office (Spokespeople for the US president)" });
  await page.getByLabel("Link to where it was said").fill(link);
  await page.getByLabel("Where it was said", { exact: true }).fill("Evening briefing");
  await page.getByRole("button", { name: "Log claim" }).click();

  const panel = page.getByRole("region", { name: "Before you save: this may already be on the desk" });
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("form-message")).toHaveText("This may already be logged. Look at the claims below before saving.");
  await expectNoAxeViolations(page);
  // Nothing is saved while the reporter decides.
  expect(await claimsLike(existing.slug)).toEqual([{ id: existing.id }]);

  const candidate = panel.getByRole("listitem").filter({ has: page.getByRole("link", { name: existing.text }) });
  await candidate.getByRole("button", { name: "Add as a new appearance of this claim" }).click();

  await expect(page).toHaveURL(new RegExp(`/desk/claims/${existing.id}\\?done=appearance-added$`));
  await expect(page.getByText("Appearance added to this claim.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Where it was said" }).getByRole("link", { name: link })).toBeVisible();
  await expect(page.getByText(/Appearance added by Rana Reporter/)).toBeVisible();
  expect(await claimsLike(existing.slug)).toEqual([{ id: existing.id }]);
  const appearances = await withDatabase(
    async (db) => (await db.query(`SELECT url, venue, "isFirst" FROM "Appearance" WHERE "claimId" = $1`, [existing.id])).rows,
  );
  expect(appearances).toEqual([{ url: link, venue: "Evening briefing", isFirst: true }]);
});

test("adding as an appearance needs the link; the reporter can still log it as a new claim", async ({ page }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const existing = await makeClaim({ createdById: editorId, status: "DRAFT", assigneeId: null });
  await signIn(page, "reporter");
  await page.goto("/desk/claims/new");
  await page.getByLabel("The claim in one short sentence").fill(existing.text);
  await page.getByLabel("Speaker", { exact: true }).selectOption({ label: "White House press office (Spokespeople for the US president)" });
  await page.getByRole("button", { name: "Log claim" }).click();

  const panel = page.getByRole("region", { name: "Before you save: this may already be on the desk" });
  const candidate = panel.getByRole("listitem").filter({ has: page.getByRole("link", { name: existing.text }) });
  await candidate.getByRole("button", { name: "Add as a new appearance of this claim" }).click();
  await expect(panel.getByText("Give the link to where it was said.")).toBeVisible();
  await expect(page.getByLabel("The claim in one short sentence")).toHaveValue(existing.text);

  await panel.getByRole("button", { name: "It is a new claim: log it" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?done=logged$/);
  const rows = await claimsLike(existing.slug);
  expect(rows).toHaveLength(2);
  expect(await withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "Appearance" WHERE "claimId" = $1`, [existing.id])).rows[0].n)).toBe(
    0,
  );
});

test("typing a new speaker's name offers the speaker already on the desk", async ({ page }) => {
  await signIn(page, "reporter");
  await page.goto("/desk/claims/new");
  await page.getByLabel("New speaker's name").pressSequentially("Donald Trumpp");
  const hints = page.getByText("Already on the desk, with a similar name:").locator("..");
  await expect(hints).toBeVisible();
  await hints.getByRole("button", { name: "Use Donald Trump" }).click();
  await expect(page.getByLabel("Speaker", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Speaker", { exact: true }).locator("option:checked")).toHaveText("Donald Trump (President of the United States)");
  await expect(page.getByLabel("New speaker's name")).toHaveValue("");
});

test("a near-duplicate speaker typed anyway is caught when logging, and nothing is created until the reporter chooses", async ({ page }) => {
  const tag = unique("spk");
  const text = `Zanzibar ferry timetables were cut by a third this winter (${tag}).`;
  await signIn(page, "reporter");
  await page.goto("/desk/claims/new");
  await page.getByLabel("The claim in one short sentence").fill(text);
  await page.getByLabel("New speaker's name").fill("US State Departmen");
  await page.getByRole("button", { name: "Log claim" }).click();
  const panel = page.getByRole("region", { name: "Before you save: this may already be on the desk" });
  await expect(panel.getByText("US State Department (Department officials)")).toBeVisible();
  expect(await claimsLike(tag)).toEqual([]);

  await panel.getByRole("button", { name: "Use US State Department" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?done=logged$/);
  await expect(page.getByText(/^US State Department, Department officials ·/)).toBeVisible();
  const speakers = await withDatabase(
    async (db) => (await db.query(`SELECT count(*)::int AS n FROM "Speaker" WHERE name ILIKE 'US State Departmen%'`)).rows[0].n,
  );
  expect(speakers).toBe(1);
});

test("appearances on the claim page: add, mark the first, remove after confirming; a stranger is refused in the page and by replay", async ({
  page,
  browser,
}) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const first = `https://example.org/said/${unique("a")}`;
  const later = `https://example.org/said/${unique("b")}`;
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  const region = page.getByRole("region", { name: "Where it was said" });
  await expect(region.getByText("No link yet to where the claim was made.")).toBeVisible();

  for (const [url, day] of [
    [later, "2026-06-03"],
    [first, "2026-06-01"],
  ] as const) {
    await region.getByText("Add where it was said or repeated").click();
    await region.getByLabel("Link").fill(url);
    await region.getByLabel("Date it was said").fill(day);
    await region.getByRole("button", { name: "Add appearance" }).click();
    await expect(page.getByText("Appearance added to this claim.")).toBeVisible();
    await expect(region.getByRole("link", { name: url })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // The link logged first took the mark; the reporter moves it to the earlier one.
  const row = (url: string) => region.getByRole("listitem").filter({ has: page.getByRole("link", { name: url }) });
  await expect(row(later).getByText("First appearance", { exact: true })).toBeVisible();
  const stranger = await signedInPage(browser, "editor");
  await stranger.goto(`/desk/claims/${claim.id}`);
  const remove = await captureActionFields(
    formWithButton(stranger.getByRole("region", { name: "Where it was said" }).getByRole("listitem").first(), `${later}: Remove`),
  );
  await stranger.context().close();

  await row(first).getByRole("button", { name: "Mark as first" }).click();
  await expect(row(first).getByText("First appearance", { exact: true })).toBeVisible();
  await expect(row(later).getByText("First appearance", { exact: true })).toHaveCount(0);

  page.once("dialog", (dialog) => dialog.dismiss());
  await row(later).getByRole("button", { name: "Remove" }).click();
  await expect(row(later)).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe(`Remove ${later} from this claim's appearances?`);
    return dialog.accept();
  });
  await row(later).getByRole("button", { name: "Remove" }).click();
  await expect(row(later)).toHaveCount(0);
  const urls = async () => withDatabase(async (db) => (await db.query(`SELECT url, "isFirst" FROM "Appearance" WHERE "claimId" = $1`, [claim.id])).rows);
  expect(await urls()).toEqual([{ url: first, isFirst: true }]);

  // Another reporter sees the list but no controls, and a replayed removal changes nothing.
  const other = await signedInPage(browser, await makeAccount("REPORTER"));
  await other.goto(`/desk/claims/${claim.id}`);
  const otherRegion = other.getByRole("region", { name: "Where it was said" });
  await expect(otherRegion.getByRole("link", { name: first })).toBeVisible();
  await expect(otherRegion.getByRole("button", { name: /Remove|Mark as first/ })).toHaveCount(0);
  const appearanceId = await withDatabase(async (db) => (await db.query(`SELECT id FROM "Appearance" WHERE "claimId" = $1`, [claim.id])).rows[0].id);
  await postActionForm(other.request, `/desk/claims/${claim.id}`, remove, { claimId: claim.id, appearanceId });
  expect(await urls()).toEqual([{ url: first, isFirst: true }]);
  await other.context().close();
});
