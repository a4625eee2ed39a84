import { revisionLabel } from "@/lib/claims/labels";
import type { DeskClaim } from "@/lib/claims/queries";
import { formatDateTime, isoInstant } from "@/lib/dates";

export function RevisionList({ revisions }: { revisions: DeskClaim["revisions"] }) {
  return (
    <ol className="mt-2 space-y-2 text-sm">
      {revisions.map((revision) => (
        <li key={revision.id}>
          <time dateTime={isoInstant(revision.createdAt)}>{formatDateTime(revision.createdAt)}</time>: {revisionLabel(revision.action)} by{" "}
          {revision.author.name}
          {Object.keys(revision.changes as object).length ? (
            <span className="text-muted"> (changed {Object.keys(revision.changes as object).join(", ")})</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
