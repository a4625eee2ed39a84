import { revisionLabel } from "@/lib/claims/labels";
import type { PublishedClaim } from "@/lib/claims/queries";
import { formatDate, formatDateTime } from "@/lib/dates";

const CORRECTION_LABELS = { CORRECTION: "Correction", UPDATE: "Update", CLARIFICATION: "Clarification" } as const;

// Corrections are public notes; the revision list shows that every change is
// on record (the detail stays on the desk).
export function ClaimHistory({
  corrections,
  revisions,
}: {
  corrections: PublishedClaim["corrections"];
  revisions: PublishedClaim["revisions"];
}) {
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading" className="text-2xl font-bold">Corrections and history</h2>
      {corrections.length === 0 ? (
        <p className="mt-2 text-muted">No corrections have been made to this verdict.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {corrections.map((correction) => (
            <li key={correction.id} className="rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-2">
              <strong>{CORRECTION_LABELS[correction.kind]}, {formatDate(correction.publishedAt)}:</strong> {correction.note}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-6 text-lg font-semibold">Revision history</h3>
      <ol className="mt-2 space-y-1 text-sm">
        {revisions.map((revision) => (
          <li key={revision.id}>
            <time dateTime={revision.createdAt.toISOString()}>{formatDateTime(revision.createdAt)}</time>:{" "}
            {revisionLabel(revision.action)}
          </li>
        ))}
      </ol>
    </section>
  );
}
