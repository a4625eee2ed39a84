import { scaleBand, scaleLinear } from "d3-scale";

// Geometry and words of a speaker's track record: published claims by rating,
// one horizontal bar per rating in the scale's order. Pure, so the chart is
// drawn on the server and tested without a browser.

export type TrackRecordStep = { label: string; colour: string; count: number };

export const TRACK_RECORD_LAYOUT = { width: 560, labelWidth: 150, countWidth: 44, rowHeight: 30 };

export type TrackRecordBar = TrackRecordStep & {
  // Top of the bar, its width and height, where its label ends and its count starts.
  y: number;
  x: number;
  width: number;
  height: number;
  middle: number;
  countX: number;
};

export function trackRecordBars(steps: TrackRecordStep[], layout = TRACK_RECORD_LAYOUT) {
  const height = steps.length * layout.rowHeight;
  const most = Math.max(1, ...steps.map((step) => step.count));
  const length = scaleLinear()
    .domain([0, most])
    .range([0, layout.width - layout.labelWidth - layout.countWidth]);
  const row = scaleBand<number>()
    .domain(steps.map((_, index) => index))
    .range([0, height])
    .padding(0.25);
  const bars: TrackRecordBar[] = steps.map((step, index) => {
    const y = row(index) ?? 0;
    const width = length(step.count);
    return { ...step, y, x: layout.labelWidth, width, height: row.bandwidth(), middle: y + row.bandwidth() / 2, countX: layout.labelWidth + width + 6 };
  });
  return { width: layout.width, height, bars };
}

const claims = (count: number) => `${count} published ${count === 1 ? "claim" : "claims"}`;

// The chart in one sentence, for screen readers and the page description:
// "Donald Trump: 3 published claims. 1 rated False, 2 rated Accurate."
export function trackRecordSummary(name: string, steps: TrackRecordStep[]): string {
  const total = steps.reduce((sum, step) => sum + step.count, 0);
  const rated = steps.filter((step) => step.count > 0).map((step) => `${step.count} rated ${step.label}`);
  return `${name}: ${claims(total)}.${rated.length ? ` ${rated.join(", ")}.` : ""}`;
}

// Each rating's share of the total, in whole percent, for the table of figures.
export const shareOf = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 100));
