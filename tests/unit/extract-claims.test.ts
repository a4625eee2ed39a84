import { afterEach, describe, expect, it, vi } from "vitest";
import { type Candidate, extractClaims } from "@/lib/extract";

const on = (publishedOn: string) => ({ publishedOn });
const only = (text: string, options = {}) => {
  const candidates = extractClaims(text, options);
  expect(candidates).toHaveLength(1);
  return candidates[0]!;
};

describe("extractClaims: the candidate list", () => {
  afterEach(() => vi.useRealTimers());

  it("returns nothing for an empty article", () => {
    expect(extractClaims("")).toEqual([]);
    expect(extractClaims("   \n\n  ")).toEqual([]);
  });

  it("keeps reading order, ids by sentence index and offsets into the pasted text", () => {
    const text = "Talks resumed in Vienna.\n\nOrtiz said exports rose 12 percent. The weather was grey. Prices doubled, the ministry said.";
    const candidates = extractClaims(text, on("2026-03-05"));
    expect(candidates.map((candidate) => candidate.id)).toEqual(["s1", "s3"]);
    for (const candidate of candidates) expect(text.slice(candidate.start, candidate.end)).toBe(candidate.sentence);
    expect(candidates[0]!.start).toBeLessThan(candidates[1]!.start);
  });

  it("leaves out sentences with no signal, whatever the threshold", () => {
    expect(extractClaims("The sky was grey over Vienna. Delegates arrived late.", { minScore: 0 })).toEqual([]);
  });

  it("leaves out weak candidates by default and shows them with a lower threshold", () => {
    const text = `"I think the mood has changed," Lena Ortiz said.`;
    expect(extractClaims(text)).toEqual([]);
    const hedged = only(text, { minScore: 0 });
    expect(hedged.score).toBeLessThan(30);
    expect(hedged.reasons).toContain('Hedged opinion, hard to check ("I think")');
  });

  it("gives the same candidates for the same text, whatever the clock says", () => {
    const text = "Ortiz said on Tuesday that the talks would end by the end of June. He said exports rose 5 percent yesterday.";
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2020-01-01T00:00:00Z"));
    const first = extractClaims(text, on("2026-03-05"));
    vi.setSystemTime(new Date("2031-07-15T12:00:00Z"));
    const second = extractClaims(text, on("2026-03-05"));
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
  });

  it("refuses a publishedOn that is not a YYYY-MM-DD date", () => {
    expect(() => extractClaims("Prices rose 5 percent.", { publishedOn: "05/03/2026" })).toThrow(RangeError);
    expect(() => extractClaims("Prices rose 5 percent.", { publishedOn: "2026-02-30" })).toThrow(/YYYY-MM-DD/);
  });
});

describe("extractClaims: the proposed claim", () => {
  it("strips the attribution, capitalises and ends with a full stop", () => {
    const candidate = only("Foreign Minister Lena Ortiz insisted that morland had agreed to cap enrichment at 3.67 percent");
    expect(candidate.claim).toBe("Morland had agreed to cap enrichment at 3.67 percent.");
  });

  it("takes the words of a quotation, joined when split around the attribution, and gives them verbatim", () => {
    const candidate = only(`"We are ready to sign," Ortiz said, "but not at any price."`);
    expect(candidate.claim).toBe("We are ready to sign, but not at any price.");
    expect(candidate.quote).toBe("We are ready to sign, but not at any price.");
  });

  it("reads curly quotes like straight ones", () => {
    const candidate = only("“There is no cap. There never was,” Vale said.");
    expect(candidate.quote).toBe("There is no cap. There never was");
    expect(candidate.claim).toBe("There is no cap. There never was.");
  });

  it("keeps a partial quotation inside the claim and puts the full stop after it", () => {
    const candidate = only(`Vale said the figures were "invented."`);
    expect(candidate.claim).toBe(`The figures were "invented".`);
    expect(candidate.quote).toBe("invented.");
  });

  it("keeps the speaker in the claim when the reported words cannot stand alone", () => {
    const candidate = only("Kestria's President Dana Hale pledged on Monday to lift the ban on fruit exports.", on("2026-03-05"));
    expect(candidate.claim).toBe("Dana Hale pledged to lift the ban on fruit exports.");
  });

  it("names the speaker where the claim would start with 'she'", () => {
    const text = "Foreign Minister Lena Ortiz arrived on Monday. Ortiz said she expected a deal by the end of June.";
    const candidate = extractClaims(text, on("2026-03-05")).at(-1)!;
    expect(candidate.claim).toBe("Lena Ortiz expected a deal by the end of June.");
  });

  it("drops a leading 'But' or 'Meanwhile,' from an unattributed claim", () => {
    expect(only("But exports fell 12 percent in January.").claim).toBe("Exports fell 12 percent in January.");
  });

  it("keeps every claim between 10 and 300 characters", () => {
    const long = `The ministry said ${"exports to the northern provinces rose sharply, ".repeat(12)}reaching 40 percent.`;
    const candidate = only(long);
    expect(candidate.claim.length).toBeLessThanOrEqual(300);
    expect(candidate.claim.endsWith(".")).toBe(true);
    expect(candidate.reasons).toContain("Very long sentence, may hold several claims");
  });
});

