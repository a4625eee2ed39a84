import { describe, expect, it } from "vitest";
import { findDocumentTiming, withoutWriterAside } from "@/lib/extract/asides";
import { composeClaim, finishClaim, quoteIn } from "@/lib/extract/claim";
import { readsAsClause, takesClause } from "@/lib/extract/clauses";
import { maskQuotes, pairQuotes } from "@/lib/extract/quotes";
import { SpeakerMemory } from "@/lib/extract/speaker-memory";

describe("quotation marks", () => {
  it("pairs straight and curly quotes, and leaves a quote open at the end of its paragraph", () => {
    expect(pairQuotes(`"a" and “b”`)).toEqual([
      { open: 0, close: 2 },
      { open: 8, close: 10 },
    ]);
    expect(pairQuotes(`"runs on\nnext`)).toEqual([{ open: 0 }]);
  });

  it("masks quoted words so 'said' inside a quote is not an attribution, keeping offsets", () => {
    const text = `"He said no," Ortiz said.`;
    const masked = maskQuotes(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(`"___________" Ortiz said.`);
  });

  it("does not take apostrophes for quotes", () => {
    expect(maskQuotes("Morland's ministry said it's done.")).toBe("Morland's ministry said it's done.");
  });
});

describe("finishClaim", () => {
  it("capitalises, and ends with exactly one full stop", () => {
    expect(finishClaim("exports rose 5 percent")).toBe("Exports rose 5 percent.");
    expect(finishClaim("exports rose 5 percent...")).toBe("Exports rose 5 percent.");
    expect(finishClaim("exports rose 5 percent,")).toBe("Exports rose 5 percent.");
  });

  it("turns a final question or exclamation mark into a full stop, outside a closing quote", () => {
    expect(finishClaim("they called it a disaster!")).toBe("They called it a disaster.");
    expect(finishClaim('the figures were "invented."')).toBe('The figures were "invented".');
  });

  it("capitalises the first letter inside a leading quotation mark", () => {
    expect(finishClaim('"fully agreed" was the phrase')).toBe('"Fully agreed" was the phrase.');
  });

  it("refuses claims under 10 characters and shortens those over 300 at a clause or word", () => {
    expect(finishClaim("no")).toBeUndefined();
    const long = finishClaim(`${"exports rose in the north, ".repeat(15)}and fell in the south`)!;
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long).toMatch(/north\.$/);
  });
});

describe("composeClaim and quoteIn", () => {
  const body = `"We are ready," Ortiz said, "but not at any price."`;
  const pieces = [
    { start: 0, end: 15 },
    { start: 28, end: body.length },
  ];

  it("joins a split quotation into one claim and one verbatim quote", () => {
    expect(composeClaim(body, pieces, " ")).toBe("We are ready, but not at any price.");
    expect(quoteIn(body, pieces)).toBe("We are ready, but not at any price.");
  });

  it("puts the speaker's name in place of a leading 'she'", () => {
    const sentence = "she expected a deal by June";
    const claim = composeClaim(sentence, [{ start: 0, end: sentence.length }], " ", {
      speakerName: { name: "Lena Ortiz", pronouns: /^(?:he|she)\b/i },
    });
    expect(claim).toBe("Lena Ortiz expected a deal by June.");
  });

  it("leads with speaker and verb when asked to", () => {
    const sentence = "to lift the ban on fruit exports";
    expect(composeClaim(sentence, [{ start: 0, end: sentence.length }], " ", { lead: "Dana Hale pledged" })).toBe(
      "Dana Hale pledged to lift the ban on fruit exports.",
    );
  });

  it("gives no quote when nothing is quoted", () => {
    expect(quoteIn("Exports rose 5 percent", [{ start: 0, end: 22 }])).toBeUndefined();
  });
});

describe("the writer's words inside the content", () => {
  const trimmed = (text: string) => withoutWriterAside(text, [{ start: 0, end: text.length }]).map((piece) => text.slice(piece.start, piece.end));

  it("cuts a closing verdict on the claim", () => {
    expect(trimmed("the deficit would shrink before the end of 2027, a forecast that analysts called optimistic")).toEqual([
      "the deficit would shrink before the end of 2027",
    ]);
    expect(trimmed("imports fell 15 percent, a figure the opposition disputed")).toEqual(["imports fell 15 percent"]);
    expect(trimmed("the state would pay by 2027, an ambitious pledge widely seen as unrealistic")).toEqual(["the state would pay by 2027"]);
  });

  it("keeps appositives that are part of the claim, and quoted words", () => {
    expect(trimmed("prices rose 4.1 percent, the slowest pace since 2021")).toEqual(["prices rose 4.1 percent, the slowest pace since 2021"]);
    expect(trimmed("rates stay at 6.5 percent, a level not seen since 2009")).toEqual(["rates stay at 6.5 percent, a level not seen since 2009"]);
    const quoted = `"growth of 2 percent, a forecast that critics called optimistic, is within reach"`;
    expect(trimmed(quoted)).toEqual([quoted]);
  });

  it("finds when a document is due out, and what the content says without it", () => {
    expect(findDocumentTiming("The Congressional Budget Office report, expected in August, will detail the costs.")).toEqual({
      phrase: "expected in August",
      rest: "The Congressional Budget Office report will detail the costs.",
    });
    expect(findDocumentTiming("The report is due to be published later this month.")).toEqual({
      phrase: "due to be published later this month",
      rest: "The report.",
    });
    expect(findDocumentTiming("The bill is expected to pass in August.")).toBeUndefined();
    expect(findDocumentTiming("Exports are expected to rise in August.")).toBeUndefined();
  });
});

describe("readsAsClause and takesClause", () => {
  it("tells a clause from an object", () => {
    expect(readsAsClause("Morland had agreed to cap enrichment")).toBe(true);
    expect(readsAsClause("exports rose 5 percent")).toBe(true);
    expect(readsAsClause("the report")).toBe(false);
    expect(readsAsClause("to lift the export ban")).toBe(false);
  });

  it("expects a clause after verbs of saying, but not after 'pledged'", () => {
    expect(takesClause("said", "her journey to work takes 75 minutes")).toBe(true);
    expect(takesClause("pledged", "to open ten clinics by 2027")).toBe(false);
    expect(takesClause("expects", "inflation to fall below 4 percent")).toBe(false);
  });
});

describe("SpeakerMemory", () => {
  it("completes a surname met first with the full name met later", () => {
    const memory = new SpeakerMemory();
    memory.rememberPerson("Ortiz");
    memory.rememberPerson("Lena Ortiz", "Foreign Minister");
    expect(memory.recallPerson("Ortiz")).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
  });

  it("prefers a job description to an abbreviated title like 'Dr.'", () => {
    const memory = new SpeakerMemory();
    memory.rememberPerson("Priya Nair", "Dr.");
    memory.rememberPerson("Priya Nair", "city's public health director");
    expect(memory.recallPerson("Nair")?.title).toBe("city's public health director");
  });

  it("finds the most recently mentioned person of a given sex, skipping the other", () => {
    const memory = new SpeakerMemory();
    memory.rememberPerson("Lena Ortiz", undefined, "female");
    memory.rememberPerson("Idris Vale", undefined, "male");
    expect(memory.lastPerson("female")?.name).toBe("Lena Ortiz");
    expect(memory.lastPerson("male")?.name).toBe("Idris Vale");
  });
});
