import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { unique, userId } from "./support/factories";
import { servePageForArchiving } from "./support/page-server";

// A pasted article becomes candidate claims; the reporter ticks some and logs
// them in one step. A link is archived first, through the same guarded fetcher.

const articleText = (tag: string) =>
  [
    `Port Minister Carla Mendes said on Monday that cargo traffic at the northern terminal had tripled since 2024 (${tag}).`,
    "The terminal is painted blue and sits beside the old customs house.",
    `Chief engineer Tomas Reyes said that the harbour authority will likely finish dredging the channel by the end of 2027 (${tag}).`,
  ].join(" ");

const served = servePageForArchiving();

const claimsTagged = (tag: string) =>
  withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT c.text, c.status, c.kind, c."createdById", s.name AS speaker FROM "Claim" c JOIN "Speaker" s ON s.id = c."speakerId" WHERE c.text LIKE $1 ORDER BY c.text`,
          [`%${tag}%`],
        )
      ).rows,
  );

test("a reporter pastes an article, sees why each candidate was picked, and logs the ticked ones together", async ({ page }) => {
  const tag = unique("art");
  await signIn(page, "reporter");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "From an article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims from an article" })).toBeVisible();
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByLabel("Published on").fill("2026-06-10");
  await page.getByRole("button", { name: "Find claims" }).click();

  const list = page.getByRole("region", { name: /candidate claims? in \d+ words/ });
  await expect(list).toBeVisible();
  const cards = list.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  // The description of the building is no claim; the two attributed sentences are.
  await expect(cards).toHaveCount(2);
  const port = cards.filter({ hasText: "Carla Mendes" });
  const dredging = cards.filter({ hasText: "dredging" });
  await expect(port.getByText(/Check-worthiness \d+\/100/)).toBeVisible();
  await expect(port.getByRole("list", { name: /Why candidate 1 was picked/ })).toContainText(/figure|tripled/i);
  await expectNoAxeViolations(page);

  await port.getByRole("checkbox", { name: "Log candidate 1" }).check();
  await dredging.getByRole("checkbox", { name: "Log candidate 2" }).check();
  await expect(dredging.getByLabel("Kind of claim")).toHaveValue("PREDICTION");
  await expect(dredging.getByLabel("Checkable by (predictions and promises)")).toHaveValue("2027-12-31");
  await page.getByRole("button", { name: "Log ticked claims" }).click();

  // The queue names exactly the claims logged; "assign to me" is ticked by default.
  await expect(page).toHaveURL(/\/desk\/claims\?logged=[^&]+&logged=[^&]+$/);
  await expect(page.getByRole("region", { name: "2 claims logged from the article" })).toContainText("Assigned to you, in research.");
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const logged = await claimsTagged(tag);
  expect(logged).toHaveLength(2);
  expect(logged.every((claim) => claim.status === "RESEARCHING" && claim.createdById === reporterId)).toBe(true);
  expect(logged.map((claim) => claim.speaker).sort()).toEqual(["Carla Mendes", "Tomas Reyes"]);
  expect(logged.map((claim) => claim.kind).sort()).toEqual(["PREDICTION", "STATEMENT"]);
});

test("a ticked candidate with a problem is shown beside it and nothing is logged; a candidate that reads like a desk claim says so", async ({ page }) => {
  const tag = unique("art");
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByRole("button", { name: "Find claims" }).click();
  const cards = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(cards).toHaveCount(2);
  const first = cards.first();
  await first.getByRole("checkbox", { name: "Log candidate 1" }).check();
  await first.getByLabel("The claim in one short sentence").fill("Too short");
  await page.getByRole("button", { name: "Log ticked claims" }).click();
  await expect(page.getByTestId("form-message").last()).toHaveText("Some ticked candidates need attention. Nothing was logged yet.");
  await expect(first.getByText("Write the claim in one short sentence (at least 10 characters).")).toBeVisible();
  await expect(first.getByRole("checkbox", { name: "Log candidate 1" })).toBeChecked();
  expect(await claimsTagged(tag)).toEqual([]);

  // Logged once, the same sentence read again is flagged as already on the desk.
  await first.getByLabel("The claim in one short sentence").fill(`Cargo traffic at the northern terminal has tripled since 2024 (${tag}).`);
  await page.getByRole("button", { name: "Log ticked claims" }).click();
  await expect(page).toHaveURL(/\?logged=[^&]+$/);
  await page.goto("/desk/extract");
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(cards.first().getByText("Already on the desk, reading alike:")).toBeVisible();
  await expect(cards.first().getByRole("link", { name: `Cargo traffic at the northern terminal has tripled since 2024 (${tag}).` })).toBeVisible();
});

test("a link is archived first and read from the snapshot; a link to this machine is refused", async ({ page }) => {
  const tag = unique("art");
  served.body = `<!doctype html><html><head><title>Harbour report ${tag}</title></head><body><article><h1>Harbour report</h1><p>${articleText(tag)}</p><p>More reporting followed later in the week from the terminal and the customs house, where officials declined to comment further on the figures.</p></article></body></html>`;
  const url = `http://127.0.0.1:${E2E.archivePort}/harbour/${tag}`;
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  await page.getByLabel("Or the article's link").fill(url);
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByText(`From “Harbour report ${tag}”, archived to the source library.`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(2);
  const snapshot = await withDatabase(
    async (db) =>
      (await db.query(`SELECT s.title, a."httpStatus" FROM "Source" s JOIN "ArchiveSnapshot" a ON a."sourceId" = s.id WHERE s.url = $1`, [url])).rows,
  );
  expect(snapshot).toEqual([{ title: `Harbour report ${tag}`, httpStatus: 200 }]);

  await page.getByLabel("Or the article's link").fill(`${E2E.baseURL}/api/health`);
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.locator("#articleUrl-error")).toHaveText("This link could not be read. Paste the article's text instead.");
  await expect(page.getByTestId("form-message").first()).toContainText("Not archived:");
});

test("logging candidates is refused to a signed-out replay, and nothing is written", async ({ page, browser }) => {
  const tag = unique("art");
  const reporter = await browser.newPage({ baseURL: E2E.baseURL });
  await signIn(reporter, "reporter");
  await reporter.goto("/desk/extract");
  await reporter.getByLabel("Article text").fill(articleText(tag));
  await reporter.getByRole("button", { name: "Find claims" }).click();
  await reporter.getByRole("checkbox", { name: "Log candidate 1" }).check();
  // The list is drawn after the first action answers, so its form carries no
  // replayable fields: capture the request the browser would send instead,
  // and stop it before it reaches the server.
  const sent = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void reporter.route("**/desk/extract", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ headers: request.headers(), body: request.postDataBuffer()! });
      await route.abort();
    });
  });
  await reporter.getByRole("button", { name: "Log ticked claims" }).click();
  const { headers, body } = await sent;
  await reporter.close();
  expect(await claimsTagged(tag)).toEqual([]);

  // The same bytes, from a visitor with no session.
  const response = await page.request.post("/desk/extract", {
    headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, origin: E2E.baseURL, accept: "text/x-component" },
    data: body,
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain("Sign in");
  expect(await claimsTagged(tag)).toEqual([]);
});
