import { describe, expect, it } from "vitest";
import { claimTimeline } from "@/lib/timeline/events";
import { buildTimeline, DIVERGENCE_WINDOW_DAYS, divergenceOf, type TopicClaim, type TopicEvent, type TopicSource } from "@/lib/topics/timeline";
import { AXIS_LAYOUT, timelineAxis } from "@/lib/topics/timeline-axis";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function source(id: string, published: string | null, extra: Partial<TopicSource> = {}): TopicSource {
  return {
    id,
    type: "WIRE_REPORT",
    title: `Report ${id}`,
    publisher: "Wire",
    url: `https://example.org/${id}`,
    publishedAt: published ? day(published) : null,
    derivedFromId: null,
    marketName: null,
    marketOutcome: null,
    marketProbability: null,
    marketObservedAt: null,
    snapshots: [],
    ...extra,
  };
}

function claim(slug: string, said: string, value: number | null, evidence: TopicClaim["evidence"] = [], extra: Partial<TopicClaim> = {}): TopicClaim {
  return {
    slug,
    text: `Claim ${slug}`,
    kind: "STATEMENT",
    madeAt: day(said),
    madeAtTimeZone: null,
    speaker: { name: "A minister", slug: "a-minister" },
    verdict: { summary: "Summary", rating: { label: `Rated ${value}`, colour: "#111827", value } },
    evidence,
    corrections: [],
    ...extra,
  };
}

const wire = source("wire", "2026-05-31");
const copy = source("copy", "2026-05-31", { derivedFromId: "wire" });
const readout = source("readout", "2026-06-02", {
  snapshots: [{ id: "snap", fetchedAt: new Date("2026-06-05T10:00:00Z"), httpStatus: 200, sha256: "ab".repeat(32), error: null }],
});
const market = source("odds", "2026-01-01", {
  type: "MARKET_ODDS",
  marketName: "Deal by July",
  marketOutcome: "Yes",
  marketProbability: 0.38,
  marketObservedAt: day("2026-05-30"),
});
const undated = source("undated", null);

const restraint = claim("restraint", "2026-05-31", 2, [
  { stance: "CONTRADICTS", passage: null, source: wire },
  { stance: "CONTRADICTS", passage: null, source: copy },
  { stance: "CONTEXT", passage: null, source: market },
  { stance: "SUPPORTS", passage: null, source: undated },
]);
const enrichment = claim("enrichment", "2026-04-29", 4, [{ stance: "SUPPORTS", passage: null, source: wire }], {
  corrections: [{ id: "fix", kind: "CLARIFICATION", note: "Named the wrong day.", publishedAt: new Date("2026-06-03T09:00:00Z") }],
});
const warning = claim("warning", "2026-06-01", null, [{ stance: "CONTRADICTS", passage: null, source: readout }], { kind: "PROMISE" });

describe("a topic's timeline", () => {
  const timeline = buildTimeline([warning, restraint, enrichment]);

  it("puts claims and record items on one axis, oldest first, the claim first on its day", () => {
    expect(timeline.events.map((event) => event.key)).toEqual([
      "claim:enrichment",
      "market:odds",
      "claim:restraint",
      "source:copy",
      "source:wire",
      "claim:warning",
      "source:readout",
      "correction:fix",
      "snapshot:snap",
    ]);
    const days = timeline.events.map((event) => event.day);
    expect(days).toEqual([...days].sort());
  });

  it("groups the events by month under a readable heading", () => {
    expect(timeline.months.map((month) => [month.label, month.events.length])).toEqual([
      ["April 2026", 1],
      ["May 2026", 4],
      ["June 2026", 4],
    ]);
  });

  it("dates market odds when they were observed, and leaves undated sources off the axis", () => {
    const odds = timeline.events.find((event) => event.key === "market:odds")!;
    expect(odds.day).toBe("2026-05-30");
    expect(odds.detail).toBe("Deal by July: Yes at 38% implied probability, observed 30 May 2026");
    expect(timeline.events.some((event) => event.key.endsWith(":undated"))).toBe(false);
    expect(timeline.undatedSources).toBe(1);
    expect(timeline.recordItems).toBe(6);
  });

  it("shows one event per source, with its stance towards each claim that cites it", () => {
    const shared = timeline.events.find((event) => event.key === "source:wire")!;
    expect(shared.kind !== "said" && shared.stances).toEqual([
      { stance: "CONTRADICTS", claimSlug: "restraint", claimText: "Claim restraint" },
      { stance: "SUPPORTS", claimSlug: "enrichment", claimText: "Claim enrichment" },
    ]);
    const snapshot = timeline.events.find((event) => event.key === "snapshot:snap")!;
    expect(snapshot.detail).toMatch(/^Archived 5 June 2026 \(HTTP 200\) · SHA-256 abababababab…$/);
    const correction = timeline.events.find((event) => event.key === "correction:fix")!;
    expect(correction.kind === "correction" && correction.correctionOf).toEqual({ slug: "enrichment", text: "Claim enrichment" });
  });

  it("marks a claim rated on the false side, with its contradicting sources counted independently", () => {
    const marked = timeline.events.find((event) => event.key === "claim:restraint")!;
    expect(marked.kind === "said" && marked.divergence).toMatchObject({ reason: "verdict", independent: 1 });
    expect(marked.kind === "said" && marked.divergence?.contradicting.map((item) => [item.id, item.daysFromClaim])).toEqual([
      ["wire", 0],
      ["copy", 0],
    ]);
    expect(timeline.divergent).toBe(2);
  });

  it("marks an unsettled claim the record of the same days contradicts, and says how far apart they are", () => {
    expect(divergenceOf(warning)).toMatchObject({ reason: "record", contradicting: [{ id: "readout", day: "2026-06-02", daysFromClaim: 1 }] });
  });

  it("leaves a verdict on the true side unmarked, and ignores contradictions from another news cycle", () => {
    expect(divergenceOf(claim("fine", "2026-05-31", 5, [{ stance: "CONTRADICTS", passage: null, source: wire }]))).toBeNull();
    const later = source("later", "2026-09-30");
    expect(divergenceOf(claim("old", "2026-05-31", null, [{ stance: "CONTRADICTS", passage: null, source: later }]))).toBeNull();
    const justInside = source("inside", new Date(day("2026-05-31").getTime() + DIVERGENCE_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10));
    expect(divergenceOf(claim("middle", "2026-05-31", 3, [{ stance: "CONTRADICTS", passage: null, source: justInside }]))?.reason).toBe("record");
    expect(divergenceOf(claim("unrated", "2026-05-31", null))).toBeNull();
  });

  it("dates a claim on the day it was said where it was said", () => {
    const late = claim("tehran", "2026-05-31", 4, [], { madeAt: new Date("2026-05-31T21:30:00Z"), madeAtTimeZone: "Asia/Tehran" });
    expect(buildTimeline([late]).events[0]!.day).toBe("2026-06-01");
  });

  it("puts an item whose stored date cannot be read first, under a heading that says so", () => {
    const broken = source("broken", null, { publishedAt: new Date(Date.UTC(12026, 4, 1)) });
    const months = buildTimeline([claim("broken", "2026-05-31", 4, [{ stance: "CONTEXT", passage: null, source: broken }])]).months;
    expect(months.map((month) => [month.label, month.events.map((event) => event.key)])).toEqual([
      ["date unreadable", ["source:broken"]],
      ["May 2026", ["claim:broken"]],
    ]);
  });
});

