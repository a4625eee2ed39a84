import { describe, expect, it } from "vitest";
import { marketSeries } from "@/lib/sources/market-series";
import { calendarDaysBetween, claimTimeline, type TimelineClaim, type TimelineSource } from "@/lib/timeline/events";
import { relativeToClaim } from "@/lib/timeline/wording";

// A claim's story in date order: what a reader of the verdict page follows,
// built by the one timeline model the topic pages use too.

const source = (id: string, overrides: Partial<TimelineSource> = {}): TimelineSource => ({
  id,
  type: "WIRE_REPORT",
  title: "Talks end without agreement",
  publisher: "Regional wire",
  url: "https://example.org/wire",
  publishedAt: new Date("2026-05-31T18:00:00Z"),
  marketName: null,
  marketProbability: null,
  marketObservedAt: null,
  marketOutcome: null,
  snapshots: [{ id: "snap", fetchedAt: new Date("2026-06-01T00:00:00Z"), httpStatus: 200, sha256: null, error: null }],
  ...overrides,
});

const claim: TimelineClaim = {
  slug: "restraint",
  madeAt: new Date("2026-05-31T12:00:00Z"),
  madeAtTimeZone: null,
  venue: "Social media post",
  settleBy: null,
  publishedAt: new Date("2026-06-02T09:00:00Z"),
  speaker: { name: "Donald Trump" },
  appearances: [
    { id: "a1", url: "https://example.org/post", title: null, venue: null, seenAt: new Date("2026-05-31T12:00:00Z"), isFirst: true },
    { id: "a2", url: "https://example.org/rally", title: "Rally speech", venue: null, seenAt: new Date("2026-06-05T20:00:00Z"), isFirst: false },
  ],
  evidence: [
    { stance: "CONTRADICTS", source: source("wire") },
    {
      stance: "SUPPORTS",
      source: source("readout", { title: "Earlier readout", type: "OFFICIAL_STATEMENT", publisher: null, publishedAt: new Date("2026-05-20T00:00:00Z") }),
    },
    { stance: "CONTEXT", source: source("undated", { title: "No date known", publishedAt: null }) },
    {
      stance: "CONTEXT",
      source: source("odds", {
        type: "MARKET_ODDS",
        title: "Visit market",
        publishedAt: null,
        marketName: "Visit in 2026",
        marketProbability: 0.38,
        marketObservedAt: new Date("2026-06-01T00:00:00Z"),
        marketOutcome: "Yes",
      }),
    },
  ],
  verdict: { rating: { label: "Unsupported" } },
  corrections: [{ id: "fix", kind: "UPDATE", publishedAt: new Date("2026-06-10T00:00:00Z"), note: "Added the rally." }],
};

describe("a verdict page's timeline", () => {
  it("puts the claim, the record, our verdict and corrections in date order", () => {
    const events = claimTimeline(claim);
    expect(events.map((event) => event.kind)).toEqual(["record", "said", "record", "market", "published", "repeated", "correction"]);
    expect(events.map((event) => event.day)).toEqual([...events.map((event) => event.day)].sort());
  });

  it("says what each record event is and which side it takes", () => {
    const [earlier, said, wire, market] = claimTimeline(claim);
    expect(earlier).toMatchObject({ title: "Earlier readout", detail: "Official statement or readout", stance: "SUPPORTS" });
    expect(said).toMatchObject({ title: "Donald Trump made the claim", detail: "Social media post" });
    expect(wire).toMatchObject({ detail: "Wire report · Regional wire", stance: "CONTRADICTS", url: "https://example.org/wire" });
    expect(market).toMatchObject({ title: "Visit market", detail: "Visit in 2026: Yes at 38% implied probability, observed 1 June 2026", stance: "CONTEXT" });
  });

  it("leaves out undated sources, archive checks and the first appearance (the claim itself)", () => {
    const events = claimTimeline(claim);
    expect(events.map((event) => event.title)).not.toContain("No date known");
    expect(events.filter((event) => event.kind === "repeated")).toHaveLength(1);
    expect(events.some((event) => event.kind === "snapshot")).toBe(false);
  });

  it("ends a forecast with the date it can be settled; the claim comes first on its day", () => {
    const morning = new Date("2026-05-31T00:00:00Z");
    const events = claimTimeline({
      ...claim,
      settleBy: new Date("2026-12-31T00:00:00Z"),
      evidence: [{ stance: "SUPPORTS", source: source("same-day", { publishedAt: morning }) }],
    });
    expect(events.at(-1)).toMatchObject({ kind: "deadline", title: "Can be settled from this date" });
    // The source is dated earlier that day, but a date alone cannot say it came first.
    expect(events[0]!.kind).toBe("said");
  });

  it("dates the claim on the speaker's clock, and the record by its own dates in UTC", () => {
    const late = claimTimeline({ ...claim, madeAt: new Date("2026-05-31T21:30:00Z"), madeAtTimeZone: "Asia/Tehran" });
    expect(late.find((event) => event.kind === "said")!.day).toBe("2026-06-01");
    expect(late.find((event) => event.key === "source:wire")!.day).toBe("2026-05-31");
    expect(late.find((event) => event.kind === "published")!.day).toBe("2026-06-02");
  });

  it("keeps an item whose stored date cannot be read, undated, ahead of the rest", () => {
    const broken = claimTimeline({ ...claim, settleBy: new Date(Date.UTC(12026, 5, 1)) });
    expect(broken[0]).toMatchObject({ kind: "deadline", day: "" });
  });
});

describe("how far an event is from the claim", () => {
  it("counts calendar days, so a verdict published later the same day is 'the same day'", () => {
    const said = claimTimeline({ ...claim, madeAt: new Date("2026-05-31T00:30:00Z"), publishedAt: new Date("2026-05-31T23:00:00Z") });
    const published = said.find((event) => event.kind === "published")!;
    expect(relativeToClaim(calendarDaysBetween(said.find((event) => event.kind === "said")!.day, published.day))).toBe("the same day");
    // Twelve hours apart, across midnight: the next day, not "the same day".
    expect(relativeToClaim(calendarDaysBetween("2026-05-31", "2026-06-01"))).toBe("1 day after the claim");
    expect(relativeToClaim(calendarDaysBetween("2026-05-31", "2026-05-20"))).toBe("11 days before the claim");
  });

  it("says nothing when a date cannot be read", () => {
    expect(calendarDaysBetween("", "2026-05-31")).toBeNull();
    expect(relativeToClaim(null)).toBeNull();
  });
});

describe("marketSeries", () => {
  it("gathers observations of the same market and outcome in date order", () => {
    const odds = (day: string, probability: number, outcome = "Yes") => ({
      stance: "CONTEXT" as const,
      source: {
        type: "MARKET_ODDS",
        title: `Market ${day}`,
        url: null,
        marketName: "Deal in 2026",
        marketOutcome: outcome,
        marketProbability: probability,
        marketObservedAt: new Date(day),
      },
    });
    const series = marketSeries([
      odds("2026-07-01", 0.3),
      odds("2026-06-01", 0.2),
      odds("2026-06-15", 0.7, "No"),
      { stance: "SUPPORTS", source: { ...odds("2026-06-01", 0.1).source, type: "WIRE_REPORT" } },
    ]);
    expect(series).toHaveLength(2);
    expect(series[0]).toMatchObject({ market: "Deal in 2026", outcome: "Yes" });
    expect(series[0]!.observations.map((point) => point.probability)).toEqual([0.2, 0.3]);
    expect(series[1]!.observations).toHaveLength(1);
  });
});
