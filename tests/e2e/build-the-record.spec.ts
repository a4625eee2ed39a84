import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeClaim, unique, userId } from "./support/factories";

// A reporter builds a two-sided record on their claim from the claim page, and
// finds the sources again in the library.

test("a reporter puts sources on both sides of the record; a syndicated copy does not count twice", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const wire = unique("Wire: ministry confirms the crossing reopened");
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  const form = page.getByRole("form", { name: "Add to the record" });

  // A new source, supporting.
  await form.getByLabel("Title").fill(wire);
  await form.getByLabel("Kind of source").selectOption({ label: "Wire report" });
  await form.getByLabel("Publisher or outlet").fill("Regional wire");
  await form.getByLabel("Link").fill("https://example.org/wire/crossing");
  await form.getByLabel("Supports the claim").check();
  await form.getByLabel("The passage relied on").fill("the crossing reopened on Tuesday");
  await form.getByRole("button", { name: "Add to the record" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Added to the record.");
  const supports = page.getByRole("region", { name: "Supports the claim" });
  await expect(supports.getByRole("link", { name: wire })).toBeVisible();
  await expect(supports.getByRole("heading")).toContainText("1 independent source");

  // A syndicated copy of the same wire story, also supporting: still one independent source.
  await page.reload();
  await form.getByLabel("Title").fill(`${wire} (syndicated)`);
  await form.getByLabel("Kind of source").selectOption({ label: "News article" });
  await form.getByLabel("A copy of another source?").selectOption({ label: `${wire} (Regional wire)` });
  await form.getByLabel("Supports the claim").check();
  await form.getByRole("button", { name: "Add to the record" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Added to the record.");
  await expect(supports.getByRole("listitem")).toHaveCount(2);
  await expect(supports.getByRole("heading")).toContainText("(1 independent source)");

  // Market odds from the library form, contradicting, with a field error first.
  await page.reload();
  await form.getByLabel("Title").fill(unique("Market: crossing open by June"));
  await form.getByLabel("Kind of source").selectOption({ label: "Market odds" });
  await form.getByLabel("Market (required)", { exact: true }).fill("Crossing open by June");
  await form.getByLabel("Outcome").fill("Yes");
  await form.getByLabel("Implied probability").fill("140%");
  await form.getByLabel("Observed on").fill("2026-05-30");
  await form.getByLabel("Contradicts the claim").check();
  await form.getByRole("button", { name: "Add to the record" }).click();
  await expect(form.getByText("A probability lies between 0 and 1 (or 0% and 100%).")).toBeVisible();
  // Everything typed is still there, the stance included: only the probability needs fixing.
  await expect(form.getByLabel("Contradicts the claim")).toBeChecked();
  await expect(form.getByLabel("Outcome")).toHaveValue("Yes");
  await form.getByLabel("Implied probability").fill("12%");
  await form.getByRole("button", { name: "Add to the record" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Added to the record.");
  const contradicts = page.getByRole("region", { name: "Contradicts the claim" });
  await expect(contradicts.getByText("Crossing open by June: Yes at 12%")).toBeVisible();
  await expectNoAxeViolations(page);

  const rows = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT e.stance, s.type, s."derivedFromId" IS NOT NULL AS copy FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = $1 ORDER BY e."createdAt"`,
          [claim.id],
        )
      ).rows,
  );
  expect(rows).toEqual([
    { stance: "SUPPORTS", type: "WIRE_REPORT", copy: false },
    { stance: "SUPPORTS", type: "NEWS_ARTICLE", copy: true },
    { stance: "CONTRADICTS", type: "MARKET_ODDS", copy: false },
  ]);

  // The library finds them.
  await page.goto(`/desk/sources?q=${encodeURIComponent("ministry confirms the crossing")}`);
  await expect(page.getByRole("link", { name: wire, exact: true })).toBeVisible();
  await expect(page.getByText("2 sources matching")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a reporter sees no way to add to a claim that is not theirs", async ({ page }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const claim = await makeClaim({ createdById: editorId, status: "RESEARCHING", assigneeId: editorId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole("heading", { level: 1, name: claim.text })).toBeVisible();
  await expect(page.getByRole("form", { name: "Add to the record" })).toHaveCount(0);
});
