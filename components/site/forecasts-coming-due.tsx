import Link from "next/link";
import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/claims/labels";
import { DAY_MS, formatDate, isoInstant } from "@/lib/dates";

type Forecast = { slug: string; text: string; kind: ClaimKind; settleBy: Date; speaker: { name: string } };

function dueLabel(settleBy: Date, now: Date): string {
  const days = Math.ceil((settleBy.getTime() - now.getTime()) / DAY_MS);
  if (Number.isNaN(days)) return formatDate(settleBy);
  if (days < 0) return `due since ${formatDate(settleBy)}: being checked`;
  if (days === 0) return "due today";
  return days === 1 ? "due tomorrow" : `due in ${days} days (${formatDate(settleBy)})`;
}

// Predictions and promises we have published as "Pending", soonest first.
export function ForecastsComingDue({ forecasts, now }: { forecasts: Forecast[]; now: Date }) {
  return (
    <section aria-labelledby="forecasts-heading" className="mt-12">
      <h2 id="forecasts-heading" className="text-2xl font-bold">
        Forecasts coming due
      </h2>
      {forecasts.length === 0 ? (
        <p className="mt-3 text-muted">No published prediction or promise is waiting for its deadline right now.</p>
      ) : (
        <ul className="mt-3 divide-y divide-rule border-y border-rule">
          {forecasts.map((forecast) => (
            <li key={forecast.slug} className="py-3">
              <p className="text-sm text-muted">
                {CLAIM_KIND_LABELS[forecast.kind]} · {forecast.speaker.name} ·{" "}
                <time dateTime={isoInstant(forecast.settleBy)}>{dueLabel(forecast.settleBy, now)}</time>
              </p>
              <Link href={`/claims/${forecast.slug}`} prefetch={false} className="font-medium">
                {forecast.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
