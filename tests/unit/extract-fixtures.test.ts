import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Candidate, type ExtractOptions, extractClaims } from "@/lib/extract";

// Articles written for these tests (invented people and places), in wire style.
const article = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/articles", name), "utf8");

function reader(text: string, publishedOn: string) {
  const candidates = extractClaims(text, { publishedOn });
  return {
    candidates,
    /** The candidate for the sentence that starts with these words; fails the test if there is none. */
    find(start: string): Candidate {
      const candidate = candidates.find((item) => item.sentence.startsWith(start));
      expect(candidate, `a candidate starting "${start}"`).toBeDefined();
      return candidate!;
    },
    isCandidate: (start: string) => candidates.some((item) => item.sentence.startsWith(start)),
  };
}

describe("fixture: nuclear talks in Vienna (published Thursday 5 March 2026)", () => {
  const text = article("diplomacy-nuclear-talks.txt");
  const { candidates, find, isCandidate } = reader(text, "2026-03-05");

  it("reads the foreign minister's claim, dated from 'on Tuesday'", () => {
    expect(find("Kestria's Foreign Minister Lena Ortiz told reporters")).toMatchObject({
      claim: "Morland had agreed to cap uranium enrichment at 3.67 percent.",
      speaker: { name: "Lena Ortiz", title: "Foreign Minister" },
      madeOn: "2026-03-03",
      kind: "STATEMENT",
      signals: ["attributed", "quantitative"],
    });
  });

  it("keeps a two-sentence quotation whole and gives it to 'Ortiz' in full, on the same day", () => {
    expect(find(`"We have their word on enrichment.`)).toMatchObject({
      claim: "We have their word on enrichment. It is not on paper yet, but it is a commitment.",
      quote: "We have their word on enrichment. It is not on paper yet, but it is a commitment",
      speaker: { name: "Lena Ortiz", title: "Foreign Minister" },
      madeOn: "2026-03-03",
    });
  });

  it("reads the negotiator introduced as 'Morland's chief negotiator, Idris Vale', then by surname and as 'he'", () => {
    const vale = { name: "Idris Vale", title: "Morland's chief negotiator" };
    expect(find(`"There is no cap.`)).toMatchObject({ speaker: vale, madeOn: "2026-03-04" });
    expect(find("He added that Morland would keep enriching")).toMatchObject({
      speaker: vale,
      claim: `Morland would keep enriching "for as long as our reactors need fuel".`,
      quote: "for as long as our reactors need fuel",
      madeOn: "2026-03-04",
    });
    // Two claims joined by "and that": each is offered on its own, both his, both that day.
    const both = candidates.filter((item) => item.sentence.startsWith("Vale said on Wednesday that those figures"));
    expect(both).toMatchObject([
      { id: "s15", speaker: vale, claim: `Those figures were "invented".`, madeOn: "2026-03-04", kind: "STATEMENT" },
      { id: "s15-2", speaker: vale, claim: "Exports had risen for a third consecutive month.", madeOn: "2026-03-04", kind: "STATEMENT" },
    ]);
  });

  it("reads 'According to' an agency and 'according to figures compiled by' an office", () => {
    expect(find("According to the International Atomic Monitoring Agency")).toMatchObject({
      claim: "Morland's stockpile of enriched uranium has grown fivefold since 2023.",
      speaker: { name: "International Atomic Monitoring Agency" },
    });
    expect(find("Sanctions have cut Morland's oil exports")).toMatchObject({
      claim: "Sanctions have cut Morland's oil exports by roughly half since 2024, to about 600,000 barrels a day.",
      speaker: { name: "Kestrian Energy Office" },
    });
  });

  it("reads the minister's forecast with its deadline", () => {
    expect(find("Ortiz, who has led Kestria's delegation")).toMatchObject({
      claim: `Lena Ortiz expected a written text "within weeks" and predicted that Morland's parliament would ratify it by the end of June.`,
      kind: "PREDICTION",
      settleBy: "2026-06-30",
      madeOn: "2026-03-05",
    });
  });

  it("reads the president's pledge, dated Monday, with no settle date for a deadline counted from a future event", () => {
    const pledge = find("Kestria's President Dana Hale pledged on Monday");
    expect(pledge).toMatchObject({
      claim: "Dana Hale pledged to lift the ban on Morland's fruit exports within 30 days of a signed deal.",
      speaker: { name: "Dana Hale", title: "President" },
      kind: "PROMISE",
      madeOn: "2026-03-02",
    });
    expect(pledge.settleBy).toBeUndefined();
    expect(pledge.reasons).toContain('Promise: "pledged"');
  });

  it("resolves 'the ministry' to Morland's Foreign Ministry and reads its commitment with a two-week deadline", () => {
    expect(find("In a statement, Morland's Foreign Ministry said")).toMatchObject({ speaker: { name: "Morland's Foreign Ministry" } });
    expect(find("The ministry said it would respond")).toMatchObject({
      claim: "Morland's Foreign Ministry would respond to any new proposal within two weeks.",
      speaker: { name: "Morland's Foreign Ministry" },
      kind: "PROMISE",
      settleBy: "2026-03-19",
    });
  });

  it("reads an analyst's forecast, with her job description as title", () => {
    expect(find("Mira Castell, a nuclear policy researcher")).toMatchObject({
      speaker: { name: "Mira Castell", title: "nuclear policy researcher at the Harlow Institute" },
      kind: "PREDICTION",
      settleBy: "2026-09-05",
    });
    expect(find(`"Nobody wants to be the side`).speaker).toEqual({ name: "Mira Castell", title: "nuclear policy researcher at the Harlow Institute" });
  });

  it("reads the minister's red line and promise at the end", () => {
    expect(find("Ortiz said her government would not accept")).toMatchObject({ kind: "PROMISE", speaker: { name: "Lena Ortiz" } });
    expect(find(`"We will not sign a bad deal`)).toMatchObject({
      claim: "We will not sign a bad deal to get a good headline.",
      kind: "PROMISE",
      speaker: { name: "Lena Ortiz", title: "Foreign Minister" },
    });
  });

  it("leaves out headline, byline, background, hedges, feelings, an anonymous 'everything is on the table' and a rhetorical question", () => {
    for (const start of [
      "Vienna talks end without a deal",
      "By Amal Reddy",
      "VIENNA, March 5 (OnWire)",
      `"I think the mood in the room has changed,"`,
      `"We are deeply disappointed`,
      "Asked whether sanctions would follow",
      `"Will Morland really cut its stockpile`,
      "Analysts were divided.",
      "The U.N. Security Council",
      "The next round is scheduled",
    ]) {
      expect(isCandidate(start), start).toBe(false);
    }
  });

  it("lists candidates in reading order with offsets into the article", () => {
    const starts = candidates.map((candidate) => candidate.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const candidate of candidates) expect(text.slice(candidate.start, candidate.end)).toBe(candidate.sentence);
  });
});

