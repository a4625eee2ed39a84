import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/lib/claims/labels";
import { formatDate } from "@/lib/dates";
import type { DeskClaim } from "@/lib/claims/queries";

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
        </li>
      ))}
    </ul>
  );
}
