import { STANCE_LABELS } from "@/lib/claims/labels";
import { calendarDaysBetween, type TimelineEvent } from "@/lib/timeline/events";
import { EVENT_KIND_LABELS, formatDay, relativeToClaim } from "@/lib/timeline/wording";

const STANCE_BORDER = { SUPPORTS: "border-supports", CONTRADICTS: "border-contradicts", CONTEXT: "border-rule" } as const;

// One claim's story on a single time line (lib/timeline/events.ts), each
// event dated against the day the claim was said.
export function ClaimTimeline({ events }: { events: TimelineEvent[] }) {
  const said = events.find((event) => event.kind === "said")?.day ?? "";
  return (
    <section aria-labelledby="timeline-heading" className="mt-10 break-inside-avoid-page">
      <h2 id="timeline-heading" className="text-2xl font-bold">
        Timeline
      </h2>
      <p className="mt-1 text-sm text-muted">The claim and the record, in the order they happened.</p>
      <ol className="mt-4 space-y-3 border-l-2 border-rule pl-5">
        {events.map((event) => {
          const relative = event.kind === "said" ? null : relativeToClaim(calendarDaysBetween(said, event.day));
          return (
            <li key={event.key} className={event.stance ? `border-l-4 pl-3 ${STANCE_BORDER[event.stance]}` : "pl-4"}>
              <p className="text-sm text-muted">
                <time dateTime={event.day || undefined}>{formatDay(event.day)}</time>
                {relative ? ` · ${relative}` : ""} · <span className="font-semibold">{EVENT_KIND_LABELS[event.kind]}</span>
                {event.stance ? ` · ${STANCE_LABELS[event.stance]}` : ""}
              </p>
              <p className="font-medium">
                {event.url ? (
                  <a href={event.url} rel="nofollow noopener noreferrer">
                    {event.title}
                  </a>
                ) : (
                  event.title
                )}
              </p>
              {event.detail ? <p className="text-sm">{event.detail}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
