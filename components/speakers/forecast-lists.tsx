import Link from "next/link";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { CLAIM_KIND_LABELS } from "@/lib/claims/labels";
import { formatDate } from "@/lib/dates";
import type { VerdictRow } from "@/lib/public-pages/verdict-rows";
import type { SpeakerForecasts } from "@/lib/speakers/public";

// A speaker's predictions and promises: those still open (rated Pending,
// soonest due first) and those settled, with how they turned out. A due
// forecast stays pending until an editor publishes its settlement. The page
// is cached until a verdict changes, so nothing here depends on today's date.
export function ForecastLists({ forecasts }: { forecasts: SpeakerForecasts }) {
  const { pending, pendingCount, settled, settledCount } = forecasts;
  return (
    <section aria-labelledby="forecasts-heading" className="mt-10">
      <h2 id="forecasts-heading" className="text-2xl font-bold">
        Forecasts
      </h2>
      <p className="mt-1 text-muted">Predictions and promises are rated once their settle-by date has passed.</p>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        <ForecastGroup id="pending" title="Pending" count={pendingCount} empty="No prediction or promise is waiting to be settled.">
          {pending.map((claim) => (
            <Forecast key={claim.slug} claim={claim}>
              <p className="mt-1 text-sm">{claim.settleBy ? `To be checked by ${formatDate(claim.settleBy)}.` : "No settle-by date was given."}</p>
              {claim.settleCriteria ? <p className="mt-1 text-sm text-muted">Settles on: {claim.settleCriteria}</p> : null}
            </Forecast>
          ))}
        </ForecastGroup>
        <ForecastGroup id="settled" title="Settled" count={settledCount} empty="None has been settled yet.">
          {settled.map((claim) => (
            <Forecast key={claim.slug} claim={claim}>
              <p className="mt-2 flex flex-wrap items-center gap-2">
                <span className="text-sm font-semibold">Outcome:</span>
                {claim.verdict ? <RatingBadge label={claim.verdict.rating.label} colour={claim.verdict.rating.colour} /> : null}
              </p>
              {claim.verdict ? <p className="mt-1 text-sm">{claim.verdict.summary}</p> : null}
              {claim.verdict?.approvedAt ? <p className="mt-1 text-xs text-muted">Settled {formatDate(claim.verdict.approvedAt)}</p> : null}
            </Forecast>
          ))}
        </ForecastGroup>
      </div>
    </section>
  );
}

function ForecastGroup({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: React.ReactNode[] }) {
  return (
    <div>
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-muted">({count})</span>
      </h3>
      {count === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <ul aria-labelledby={`${id}-heading`} className="mt-2 space-y-3">
          {children}
        </ul>
      )}
      {count > children.length ? (
        <p className="mt-2 text-sm text-muted">
          Showing {children.length} of {count}; the full list of claims has them all.
        </p>
      ) : null}
    </div>
  );
}

function Forecast({ claim, children }: { claim: VerdictRow; children: React.ReactNode }) {
  return (
    <li className="rounded border border-rule p-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{CLAIM_KIND_LABELS[claim.kind]}</p>
      <p className="mt-1 font-medium">
        <Link href={`/claims/${claim.slug}`}>{claim.text}</Link>
      </p>
      {children}
    </li>
  );
}
