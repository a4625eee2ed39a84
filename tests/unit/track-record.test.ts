import { describe, expect, it } from "vitest";
import { speakerLinks } from "@/lib/speakers/links";
import { shareOf, TRACK_RECORD_LAYOUT, trackRecordBars, trackRecordSummary } from "@/lib/speakers/track-record";

const steps = [
  { label: "False", colour: "#b91c1c", count: 4 },
  { label: "Unsupported", colour: "#c2410c", count: 1 },
  { label: "Misleading", colour: "#a16207", count: 0 },
  { label: "Accurate", colour: "#15803d", count: 2 },
];

describe("the track record chart", () => {
  const { bars, height, width } = trackRecordBars(steps);
  const room = TRACK_RECORD_LAYOUT.width - TRACK_RECORD_LAYOUT.labelWidth - TRACK_RECORD_LAYOUT.countWidth;

  it("draws one bar per rating, in the scale's order, top to bottom", () => {
    expect(bars.map((bar) => bar.label)).toEqual(["False", "Unsupported", "Misleading", "Accurate"]);
    expect(bars.map((bar) => bar.y)).toEqual([...bars.map((bar) => bar.y)].sort((a, b) => a - b));
    expect(height).toBe(steps.length * TRACK_RECORD_LAYOUT.rowHeight);
    expect(width).toBe(TRACK_RECORD_LAYOUT.width);
  });

  it("makes lengths proportional to counts, the largest filling the room left for bars", () => {
    expect(bars[0]!.width).toBeCloseTo(room);
    expect(bars[3]!.width).toBeCloseTo(room / 2);
    expect(bars[1]!.width).toBeCloseTo(room / 4);
    expect(bars[2]!.width).toBe(0);
  });

  it("keeps every bar and its count inside the drawing, beside its label", () => {
    for (const bar of bars) {
      expect(bar.x).toBe(TRACK_RECORD_LAYOUT.labelWidth);
      expect(bar.countX).toBeGreaterThan(bar.x + bar.width);
      expect(bar.countX).toBeLessThan(width);
      expect(bar.y + bar.height).toBeLessThanOrEqual(height);
      expect(bar.middle).toBeCloseTo(bar.y + bar.height / 2);
    }
  });

  it("draws nothing out of scale for a speaker whose every count is zero", () => {
    const empty = trackRecordBars(steps.map((step) => ({ ...step, count: 0 })));
    expect(empty.bars.every((bar) => bar.width === 0 && Number.isFinite(bar.countX))).toBe(true);
  });

  it("says the same figures in a sentence, leaving out ratings nobody got", () => {
    expect(trackRecordSummary("A minister", steps)).toBe("A minister: 7 published claims. 4 rated False, 1 rated Unsupported, 2 rated Accurate.");
    expect(trackRecordSummary("A minister", [{ label: "Pending", colour: "#475569", count: 1 }])).toBe("A minister: 1 published claim. 1 rated Pending.");
  });

  it("gives shares in whole percent", () => {
    expect(shareOf(1, 3)).toBe(33);
    expect(shareOf(0, 0)).toBe(0);
  });
});

describe("a speaker's links", () => {
  it("keeps http(s) addresses once each and adds the Wikidata entry", () => {
    const links = speakerLinks(["https://www.whitehouse.gov/", "https://www.whitehouse.gov/", "http://example.org/about"], "Q22686");
    expect(links).toEqual([
      { href: "https://www.whitehouse.gov/", text: "whitehouse.gov" },
      { href: "http://example.org/about", text: "example.org/about" },
      { href: "https://www.wikidata.org/wiki/Q22686", text: "Wikidata Q22686" },
    ]);
  });

  it("never turns a script address or a malformed id into a link", () => {
    expect(speakerLinks(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "not a url"], 'Q1"><script>')).toEqual([]);
  });
});
