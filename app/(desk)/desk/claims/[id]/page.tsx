import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/claims/evidence-list";
import { RevisionList } from "@/components/claims/revision-list";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { VerdictForm } from "@/components/verdicts/verdict-form";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { deskClaim } from "@/lib/claims/queries";
import { formatDate } from "@/lib/dates";
import { ratingsFor } from "@/lib/ratings/queries";
import { approveAndPublish, submitVerdictForReview } from "@/lib/verdicts/actions";

export const metadata: Metadata = { title: "Claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ logged?: string; proposed?: string; published?: string }> };

export default async function DeskClaimPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const claim = await deskClaim(actor, (await params).id);
  if (!claim) notFound();
  // Set by the redirect after a successful action: the form that would show
  // its own success message is no longer on the page once the state changes.
  const { logged, proposed, published } = await searchParams;
  const notice = logged ? "Claim logged." : proposed ? "Verdict proposed and sent to review." : published ? "Verdict published." : null;
  const ratings = await ratingsFor(claim.kind);
  const facts = { status: claim.status, createdById: claim.createdById, assigneeId: claim.assigneeId, verdict: claim.verdict };
  const canPropose = decide(actor, "verdict.propose", facts).allowed;
  const publishDecision = decide(actor, "verdict.publish", facts);
  const inReview = claim.status === "IN_REVIEW" && claim.verdict;
  const ratingChoices = ratings.map(({ id, label, description }) => ({ id, label, description }));
  const proposal = claim.verdict
    ? { ratingId: claim.verdict.ratingId, summary: claim.verdict.summary, reasoning: claim.verdict.reasoning }
    : undefined;

  return (
    <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
      <div>
        {notice ? <p className="mb-4 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-sm">{notice}</p> : null}
        <p className="text-sm text-muted">
          {CLAIM_STATUS_LABELS[claim.status]} · {CLAIM_KIND_LABELS[claim.kind]} · logged by {claim.createdBy.name} ·{" "}
          {claim.assignee ? `assigned to ${claim.assignee.name}` : "not assigned"}
        </p>
        <h1 className="mt-2 text-2xl font-bold">{claim.text}</h1>
        <p className="mt-2">
          {claim.speaker.name}
          {claim.speaker.title ? `, ${claim.speaker.title}` : ""} · {formatDate(claim.madeAt)}
          {claim.venue ? ` · ${claim.venue}` : ""}
        </p>
        {claim.quote ? <blockquote className="mt-3 border-l-4 border-rule pl-4 italic">“{claim.quote}”</blockquote> : null}
        {claim.context ? <p className="mt-3 text-muted">{claim.context}</p> : null}
        {claim.status === "PUBLISHED" ? (
          <p className="mt-3"><Link href={`/claims/${claim.slug}`}>View the public verdict page</Link></p>
        ) : null}

        <h2 className="mt-8 text-xl font-semibold">The record</h2>
        <EvidenceList evidence={claim.evidence} />

        <h2 className="mt-8 text-xl font-semibold">History</h2>
        <RevisionList revisions={claim.revisions} />
      </div>

      <aside aria-labelledby="verdict-heading">
        <h2 id="verdict-heading" className="text-xl font-semibold">Verdict</h2>
        {claim.verdict ? (
          <div className="mt-2 rounded border border-rule p-3">
            <RatingBadge label={claim.verdict.rating.label} colour={claim.verdict.rating.colour} />
            <p className="mt-2">{claim.verdict.summary}</p>
            <p className="mt-2 text-sm text-muted">
              Proposed by {claim.verdict.proposedBy.name}
              {claim.verdict.approvedBy ? `; approved by ${claim.verdict.approvedBy.name}` : "; not yet approved"}
            </p>
          </div>
        ) : (
          <p className="mt-2 text-muted">No verdict proposed yet.</p>
        )}

        {inReview && publishDecision.allowed ? (
          <section aria-labelledby="publish-heading" className="mt-6">
            <h3 id="publish-heading" className="font-semibold">Approve and publish</h3>
            <p className="mt-1 text-sm text-muted">Adjust the proposal if needed. Publishing makes the verdict page public.</p>
            <div className="mt-3">
              <VerdictForm action={approveAndPublish} claimId={claim.id} version={claim.version} ratings={ratingChoices}
                initial={proposal} submitLabel="Publish verdict" idPrefix="publish" />
            </div>
          </section>
        ) : inReview && actor && !publishDecision.allowed ? (
          <p className="mt-6 rounded bg-slate-100 p-3 text-sm">{publishDecision.reason}</p>
        ) : null}

        {canPropose && claim.status !== "IN_REVIEW" ? (
          <section aria-labelledby="propose-heading" className="mt-6">
            <h3 id="propose-heading" className="font-semibold">Propose a verdict</h3>
            <p className="mt-1 text-sm text-muted">An editor who did not propose it reviews and publishes it.</p>
            <div className="mt-3">
              <VerdictForm action={submitVerdictForReview} claimId={claim.id} version={claim.version} ratings={ratingChoices}
                initial={proposal} submitLabel="Submit for review" idPrefix="propose" />
            </div>
          </section>
        ) : null}
      </aside>
    </div>
  );
}
