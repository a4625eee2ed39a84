import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeClaim, unique, userId } from "./support/factories";

// Rough edge 8 of issue 14: the queue's state filter is a set of checkboxes,
// so several states are picked with a click each, and the view still lives in the URL.

const SHOTS = "/tmp/shots-edges";

test("ticking two states shows claims in either, the address says so, and opening it again ticks the same boxes", async ({ page }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const marker = unique("states").replace("-", "");
  const made: Record<string, string> = {};
  for (const status of ["DRAFT", "RESEARCHING", "IN_REVIEW"] as const) {
    const claim = await makeClaim({ createdById: editorId, status, assigneeId: status === "DRAFT" ? null : editorId });
    await withDatabase((db) => db.query(`UPDATE "Claim" SET text = $2 WHERE id = $1`, [claim.id, `Ferry fare claim ${status} ${marker}`]));
    made[status] = claim.id;
  }

  await signIn(page, "editor");
  await page.goto("/desk/claims");
  const filters = page.getByRole("form", { name: "Filter the queue" });
  const states = filters.getByRole("group", { name: "State" });
  await expect(states.getByRole("checkbox")).toHaveCount(5);
  await filters.getByLabel("Search claims").fill(marker);
  await states.getByRole("checkbox", { name: "Draft" }).check();
  await states.getByRole("checkbox", { name: "In review" }).check();
  await filters.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(new RegExp(`\\?q=${marker}&status=DRAFT&status=IN_REVIEW$`));
  const rows = page.getByRole("table").getByRole("link", { name: /Ferry fare claim/ });
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("table").getByRole("link", { name: `Ferry fare claim RESEARCHING ${marker}` })).toHaveCount(0);
  await expect(states.getByRole("checkbox", { name: "Draft" })).toBeChecked();
  await expect(states.getByRole("checkbox", { name: "In review" })).toBeChecked();
  await expect(states.getByRole("checkbox", { name: "Researching" })).not.toBeChecked();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/queue-states.png`, fullPage: true });

  // A shared link (in any order or case) opens the same view with the same boxes ticked.
  await page.goto(`/desk/claims?status=in_review&q=${marker}&status=draft`);
  await expect(page).toHaveURL(new RegExp(`\\?q=${marker}&status=DRAFT&status=IN_REVIEW$`));
  await expect(states.getByRole("checkbox", { name: "Draft" })).toBeChecked();
  await expect(states.getByRole("checkbox", { name: "In review" })).toBeChecked();

  // Unticking both goes back to every open claim.
  await states.getByRole("checkbox", { name: "Draft" }).uncheck();
  await states.getByRole("checkbox", { name: "In review" }).uncheck();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${marker}$`));
  await expect(rows).toHaveCount(3);
});
