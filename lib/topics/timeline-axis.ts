import { scaleUtc } from "d3-scale";
import { DAY_MS } from "@/lib/dates";
import type { TopicEvent } from "@/lib/topics/timeline";

// The small overview above a topic's timeline: one time axis, claims as dots
// above it (diamonds where the record contradicts them), record items as
// ticks below. Events of the same day stack, up to a few deep, so a busy day
// reads as busy without running off the drawing.

export const AXIS_LAYOUT = { width: 640, height: 96, margin: 24, step: 9, deepest: 3 };

const tickFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export type AxisMark = { key: string; x: number; y: number; kind: "claim" | "record"; diverges: boolean };

export function timelineAxis(events: TopicEvent[], layout = AXIS_LAYOUT) {
  const axisY = layout.height / 2;
  if (events.length === 0) return { width: layout.width, height: layout.height, axisY, marks: [] as AxisMark[], ticks: [] as { x: number; label: string }[] };
  const days = events.map((event) => Date.parse(`${event.day}T00:00:00Z`));
  let [first, last] = [Math.min(...days), Math.max(...days)];
  // One day alone would be a point, not an axis: widen it by a day each side.
  if (first === last) [first, last] = [first - DAY_MS, last + DAY_MS];
  const x = scaleUtc()
    .domain([new Date(first), new Date(last)])
    .range([layout.margin, layout.width - layout.margin]);
  const depth = new Map<string, number>();
  const marks = events.map((event, index): AxisMark => {
    const kind = event.kind === "said" ? "claim" : "record";
    const slot = `${kind}:${event.day}`;
    const level = Math.min(depth.get(slot) ?? 0, layout.deepest - 1);
    depth.set(slot, level + 1);
    const offset = 10 + level * layout.step;
    return {
      key: event.key,
      x: x(new Date(days[index]!)),
      y: kind === "claim" ? axisY - offset : axisY + offset,
      kind,
      diverges: event.kind === "said" && event.divergence !== null,
    };
  });
  const ticks = x.ticks(Math.min(6, Math.max(2, Math.round((last - first) / DAY_MS)))).map((tick) => ({ x: x(tick), label: tickFormat.format(tick) }));
  return { width: layout.width, height: layout.height, axisY, marks, ticks };
}
