import { ClaimEntry, RecordEntry } from "@/components/topics/timeline-entry";
import { TimelineOverview } from "@/components/topics/timeline-overview";
import type { Timeline } from "@/lib/topics/timeline";

// The topic's claims and the record on one time axis, oldest first, a list
// per month. Everything is in the HTML: no script is needed to read it.
export function TopicTimeline({ timeline }: { timeline: Timeline }) {
  return (
    <section aria-labelledby="timeline-heading" className="mt-10">
      <h2 id="timeline-heading" className="text-2xl font-bold">
        Claims and the record, in date order
      </h2>
      <p className="mt-1 max-w-3xl text-muted">
        What was claimed, and the dated items of the record behind our verdicts: reports and statements when they were published, market odds when they were
        observed, our archive checks and our correction notes. Where the record contradicts a claim, the sources that say otherwise stand beside it.
      </p>
      <TimelineOverview timeline={timeline} />
      {timeline.months.map((month) => (
        <section key={month.month} aria-labelledby={`month-${month.month}`} className="mt-8">
          <h3 id={`month-${month.month}`} className="border-b border-rule pb-1 text-lg font-semibold">
            {month.label}
          </h3>
          <ol className="mt-4 space-y-4 border-l-2 border-rule pl-4">
            {month.events.map((event) => (
              <li
                key={event.key}
                data-kind={event.kind === "said" ? "claim" : "record"}
                data-diverges={event.kind === "said" && event.divergence ? "true" : undefined}
              >
                {event.kind === "said" ? <ClaimEntry event={event} /> : <RecordEntry event={event} />}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
