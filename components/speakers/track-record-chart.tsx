import { shareOf, type TrackRecordStep, trackRecordBars, trackRecordSummary } from "@/lib/speakers/track-record";

// A speaker's published claims by rating, drawn on the server as in the
// desk's newsroom chart: a figure whose caption names it, an SVG that reads
// as one image with a one-sentence summary, and the same figures in a table.
// Each bar is in its rating's colour with the label and count written
// beside it, so colour is never the only key.
export function TrackRecordChart({ name, steps }: { name: string; steps: TrackRecordStep[] }) {
  const { width, height, bars } = trackRecordBars(steps);
  const total = steps.reduce((sum, step) => sum + step.count, 0);
  return (
    <figure className="mt-4">
      <figcaption className="text-sm font-medium">Published claims by rating, in the order of our verdict scale ({total} in all)</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="mt-3 w-full max-w-2xl" role="img" aria-label={trackRecordSummary(name, steps)}>
        {bars.map((bar) => (
          <g key={bar.label}>
            <text x={bar.x - 8} y={bar.middle} dy="0.32em" textAnchor="end" fontSize="13" fill="#111827">
              {bar.label}
            </text>
            <line x1={bar.x} x2={bar.x} y1={bar.y - 2} y2={bar.y + bar.height + 2} stroke="#9ca3af" />
            {bar.count > 0 ? <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx="2" fill={bar.colour} /> : null}
            <text x={bar.countX} y={bar.middle} dy="0.32em" fontSize="13" fontWeight="600" fill="#111827">
              {bar.count}
            </text>
          </g>
        ))}
      </svg>
      <table className="mt-4 border-collapse text-left text-sm">
        <caption className="text-left font-medium">The figures</caption>
        <thead>
          <tr className="border-b border-rule">
            <th scope="col" className="py-1 pr-6">
              Rating
            </th>
            <th scope="col" className="py-1 pr-6 text-right">
              Published claims
            </th>
            <th scope="col" className="py-1 text-right">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.label} className="border-b border-rule">
              <th scope="row" className="py-1 pr-6 font-normal">
                <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ backgroundColor: step.colour }} />
                {step.label}
              </th>
              <td className="py-1 pr-6 text-right tabular-nums">{step.count}</td>
              <td className="py-1 text-right tabular-nums">{shareOf(step.count, total)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
