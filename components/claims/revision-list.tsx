import { formatDateTime } from "@/lib/dates";
import type { DeskClaim } from "@/lib/claims/queries";

export function RevisionList({ revisions }: { revisions: DeskClaim["revisions"] }) {
  return (
    <ol className="mt-2 space-y-2 text-sm">
      {revisions.map((revision) => (
        <li key={revision.id}>
          <time dateTime={revision.createdAt.toISOString()}>{formatDateTime(revision.createdAt)}</time>: {revision.action} by{" "}
          {revision.author.name}
          {Object.keys(revision.changes as object).length ? (
            <span className="text-muted"> (changed {Object.keys(revision.changes as object).join(", ")})</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
