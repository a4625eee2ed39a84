import { ArchiveControl } from "@/components/claims/archive-control";
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/lib/claims/labels";
import type { DeskClaim } from "@/lib/claims/queries";
import { formatDate, formatDateTime } from "@/lib/dates";

type Snapshot = DeskClaim["evidence"][number]["source"]["snapshots"][number];

function SnapshotLine({ snapshot }: { snapshot: Snapshot | undefined }) {
  if (!snapshot) return <p className="mt-2 text-xs text-muted">Not archived yet.</p>;
  return (
    <p className="mt-2 text-xs text-muted">
      Last archived {formatDateTime(snapshot.fetchedAt)}:{" "}
      {snapshot.error
        ? `failed (${snapshot.error})`
        : `HTTP ${snapshot.httpStatus}, ${snapshot.byteLength?.toLocaleString("en-GB")} bytes, SHA-256 ${snapshot.sha256?.slice(0, 12)}…`}
    </p>
  );
}

export function EvidenceList({ evidence }: { evidence: DeskClaim["evidence"] }) {
  if (evidence.length === 0) {
    return <p className="mt-2 rounded border border-rule p-4 text-muted">No sources attached yet.</p>;
  }
  return (
    <ul className="mt-2 space-y-3">
      {evidence.map((item) => (
        <li key={item.id} className="rounded border border-rule p-3">
          <p className="text-sm font-semibold">{STANCE_LABELS[item.stance]}</p>
          <p className="mt-1">
            {item.source.url ? <a href={item.source.url} rel="nofollow noopener noreferrer">{item.source.title}</a> : item.source.title}
          </p>
          <p className="text-sm text-muted">
            {SOURCE_TYPE_LABELS[item.source.type]}
            {item.source.publisher ? ` · ${item.source.publisher}` : ""}
            {item.source.publishedAt ? ` · ${formatDate(item.source.publishedAt)}` : ""} · added by {item.addedBy.name}
          </p>
          {item.passage ? <blockquote className="mt-2 border-l-2 border-rule pl-3 text-sm italic">{item.passage}</blockquote> : null}
          <SnapshotLine snapshot={item.source.snapshots[0]} />
          {item.source.url ? <ArchiveControl sourceId={item.source.id} sourceTitle={item.source.title} /> : null}
        </li>
      ))}
    </ul>
  );
}