describe("extractClaims: speakers across sentences", () => {
  const text = [
    "Kestria's Foreign Minister Lena Ortiz and Morland's chief negotiator, Idris Vale, met in Vienna.",
    "Ortiz said Morland had agreed to cap enrichment at 3.67 percent.",
    "Vale denied it. He said exports had risen 8 percent.",
    `"We will not sign a bad deal," she said. "Not this year, not next year, not for 40 billion euros."`,
    "The Foreign Ministry of Morland said talks would resume within two weeks.",
    "It said 12 inspectors would visit.",
  ].join("\n\n");
  const candidates = extractClaims(text, on("2026-03-05"));
  const find = (start: string): Candidate => {
    const candidate = candidates.find((item) => item.sentence.startsWith(start));
    expect(candidate, start).toBeDefined();
    return candidate!;
  };

  it("resolves a surname to the full name and title introduced earlier", () => {
    expect(find("Ortiz said").speaker).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
  });

  it("resolves 'he' and 'she' to the right person", () => {
    expect(find("He said").speaker).toEqual({ name: "Idris Vale", title: "Morland's chief negotiator" });
    expect(find(`"We will not sign`).speaker).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
  });

  it("gives a quotation that continues in the next sentence to the same speaker", () => {
    const continued = find(`"Not this year`);
    expect(continued.speaker).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
    expect(continued.reasons).toContain("Attributed to a named speaker (continues their quote)");
  });

  it("resolves 'it' to the organisation that spoke last", () => {
    expect(find("It said").speaker).toEqual({ name: "Foreign Ministry of Morland" });
    expect(find("It said").claim).toBe("12 inspectors would visit.");
  });
});

describe("extractClaims: when it was said", () => {
  it("reads a weekday, 'yesterday' or a date next to the attribution, relative to publishedOn", () => {
    const text =
      "Ortiz said on Tuesday that exports rose 5 percent. Vale said yesterday that exports fell 5 percent. Hale said on Feb. 27 that exports were flat at 2 percent.";
    expect(extractClaims(text, on("2026-03-05")).map((candidate) => candidate.madeOn)).toEqual(["2026-03-03", "2026-03-04", "2026-02-27"]);
  });

  it("falls back to publishedOn, and to the dateline's date", () => {
    expect(only("Ortiz said exports rose 5 percent.", on("2026-03-05")).madeOn).toBe("2026-03-05");
    const datelined = extractClaims("VIENNA, March 2 (OnWire) — Ortiz said exports rose 5 percent.", on("2026-03-05"));
    expect(datelined[0]!.madeOn).toBe("2026-03-02");
  });

  it("never puts madeOn after the article's date", () => {
    const candidate = only("Ortiz said on March 30, 2027 that exports rose 5 percent.", on("2026-03-05"));
    expect(candidate.madeOn).toBe("2026-03-05");
  });

  it("does not guess a date when the article gives none", () => {
    const candidate = only("Ortiz said on Tuesday that exports rose 5 percent.");
    expect(candidate.madeOn).toBeUndefined();
  });

  it("carries a speaker's date to their next sentences", () => {
    const text = "Lena Ortiz told reporters on Tuesday that exports rose 5 percent. She added that imports fell 3 percent.";
    expect(extractClaims(text, on("2026-03-05")).map((candidate) => candidate.madeOn)).toEqual(["2026-03-03", "2026-03-03"]);
  });
});

describe("extractClaims: kinds and deadlines", () => {
  it("settles a forecast by its deadline", () => {
    const candidate = only("Reyes predicted that inflation would fall to 3.2 percent by the end of the year.", on("2026-02-12"));
    expect(candidate).toMatchObject({ kind: "PREDICTION", settleBy: "2026-12-31", signals: ["attributed", "forecast", "quantitative"] });
    expect(candidate.reasons).toContain("Names a deadline: by the end of the year");
  });

  it("settles a promise by its deadline", () => {
    const candidate = only("Mayor Rosa Delgado vowed to open the Green Line by 2030.", on("2026-09-18"));
    expect(candidate).toMatchObject({ kind: "PROMISE", settleBy: "2030-12-31", signals: ["attributed", "promise"] });
  });

  it("gives statements no settle date, even when they mention a year", () => {
    const candidate = only("Ortiz said exports had risen 5 percent since 2023.", on("2026-03-05"));
    expect(candidate.kind).toBe("STATEMENT");
    expect(candidate.settleBy).toBeUndefined();
  });

  it("gives a question a lower score than the same words as a statement", () => {
    const statement = only("Morland will cut its stockpile by 40 percent, Vale said.", { minScore: 0 });
    const question = only(`"Will Morland cut its stockpile by 40 percent?" Vale asked.`, { minScore: 0 });
    expect(question.score).toBeLessThan(statement.score);
    expect(question.reasons).toContain("A question, not an assertion");
  });
});

