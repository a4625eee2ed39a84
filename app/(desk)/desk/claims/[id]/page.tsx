import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppearanceList } from "@/components/claims/appearance-list";
import { EvidenceList } from "@/components/claims/evidence-list";
import { RevisionList } from "@/components/claims/revision-list";
import { SimilarClaims } from "@/components/claims/similar-claims";
import { AddEvidenceForm } from "@/components/sources/add-evidence-form";
import { SettlementPanel } from "@/components/verdicts/settlement-panel";
import { VerdictPanel } from "@/components/verdicts/verdict-panel";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { deskSourceChanges } from "@/lib/archive/source-changes";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { claimOutcomeMessage } from "@/lib/claims/outcomes";
import { deskClaim } from "@/lib/claims/queries";
import { similarClaims } from "@/lib/claims/similar";
import { formatDate, formatDateIn, formatSaidAt, newsroomTimeZone, TIME_ZONES, todayInNewsroom } from "@/lib/dates";
import { renderMarkdown } from "@/lib/public-pages/markdown";
import { ratingsFor } from "@/lib/ratings/queries";
import { sourceChoices } from "@/lib/sources/queries";
import { assignablePeople } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function DeskClaimPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const claim = await deskClaim(actor, (await params).id);
  if (!claim) notFound();
  // Set by the redirect after a successful action: the form that would show
  // its own success message is no longer on the page once the state changes.
  const notice = claimOutcomeMessage((await searchParams).done);
  const ratings = await ratingsFor(claim.kind);
  const facts = { status: claim.status, createdById: claim.createdById, assigneeId: claim.assigneeId, wordingById: claim.wordingById, verdict: claim.verdict };
  const canPropose = decide(actor, "verdict.propose", facts).allowed;
  const canEdit = decide(actor, "claim.edit", facts).allowed;
  const canAddAppearance = decide(actor, "appearance.add", facts).allowed;
  const zone = newsroomTimeZone();
  const [library, similar, sourceChanges] = await Promise.all([
    canEdit ? sourceChoices(actor) : Promise.resolve([]),
    similarClaims(actor, { text: claim.text, quote: claim.quote, speakerId: claim.speakerId, excludeId: claim.id }),
    deskSourceChanges(actor, claim, claim.evidence),
  ]);
  const publishDecision = decide(actor, "verdict.publish", facts);
  const can = {
    assign: decide(actor, "claim.assign", facts).allowed,
    // Offered only when nobody is on it: an editor reassigns instead.
    take: decide(actor, "claim.take", facts).allowed && claim.assigneeId === null,
    sendBack: decide(actor, "verdict.send_back", facts).allowed,
    correct: decide(actor, "claim.correct", facts).allowed,
    unpublish: decide(actor, "claim.unpublish", facts).allowed,
    archive: decide(actor, "claim.archive", facts).allowed,
  };
  const people = can.assign ? await assignablePeople(actor) : [];
  // Published predictions and promises are settled once due.
  const settling = claim.status === "PUBLISHED" && claim.kind !== "STATEMENT" && claim.verdict !== null && claim.settleBy !== null;
  const verdictRow = claim.verdict;
  const pendingSettlement =
    verdictRow?.settlementRating && verdictRow.settlementSummary && verdictRow.settlementProposedBy
      ? {
          rating: { label: verdictRow.settlementRating.label, colour: verdictRow.settlementRating.colour },
          summary: verdictRow.settlementSummary,
          reasoningHtml: verdictRow.settlementReasoning ? renderMarkdown(verdictRow.settlementReasoning) : "",
          proposedBy: verdictRow.settlementProposedBy.name,
        }
      : null;
  // The latest word from review, for the researcher to act on.
  const sentBack = claim.status === "RESEARCHING" && claim.revisions[0]?.action === "verdict.sent_back" ? claim.revisions[0] : null;
  const ratingChoices = ratings.map(({ id, label, description }) => ({ id, label, description }));

  return (
    <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
      <div>
        {notice ? (
          <p className="mb-4 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-sm" role="status">
            {notice}
          </p>
        ) : null}
        {sentBack ? (
          <div className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm">
            <p className="font-semibold">Sent back by {sentBack.author.name}:</p>
            <p>{sentBack.reason}</p>
          </div>
        ) : null}
        {claim.duplicateOfId ? (
          <p className="mb-4 rounded border-l-4 border-gray-500 bg-gray-50 px-3 py-2 text-sm">
            Archived as a duplicate. <Link href={`/desk/claims/${claim.duplicateOfId}`}>Go to the claim it repeats</Link>.
          </p>
        ) : null}
        <p className="text-sm text-muted">
          {CLAIM_STATUS_LABELS[claim.status]} · {CLAIM_KIND_LABELS[claim.kind]} · logged by {claim.createdBy.name} ·{" "}
          {claim.assignee ? `assigned to ${claim.assignee.name}` : "not assigned"}
        </p>
        <h1 className="mt-2 text-2xl font-bold">{claim.text}</h1>
        <p className="mt-2">
          {claim.speaker.name}
          {claim.speaker.title ? `, ${claim.speaker.title}` : ""} · {formatSaidAt(claim.madeAt, claim.madeAtTimeZone)}
          {claim.venue ? ` · ${claim.venue}` : ""}
        </p>
        {claim.quote ? <blockquote className="mt-3 border-l-4 border-rule pl-4 italic">“{claim.quote}”</blockquote> : null}
        {claim.context ? <p className="mt-3 text-muted">{claim.context}</p> : null}
        {claim.settleBy ? (
          <p className="mt-3 text-sm">
            <strong>Checkable by {formatDate(claim.settleBy)}.</strong> {claim.settleCriteria}
          </p>
        ) : null}
        <p className="mt-3">
          {canEdit ? (
            <>
              <Link href={`/desk/claims/${claim.id}/edit`}>Edit claim</Link> ·{" "}
            </>
          ) : null}
          <Link href={`/desk/claims/${claim.id}/history`}>History</Link>
        </p>
        {claim.status === "PUBLISHED" ? (
          <p className="mt-3">
            <Link href={`/claims/${claim.slug}`}>View the public verdict page</Link>
          </p>
        ) : null}

        {claim.topics.length > 0 ? <p className="mt-3 text-sm text-muted">Topics: {claim.topics.map((row) => row.topic.name).join(", ")}</p> : null}

        <AppearanceList
          claimId={claim.id}
          canEdit={canEdit}
          canAdd={canAddAppearance}
          zones={TIME_ZONES}
          defaults={{ day: todayInNewsroom(), zone }}
          appearances={[...claim.appearances]
            .sort((a, b) => Number(b.isFirst) - Number(a.isFirst))
            .map((row) => ({
              id: row.id,
              url: row.url,
              title: row.title,
              venue: row.venue,
              isFirst: row.isFirst,
              seenOn: formatDateIn(row.seenAt, claim.madeAtTimeZone),
            }))}
        />

        <h2 className="mt-8 text-xl font-semibold">The record</h2>
        <EvidenceList evidence={claim.evidence} claimId={claim.id} canEdit={canEdit} changes={sourceChanges} />
        {canEdit ? (
          <section aria-labelledby="add-evidence-heading" className="mt-6 rounded border border-rule p-4">
            <h3 id="add-evidence-heading" className="font-semibold">
              Add to the record
            </h3>
            <div className="mt-3">
              <AddEvidenceForm claimId={claim.id} library={library} />
            </div>
          </section>
        ) : null}

        <SimilarClaims claims={similar} />

        <h2 className="mt-8 text-xl font-semibold">History</h2>
        <RevisionList revisions={claim.revisions} />
      </div>

      <div>
        <VerdictPanel claim={claim} canPropose={canPropose} publishDecision={publishDecision} ratings={ratingChoices} />
        {settling ? (
          <SettlementPanel
            claim={{ id: claim.id, version: claim.version }}
            due={claim.settleBy!.getTime() <= Date.now()}
            dueOn={formatDate(claim.settleBy!)}
            pending={pendingSettlement}
            canPropose={decide(actor, "verdict.settle", facts).allowed}
            approveDecision={decide(actor, "settlement.approve", facts)}
            outcomes={ratingChoices.filter((rating) => ratings.find((row) => row.id === rating.id)?.value !== null)}
          />
        ) : null}
        <WorkflowPanel
          claim={{
            id: claim.id,
            version: claim.version,
            status: claim.status,
            assigneeId: claim.assigneeId,
            merged: Boolean(claim.duplicateOfId),
            ratingId: claim.verdict?.ratingId ?? null,
            reasoning: claim.verdict?.reasoning ?? "",
          }}
          can={can}
          people={people}
          ratings={ratings.map(({ id, label }) => ({ id, label }))}
        />
      </div>
    </div>
  );
}
