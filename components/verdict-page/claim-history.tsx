import { revisionLabel } from "@/lib/claims/labels";
import type { PublishedClaim } from "@/lib/claims/queries";
import { CORRECTION_KIND_LABELS } from "@/lib/corrections/labels";
import { formatDate, formatDateTime, isoInstant } from "@/lib/dates";

// Corrections are public notes; the revision list shows that every change is
// on record (the detail stays on the desk).
export function ClaimHistory({ corrections, revisions }: { corrections: PublishedClaim["corrections"]; revisions: PublishedClaim["revisions"] }) {
  return (
    <section id="corrections" aria-labelledby="history-heading" className="mt-10 scroll-mt-4">
      <h2 id="history-heading" className="text-2xl font-bold">
        Corrections and history
      </h2>
      {corrections.length === 0 ? (
        <p className="mt-2 text-muted">No corrections have been made to this verdict.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {corrections.map((correction) => (
            <li key={correction.id} className="rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-2">
              <strong>
                {CORRECTION_KIND_LABELS[correction.kind]}, {formatDate(correction.publishedAt)}:
              </strong>{" "}
              {correction.note}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-6 text-lg font-semibold">Revision history</h3>
      <p className="mt-1 text-sm">{historySummary(revisions)}</p>
      <details className="mt-2 text-sm print:hidden">
        <summary className="cursor-pointer">Every change, with its date</summary>
        <ol className="mt-2 space-y-1">
          {revisions.map((revision) => (
            <li key={revision.id}>
              <time dateTime={isoInstant(revision.createdAt)}>{formatDateTime(revision.createdAt)}</time>: {revisionLabel(revision.action)}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

// "12 recorded changes between 31 May 2026 and 4 June 2026; last: Verdict
// published." Every change is on record; the list itself is one click away.
function historySummary(revisions: PublishedClaim["revisions"]): string {
  const first = revisions[0];
  const last = revisions[revisions.length - 1];
  if (!first || !last) return "No changes recorded.";
  const count = revisions.length === 1 ? "1 recorded change" : `${revisions.length} recorded changes`;
  const span = first === last ? `on ${formatDate(first.createdAt)}` : `between ${formatDate(first.createdAt)} and ${formatDate(last.createdAt)}`;
  return `${count} ${span}; the latest: ${revisionLabel(last.action)}.`;
}
