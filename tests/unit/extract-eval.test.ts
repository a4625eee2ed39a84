import { describe, expect, it } from "vitest";
import { CORPUS } from "../eval/extract/corpus";
import { scoreArticle, TARGETS, totals } from "../eval/extract/score";

// The article reader against the evaluation corpus (tests/eval/extract):
// twelve articles it was not written for, in the styles a desk pastes.
// `npm run eval:extract -- --verbose` shows each miss.
describe("the article reader on the evaluation corpus", () => {
  const scores = CORPUS.map((article) => scoreArticle(article));
  const overall = totals(scores);

  it("holds at least twelve articles in varied styles, each with claims and filler", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CORPUS.map((article) => article.style)).size).toBeGreaterThanOrEqual(10);
    for (const article of CORPUS) {
      expect(article.claims.length, article.name).toBeGreaterThan(0);
      expect(article.filler.length, article.name).toBeGreaterThan(0);
      // Every expectation points at a sentence that is in the article.
      for (const claim of article.claims) expect(article.text, `${article.name}: "${claim.in}"`).toContain(claim.in);
    }
  });

  it(`finds at least ${TARGETS.recall * 100}% of the expected claims`, () => {
    expect(overall.recall).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  it(`names the right speaker for at least ${TARGETS.speaker * 100}%, the right kind for ${TARGETS.kind * 100}%, the right dates for ${TARGETS.dates * 100}%`, () => {
    expect(overall.speaker).toBeGreaterThanOrEqual(TARGETS.speaker);
    expect(overall.kind).toBeGreaterThanOrEqual(TARGETS.kind);
    expect(overall.dates).toBeGreaterThanOrEqual(TARGETS.dates);
  });

  it("ranks no filler sentence (weather, scene-setting) above any real claim", () => {
    expect(scores.flatMap((score) => score.fillerAbove.map((candidate) => `${score.name}: ${candidate.sentence}`))).toEqual([]);
  });

  it("offers every bookmaker's, market's and newsletter's odds as market odds, none as a claim", () => {
    expect(overall.odds).toBe(1);
    for (const article of CORPUS) {
      const score = scores.find((item) => item.name === article.name)!;
      for (const odds of article.odds ?? []) {
        expect(score.extra.map((candidate) => candidate.sentence).filter((sentence) => sentence.includes(odds.in))).toEqual([]);
      }
    }
  });
});
