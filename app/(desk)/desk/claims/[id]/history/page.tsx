import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffLegend } from "@/components/history/diff-runs";
import { PageLinks } from "@/components/history/page-links";
import { RevisionEntry } from "@/components/history/revision-entry";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { showsAChange } from "@/lib/history/changes";
import { type PageLinkTarget, pageRequest } from "@/lib/history/pages";
import { claimHistory } from "@/lib/history/queries";

export const metadata: Metadata = { title: "History of this claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string; before?: string }> };

export default async function ClaimHistoryPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const history = await claimHistory(actor, id, pageRequest(await searchParams));
  if (!history) notFound();
  const { claim, links, names } = history;
  // Saves that changed nothing a reader can see are kept in the database but
  // not listed: "(empty) → (empty)" only hides the real changes.
  const revisions = history.revisions.filter((revision) => showsAChange(revision.changes, names));
  const canEdit = decide(actor, "claim.edit", claim).allowed;
  const restore = canEdit
    ? {
        claimId: claim.id,
        version: claim.version,
        now: {
          text: claim.text,
          quote: claim.quote,
          context: claim.context,
          venue: claim.venue,
          settleBy: claim.settleBy,
          settleCriteria: claim.settleCriteria,
          speakerId: claim.speakerId,
        },
      }
    : null;
  const href = (target: PageLinkTarget) => {
    const query = new URLSearchParams(target as Record<string, string>).toString();
    return `/desk/claims/${claim.id}/history${query ? `?${query}` : ""}`;
  };

  return (
    <>
      <p className="text-sm">
        <Link href={`/desk/claims/${claim.id}`}>Back to the claim</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">History of this claim</h1>
      <p className="mt-2">{claim.text}</p>
      <p className="mt-1 text-sm text-muted">
        {CLAIM_STATUS_LABELS[claim.status]}. Every change is kept, newest first; restoring an earlier value adds a new change and rewrites nothing.
        {!canEdit && claim.status === "PUBLISHED" ? " A published claim changes only through a correction or update." : ""}
      </p>
      <DiffLegend />
      {revisions.length === 0 ? (
        <p className="mt-6 rounded border border-rule p-4 text-muted">No changes are recorded{links.previous ? " on this page" : " for this claim yet"}.</p>
      ) : (
        <ol className="mt-6 space-y-4" aria-label="Changes, newest first">
          {revisions.map((revision) => (
            <RevisionEntry key={revision.id} revision={revision} names={names} restore={restore} />
          ))}
        </ol>
      )}
      <PageLinks links={links} href={href} label="Pages of the history" />
    </>
  );
}
