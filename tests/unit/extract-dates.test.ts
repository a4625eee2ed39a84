import { describe, expect, it } from "vitest";
import { findSpokenDate, readDateline } from "@/lib/extract/dates";
import { findDeadlines } from "@/lib/extract/deadlines";

// 5 March 2026 is a Thursday.
const THURSDAY = "2026-03-05";
// 10 June 2026 is a Wednesday.
const JUNE_10 = "2026-06-10";
// `null`: the article's date is not known.
const spoken = (text: string, anchor: string | null = THURSDAY) => findSpokenDate(text, anchor ?? undefined)?.date;
const deadline = (text: string, reference: string | null = THURSDAY) => findDeadlines(text, reference ?? undefined)[0];

describe("findSpokenDate", () => {
  it("counts weekdays back from the article's date, the same day included", () => {
    expect(spoken("told reporters on Tuesday")).toBe("2026-03-03");
    expect(spoken("said Monday")).toBe("2026-03-02");
    expect(spoken("said on Thursday")).toBe("2026-03-05");
    expect(spoken("said last Thursday")).toBe("2026-02-26");
    expect(spoken("said on Friday")).toBe("2026-02-27");
  });

  it("reads yesterday, today and last night", () => {
    expect(spoken("said yesterday")).toBe("2026-03-04");
    expect(spoken("told state television today")).toBe("2026-03-05");
    expect(spoken("said late last night")).toBe("2026-03-04");
  });

  it("reads a month and day, in either order, in the latest year that is not in the future", () => {
    expect(spoken("said on March 3")).toBe("2026-03-03");
    expect(spoken("said on 3 March")).toBe("2026-03-03");
    expect(spoken("said on Feb. 12")).toBe("2026-02-12");
    expect(spoken("said on December 30")).toBe("2025-12-30");
  });

  it("never gives a date after the article's date", () => {
    expect(spoken("said on March 30, 2027")).toBeUndefined();
    expect(spoken("said on March 4, 2025")).toBe("2025-03-04");
  });

  it("needs the article's date for weekdays and dates without a year", () => {
    expect(spoken("said on Tuesday", null)).toBeUndefined();
    expect(spoken("said on March 3", null)).toBeUndefined();
    expect(spoken("said on March 3, 2026", null)).toBe("2026-03-03");
  });

  it("takes the first date named", () => {
    expect(findSpokenDate("in a statement on Wednesday, after talks on Monday", THURSDAY)).toEqual({
      date: "2026-03-04",
      phrase: "Wednesday",
    });
  });
});

describe("readDateline", () => {
  it("finds the end of a wire dateline and its date", () => {
    const sentence = "VIENNA, March 5 (OnWire) — Talks ended.";
    const dateline = readDateline(sentence, THURSDAY);
    expect(dateline?.date).toBe("2026-03-05");
    expect(sentence.slice(dateline!.length)).toBe("Talks ended.");
    expect(readDateline("LOWELL, Sept. 18 (OnWire) - The mayor spoke.", "2026-09-18")?.date).toBe("2026-09-18");
  });

  it("reads a dateline without a date, or with a region, and leaves the sentence after it", () => {
    const washington = "WASHINGTON (Wire) — Treasury Secretary Ana Ruiz said the deficit would shrink.";
    expect(washington.slice(readDateline(washington, JUNE_10)!.length)).toBe("Treasury Secretary Ana Ruiz said the deficit would shrink.");
    const lagos = "LAGOS, June 9 (Wire) - Energy Minister Grace Okafor said the grid would recover.";
    expect(readDateline(lagos, JUNE_10)).toMatchObject({ date: "2026-06-09" });
    expect(lagos.slice(readDateline(lagos, JUNE_10)!.length)).toBe("Energy Minister Grace Okafor said the grid would recover.");
    const region = "LAGOS, Nigeria, June 9 (Wire) - Energy Minister Grace Okafor said the grid would recover.";
    expect(readDateline(region, JUNE_10)).toMatchObject({ date: "2026-06-09" });
    expect(region.slice(readDateline(region, JUNE_10)!.length)).toBe("Energy Minister Grace Okafor said the grid would recover.");
    const saintLouis = "ST. LOUIS (Wire) -- Economists said inflation had fallen.";
    expect(saintLouis.slice(readDateline(saintLouis, JUNE_10)!.length)).toBe("Economists said inflation had fallen.");
  });

  it("does not take an ordinary opening for a dateline", () => {
    expect(readDateline("Vienna talks end without a deal", THURSDAY)).toBeUndefined();
    expect(readDateline("The U.N. said — again — that it would wait.", THURSDAY)).toBeUndefined();
  });
});

