import { describe, expect, it } from "vitest";
import { claimTimeline } from "@/lib/publishing/claim-timeline";
import { marketSeries } from "@/lib/sources/market-series";

// A claim's story in date order: what a reader of the verdict page follows.

const source = (overrides: Partial<Parameters<typeof claimTimeline>[0]["evidence"][number]["source"]>) => ({
  type: "WIRE_REPORT" as const,
  title: "Talks end without agreement",
  publisher: "Regional wire",
  url: "https://example.org/wire",
  publishedAt: new Date("2026-05-31T18:00:00Z"),
  marketProbability: null,
  marketObservedAt: null,
  marketOutcome: null,
  ...overrides,
});

const claim = {
  madeAt: new Date("2026-05-31T12:00:00Z"),
  venue: "Social media post",
  settleBy: null,
  publishedAt: new Date("2026-06-02T09:00:00Z"),
  speaker: { name: "Donald Trump" },
  appearances: [
    { id: "a1", url: "https://example.org/post", title: null, venue: null, seenAt: new Date("2026-05-31T12:00:00Z"), isFirst: true },
    { id: "a2", url: "https://example.org/rally", title: "Rally speech", venue: null, seenAt: new Date("2026-06-05T20:00:00Z"), isFirst: false },
  ],
  evidence: [
    { stance: "CONTRADICTS" as const, source: source({}) },
    { stance: "SUPPORTS" as const, source: source({ title: "Earlier readout", type: "OFFICIAL_STATEMENT", publisher: null, publishedAt: new Date("2026-05-20T00:00:00Z") }) },
    { stance: "CONTEXT" as const, source: source({ title: "No date known", publishedAt: null }) },
    {
      stance: "CONTEXT" as const,
      source: source({ type: "MARKET_ODDS", title: "Visit market", publishedAt: null, marketProbability: 0.38, marketObservedAt: new Date("2026-06-01T00:00:00Z"), marketOutcome: "Yes" }),
    },
  ],
  verdict: { rating: { label: "Unsupported" } },
  corrections: [{ kind: "UPDATE" as const, publishedAt: new Date("2026-06-10T00:00:00Z"), note: "Added the rally." }],
};

describe("claimTimeline", () => {
  it("puts the claim, the record, our verdict and corrections in date order", () => {
    const events = claimTimeline(claim);
    expect(events.map((event) => event.kind)).toEqual(["record", "said", "record", "market", "published", "repeated", "correction"]);
    expect(events.map((event) => event.at.toISOString())).toEqual([...events.map((event) => event.at.toISOString())].sort());
  });

  it("says what each record event is and which side it takes", () => {
    const [earlier, said, wire, market] = claimTimeline(claim);
    expect(earlier).toMatchObject({ title: "Earlier readout", detail: "Official statement or readout", stance: "SUPPORTS" });
    expect(said).toMatchObject({ title: "Donald Trump made the claim", detail: "Social media post" });
    expect(wire).toMatchObject({ detail: "Wire report · Regional wire", stance: "CONTRADICTS", url: "https://example.org/wire" });
    expect(market).toMatchObject({ title: "Market put Yes at 38%", stance: "CONTEXT" });
  });

  it("leaves out undated sources and the first appearance (the claim itself)", () => {
    const titles = claimTimeline(claim).map((event) => event.title);
    expect(titles).not.toContain("No date known");
    expect(claimTimeline(claim).filter((event) => event.kind === "repeated")).toHaveLength(1);
  });

  it("ends a forecast with the date it can be settled; the claim comes first when dates tie", () => {
    const events = claimTimeline({ ...claim, settleBy: new Date("2026-12-31T00:00:00Z"), evidence: [{ stance: "SUPPORTS", source: source({ publishedAt: claim.madeAt }) }] });
    expect(events.at(-1)).toMatchObject({ kind: "deadline" });
    expect(events[0]!.kind).toBe("said");
  });
});

describe("marketSeries", () => {
  it("gathers observations of the same market and outcome in date order", () => {
    const odds = (day: string, probability: number, outcome = "Yes") =>
      ({ stance: "CONTEXT" as const, source: { type: "MARKET_ODDS", title: `Market ${day}`, url: null, marketName: "Deal in 2026", marketOutcome: outcome, marketProbability: probability, marketObservedAt: new Date(day) } });
    const series = marketSeries([odds("2026-07-01", 0.3), odds("2026-06-01", 0.2), odds("2026-06-15", 0.7, "No"), { stance: "SUPPORTS", source: { ...odds("2026-06-01", 0.1).source, type: "WIRE_REPORT" } }]);
    expect(series).toHaveLength(2);
    expect(series[0]).toMatchObject({ market: "Deal in 2026", outcome: "Yes" });
    expect(series[0]!.observations.map((point) => point.probability)).toEqual([0.2, 0.3]);
    expect(series[1]!.observations).toHaveLength(1);
  });
});
