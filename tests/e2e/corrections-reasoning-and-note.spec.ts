import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeAccount, makeClaim } from "./support/factories";
import { publishVerdict } from "./support/verdict-desk";

// Rough edge 5 of issue 14: a correction changes the reasoning with the
// summary, so the two never disagree; and readers find the latest note right
// under the verdict badge, not at the foot of the page.

const SHOTS = "/tmp/shots-conflicts";
const FIRST_REASONING = "The agency's notice says the crossing reopened **fourteen days** late.";
const NEW_REASONING = "The agency's corrected notice says the crossing reopened **nine days** late, not fourteen.";

test("a correction rewrites the reasoning in place, and the verdict page shows the latest note under the badge", async ({ page }) => {
  const reporter = await makeAccount("REPORTER");
  const claim = await makeClaim({ createdById: reporter.id, status: "IN_REVIEW", proposedById: reporter.id });
  await withDatabase((db) => db.query(`UPDATE "Verdict" SET reasoning = $1 WHERE "claimId" = $2`, [FIRST_REASONING, claim.id]));
  await signIn(page, "editor");
  await publishVerdict(page, claim.id);

  // The published reasoning is in the form, to change in place without retyping it.
  const correct = page.getByRole("form", { name: "Correct, update or clarify" });
  await expect(correct.getByLabel("Reasoning")).toHaveValue(FIRST_REASONING);
  await correct.getByLabel("Kind of change").selectOption({ label: "Correction" });
  await correct.getByLabel("Note for readers").fill("We first misread the agency's date: the crossing reopened nine days late, not fourteen.");
  await correct.getByLabel("New rating (optional)").selectOption({ label: "False" });
  await correct.getByLabel("New one-line summary (optional)").fill("The crossing reopened nine days late, according to the agency.");
  await correct.getByLabel("Reasoning").fill(NEW_REASONING);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/correction-form.png`, fullPage: true });
  await correct.getByRole("button", { name: "Publish the note" }).click();
  await expect(page.getByRole("status")).toHaveText("Published with its note for readers.");

  // Stored together, with its revision and audit like the summary's.
  const stored = await withDatabase(async (db) => {
    const verdict = (await db.query(`SELECT summary, reasoning FROM "Verdict" WHERE "claimId" = $1`, [claim.id])).rows[0];
    const revision = (await db.query(`SELECT changes FROM "Revision" WHERE "claimId" = $1 AND action = 'claim.corrected'`, [claim.id])).rows[0];
    const audit = (await db.query(`SELECT details FROM "AuditEvent" WHERE "targetId" = $1 AND action = 'claim.corrected'`, [claim.id])).rows[0];
    return { verdict, revision, audit };
  });
  expect(stored.verdict).toEqual({ summary: "The crossing reopened nine days late, according to the agency.", reasoning: NEW_REASONING });
  expect(stored.revision.changes.reasoning).toEqual({ from: FIRST_REASONING, to: NEW_REASONING });
  expect(stored.audit.details.fields).toEqual(expect.arrayContaining(["ratingId", "summary", "reasoning"]));

  // The reader's page: new reasoning, and the note right under the badge.
  await page.goto(`/claims/${claim.slug}`);
  const verdict = page.getByRole("region", { name: "Our verdict" });
  await expect(verdict.getByText("nine days", { exact: true })).toBeVisible();
  await expect(verdict.getByText("fourteen days")).toHaveCount(0);
  const latest = verdict.getByRole("note", { name: "Latest correction" });
  await expect(latest).toContainText(/^Correction, \d{1,2} \w+ \d{4}: We first misread the agency's date/);
  const badge = await verdict.getByText("False", { exact: true }).first().boundingBox();
  const note = await latest.boundingBox();
  // Beside the badge: the next thing under it, not a screen further down.
  expect(note!.y - (badge!.y + badge!.height)).toBeLessThan(60);
  await expect(latest.getByRole("link", { name: "Corrections and history of this verdict" })).toHaveAttribute("href", "#corrections");
  await expect(page.locator("#corrections").getByText(/^Correction, .*: We first misread the agency's date/)).toBeVisible();
  // Search engines read the corrected verdict, and when it changed.
  const review = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(review.reviewRating.alternateName).toBe("False");
  expect(review.reviewRating.ratingExplanation).toBe("The crossing reopened nine days late, according to the agency.");
  expect(review.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/verdict-latest-correction.png`, fullPage: true });

  // An update afterwards, leaving the reasoning alone: the newest note is the one shown, the reasoning stays.
  await page.goto(`/desk/claims/${claim.id}`);
  await correct.getByLabel("Kind of change").selectOption({ label: "Update" });
  await correct.getByLabel("Note for readers").fill("The agency has since published the full reopening schedule; nothing in the verdict changes.");
  await correct.getByRole("button", { name: "Publish the note" }).click();
  await expect(page.getByRole("status")).toHaveText("Published with its note for readers.");
  expect((await withDatabase((db) => db.query(`SELECT reasoning FROM "Verdict" WHERE "claimId" = $1`, [claim.id]))).rows[0].reasoning).toBe(NEW_REASONING);
  await page.goto(`/claims/${claim.slug}`);
  const update = page.getByRole("note", { name: "Latest update" });
  await expect(update).toContainText("The agency has since published the full reopening schedule");
  await expect(update.getByRole("link", { name: "All 2 corrections and updates to this verdict" })).toBeVisible();
  await expect(page.getByRole("note", { name: "Latest correction" })).toHaveCount(0);
});
