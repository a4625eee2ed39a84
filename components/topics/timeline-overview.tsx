import { formatDay } from "@/lib/timeline/wording";
import type { Timeline } from "@/lib/topics/timeline";
import { timelineAxis } from "@/lib/topics/timeline-axis";

const CLAIM = "#1d4ed8";
const DIVERGES = "#991b1b";
const RECORD = "#4b5563";

// The whole timeline at a glance, above the list that carries the detail:
// claims above the axis (a red diamond where the record contradicts one),
// record items below. The drawing is one image with a sentence for screen
// readers; the list below has everything it shows.
export function TimelineOverview({ timeline }: { timeline: Timeline }) {
  const { events, claims, recordItems, divergent } = timeline;
  if (events.length === 0) return null;
  const axis = timelineAxis(events);
  const first = events[0]!.day;
  const last = events.at(-1)!.day;
  const summary =
    `Overview: ${claims} ${claims === 1 ? "claim" : "claims"} and ${recordItems} dated ${recordItems === 1 ? "item" : "items"} of the record ` +
    `from ${formatDay(first)} to ${formatDay(last)}; ` +
    `the record contradicts ${divergent} ${divergent === 1 ? "claim" : "claims"}.`;
  return (
    <figure className="mt-4">
      <svg viewBox={`0 0 ${axis.width} ${axis.height}`} className="w-full max-w-3xl" role="img" aria-label={summary}>
        <line x1={0} x2={axis.width} y1={axis.axisY} y2={axis.axisY} stroke="#9ca3af" />
        {axis.ticks.map((tick) => (
          <g key={tick.x}>
            <line x1={tick.x} x2={tick.x} y1={axis.axisY - 3} y2={axis.axisY + 3} stroke="#6b7280" />
            <text x={tick.x} y={axis.height - 4} textAnchor="middle" fontSize="10" fill="#374151">
              {tick.label}
            </text>
          </g>
        ))}
        {axis.marks.map((mark) =>
          mark.kind === "record" ? (
            <line key={mark.key} x1={mark.x} x2={mark.x} y1={mark.y - 3} y2={mark.y + 3} stroke={RECORD} strokeWidth="2" />
          ) : mark.diverges ? (
            <rect key={mark.key} x={mark.x - 4} y={mark.y - 4} width="8" height="8" fill={DIVERGES} transform={`rotate(45 ${mark.x} ${mark.y})`} />
          ) : (
            <circle key={mark.key} cx={mark.x} cy={mark.y} r="4" fill={CLAIM} />
          ),
        )}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-xs text-muted">
        <span>
          <span aria-hidden="true" style={{ color: CLAIM }}>
            ●{" "}
          </span>
          Claim (above the line)
        </span>
        <span>
          <span aria-hidden="true" style={{ color: DIVERGES }}>
            ◆{" "}
          </span>
          Claim the record contradicts
        </span>
        <span>
          <span aria-hidden="true" style={{ color: RECORD }}>
            |{" "}
          </span>
          Item of the record (below the line)
        </span>
      </figcaption>
    </figure>
  );
}
