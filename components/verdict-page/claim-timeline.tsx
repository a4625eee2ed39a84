import { STANCE_LABELS } from "@/lib/claims/labels";
import { DAY_MS, formatDate, isoInstant } from "@/lib/dates";
import type { TimelineEvent, TimelineEventKind } from "@/lib/publishing/claim-timeline";

const KIND_LABELS: Record<TimelineEventKind, string> = {
  said: "Claim",
  repeated: "Claim",
  record: "Record",
  market: "Market odds",
  published: "Our verdict",
  correction: "Our verdict",
  deadline: "Deadline",
};

const STANCE_BORDER = { SUPPORTS: "border-supports", CONTRADICTS: "border-contradicts", CONTEXT: "border-rule" } as const;

// "3 days after the claim": readers see at once whether the record came
// before the claim was made (it could have been known) or after.
function relativeToClaim(at: Date, madeAt: Date): string | null {
  const days = Math.round((at.getTime() - madeAt.getTime()) / DAY_MS);
  if (days === 0 || Number.isNaN(days)) return null;
  const amount = Math.abs(days) === 1 ? "1 day" : `${Math.abs(days)} days`;
  return days > 0 ? `${amount} after the claim` : `${amount} before the claim`;
}

export function ClaimTimeline({ events, madeAt }: { events: TimelineEvent[]; madeAt: Date }) {
  return (
    <section aria-labelledby="timeline-heading" className="mt-10 break-inside-avoid-page">
      <h2 id="timeline-heading" className="text-2xl font-bold">Timeline</h2>
      <p className="mt-1 text-sm text-muted">The claim and the record, in the order they happened.</p>
      <ol className="mt-4 space-y-3 border-l-2 border-rule pl-5">
        {events.map((event, index) => {
          const relative = event.kind === "said" ? null : relativeToClaim(event.at, madeAt);
          return (
            <li key={`${event.kind}-${index}`} className={event.stance ? `border-l-4 pl-3 ${STANCE_BORDER[event.stance]}` : "pl-4"}>
              <p className="text-sm text-muted">
                <time dateTime={isoInstant(event.at)}>{formatDate(event.at)}</time>
                {relative ? ` · ${relative}` : ""} · <span className="font-semibold">{KIND_LABELS[event.kind]}</span>
                {event.stance ? ` · ${STANCE_LABELS[event.stance]}` : ""}
              </p>
              <p className="font-medium">
                {event.url ? <a href={event.url} rel="nofollow noopener noreferrer">{event.title}</a> : event.title}
              </p>
              {event.detail ? <p className="text-sm">{event.detail}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