describe("fixture: inflation and the budget (published Thursday 12 February 2026)", () => {
  const { find, isCandidate } = reader(article("economy-inflation-figures.txt"), "2026-02-12");

  it("reads the statistics office's figures in the lede, dated Wednesday, without the dateline", () => {
    const lede = find("HARLOW, Feb. 12 (OnWire)");
    expect(lede).toMatchObject({
      claim:
        "Consumer prices in Kestria rose 4.1 percent in January from a year earlier, down from 5.3 percent in December, the slowest pace of inflation since 2021.",
      speaker: { name: "National Statistics Office" },
      madeOn: "2026-02-11",
      kind: "STATEMENT",
    });
    expect(lede.reasons).toContain("States figures: 4.1 percent, 5.3 percent, slowest pace of inflation since 2021");
  });

  it("reads 'The central bank governor, Omar Reyes,' then 'He predicted' with a year-end deadline", () => {
    expect(find("The central bank governor, Omar Reyes, said")).toMatchObject({
      speaker: { name: "Omar Reyes", title: "central bank governor" },
      kind: "PROMISE",
    });
    expect(find("He predicted that inflation would fall")).toMatchObject({
      claim: "Inflation would fall to 3.2 percent by the end of the year.",
      speaker: { name: "Omar Reyes", title: "central bank governor" },
      kind: "PREDICTION",
      settleBy: "2026-12-31",
      madeOn: "2026-02-12",
    });
  });

  it("resolves 'the statistics office' and 'the chamber' to the bodies named earlier", () => {
    expect(find("Fuel fell 2.4 percent").speaker).toEqual({ name: "National Statistics Office" });
    expect(find("The chamber said foreign investment").speaker).toEqual({ name: "Kestrian Chamber of Commerce" });
    expect(find("Average monthly pay rose").speaker).toEqual({ name: "National Statistics Office" });
  });

  it("reads the finance minister's deficit promise to 2028, and her figures told to parliament", () => {
    expect(find("Finance Minister Clara Weiss welcomed the figures")).toMatchObject({
      claim: "The government would halve the budget deficit to 2 percent of gross domestic product by 2028.",
      speaker: { name: "Clara Weiss", title: "Finance Minister" },
      kind: "PROMISE",
      settleBy: "2028-12-31",
    });
    expect(find("She said unemployment had fallen")).toMatchObject({
      claim: "Unemployment had fallen to 5.9 percent, a record low.",
      speaker: { name: "Clara Weiss", title: "Finance Minister" },
      madeOn: "2026-02-12",
    });
  });

  it("reads an economist's forecast for this year", () => {
    expect(find("Samir Okafor, chief economist at Greyline Bank")).toMatchObject({
      speaker: { name: "Samir Okafor", title: "chief economist at Greyline Bank" },
      kind: "PREDICTION",
      settleBy: "2026-12-31",
    });
  });

  it("reads tripling, dollars and a ranking", () => {
    const exports = find("Exports of machinery tripled");
    expect(exports.reasons).toContain("States figures: tripled, $18.6 billion, third-largest supplier");
    expect(exports.speaker).toEqual({ name: "Kestrian Chamber of Commerce" });
  });

  it("drops the writer's inference after 'according to the statistics office'", () => {
    expect(find("Average monthly pay rose").claim).toBe("Average monthly pay rose 2.9 percent in real terms last year.");
  });

  it("leaves out the headline, a hedge, a delighted spokeswoman, hindsight and a date announcement", () => {
    for (const start of [
      "Inflation falls to 4.1%",
      `"I suspect the numbers will be revised,"`,
      `"Frankly, we are delighted`,
      "Traders in Harlow had expected",
      "The figures were published at 9 a.m.",
      "Reyes is due to present",
      "Not everyone was convinced.",
      "Wages have not kept pace.",
    ]) {
      expect(isCandidate(start), start).toBe(false);
    }
  });
});

