import type { PublicSourceChange } from "@/lib/archive/source-changes";
import { formatDate, isoInstant } from "@/lib/dates";

// What readers are told when a source changed or vanished after we relied on
// it: a dated note in plain words beside the source. The archived copy shown
// above it stays the one the verdict relied on.
export function SourceChangeNote({ change }: { change: PublicSourceChange }) {
  const when = (
    <time dateTime={isoInstant(change.noticedAt)} className="font-medium">
      {formatDate(change.noticedAt)}
    </time>
  );
  return (
    <p className="mt-2 border-l-2 border-amber-600 pl-2 text-sm" data-source-change={change.kind}>
      {change.kind === "vanished" ? (
        <>This page was no longer available when we checked it on {when}, after we relied on it. Our archived copy is the one described above.</>
      ) : (
        <>This page has changed since we relied on it: we noticed the change on {when}. Our archived copy is the one described above.</>
      )}
    </p>
  );
}
