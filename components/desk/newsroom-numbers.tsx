import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/claims/labels";
import type { NewsroomNumbers } from "@/lib/numbers/queries";

// Distinct on screen and in grey print; each editor also gets a pattern-free
// legend entry and the table below, so colour is never the only key.
const COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0f766e", "#4b5563"];
const WIDTH = 480;
const HEIGHT = 180;
const MARGIN = { top: 10, right: 10, bottom: 28, left: 32 };

const weekLabel = (monday: string) => new Date(`${monday}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function duration(hours: number): string {
  if (hours < 1) return "under an hour";
  if (hours < 48) return `${Math.round(hours)} hours`;
  return `${Math.round(hours / 24)} days`;
}

// The desk home's numbers: claims per state, the median time to publication,
// and publications per editor per week as a small stacked bar chart with the
// same figures in a table.
export function NewsroomNumbersPanel({ numbers }: { numbers: NewsroomNumbers }) {
  const { weeks, perEditor } = numbers;
  const rows = weeks.map((week, index) => Object.fromEntries([["week", week], ...perEditor.map((editor) => [editor.name, editor.counts[index] ?? 0])]));
  const series = stack<Record<string, string | number>>()
    .keys(perEditor.map((editor) => editor.name))
    .value((row, key) => Number(row[key] ?? 0))(rows);
  const max = Math.max(1, ...weeks.map((_, index) => perEditor.reduce((sum, editor) => sum + (editor.counts[index] ?? 0), 0)));
  const x = scaleBand()
    .domain(weeks)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const total = perEditor.reduce((sum, editor) => sum + editor.counts.reduce((a, b) => a + b, 0), 0);

  return (
    <section aria-labelledby="numbers-heading" className="mt-10">
      <h2 id="numbers-heading" className="text-lg font-semibold">
        Newsroom numbers
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-6">
        {CLAIM_STATUSES.map((status) => (
          <div key={status} className="rounded border border-rule p-2">
            <dt className="text-muted">{CLAIM_STATUS_LABELS[status]}</dt>
            <dd className="text-xl font-semibold tabular-nums">{numbers.perState[status].toLocaleString("en-GB")}</dd>
          </div>
        ))}
        <div className="rounded border border-rule p-2">
          <dt className="text-muted">Median time to publication</dt>
          <dd className="text-xl font-semibold">{numbers.medianHoursToPublish === null ? "—" : duration(numbers.medianHoursToPublish)}</dd>
        </div>
      </dl>

      <figure className="mt-6">
        <figcaption id="publications-caption" className="text-sm font-medium">
          Publications per editor per week, last {weeks.length} weeks ({total} in all)
        </figcaption>
        {total === 0 ? (
          <p className="mt-2 text-sm text-muted">No verdicts published in these weeks yet.</p>
        ) : (
          <>
            <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-2 w-full max-w-xl" role="img" aria-labelledby="publications-caption">
              {y.ticks(Math.min(max, 4)).map((tick) => (
                <g key={tick}>
                  <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e5e7eb" />
                  <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="10" fill="#374151">
                    {tick}
                  </text>
                </g>
              ))}
              {series.map((layer, index) => (
                <g key={layer.key} fill={COLOURS[index % COLOURS.length]}>
                  {layer.map(([low, high], column) =>
                    high > low ? <rect key={weeks[column]} x={x(weeks[column]!)} width={x.bandwidth()} y={y(high)} height={y(low) - y(high)} /> : null,
                  )}
                </g>
              ))}
              {weeks.map((week) => (
                <text key={week} x={(x(week) ?? 0) + x.bandwidth() / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="10" fill="#374151">
                  {weekLabel(week)}
                </text>
              ))}
            </svg>
            <ul className="mt-2 flex flex-wrap gap-4 text-sm">
              {perEditor.map((editor, index) => (
                <li key={editor.name} className="flex items-center gap-2">
                  <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: COLOURS[index % COLOURS.length] }} />
                  {editor.name}
                </li>
              ))}
            </ul>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer">Show the figures</summary>
              <table className="mt-2 border-collapse text-left">
                <caption className="sr-only">Publications per editor per week</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-3">
                      Editor
                    </th>
                    {weeks.map((week) => (
                      <th key={week} scope="col" className="px-2 tabular-nums">
                        {weekLabel(week)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {perEditor.map((editor) => (
                    <tr key={editor.name}>
                      <th scope="row" className="pr-3 font-normal">
                        {editor.name}
                      </th>
                      {editor.counts.map((count, index) => (
                        <td key={weeks[index]} className="px-2 text-right tabular-nums">
                          {count}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </figure>
    </section>
  );
}