describe("fixture: metro line and clinic promises (published Friday 18 September 2026)", () => {
  const { candidates, find, isCandidate } = reader(article("city-transit-health.txt"), "2026-09-18");
  const mayor = { name: "Rosa Delgado", title: "Mayor" };

  it("reads the mayor's vow on Thursday to open the line by 2030", () => {
    const vow = find("LOWELL, Sept. 18 (OnWire)");
    expect(vow).toMatchObject({
      claim:
        "Rosa Delgado vowed to open the long-delayed Green Line by 2030 and to cut average commute times by 15 minutes, in a speech to business leaders at St. Anne's Hall.",
      speaker: mayor,
      madeOn: "2026-09-17",
      kind: "PROMISE",
      settleBy: "2030-12-31",
    });
    expect(vow.reasons).toEqual(['Attributed to a named speaker ("vowed")', "States a figure: 15 minutes", 'Promise: "vowed"', "Names a deadline: by 2030"]);
  });

  it("keeps the Thursday date for the mayor's next quote, a promise with no date to settle it by", () => {
    const quote = find(`"We will have trains running to Eastgate`);
    expect(quote).toMatchObject({ speaker: mayor, madeOn: "2026-09-17", kind: "PROMISE" });
    expect(quote.settleBy).toBeUndefined();
  });

  it("reads the transit authority's forecast to the end of next year", () => {
    expect(find("The Lowell Transit Authority expects")).toMatchObject({
      speaker: { name: "Lowell Transit Authority" },
      kind: "PREDICTION",
      settleBy: "2027-12-31",
    });
  });

  it("finds the speaker after ', and' in a sentence that starts with figures", () => {
    expect(find("Weekday trips averaged 212,000")).toMatchObject({
      claim: "Fares could rise by as much as 10 percent in January unless the council approved new funding.",
      speaker: { name: "Ken Adebayo", title: "authority's chief executive" },
      kind: "PREDICTION",
      settleBy: "2027-01-31",
    });
  });

  it("reads the health director's promise with an exact deadline next March", () => {
    expect(find("Dr. Priya Nair, the city's public health director")).toMatchObject({
      speaker: { name: "Priya Nair", title: "city's public health director" },
      kind: "PROMISE",
      settleBy: "2027-03-31",
    });
  });

  it("reads the councillor's forecast and names him in the claim", () => {
    expect(find("Councillor Ben Osei, who chairs the committee")).toMatchObject({
      claim:
        'Ben Osei was "not yet persuaded" that the Green Line could be finished before 2032, and predicted the project would cost at least $4.5 billion, nearly double the original estimate.',
      speaker: { name: "Ben Osei", title: "Councillor" },
      kind: "PREDICTION",
    });
  });

  it("reads the mayor's office: drivers already hired, and a commitment to publish hiring figures from October, as two claims", () => {
    const both = candidates.filter((item) => item.sentence.startsWith("Delgado's office said on Friday"));
    expect(both).toMatchObject([
      {
        speaker: { name: "Delgado's office" },
        madeOn: "2026-09-18",
        kind: "STATEMENT",
        claim: "The city had already hired 120 of the 300 new bus drivers it promised last year.",
      },
      { speaker: { name: "Delgado's office" }, madeOn: "2026-09-18", kind: "PROMISE", settleBy: "2026-10-31" },
    ]);
    expect(both[0]).not.toHaveProperty("settleBy");
  });

  it("reads a commuter's figures, and the mayor's spending as a promise of her city", () => {
    expect(find("She said her journey to work")).toMatchObject({
      claim: "Her journey to work takes 75 minutes each way, three times as long as it did before the old tram line closed.",
      speaker: { name: "Alma Ruiz", title: "nurse who commutes from Eastgate" },
      kind: "STATEMENT",
    });
    expect(find("Delgado said the city will spend")).toMatchObject({
      speaker: mayor,
      kind: "PROMISE",
      claim: "The city will spend $120 million on the buses alone.",
    });
  });

  it("leaves out the hedge, the rhetorical question, the tired commuter and the background", () => {
    for (const start of [
      `"I think we can do even better`,
      `"Who will pay for it?"`,
      `"I am so tired of waiting,"`,
      "Ridership has fallen sharply.",
      "Health officials had their own warnings.",
      "The clinic, on the site of a former bus depot",
      "The city council's budget committee will vote",
      "By Jo Park",
    ]) {
      expect(isCandidate(start), start).toBe(false);
    }
  });
});

