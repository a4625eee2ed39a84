import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { attachSource, makeClaim, userId } from "./support/factories";
import { servePageForArchiving } from "./support/page-server";

// "Archive now" on a source of the record: the page is fetched on the server,
// its snapshot stored, and archiving again says whether it changed.

const served = servePageForArchiving();

const article = (sentence: string) =>
  `<!doctype html><html><head><title>Ministry readout</title></head><body><article><h1>Ministry readout</h1><p>${sentence}</p><p>Officials said the delegations would meet again after consulting their capitals; no joint text was released.</p></article></body></html>`;

test("a reporter archives a source, and archiving again shows that the page changed", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const title = "Ministry readout of the talks";
  const sourceId = await attachSource({ claimId: claim.id, addedById: reporterId, url: `http://127.0.0.1:${E2E.archivePort}/readout`, title });
  served.body = article("The talks ended without an agreement on the nuclear file.");

  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  const archive = page.getByRole("form", { name: `Archive ${title}` });
  await expect(page.getByText("Not archived yet.")).toBeVisible();
  await archive.getByRole("button", { name: "Archive now" }).click();
  await expect(archive.getByTestId("form-message")).toHaveText("Archived (HTTP 200).");
  await expect(page.getByText(/Last archived .*: HTTP 200/)).toBeVisible();
  await expectNoAxeViolations(page);

  served.body = article("The talks ended with a partial agreement on the nuclear file.");
  await archive.getByRole("button", { name: "Archive now" }).click();
  await expect(archive.getByTestId("form-message")).toHaveText("Archived again: the page has CHANGED since the last snapshot.");

  const snapshots = await withDatabase(
    async (db) =>
      (await db.query(`SELECT "httpStatus", title, text, sha256 FROM "ArchiveSnapshot" WHERE "sourceId" = $1 ORDER BY "fetchedAt"`, [sourceId])).rows,
  );
  expect(snapshots).toHaveLength(2);
  expect(snapshots[0]).toMatchObject({ httpStatus: 200, title: "Ministry readout" });
  expect(snapshots[0].text).toContain("without an agreement");
  expect(snapshots[1].text).toContain("partial agreement");
  expect(snapshots[0].sha256).not.toBe(snapshots[1].sha256);
});

test("a source pointing at this machine is not fetched; the refusal is shown and recorded", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const title = "Suspicious internal link";
  // The app's own port: allowed neither as an address nor as a port.
  const sourceId = await attachSource({ claimId: claim.id, addedById: reporterId, url: `http://127.0.0.1:${E2E.port}/api/health`, title });

  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  const archive = page.getByRole("form", { name: `Archive ${title}` });
  await archive.getByRole("button", { name: "Archive now" }).click();
  await expect(archive.getByTestId("form-message")).toContainText("Not archived:");
  const rows = await withDatabase(async (db) => (await db.query(`SELECT "httpStatus", error FROM "ArchiveSnapshot" WHERE "sourceId" = $1`, [sourceId])).rows);
  expect(rows).toHaveLength(1);
  expect(rows[0].httpStatus).toBeNull();
  expect(rows[0].error).toMatch(/not allowed|loopback/);
});
