import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { unique, userId } from "./support/factories";

// Importing claims with their record from a spreadsheet, all or nothing, and
// exporting the queue in the same format.

const HEADER =
  "claim_ref,claim,quote,context,speaker,speaker_title,said_on,said_at,time_zone,venue,kind,settle_by,settle_criteria,topics,appearance_url,source_type,source_title,source_outlet,source_url,source_published_on,stance,passage,note";

const row = (cells: Partial<Record<string, string>>) =>
  HEADER.split(",")
    .map((column) => {
      const value = cells[column] ?? "";
      return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    })
    .join(",");

const file = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`${[HEADER, ...lines].join("\n")}\n`) });

const claimsTagged = (tag: string) =>
  withDatabase(async (db) => (await db.query(`SELECT id, text, status, "createdById" FROM "Claim" WHERE text LIKE $1 ORDER BY text`, [`%${tag}%`])).rows);

test("a reporter checks a file, reads the preview and imports it; the record comes with it", async ({ page }) => {
  const tag = unique("imp");
  const speaker = `Harbour Board ${tag}`;
  await signIn(page, "reporter");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("CSV file").setInputFiles(
    file(`harbour-${tag}.csv`, [
      row({
        claim_ref: "a",
        claim: `Container traffic doubled in a year (${tag}).`,
        speaker,
        said_on: "2026-05-04",
        said_at: "10:15",
        time_zone: "Europe/Lisbon",
        topics: "Ports; Trade",
        source_type: "Dataset",
        source_title: `Port statistics ${tag}`,
        source_url: `https://example.org/stats/${tag}`,
        stance: "contradicts",
        passage: "up 12%, not 100%",
      }),
      row({
        claim_ref: "a",
        source_type: "news article",
        source_title: `Local paper ${tag}`,
        source_url: `https://example.org/paper/${tag}`,
        stance: "context",
      }),
      row({
        claim: `The new crane will be running by March 2027 (${tag}).`,
        speaker,
        said_on: "2026-05-04",
        kind: "prediction",
        settle_by: "2027-03-31",
        settle_criteria: "The crane handles its first ship.",
      }),
    ]),
  );
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("status")).toHaveText(`harbour-${tag}.csv is ready: 2 claims to import.`);
  await expect(page.getByText("3 rows describing 2 claims")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Import 2 claims" }).click();
  await expect(page.getByRole("status")).toHaveText(`Imported 2 claims from harbour-${tag}.csv.`);
  await page.getByRole("link", { name: "See the drafts in the queue" }).click();
  await expect(page.getByRole("link", { name: `Container traffic doubled in a year (${tag}).` })).toBeVisible();

  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claims = await claimsTagged(tag);
  expect(claims.map((claim) => [claim.status, claim.createdById])).toEqual([
    ["DRAFT", reporterId],
    ["DRAFT", reporterId],
  ]);
  const record = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT e.stance, s.type FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" JOIN "Claim" c ON c.id = e."claimId" WHERE c.text LIKE $1 ORDER BY e.stance`,
          [`%doubled in a year (${tag})%`],
        )
      ).rows,
  );
  expect(record).toEqual([
    { stance: "CONTRADICTS", type: "DATASET" },
    { stance: "CONTEXT", type: "NEWS_ARTICLE" },
  ]);
  const timed = await withDatabase(
    async (db) => (await db.query(`SELECT "madeAt", "madeAtTimeZone" FROM "Claim" WHERE text LIKE $1`, [`%doubled in a year (${tag})%`])).rows[0],
  );
  expect(timed).toEqual({ madeAt: new Date("2026-05-04T09:15:00Z"), madeAtTimeZone: "Europe/Lisbon" });
});

test("a file with problems lists each by row and column, cannot be imported, and writes nothing", async ({ page }) => {
  const tag = unique("imp");
  await signIn(page, "reporter");
  await page.goto("/desk/import");
  await page.getByLabel("CSV file").setInputFiles(
    file("broken.csv", [
      row({ claim: `A fine claim about the harbour budget (${tag}).`, speaker: "Harbour Board", said_on: "2026-05-04" }),
      row({ claim: `A claim with a bad date (${tag}).`, speaker: "Harbour Board", said_on: "4 May 2026" }),
      row({
        claim: `A claim whose source has no stance (${tag}).`,
        speaker: "Harbour Board",
        said_on: "2026-05-04",
        source_type: "dataset",
        source_title: "Budget",
      }),
    ]),
  );
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("status")).toHaveText(/broken\.csv has 2 problems to fix before it can be imported\./);
  const problems = page.getByRole("table", { name: "Problems in the file, by row and column" });
  await expect(problems.getByRole("row").filter({ hasText: "said_on" })).toContainText("3");
  await expect(problems.getByRole("row").filter({ hasText: "stance" })).toContainText("4");
  await expect(page.getByRole("button", { name: "Import 3 claims" })).toBeDisabled();
  await expectNoAxeViolations(page);
  expect(await claimsTagged(tag)).toEqual([]);
});

test("a large file shows a progress bar while it is imported", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = unique("bulk");
  const lines = Array.from({ length: 1500 }, (_, index) =>
    row({ claim: `Bulk claim number ${index} about the harbour budget (${tag}).`, speaker: `Bulk Speaker ${index % 7}`, said_on: "2026-05-04" }),
  );
  await signIn(page, "reporter");
  await page.goto("/desk/import");
  await page.getByLabel("CSV file").setInputFiles(file("bulk.csv", lines));
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("button", { name: "Import 1,500 claims" }).click();
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Imported 1,500 claims from bulk.csv.", { timeout: 60_000 });
  expect(await claimsTagged(tag)).toHaveLength(1500);
});

test("the queue downloads as a CSV in the import format", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/desk/claims?status=IN_REVIEW");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^onrecord-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const [header, ...rows] = text.trim().split(/\r?\n/);
  expect(header).toBe(HEADER);
  expect(rows.some((line) => line.startsWith("talks-breakthrough-demo,"))).toBe(true);
  // Only the filtered state: the published demo verdict is not in it.
  expect(rows.some((line) => line.startsWith("nuclear-restraint-demo,"))).toBe(false);
});

test("without a session, the import and export answer 401 and nothing is written", async ({ request }) => {
  const tag = unique("anon");
  const body = [HEADER, row({ claim: `A claim sent without a session (${tag}).`, speaker: "Nobody", said_on: "2026-05-04" })].join("\n");
  for (const path of ["/desk/import/preview", "/desk/import/commit"]) {
    const response = await request.post(path, { headers: { "content-type": "text/csv", origin: E2E.baseURL }, data: body });
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error).toMatch(/sign in/i);
  }
  const exported = await request.get("/desk/claims/export", { maxRedirects: 0 });
  expect(exported.status()).toBe(401);
  expect(await claimsTagged(tag)).toEqual([]);
});