describe("fixture: a wire roundup on the deficit and a Lagos power plant (published Wednesday 10 June 2026)", () => {
  const { find, isCandidate } = reader(article("wire-deficit-power-roundup.txt"), "2026-06-10");
  const ruiz = { name: "Ana Ruiz", title: "Treasury Secretary" };
  const okafor = { name: "Grace Okafor", title: "Energy Minister" };

  it("drops the dateline and the writer's aside, and reads 'before the end of 2027'", () => {
    const lede = find("WASHINGTON (Wire) — Treasury Secretary Ana Ruiz");
    expect(lede).toMatchObject({
      claim: "The federal deficit would shrink to 4.1 percent of gross domestic product before the end of 2027.",
      speaker: ruiz,
      madeOn: "2026-06-09",
      kind: "PREDICTION",
      settleBy: "2027-12-31",
    });
    // The forecast is the secretary's "would", not the analysts' word for it.
    expect(lede.reasons).toContain('Forecast: "would"');
  });

  it("reads 'by the end of the year' as the last day of the article's year", () => {
    expect(find("Ruiz told reporters the department")).toMatchObject({ speaker: ruiz, settleBy: "2026-12-31", kind: "PREDICTION" });
  });

  it("keeps titles written out or abbreviated, abbreviations in full", () => {
    expect(find("Senator Mark Hale said")).toMatchObject({
      speaker: { name: "Mark Hale", title: "Senator" },
      claim: "The Senate would vote on the spending bill before the end of June.",
      kind: "PREDICTION",
      settleBy: "2026-06-30",
    });
    expect(find("Sen. Tom Bryce, who chairs")).toMatchObject({
      speaker: { name: "Tom Bryce", title: "Senator" },
      claim: "The committee would release its findings within 30 days.",
      settleBy: "2026-07-10",
    });
    expect(find("Gov. Bola Adeyemi said")).toMatchObject({
      speaker: { name: "Bola Adeyemi", title: "Governor" },
      claim: "The state would clear its debts to power contractors by the end of the year.",
      settleBy: "2026-12-31",
    });
  });

  it("reads economists at a named institution as the source, across 'St.'", () => {
    expect(find("Economists at the St. Louis Fed noted")).toMatchObject({
      sentence: "Economists at the St. Louis Fed noted that inflation had fallen to 2.4% in October.",
      speaker: { name: "Economists at the St. Louis Fed" },
      claim: "Inflation had fallen to 2.4% in October.",
      kind: "STATEMENT",
    });
  });

  it("does not take when a report comes out for a forecast", () => {
    expect(isCandidate("The Congressional Budget Office report")).toBe(false);
    const shown = extractClaims(article("wire-deficit-power-roundup.txt"), { publishedOn: "2026-06-10", minScore: 0 });
    const report = shown.find((candidate) => candidate.sentence.startsWith("The Congressional Budget Office report"));
    if (report) {
      expect(report.kind).not.toBe("PREDICTION");
      expect(report.score).toBeLessThan(30);
      expect(report.reasons.length).toBeGreaterThan(0);
    }
  });

  it("resolves the minister by surname in a statement, and gives a whole quotation without its marks", () => {
    expect(find("LAGOS, June 9 (Wire) - Energy Minister Grace Okafor")).toMatchObject({
      speaker: okafor,
      claim: "The ministry would restore full power to the national grid by mid-2027, at a cost of $2 billion.",
      settleBy: "2027-06-30",
    });
    expect(find("Okafor said in a statement")).toMatchObject({
      speaker: okafor,
      claim: "The plant will reopen by March.",
      quote: "the plant will reopen by March.",
      kind: "PREDICTION",
      settleBy: "2027-03-31",
    });
    expect(find("She said on Tuesday at a news conference")).toMatchObject({
      speaker: okafor,
      claim: "Fuel imports would fall by 15 percent by June 15.",
      madeOn: "2026-06-09",
      settleBy: "2026-06-15",
    });
  });
});