// The verdict page and the topic page used to build their own events, and
// drifted apart: a claim said late in the evening in Tehran fell on two
// different days, corrections and market odds were worded twice. Both are
// now the one model; these say the two pages agree.
describe("the verdict page and the topic page tell the same story", () => {
  const late = claim(
    "tehran",
    "2026-05-31",
    2,
    [
      { stance: "CONTEXT", passage: null, source: market },
      { stance: "CONTRADICTS", passage: null, source: wire },
    ],
    {
      madeAt: new Date("2026-05-31T21:30:00Z"),
      madeAtTimeZone: "Asia/Tehran",
      corrections: [{ id: "fix", kind: "CORRECTION", note: "The readout was from Oman, not Qatar.", publishedAt: new Date("2026-06-03T09:00:00Z") }],
    },
  );
  const onVerdictPage = claimTimeline(late);
  const onTopicPage = buildTimeline([late]).events;
  const same = (key: string) => [onVerdictPage.find((event) => event.key === key), onTopicPage.find((event: TopicEvent) => event.key === key)];

  it("dates the claim on the speaker's clock on both", () => {
    const [verdict, topic] = same("claim:tehran");
    expect(verdict!.day).toBe("2026-06-01");
    expect(topic!.day).toBe(verdict!.day);
    // And the record by its own date, in UTC, on both: the wire is the day before.
    const [wireOnVerdict, wireOnTopic] = same("source:wire");
    expect([wireOnVerdict!.day, wireOnTopic!.day]).toEqual(["2026-05-31", "2026-05-31"]);
    expect(divergenceOf(late)!.contradicting[0]!.daysFromClaim).toBe(-1);
  });

  it("titles a correction alike on both", () => {
    const [verdict, topic] = same("correction:fix");
    expect(verdict!.title).toBe("Correction published");
    expect(topic!.title).toBe(verdict!.title);
  });

  it("words market odds alike on both, in lib/sources/market-odds.ts's wording", () => {
    const [verdict, topic] = same("market:odds");
    expect(verdict!.detail).toBe("Deal by July: Yes at 38% implied probability, observed 30 May 2026");
    expect([topic!.title, topic!.detail]).toEqual([verdict!.title, verdict!.detail]);
  });
});

describe("the timeline overview", () => {
  const timeline = buildTimeline([warning, restraint, enrichment]);
  const axis = timelineAxis(timeline.events);

  it("places events left to right by date, claims above the line and the record below", () => {
    const xs = axis.marks.map((mark) => mark.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(AXIS_LAYOUT.margin);
    expect(xs.at(-1)).toBe(AXIS_LAYOUT.width - AXIS_LAYOUT.margin);
    for (const mark of axis.marks) expect(mark.kind === "claim" ? mark.y < axis.axisY : mark.y > axis.axisY).toBe(true);
    expect(axis.marks.filter((mark) => mark.diverges).map((mark) => mark.key)).toEqual(["claim:restraint", "claim:warning"]);
  });

  it("stacks events of one day without leaving the drawing", () => {
    const busy = buildTimeline([
      claim(
        "busy",
        "2026-05-31",
        4,
        ["a", "b", "c", "d", "e"].map((id) => ({ stance: "CONTEXT" as const, passage: null, source: source(id, "2026-05-31") })),
      ),
    ]);
    const marks = timelineAxis(busy.events).marks.filter((mark) => mark.kind === "record");
    expect(new Set(marks.map((mark) => mark.y)).size).toBe(AXIS_LAYOUT.deepest);
    for (const mark of marks) expect(mark.y).toBeLessThan(AXIS_LAYOUT.height);
    expect(timelineAxis(busy.events).ticks.length).toBeGreaterThan(0);
  });

  it("draws nothing for an empty timeline", () => {
    expect(timelineAxis([]).marks).toEqual([]);
  });
});
