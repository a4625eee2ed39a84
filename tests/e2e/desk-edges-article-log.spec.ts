import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { unique, userId } from "./support/factories";
import { servePageForArchiving } from "./support/page-server";

// Rough edges 3 and 6 of issue 14: logging from an article links to exactly
// what was logged, "assign to me" means the same in the reader and the log
// form, and a claim typed by hand while reading keeps the article as context.

const SHOTS = "/tmp/shots-edges";
const served = servePageForArchiving();

const articleText = (tag: string) =>
  [
    `Port Minister Carla Mendes said on Monday that cargo traffic at the northern terminal had tripled since 2024 (${tag}).`,
    "The terminal is painted blue and sits beside the old customs house.",
    `Chief engineer Tomas Reyes said that the harbour authority will likely finish dredging the channel by the end of 2027 (${tag}).`,
  ].join(" ");

const claimsTagged = (tag: string) =>
  withDatabase(
    async (db) =>
      (
        await db.query<{ id: string; text: string; status: string; assigneeId: string | null }>(
          `SELECT id, text, status, "assigneeId" FROM "Claim" WHERE text LIKE $1 ORDER BY text`,
          [`%${tag}%`],
        )
      ).rows,
  );

test("both ways of logging assign the claim to the reporter by default", async ({ page }) => {
  await signIn(page, "reporter");
  await page.goto("/desk/claims/new");
  await expect(page.getByRole("checkbox", { name: /Assign it to me/ })).toBeChecked();
  await page.goto("/desk/extract");
  await page.getByLabel("Article text").fill(articleText(unique("art")));
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("checkbox", { name: /Assign the logged claims to me/ })).toBeChecked();
});

test("after logging from an article the queue links to exactly the claims logged, with their state and who has them", async ({ page }) => {
  const tag = unique("art");
  const reporterId = await userId(ACCOUNTS.reporter.email);
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByLabel("Published on").fill("2026-06-10");
  await page.getByRole("button", { name: "Find claims" }).click();
  await page.getByRole("checkbox", { name: "Log candidate 1" }).check();
  await page.getByRole("checkbox", { name: "Log candidate 2" }).check();
  await page.getByRole("button", { name: "Log ticked claims" }).click();

  await expect(page).toHaveURL(/\/desk\/claims\?logged=/);
  const logged = await claimsTagged(tag);
  expect(logged).toHaveLength(2);
  // Assigned to the reporter, so already in research: the default they left on.
  expect(logged.every((claim) => claim.status === "RESEARCHING" && claim.assigneeId === reporterId)).toBe(true);

  const notice = page.getByRole("region", { name: "2 claims logged from the article" });
  await expect(notice).toContainText("Assigned to you, in research.");
  const links = notice.getByRole("link");
  await expect(links).toHaveCount(2);
  for (const claim of logged) await expect(notice.getByRole("link", { name: claim.text })).toHaveAttribute("href", `/desk/claims/${claim.id}`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/article-logged-notice.png`, fullPage: true });

  await notice.getByRole("link", { name: logged[0]!.text }).click();
  await expect(page).toHaveURL(`/desk/claims/${logged[0]!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(logged[0]!.text.slice(0, 30));
});

test("unticking 'assign to me' logs drafts, and the message says so", async ({ page }) => {
  const tag = unique("art");
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByRole("button", { name: "Find claims" }).click();
  await page.getByRole("checkbox", { name: "Log candidate 1" }).check();
  await page.getByRole("checkbox", { name: /Assign the logged claims to me/ }).uncheck();
  await page.getByRole("button", { name: "Log ticked claims" }).click();
  const notice = page.getByRole("region", { name: "1 claim logged from the article" });
  await expect(notice).toContainText("Unassigned drafts, for anyone on the desk to take.");
  const [claim] = await claimsTagged(tag);
  expect(claim).toMatchObject({ status: "DRAFT", assigneeId: null });
  await expect(notice.getByRole("link", { name: claim!.text })).toBeVisible();
});

test("a claim typed by hand while reading an article keeps the article on its record as context", async ({ page }) => {
  const tag = unique("art");
  const title = `Harbour report ${tag}`;
  // Enough of a page for the archiver's reading view: a title, a headline and paragraphs.
  const paragraphs = [
    articleText(tag),
    "Officials at the customs house declined to comment further on the figures when reporters asked about them later in the week.",
    "Shipping agents in the port said the queues of lorries at the gate had grown longer every month since the spring.",
  ];
  const html = (body: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;
  served.body = html(`<main><article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join("\n")}</article></main>`);
  const url = `http://127.0.0.1:${E2E.archivePort}/reports/${tag}`;
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  await page.getByLabel("Or the article's link").fill(url);
  await page.getByLabel("Published on").fill("2026-06-10");
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByText(`From “${title}”, archived to the source library.`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/article-by-hand-link.png`, fullPage: true });
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Log a claim from this article by hand" }).click();

  await expect(page).toHaveURL(/\/desk\/claims\/new\?article=/);
  await expect(page.getByText(`From the article “${title}”`)).toBeVisible();
  await expect(page.getByLabel("Link to where it was said")).toHaveValue(url);
  // The day the reader read the article's dates against, as for its candidates.
  await expect(page.getByLabel("Date it was said")).toHaveValue("2026-06-10");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/article-by-hand-form.png`, fullPage: true });

  const text = `The customs house declined to comment on the figures (${tag}).`;
  await page.getByLabel("The claim in one short sentence").fill(text);
  await page.getByLabel("New speaker's name").fill(unique("Customs Spokesperson"));
  await page.getByRole("button", { name: "Log claim" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("The customs house declined to comment");

  const record = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT e.stance, s.title, s.url FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" JOIN "Claim" c ON c.id = e."claimId" WHERE c.text = $1`,
          [text],
        )
      ).rows,
  );
  expect(record).toEqual([{ stance: "CONTEXT", title, url }]);
  await expect(page.getByRole("main").getByText(title).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/article-by-hand-claim.png`, fullPage: true });
});

test("a pasted article with its link: the claim typed by hand gets the link as where it was said", async ({ page }) => {
  const tag = unique("art");
  const url = `https://news.example.org/harbour/${tag}`;
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByLabel("Or the article's link").fill(url);
  await page.getByRole("button", { name: "Find claims" }).click();
  await page.getByRole("link", { name: "Log a claim from this article by hand" }).click();
  await expect(page.getByLabel("Link to where it was said")).toHaveValue(url);
  // Pasted text is not archived: there is no article to put on the record.
  await expect(page.getByText("From the article")).toHaveCount(0);
});
