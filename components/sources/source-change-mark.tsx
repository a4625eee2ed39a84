import { DiffRuns } from "@/components/history/diff-runs";
import type { DeskSourceChange } from "@/lib/archive/source-changes";
import { formatDate, formatDateTime } from "@/lib/dates";

// The desk's mark on a source that changed or vanished after the claim relied
// on it: when it was noticed, and for a changed page the difference in its
// readable text between the copy relied on and the latest one, folded away
// until asked for (a long page's difference would bury the evidence list).
export function SourceChangeMark({ change, title }: { change: DeskSourceChange; title: string }) {
  const reliedOn = formatDateTime(change.reliedOn.fetchedAt);
  if (change.kind === "vanished") {
    const why = change.latest.error ?? `The page answered HTTP ${change.latest.httpStatus}.`;
    return (
      <div className="mt-2 rounded border-l-4 border-contradicts bg-red-50 p-2 text-sm" data-source-change="vanished">
        <p className="font-semibold">Gone since we relied on it</p>
        <p>
          Checked {formatDate(change.noticedAt)}: {why} We relied on the copy archived {reliedOn}.
        </p>
      </div>
    );
  }
  return (
    <div className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-sm" data-source-change="changed">
      <p className="font-semibold">Changed since we relied on it</p>
      <p>
        Noticed {formatDate(change.noticedAt)}; we relied on the copy archived {reliedOn}, the latest is from {formatDateTime(change.latest.fetchedAt)}.
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer underline">
          Show what changed<span className="sr-only"> in “{title}”</span>
        </summary>
        <p className="mt-1 text-muted">
          Removed words are <del className="bg-red-50 text-red-900 decoration-2">struck through</del>, added words{" "}
          <ins className="bg-green-50 text-green-900 decoration-2 underline-offset-2">underlined</ins>.
        </p>
        <blockquote className="mt-1 max-h-96 overflow-auto whitespace-pre-wrap border-l-2 border-rule bg-white p-2" aria-label={`What changed in “${title}”`}>
          <DiffRuns runs={change.difference} />
        </blockquote>
      </details>
    </div>
  );
}
