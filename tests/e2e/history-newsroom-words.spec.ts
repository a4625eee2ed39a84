import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeClaim, newId, ratingId, userId } from "./support/factories";

// Rough edge 7 of issue 14: a claim's history reads in the newsroom's words
// (the rating's label, people's names, a note's kind) and leaves out changes
// nobody could see ("(empty) → (empty)").

const SHOTS = "/tmp/shots-conflicts";

test("the history names ratings, kinds and people, and leaves out changes where nothing visible changed", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const editorId = await userId(ACCOUNTS.editor.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const [misleading, falseRating] = [await ratingId("misleading"), await ratingId("false")];
  // Revisions as the desk's own steps write them, oldest first.
  const revisions: [string, string, object, string | null][] = [
    // A save that only turned an empty quote into an empty string: nothing to read.
    ["claim.updated", reporterId, { quote: { from: null, to: "" } }, "Saved without changes."],
    // Unassigning a claim nobody held, with its state moving back.
    ["claim.assigned", editorId, { assignee: { from: null, to: null }, status: { from: "RESEARCHING", to: "DRAFT" } }, null],
    // A stance corrected: the source named once, as what the change was about.
    [
      "evidence.changed",
      reporterId,
      { source: { from: "Border agency notice", to: "Border agency notice" }, stance: { from: "SUPPORTS", to: "CONTRADICTS" } },
      null,
    ],
    [
      "claim.corrected",
      editorId,
      {
        ratingId: { from: misleading, to: falseRating },
        reasoning: { from: "The agency's notice gives no date.", to: "The agency's notice gives the date." },
        correction: { from: null, to: { kind: "CORRECTION", note: "We misread the agency's date." } },
        proposedById: { from: reporterId, to: editorId },
      },
      "We misread the agency's date.",
    ],
  ];
  await withDatabase(async (db) => {
    let minute = 10;
    for (const [action, authorId, changes, reason] of revisions) {
      await db.query(
        `INSERT INTO "Revision" (id, "claimId", "authorId", action, changes, reason, "createdAt") VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(mins => $7))`,
        [newId(), claim.id, authorId, action, JSON.stringify(changes), reason, minute--],
      );
    }
  });

  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}/history`);
  const history = page.getByRole("list", { name: "Changes, newest first" });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  // No "(empty) → (empty)" row; the one "(empty)" is the note's side before it was written.
  await expect(page.getByRole("row", { name: /\(empty\).*\(empty\)/ })).toHaveCount(0);
  await expect(page.getByText("(empty)", { exact: true })).toHaveCount(1);
  await expect(page.getByText("Saved without changes.")).toHaveCount(0);

  const correction = history.getByRole("article", { name: "Correction published" });
  const row = (label: string) => correction.getByRole("row", { name: new RegExp(`^${label}`) });
  await expect(row("Rating")).toContainText("Misleading");
  await expect(row("Rating")).toContainText("False");
  await expect(row("Note to readers")).toContainText("Kind: Correction; Note: We misread the agency's date.");
  await expect(row("Proposed by")).toContainText("Rana Reporter");
  await expect(row("Proposed by")).toContainText("Eli Editor");
  await expect(row("Verdict reasoning").locator("ins")).toContainText("the");
  await expect(correction).not.toContainText(/ratingId|proposedById|CORRECTION|e2e[0-9a-f]{20}/);

  const stance = history.getByRole("article", { name: "Item of the record changed" });
  await expect(stance.getByText("Source:", { exact: true })).toBeVisible();
  await expect(stance.getByRole("row")).toHaveCount(2);
  await expect(stance.getByRole("row", { name: /^Stance/ })).toContainText("Contradicts the claim");

  const assigned = history.getByRole("article", { name: "Assignment changed" });
  await expect(assigned.getByRole("row")).toHaveCount(2);
  await expect(assigned.getByRole("row", { name: /^State/ })).toBeVisible();
  await expect(assigned.getByRole("row", { name: /^Assigned to/ })).toHaveCount(0);

  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/history-newsroom-words.png`, fullPage: true });
});
