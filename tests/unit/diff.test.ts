import { describe, expect, it } from "vitest";
import { diff } from "@/lib/history/record";
import { independentCount } from "@/lib/sources/independence";
import { describeMarketOdds } from "@/lib/sources/market-odds";

// `diff` decides what a revision records: only fields that really changed.

describe("diff", () => {
  it("records only the fields that changed, with before and after", () => {
    const before = { summary: "Old summary", ratingId: "r1", reasoning: "Same" };
    const after = { summary: "New summary", ratingId: "r1", reasoning: "Same" };
    expect(diff(before, after)).toEqual({ summary: { from: "Old summary", to: "New summary" } });
  });

  it("compares only the keys of the new values", () => {
    expect(diff({ a: 1, b: 2 }, { b: 3 })).toEqual({ b: { from: 2, to: 3 } });
  });

  it("treats undefined as null and does not report null → undefined", () => {
    expect(diff({ quote: null as string | null }, { quote: undefined })).toEqual({});
    expect(diff({} as { quote?: string }, { quote: "New" })).toEqual({ quote: { from: null, to: "New" } });
  });

  it("stores dates as ISO strings and compares them by value", () => {
    const at = new Date("2026-05-31T12:00:00Z");
    expect(diff({ madeAt: at }, { madeAt: new Date(at) })).toEqual({});
    expect(diff({ madeAt: at }, { madeAt: new Date("2026-06-01T12:00:00Z") })).toEqual({
      madeAt: { from: "2026-05-31T12:00:00.000Z", to: "2026-06-01T12:00:00.000Z" },
    });
  });

  it("compares arrays and objects by content", () => {
    expect(diff({ links: ["a", "b"] }, { links: ["a", "b"] })).toEqual({});
    expect(diff({ links: ["a"] }, { links: ["a", "b"] })).toEqual({ links: { from: ["a"], to: ["a", "b"] } });
  });

  it("returns nothing when nothing changed", () => {
    expect(diff({ status: "DRAFT" }, { status: "DRAFT" })).toEqual({});
  });
});

describe("independent sources", () => {
  it("counts a copy with its original, and distinct originals apart", () => {
    expect(independentCount([])).toBe(0);
    expect(
      independentCount([
        { id: "wire", derivedFromId: null },
        { id: "copy", derivedFromId: "wire" },
      ]),
    ).toBe(1);
    expect(
      independentCount([
        { id: "copy-a", derivedFromId: "wire" },
        { id: "copy-b", derivedFromId: "wire" },
      ]),
    ).toBe(1);
    expect(
      independentCount([
        { id: "wire", derivedFromId: null },
        { id: "readout", derivedFromId: null },
      ]),
    ).toBe(2);
  });
});

describe("market odds wording", () => {
  it("says the market, the outcome, the probability as a percentage and when it was observed", () => {
    expect(
      describeMarketOdds({
        type: "MARKET_ODDS",
        marketName: "President visits Israel in 2026",
        marketOutcome: "Yes",
        marketProbability: 0.38,
        marketObservedAt: new Date("2026-05-31T00:00:00Z"),
      }),
    ).toBe("President visits Israel in 2026: Yes at 38% implied probability, observed 31 May 2026");
    expect(describeMarketOdds({ type: "WIRE_REPORT", marketName: null, marketOutcome: null, marketProbability: null, marketObservedAt: null })).toBeNull();
  });
});