describe("findDeadlines", () => {
  it("reads 'by <year>' as the last day of that year", () => {
    expect(deadline("open the line by 2030")).toMatchObject({ date: "2030-12-31", phrase: "by 2030", explicit: true });
    expect(deadline("finished before 2032")?.date).toBe("2031-12-31");
    expect(deadline("by mid-2027")?.date).toBe("2027-06-30");
  });

  it("reads 'by the end of March' as the last day of the next March", () => {
    expect(deadline("ratify it by the end of March")?.date).toBe("2026-03-31");
    expect(deadline("ratify it by the end of June")?.date).toBe("2026-06-30");
    expect(deadline("ratify it by the end of February")?.date).toBe("2027-02-28");
    expect(deadline("ratify it by March 2028")?.date).toBe("2028-03-31");
  });

  it("reads an exact day", () => {
    expect(deadline("below two weeks by March 31", "2026-09-18")?.date).toBe("2027-03-31");
    expect(deadline("by 30 June 2027")?.date).toBe("2027-06-30");
  });

  it("reads the end of this or next year, and spans counted from the day it was said", () => {
    expect(deadline("fall to 3 percent by the end of the year")?.date).toBe("2026-12-31");
    expect(deadline("recover by the end of next year")?.date).toBe("2027-12-31");
    expect(deadline("respond within two weeks")?.date).toBe("2026-03-19");
    expect(deadline("reach it within six months")?.date).toBe("2026-09-05");
    expect(deadline("in the next three years")?.date).toBe("2029-03-05");
  });

  it("reads 'before the end of' a year or a month as its last day, the month this year or next", () => {
    expect(deadline("shrink to 4 percent before the end of 2027", JUNE_10)).toMatchObject({
      date: "2027-12-31",
      phrase: "before the end of 2027",
      explicit: true,
    });
    expect(deadline("vote on the bill before the end of June", JUNE_10)).toMatchObject({ date: "2026-06-30", explicit: true });
    expect(deadline("vote on the bill before the end of June", "2026-07-01")?.date).toBe("2027-06-30");
    expect(deadline("vote on the bill before the end of June 2028", JUNE_10)?.date).toBe("2028-06-30");
    expect(deadline("pay contractors before the end of the year", JUNE_10)?.date).toBe("2026-12-31");
    expect(deadline("vote before the end of the month", JUNE_10)?.date).toBe("2026-06-30");
  });

  it("reads the wire's other deadlines against a June article", () => {
    expect(deadline("publish a plan by the end of the year", JUNE_10)?.date).toBe("2026-12-31");
    expect(deadline("restore power by mid-2027", JUNE_10)?.date).toBe("2027-06-30");
    expect(deadline("release its findings within 30 days", JUNE_10)?.date).toBe("2026-07-10");
    expect(deadline("release its findings within 30 days", null)).toBeUndefined();
    expect(deadline("fall by 15 percent by June 15", JUNE_10)?.date).toBe("2026-06-15");
    expect(deadline("fall by 15 percent by June 5", JUNE_10)?.date).toBe("2027-06-05");
  });

  it("does not count from an event that has no date", () => {
    expect(deadline("lift the ban within 30 days of a signed deal")).toBeUndefined();
    expect(deadline("before the next election")).toBeUndefined();
  });

  it("ignores dates already past when the words were said", () => {
    expect(deadline("by 2020 the rate had doubled")).toBeUndefined();
    expect(deadline("in 2025 exports fell")).toBeUndefined();
  });

  it("marks a year or month named without 'by' as a time frame, not a deadline on its own", () => {
    expect(deadline("growth of 1.2 percent this year")).toMatchObject({ date: "2026-12-31", explicit: false });
    expect(deadline("fares could rise in January")).toMatchObject({ date: "2027-01-31", explicit: false });
    expect(deadline("cost 5 percent more in 2027")).toMatchObject({ date: "2027-12-31", explicit: false });
  });

  it("cannot place relative deadlines without a date to count from, but still reads years", () => {
    expect(deadline("by the end of the year", null)).toBeUndefined();
    expect(deadline("within six months", null)).toBeUndefined();
    expect(deadline("by 2030", null)?.date).toBe("2030-12-31");
  });

  it("lists several deadlines in reading order", () => {
    const found = findDeadlines("cut emissions 20 percent by 2028 and 40 percent by 2035", THURSDAY);
    expect(found.map((item) => item.date)).toEqual(["2028-12-31", "2035-12-31"]);
  });
});
