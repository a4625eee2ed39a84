import { describe, expect, it } from "vitest";
import { findQuantities } from "@/lib/extract/quantities";

describe("findQuantities", () => {
  it("finds percentages in figures and words", () => {
    expect(findQuantities("Prices rose 4.1 percent, after 40% in 2024 and 2.5 per cent before.")).toEqual(["4.1 percent", "40%", "2.5 per cent"]);
    expect(findQuantities("Rates fell by 25 basis points.")).toEqual(["25 basis points"]);
  });

  it("finds money with symbols or currency words", () => {
    expect(findQuantities("It cost $18.6 billion, not €4bn or 4.2 billion euros.")).toEqual(["$18.6 billion", "€4bn", "4.2 billion euros"]);
  });

  it("finds numbers with what they count", () => {
    expect(findQuantities("About 600,000 barrels a day and 12 new inspection sites.")).toEqual(["600,000 barrels", "12 new inspection sites"]);
  });

  it("finds doubling, tripling and multiples", () => {
    expect(findQuantities("Exports tripled and imports doubled.")).toEqual(["tripled", "doubled"]);
    expect(findQuantities("It would halve the deficit, three times as fast and twice as cheap.")).toEqual(["halve", "three times", "twice"]);
    expect(findQuantities("The stockpile has grown fivefold.")).toEqual(["fivefold"]);
  });

  it("finds records, superlatives with a time frame and rankings", () => {
    expect(findQuantities("Unemployment hit a record low.")).toEqual(["record low"]);
    expect(findQuantities("the slowest pace of inflation since 2021")).toEqual(["slowest pace of inflation since 2021"]);
    expect(findQuantities("the third-largest supplier, ranked fifth in Europe")).toEqual(["third-largest supplier", "ranked fifth"]);
    expect(findQuantities("rents rose for a 14th consecutive month")).toEqual(["14th consecutive month"]);
  });

  it("finds numbers written in words with a unit, and fractions", () => {
    expect(findQuantities("It will take three years and cost thousands of jobs.")).toEqual(["three years", "thousands of jobs"]);
    expect(findQuantities("One in five homes, almost a third of the basket.")).toEqual(["One in five", "a third of"]);
  });

  it("does not count dates, years or times as figures", () => {
    expect(findQuantities("On March 3, 2026 at 9 a.m. the talks, first held in 2019, resumed.")).toEqual([]);
    expect(findQuantities("The two sides met on 12 June.")).toEqual([]);
  });

  it("leaves out phrases already read as a deadline", () => {
    expect(findQuantities("respond within two weeks to the 12 proposals", ["within two weeks"])).toEqual(["12 proposals"]);
  });

  it("finds nothing in a sentence without figures", () => {
    expect(findQuantities("The minister said the talks had been useful.")).toEqual([]);
  });
});
