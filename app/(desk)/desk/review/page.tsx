import type { Metadata } from "next";
import Link from "next/link";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { requireActor } from "@/lib/auth/session";
import { CLAIM_KIND_LABELS } from "@/lib/claims/labels";
import { formatDateTime } from "@/lib/dates";
import { reviewQueue, settlementsWaiting } from "@/lib/verdicts/queries";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const actor = await requireActor();
  const [waiting, settlements] = await Promise.all([reviewQueue(actor), settlementsWaiting(actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">Review</h1>
      <p className="mt-2 text-muted">
        Proposed verdicts waiting for an editor, the longest-waiting first. Open one to publish it as it stands or send it back with comments; nobody approves
        their own proposal.
      </p>
      {waiting.length === 0 ? (
        <p className="mt-6 rounded border border-rule p-4">Nothing is waiting for review. Proposals appear here as soon as they are submitted.</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {waiting.map((claim) => {
            const verdict = claim.verdict!;
            const own = verdict.proposedById === actor.id;
            return (
              <li key={claim.id} className="rounded border border-rule p-4">
                <p className="text-sm text-muted">
                  {claim.speaker.name} · {CLAIM_KIND_LABELS[claim.kind]} · proposed by {verdict.proposedBy.name} on {formatDateTime(verdict.proposedAt)}
                  {claim.assignee ? ` · researched by ${claim.assignee.name}` : ""}
                </p>
                <h2 className="mt-1 text-lg font-semibold">
                  <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>
                </h2>
                <p className="mt-2">
                  <RatingBadge label={verdict.rating.label} colour={verdict.rating.colour} /> {verdict.summary}
                </p>
                {own ? <p className="mt-2 text-sm text-muted">Your own proposal: another editor must approve it.</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      <h2 className="mt-10 text-xl font-semibold">Settlements of predictions and promises</h2>
      {settlements.length === 0 ? (
        <p className="mt-2 text-muted">No settlement is waiting. They appear here when a due prediction or promise is settled.</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {settlements.map((row) => (
            <li key={row.claim.id} className="rounded border border-rule p-4">
              <p className="text-sm text-muted">
                {row.claim.speaker.name} · settlement proposed by {row.settlementProposedBy?.name} on {formatDateTime(row.settlementProposedAt!)}
              </p>
              <h3 className="mt-1 text-lg font-semibold">
                <Link href={`/desk/claims/${row.claim.id}`}>{row.claim.text}</Link>
              </h3>
              {row.settlementRating ? (
                <p className="mt-2">
                  <RatingBadge label={row.settlementRating.label} colour={row.settlementRating.colour} /> {row.settlementSummary}
                </p>
              ) : null}
              {row.settlementProposedById === actor.id ? <p className="mt-2 text-sm text-muted">Your own settlement: another editor must approve it.</p> : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