describe("extractClaims: a wire story's furniture", () => {
  it("keeps the dateline out of the claim and the speaker", () => {
    const washington = only("WASHINGTON (Wire) — Treasury Secretary Ana Ruiz said the deficit would shrink to 4 percent by 2027.", on("2026-06-10"));
    expect(washington).toMatchObject({
      claim: "The deficit would shrink to 4 percent by 2027.",
      speaker: { name: "Ana Ruiz", title: "Treasury Secretary" },
      madeOn: "2026-06-10",
    });
    for (const dateline of ["LAGOS, June 9 (Wire) - ", "LAGOS, Nigeria, June 9 (Wire) - "]) {
      expect(only(`${dateline}Energy Minister Grace Okafor said fuel imports fell 15 percent in May.`, on("2026-06-10"))).toMatchObject({
        claim: "Fuel imports fell 15 percent in May.",
        speaker: { name: "Grace Okafor", title: "Energy Minister" },
        madeOn: "2026-06-09",
      });
      expect(only(`${dateline}Fuel imports fell 15 percent in May.`, on("2026-06-10")).claim).toBe("Fuel imports fell 15 percent in May.");
    }
  });

  it("drops the writer's verdict on the reported words, and does not read it as the forecast", () => {
    const candidate = only(
      "Ruiz said the deficit would shrink to 4.1 percent before the end of 2027, a forecast that analysts called optimistic.",
      on("2026-06-10"),
    );
    expect(candidate).toMatchObject({
      claim: "The deficit would shrink to 4.1 percent before the end of 2027.",
      kind: "PREDICTION",
      settleBy: "2027-12-31",
    });
    expect(candidate.reasons).toContain('Forecast: "would"');
    expect(only("Okafor said imports fell 15 percent, a figure the opposition disputed.").claim).toBe("Imports fell 15 percent.");
    expect(only("Exports rose 8 percent in May, a claim that economists questioned.").claim).toBe("Exports rose 8 percent in May.");
    expect(only("Adeyemi said the state would pay its debts by 2027, a pledge that unions dismissed as unrealistic.").claim).toBe(
      "The state would pay its debts by 2027.",
    );
  });

  it("gives a whole quotation as the claim without its marks, and verbatim as the quote", () => {
    const text = `Energy Minister Grace Okafor toured the site. Okafor said in a statement that "the plant will reopen by March."`;
    const [candidate] = extractClaims(text, on("2026-06-10"));
    expect(candidate).toMatchObject({
      speaker: { name: "Grace Okafor", title: "Energy Minister" },
      claim: "The plant will reopen by March.",
      quote: "the plant will reopen by March.",
      kind: "PREDICTION",
      settleBy: "2027-03-31",
    });
  });

  it("counts 'within 30 days' from the article's date, and only when it has one", () => {
    const text = "Hale said the committee would release its findings within 30 days.";
    expect(only(text, on("2026-06-10"))).toMatchObject({ kind: "PREDICTION", settleBy: "2026-07-10" });
    expect(only(text).settleBy).toBeUndefined();
  });
});

describe("extractClaims: when a document comes out is background, not a forecast", () => {
  it("leaves out a report's publication date stated as fact", () => {
    for (const sentence of [
      "The Congressional Budget Office report, expected in August, will detail the costs.",
      "The Congressional Budget Office report is expected in August.",
      "The audit, due to be published next month, will cover the contracts.",
      "The report, due next week, will show that inflation rose to 3 percent.",
      "The figures, which are expected on Friday, will show whether exports rose.",
    ]) {
      expect(extractClaims(sentence, on("2026-06-10")), sentence).toEqual([]);
      for (const candidate of extractClaims(sentence, { publishedOn: "2026-06-10", minScore: 0 })) {
        expect(candidate.kind, sentence).not.toBe("PREDICTION");
        expect(candidate.score, sentence).toBeLessThan(30);
      }
    }
  });

  it("scores a speaker's word on a report's timing below the threshold, and says why", () => {
    const text = "Ruiz said the Congressional Budget Office report, expected in August, will detail the costs.";
    expect(extractClaims(text, on("2026-06-10"))).toEqual([]);
    const shown = only(text, { publishedOn: "2026-06-10", minScore: 0 });
    expect(shown.kind).toBe("STATEMENT");
    expect(shown.score).toBeLessThan(30);
    expect(shown.reasons).toContain('Says when a document comes out ("expected in August"), not a checkable outcome');
  });

  it("still reads an expected outcome as a forecast", () => {
    expect(only("Exports are expected to rise 5 percent in August.", on("2026-06-10")).kind).toBe("PREDICTION");
    expect(only("The bill is expected to pass the Senate in August, Hale said.", on("2026-06-10")).kind).toBe("PREDICTION");
  });
});
