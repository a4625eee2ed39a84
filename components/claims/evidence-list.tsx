import { ArchiveControl } from "@/components/claims/archive-control";
import { EvidenceControls } from "@/components/claims/evidence-controls";
import { SourceChangeMark } from "@/components/sources/source-change-mark";
import type { DeskSourceChange } from "@/lib/archive/source-changes";
import { SOURCE_TYPE_LABELS } from "@/lib/claims/labels";
import type { DeskClaim } from "@/lib/claims/queries";
import { formatDate, formatDateTime } from "@/lib/dates";
import { independentCount } from "@/lib/sources/independence";
import { describeMarketOdds } from "@/lib/sources/market-odds";

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

type EvidenceItem = DeskClaim["evidence"][number];

const SIDES = [
  { stance: "SUPPORTS", title: "Supports the claim", tone: "border-supports" },
  { stance: "CONTRADICTS", title: "Contradicts the claim", tone: "border-contradicts" },
  { stance: "CONTEXT", title: "Context", tone: "border-rule" },
] as const;

// The record as the desk builds it: one column per stance, each saying how
// many independent sources stand on it (copies count with their original).
export function EvidenceList({
  evidence,
  claimId,
  canEdit = false,
  changes = {},
}: {
  evidence: DeskClaim["evidence"];
  claimId?: string;
  canEdit?: boolean;
  // Sources that changed or vanished since the claim relied on them, by source id.
  changes?: Record<string, DeskSourceChange>;
}) {
  if (evidence.length === 0) {
    return <p className="mt-2 rounded border border-rule p-4 text-muted">No sources attached yet.</p>;
  }
  return (
    <div className="mt-2 grid gap-4 md:grid-cols-2">
      {SIDES.map((side) => {
        const items = evidence.filter((item) => item.stance === side.stance);
        const independent = independentCount(items.map((item) => item.source));
        return (
          <section key={side.stance} aria-label={side.title} className={`border-t-4 ${side.tone} pt-2 ${side.stance === "CONTEXT" ? "md:col-span-2" : ""}`}>
            <h3 className="font-semibold">
              {side.title}{" "}
              <span className="text-sm font-normal text-muted">
                ({independent} independent {independent === 1 ? "source" : "sources"})
              </span>
            </h3>
            {items.length === 0 ? (
              <p className="mt-1 text-sm text-muted">None yet.</p>
            ) : (
              <ul className="mt-2 space-y-3">
                {items.map((item) => (
                  <li key={item.id} className="rounded border border-rule p-3">
                    <EvidenceEntry item={item} change={changes[item.source.id]} />
                    {canEdit && claimId ? (
                      <EvidenceControls
                        claimId={claimId}
                        item={{ id: item.id, stance: item.stance, passage: item.passage, note: item.note, title: item.source.title }}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function EvidenceEntry({ item, change }: { item: EvidenceItem; change?: DeskSourceChange }) {
  const { source } = item;
  const odds = describeMarketOdds(source);
  return (
    <>
      <p>
        {source.url ? (
          <a href={source.url} rel="nofollow noopener noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </p>
      <p className="text-sm text-muted">
        {SOURCE_TYPE_LABELS[source.type]}
        {source.publisher ? ` · ${source.publisher}` : ""}
        {source.publishedAt ? ` · ${formatDate(source.publishedAt)}` : ""} · added by {item.addedBy.name}
        {source.derivedFromId ? " · a copy of another source" : ""}
      </p>
      {odds ? <p className="mt-1 text-sm">{odds}</p> : null}
      {item.passage ? <blockquote className="mt-2 border-l-2 border-rule pl-3 text-sm italic">{item.passage}</blockquote> : null}
      {item.note ? <p className="mt-1 text-sm">{item.note}</p> : null}
      <SnapshotLine snapshot={source.snapshots[0]} />
      {change ? <SourceChangeMark change={change} title={source.title} /> : null}
      {source.url ? <ArchiveControl sourceId={source.id} sourceTitle={source.title} /> : null}
    </>
  );
}
