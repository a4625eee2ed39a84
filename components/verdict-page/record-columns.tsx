import { SourceChangeNote } from "@/components/verdict-page/source-change-note";
import { describeSnapshot } from "@/lib/archive/describe-snapshot";
import type { PublicSourceChange } from "@/lib/archive/source-changes";
import { SOURCE_TYPE_LABELS } from "@/lib/claims/labels";
import type { PublishedClaim } from "@/lib/claims/queries";
import { formatDate, isoInstant } from "@/lib/dates";
import { independentCount } from "@/lib/sources/independence";
import { describeMarketOdds } from "@/lib/sources/market-odds";

type EvidenceItem = PublishedClaim["evidence"][number];
type Changes = Record<string, PublicSourceChange>;

// The record in two columns, what supports and what contradicts, with context
// below; each side says how many independent sources stand on it (a repost or
// syndicated copy counts with its original, not again).
// A source that changed or vanished after we relied on it (`changes`, by
// source id) shows the copy we relied on, with a dated note.
export function RecordColumns({ evidence, changes = {} }: { evidence: PublishedClaim["evidence"]; changes?: Changes }) {
  const supports = evidence.filter((item) => item.stance === "SUPPORTS");
  const contradicts = evidence.filter((item) => item.stance === "CONTRADICTS");
  const context = evidence.filter((item) => item.stance === "CONTEXT");
  return (
    <section aria-labelledby="record-heading" className="print-sources mt-10">
      <h2 id="record-heading" className="text-2xl font-bold">
        What the record shows
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <RecordSide title="Supports the claim" items={supports} changes={changes} tone="border-supports" empty="Nothing in the record we found supports it." />
        <RecordSide
          title="Contradicts the claim"
          items={contradicts}
          changes={changes}
          tone="border-contradicts"
          empty="Nothing in the record we found contradicts it."
        />
      </div>
      {context.length ? (
        <div className="mt-6">
          <RecordSide title="Context" items={context} changes={changes} tone="border-rule" empty="" />
        </div>
      ) : null}
    </section>
  );
}

function RecordSide({ title, items, changes, tone, empty }: { title: string; items: EvidenceItem[]; changes: Changes; tone: string; empty: string }) {
  const independent = independentCount(items.map((item) => item.source));
  return (
    <div className={`border-t-4 ${tone} pt-3`}>
      <h3 className="text-lg font-semibold">
        {title}{" "}
        <span className="text-sm font-normal text-muted">
          ({independent} independent {independent === 1 ? "source" : "sources"})
        </span>
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {items.map((item) => (
            <li key={item.id}>
              <SourceEntry item={item} change={changes[item.source.id]} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SourceEntry({ item, change }: { item: EvidenceItem; change?: PublicSourceChange }) {
  const { source } = item;
  const odds = describeMarketOdds(source);
  const snapshot = change?.reliedOn ?? source.snapshots[0];
  return (
    <article className="rounded border border-rule p-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
        {SOURCE_TYPE_LABELS[source.type]}
        {source.publisher ? ` · ${source.publisher}` : ""}
        {source.publishedAt ? ` · ${formatDate(source.publishedAt)}` : ""}
      </p>
      <h4 className="mt-1 font-medium">
        {source.url ? (
          <a href={source.url} rel="nofollow noopener noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </h4>
      {odds ? <p className="mt-1 text-sm">{odds}</p> : null}
      {item.passage ? <blockquote className="mt-2 border-l-2 border-rule pl-3 text-sm italic">{item.passage}</blockquote> : null}
      {item.note ? <p className="mt-2 text-sm">{item.note}</p> : null}
      {snapshot ? <ArchiveLine snapshot={snapshot} /> : null}
      {change ? <SourceChangeNote change={change} /> : null}
    </article>
  );
}

// The archive copy we relied on: when it was taken and the SHA-256 of the
// bytes received, so anyone holding a copy can check it is the same page.
function ArchiveLine({ snapshot }: { snapshot: PublicSourceChange["reliedOn"] }) {
  // A failed fetch or a vanished page reads as on the topic timelines.
  if (snapshot.error || (snapshot.httpStatus ?? 0) >= 400) return <p className="mt-2 text-xs text-muted">{describeSnapshot(snapshot)}</p>;
  return (
    <p className="mt-2 text-xs text-muted">
      Archived <time dateTime={isoInstant(snapshot.fetchedAt)}>{formatDate(snapshot.fetchedAt)}</time> (HTTP {snapshot.httpStatus})
      {snapshot.sha256 ? (
        <>
          {" "}
          · SHA-256 <code className="break-all font-mono">{snapshot.sha256}</code>
        </>
      ) : null}
    </p>
  );
}