describe("fixtures: what holds for every candidate", () => {
  const articles = ["diplomacy-nuclear-talks.txt", "economy-inflation-figures.txt", "city-transit-health.txt", "wire-deficit-power-roundup.txt"].map(article);

  it.each<[string, ExtractOptions]>([
    ["with the article's date", { publishedOn: "2026-03-05", minScore: 0 }],
    ["without a date, every candidate shown", { minScore: 0 }],
  ])("gives well-formed claims, scores and dates %s", (_label, options) => {
    for (const text of articles) {
      const candidates = extractClaims(text, options);
      expect(candidates.length).toBeGreaterThan(10);
      for (const candidate of candidates) {
        expect(candidate.claim.length).toBeGreaterThanOrEqual(10);
        expect(candidate.claim.length).toBeLessThanOrEqual(300);
        expect(candidate.claim).toMatch(/^["“]?\p{Lu}.*\.$/su);
        expect(Number.isInteger(candidate.score) && candidate.score >= 0 && candidate.score <= 100).toBe(true);
        expect(candidate.signals.length).toBeGreaterThan(0);
        expect(candidate.reasons.length).toBeGreaterThan(0);
        expect(text.slice(candidate.start, candidate.end)).toBe(candidate.sentence);
        if (options.publishedOn && candidate.madeOn) expect(candidate.madeOn <= options.publishedOn).toBe(true);
        if (candidate.settleBy) expect(candidate.kind).not.toBe("STATEMENT");
      }
    }
  });

  it("without the article's date, guesses no day it cannot know", () => {
    const candidates = extractClaims(article("diplomacy-nuclear-talks.txt"));
    expect(candidates.every((candidate) => candidate.madeOn === undefined)).toBe(true);
    // "by the end of June" needs a year to count from; "by 2030" in the city article does not.
    expect(candidates.find((candidate) => candidate.sentence.startsWith("Ortiz, who has led"))?.settleBy).toBeUndefined();
    const city = extractClaims(article("city-transit-health.txt"));
    expect(city.find((candidate) => candidate.sentence.startsWith("LOWELL"))?.settleBy).toBe("2030-12-31");
  });
});
