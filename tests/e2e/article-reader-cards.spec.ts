import { mkdirSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { unique } from "./support/factories";

// The article reader's candidate cards (issue 14, rough edges 1, 9 and 11):
// speaker, kind and dates on the card; sorting by score; ticking opens the
// details; one speaker at a time; the quote field always there; a forecast
// with no checkable-by date is asked for one and cannot be logged without it;
// odds in the article go on the forecast as market-odds evidence.

const SHOTS = process.env.SHOTS_DIR || "/tmp/shots-reader";

const articleText = (tag: string) =>
  [
    `President Donald Trump said on Tuesday that steel imports had fallen by 20 percent since January (${tag}).`,
    `"Our hospitals treated 12,000 more patients this year," said Health Minister Ana Ruiz.`,
    "The sun was setting over the harbour as the ministers left.",
    `Ruiz predicted that hospital waiting lists would shrink by 15,000 patients (${tag}).`,
    "The trade newsletter Harbour Ledger puts the chance that hospital waiting lists shrink this year at 40 percent.",
  ].join("\n\n");

const claimsTagged = (tag: string) =>
  withDatabase(
    async (db) =>
      (
        await db.query<{ id: string; text: string; kind: string; settleBy: Date | null; speaker: string }>(
          `SELECT c.id, c.text, c.kind, c."settleBy", s.name AS speaker FROM "Claim" c JOIN "Speaker" s ON s.id = c."speakerId" WHERE c.text LIKE $1 ORDER BY c.text`,
          [`%${tag}%`],
        )
      ).rows,
  );

async function readArticle(page: Page, tag: string) {
  await signIn(page, "reporter");
  await page.goto("/desk/extract");
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByLabel("Published on").fill("2026-06-11");
  await page.getByRole("button", { name: "Find claims" }).click();
  const list = page.getByRole("region", { name: /candidate claims? in \d+ words/ });
  await expect(list).toBeVisible();
  return { list, cards: list.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }) };
}

