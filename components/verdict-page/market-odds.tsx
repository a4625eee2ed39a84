import { scaleLinear, scaleTime } from "d3-scale";
import { line } from "d3-shape";
import { formatDate, isoInstant } from "@/lib/dates";
import { impliedPercent } from "@/lib/sources/market-odds";
import type { OddsSeries } from "@/lib/sources/market-series";

const WIDTH = 520;
const HEIGHT = 160;
const MARGIN = { top: 10, right: 16, bottom: 26, left: 40 };
const percent = (probability: number) => `${impliedPercent(probability)}%`;

// Market odds cited on a prediction's record, as a small line per market and
// outcome with the figures in a table: the chart is a glance, the table is
// the record (and what a screen reader reads).
export function MarketOdds({ series }: { series: OddsSeries[] }) {
  if (series.length === 0) return null;
  return (
    <section aria-labelledby="odds-heading" className="mt-10 break-inside-avoid-page">
      <h2 id="odds-heading" className="text-2xl font-bold">
        Market odds over time
      </h2>
      <p className="mt-1 text-sm text-muted">Prices on prediction markets, as implied probabilities. They show what traders expected, not what happened.</p>
      {series.map((entry, index) => (
        <OddsFigure key={`${entry.market}-${entry.outcome}`} entry={entry} id={`odds-${index}`} />
      ))}
    </section>
  );
}

function OddsFigure({ entry, id }: { entry: OddsSeries; id: string }) {
  const { observations } = entry;
  const first = observations[0]!;
  const last = observations[observations.length - 1]!;
  const x = scaleTime()
    .domain([first.observedAt, last.observedAt])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<(typeof observations)[number]>()
    .x((point) => x(point.observedAt))
    .y((point) => y(point.probability))(observations);
  const summary =
    observations.length === 1
      ? `${entry.outcome} at ${percent(first.probability)} on ${formatDate(first.observedAt)}`
      : `${entry.outcome} from ${percent(first.probability)} on ${formatDate(first.observedAt)} to ${percent(last.probability)} on ${formatDate(last.observedAt)}`;
  return (
    <figure className="mt-4">
      <figcaption id={`${id}-caption`} className="font-medium">
        {entry.market}: {summary}
      </figcaption>
      {observations.length > 1 ? (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-2 w-full max-w-xl" role="img" aria-labelledby={`${id}-caption`}>
          {[0, 0.5, 1].map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e5e7eb" />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="10" fill="#374151">
                {percent(tick)}
              </text>
            </g>
          ))}
          <path d={path ?? undefined} fill="none" stroke="#1d4ed8" strokeWidth="2" />
          {observations.map((point) => (
            <circle key={isoInstant(point.observedAt)} cx={x(point.observedAt)} cy={y(point.probability)} r="3.5" fill="#1d4ed8" />
          ))}
          <text x={MARGIN.left} y={HEIGHT - 8} fontSize="10" fill="#374151">
            {formatDate(first.observedAt)}
          </text>
          <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} textAnchor="end" fontSize="10" fill="#374151">
            {formatDate(last.observedAt)}
          </text>
        </svg>
      ) : null}
      <table className="mt-2 text-left text-sm">
        <caption className="sr-only">
          {entry.market}: {entry.outcome}, observations
        </caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4">
              Observed
            </th>
            <th scope="col" className="pr-4">
              Implied probability
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {observations.map((point) => (
            <tr key={isoInstant(point.observedAt)}>
              <td className="pr-4">
                <time dateTime={isoInstant(point.observedAt)}>{formatDate(point.observedAt)}</time>
              </td>
              <td className="pr-4 tabular-nums">{percent(point.probability)}</td>
              <td>
                {point.url ? (
                  <a href={point.url} rel="nofollow noopener noreferrer">
                    {point.sourceTitle}
                  </a>
                ) : (
                  point.sourceTitle
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
