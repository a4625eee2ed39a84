import { describe, expect, it } from "vitest";
import { type ScoreInput, scoreCandidate } from "@/lib/extract/scoring";

const plain: ScoreInput = {
  figures: [],
  kind: "STATEMENT",
  content: "The talks had stalled",
  question: false,
  headline: false,
  claimWords: 4,
  sentenceWords: 12,
};
const score = (changes: Partial<ScoreInput>) => scoreCandidate({ ...plain, ...changes });

describe("scoreCandidate", () => {
  it("scores a named speaker above an unnamed source, with the verb in the reason", () => {
    const named = score({ attribution: { named: true, verb: "insisted" } });
    const unnamed = score({ attribution: { named: false, verb: "said" } });
    expect(named.score).toBeGreaterThan(unnamed.score);
    expect(named.reasons).toContain('Attributed to a named speaker ("insisted")');
    expect(unnamed.reasons).toContain('Attributed to an unnamed source ("said")');
  });

  it("raises the score for figures and lists them", () => {
    const one = score({ figures: ["40%"] });
    const three = score({ figures: ["40%", "$2 billion", "doubled"] });
    expect(one.score).toBeGreaterThan(score({}).score);
    expect(three.score).toBeGreaterThan(one.score);
    expect(one.reasons).toContain("States a figure: 40%");
    expect(three.reasons).toContain("States figures: 40%, $2 billion, doubled");
  });

  it("raises the score for forecasts, promises and deadlines, each with its reason", () => {
    const forecast = score({ kind: "PREDICTION", cue: "will likely" });
    const promise = score({ kind: "PROMISE", cue: "pledged", deadline: "by 2030" });
    expect(forecast.reasons).toContain('Forecast: "will likely"');
    expect(promise.reasons).toEqual(['Promise: "pledged"', "Names a deadline: by 2030"]);
    expect(promise.score).toBeGreaterThan(forecast.score);
  });

  it("lowers the score for hedges, questions, feelings, headlines, very short and very long sentences", () => {
    const base = score({ attribution: { named: true, verb: "said" } }).score;
    const cases: Array<[Partial<ScoreInput>, string]> = [
      [{ content: "I think the mood has changed" }, 'Hedged opinion, hard to check ("I think")'],
      [{ content: "we hope to finish soon" }, 'Hedged opinion, hard to check ("we hope")'],
      [{ question: true }, "A question, not an assertion"],
      [{ content: "We are deeply disappointed by the tone" }, 'Expresses a feeling, not a checkable fact ("disappointed")'],
      [{ headline: true }, "Looks like a headline, not a sentence of the story"],
      [{ claimWords: 3 }, "Very short, little to check"],
      [{ sentenceWords: 80 }, "Very long sentence, may hold several claims"],
      [{ documentTiming: "expected in August" }, 'Says when a document comes out ("expected in August"), not a checkable outcome'],
    ];
    for (const [change, reason] of cases) {
      const result = score({ attribution: { named: true, verb: "said" }, ...change });
      expect(result.score).toBeLessThan(base);
      expect(result.reasons).toContain(reason);
    }
  });

  it("keeps a named speaker's word on when a report comes out under the default threshold", () => {
    expect(score({ attribution: { named: true, verb: "said" }, claimWords: 9, documentTiming: "expected in August" }).score).toBeLessThan(30);
  });

  it("does not call a figure a feeling", () => {
    const result = score({ content: "We are proud that exports rose 12 percent", figures: ["12 percent"] });
    expect(result.reasons.some((reason) => reason.startsWith("Expresses a feeling"))).toBe(false);
  });

  it("keeps the score an integer between 0 and 100", () => {
    const top = score({
      attribution: { named: true, verb: "pledged" },
      figures: ["1", "2", "3", "4"],
      kind: "PROMISE",
      cue: "pledged",
      deadline: "by 2030",
    });
    const bottom = score({ content: "I think maybe we hope", question: true, headline: true, claimWords: 2, sentenceWords: 90 });
    expect(top.score).toBe(100);
    expect(bottom.score).toBe(0);
  });
});