const cardSaying = (cards: Locator, words: string) => cards.filter({ has: cards.page().getByRole("heading", { level: 3, name: new RegExp(words) }) });

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test("each card shows its speaker, kind and dates without opening it, and the reporter can sort by score", async ({ page }) => {
  const tag = unique("cards");
  const { list, cards } = await readArticle(page, tag);
  // The scene-setting sentence and the newsletter's odds are no candidates.
  await expect(cards).toHaveCount(3);
  await expect(list.getByRole("heading", { level: 3, name: /sun was setting/ })).toHaveCount(0);

  const trump = cardSaying(cards, "steel imports");
  const facts = trump.getByRole("definition");
  await expect(trump.getByLabel("The claim in one short sentence")).toBeHidden();
  await expect(trump.getByRole("term")).toHaveText(["Speaker", "Kind", "Said on"]);
  await expect(facts.nth(0)).toHaveText(/Donald Trump/);
  await expect(facts.nth(1)).toHaveText("Statement");
  await expect(facts.nth(2)).toHaveText("9 June 2026");
  const forecast = cardSaying(cards, "waiting lists would shrink");
  await expect(forecast.getByRole("term")).toHaveText(["Speaker", "Kind", "Said on", "Checkable by"]);
  await expect(forecast.getByRole("definition").nth(1)).toHaveText("Prediction");
  await expect(forecast.getByRole("definition").nth(3)).toHaveText("Not named in the article: give a date before logging");
  // The newsletter's odds are offered on the forecast they concern, as market-odds evidence.
  await expect(forecast.getByRole("checkbox", { name: /Attach as market-odds evidence: Harbour Ledger at 40%/ })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/cards-article-order.png`, fullPage: true });

  const scores = async () => (await cards.getByText(/^Check-worthiness \d+\/100$/).allTextContents()).map((text) => Number(/\d+/.exec(text)?.[0]));
  const headings = () => cards.getByRole("heading", { level: 3 }).allTextContents();
  const inArticleOrder = await headings();
  expect(inArticleOrder.map((text) => /^Candidate (\d+)/.exec(text)?.[1])).toEqual(["1", "2", "3"]);
  await page.getByRole("radio", { name: "Highest score first" }).check();
  // The forecast, third in the article, scores highest and now comes first.
  await expect(cards.first().getByRole("heading", { level: 3 })).toHaveText(/^Candidate 3: .*waiting lists would shrink/);
  const byScore = await scores();
  expect(byScore).toEqual([...byScore].sort((a, b) => b - a));
  await page.screenshot({ path: `${SHOTS}/cards-by-score.png`, fullPage: true });
  // Each keeps its number from the article, so messages about "candidate 2" still point at it.
  expect((await headings()).sort()).toEqual([...inArticleOrder].sort());
  await page.getByRole("radio", { name: "As in the article" }).check();
  expect(await headings()).toEqual(inArticleOrder);
  await expectNoAxeViolations(page);
});

test("ticking a card opens its details, with one speaker at a time and the quote field always there", async ({ page }) => {
  const tag = unique("cards");
  const { cards } = await readArticle(page, tag);
  const trump = cardSaying(cards, "steel imports");
  await expect(trump.getByLabel("The claim in one short sentence")).toBeHidden();
  await trump.getByRole("checkbox", { name: /Log candidate \d/ }).check();
  await expect(trump.getByLabel("The claim in one short sentence")).toBeVisible();

  // Matched to the desk's Donald Trump: no new speaker's name beside it.
  await expect(trump.getByLabel("Speaker", { exact: true })).not.toHaveValue("");
  await expect(trump.getByLabel("New speaker's name")).toHaveCount(0);
  await trump.getByLabel("Speaker", { exact: true }).selectOption({ label: "A new speaker, named here" });
  await expect(trump.getByLabel("New speaker's name")).toHaveValue("Donald Trump");
  await trump.getByLabel("Speaker", { exact: true }).selectOption({ index: 1 });
  await expect(trump.getByLabel("New speaker's name")).toHaveCount(0);

  // No quotation marks in this sentence: the field is there, empty, to paste the words into.
  await expect(trump.getByLabel("Verbatim quote")).toHaveValue("");
  const quoted = cardSaying(cards, "Our hospitals treated");
  await quoted.getByText(/Check the details for candidate/).click();
  await expect(quoted.getByLabel("Verbatim quote")).toHaveValue("Our hospitals treated 12,000 more patients this year");
  await page.screenshot({ path: `${SHOTS}/cards-ticked-details.png`, fullPage: true });
  await expectNoAxeViolations(page);
});

test("a forecast with no checkable-by date asks for one and is not logged without it; with it, it is logged with the odds attached", async ({ page }) => {
  const tag = unique("cards");
  const { cards } = await readArticle(page, tag);
  const forecast = cardSaying(cards, "waiting lists would shrink");
  await forecast.getByRole("checkbox", { name: /Log candidate \d/ }).check();
  await expect(forecast.getByRole("status")).toHaveText(/A prediction needs the date by which it can be checked/);
  const settleBy = forecast.getByLabel(/Checkable by/);
  await expect(settleBy).toBeFocused();
  await expect(settleBy).toHaveValue("");
  await page.screenshot({ path: `${SHOTS}/cards-forecast-needs-date.png`, fullPage: true });

  // The reporter reads it as the minister's promise; the refusal keeps that and the tick.
  await forecast.getByLabel("Kind of claim").selectOption("PROMISE");
  await expect(forecast.getByRole("status")).toHaveText(/A promise needs the date/);
  await page.getByRole("button", { name: "Log ticked claims" }).click();
  await expect(forecast.getByText("Predictions and promises need a date by which they can be checked.")).toBeVisible();
  await expect(forecast.getByRole("checkbox", { name: /Log candidate \d/ })).toBeChecked();
  await expect(forecast.getByLabel("Kind of claim")).toHaveValue("PROMISE");
  await expect(forecast.getByRole("definition").nth(1)).toHaveText("Promise");
  expect(await claimsTagged(tag)).toEqual([]);
  await forecast.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/cards-forecast-refused.png` });

  await settleBy.fill("2026-12-31");
  await expect(forecast.getByRole("status")).toHaveCount(0);
  await expect(forecast.getByRole("definition").nth(3)).toHaveText("31 December 2026");
  await page.getByRole("button", { name: "Log ticked claims" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\?/);
  const logged = await claimsTagged(tag);
  expect(logged).toMatchObject([{ kind: "PROMISE", speaker: "Ana Ruiz" }]);
  expect(logged[0]!.settleBy?.toISOString().slice(0, 10)).toBe("2026-12-31");
  const odds = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT s.type, s."marketName", s."marketProbability"::float AS probability, e.stance FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = $1`,
          [logged[0]!.id],
        )
      ).rows,
  );
  expect(odds).toEqual([{ type: "MARKET_ODDS", marketName: "Harbour Ledger", probability: 0.4, stance: "CONTEXT" }]);
});
