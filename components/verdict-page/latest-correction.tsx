import { CORRECTION_KIND_LABELS, type CorrectionKind } from "@/lib/corrections/labels";
import { formatDate, isoInstant } from "@/lib/dates";

// Readers look at the verdict badge, not at the foot of the page: the latest
// correction, update or clarification sits right under it, dated and named,
// with the way to every earlier one further down.
export function LatestCorrection({ correction, count }: { correction: { kind: CorrectionKind; note: string; publishedAt: Date } | undefined; count: number }) {
  if (!correction) return null;
  const kind = CORRECTION_KIND_LABELS[correction.kind];
  // A note, not a landmark: it belongs to the verdict it sits under.
  return (
    <div
      role="note"
      aria-label={`Latest ${kind.toLowerCase()}`}
      data-testid="latest-correction"
      className="mt-3 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-2"
    >
      <p>
        <strong>
          {kind}, <time dateTime={isoInstant(correction.publishedAt)}>{formatDate(correction.publishedAt)}</time>:
        </strong>{" "}
        {correction.note}
      </p>
      <p className="mt-1 text-sm">
        <a href="#corrections">{count > 1 ? `All ${count} corrections and updates to this verdict` : "Corrections and history of this verdict"}</a>
      </p>
    </div>
  );
}
