import { PublishForm } from "@/components/verdicts/publish-form";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { VerdictForm } from "@/components/verdicts/verdict-form";
import type { Decision } from "@/lib/auth/policy";
import type { DeskClaim } from "@/lib/claims/queries";
import { renderMarkdown } from "@/lib/public-pages/markdown";
import { submitVerdictForReview } from "@/lib/verdicts/actions";

type RatingChoice = { id: string; label: string; description: string };

// The verdict side of a desk claim page: the proposal as it stands (every word
// an approver would publish), then what this person may do with it.
export function VerdictPanel({
  claim,
  canPropose,
  publishDecision,
  ratings,
}: {
  claim: DeskClaim;
  canPropose: boolean;
  publishDecision: Decision;
  ratings: RatingChoice[];
}) {
  const { verdict } = claim;
  const inReview = claim.status === "IN_REVIEW" && verdict !== null;
  return (
    <aside aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="text-xl font-semibold">
        Verdict
      </h2>
      {verdict ? (
        <div className="mt-2 rounded border border-rule p-3">
          <RatingBadge label={verdict.rating.label} colour={verdict.rating.colour} />
          <p className="mt-2">{verdict.summary}</p>
          {verdict.reasoning ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown sanitises with sanitize-html to a fixed list of tags and attributes (tests/unit/markdown.test.ts)
            <div className="prose-verdict mt-2 text-sm" dangerouslySetInnerHTML={{ __html: renderMarkdown(verdict.reasoning) }} />
          ) : null}
          <p className="mt-2 text-sm text-muted">
            Proposed by {verdict.proposedBy.name}
            {verdict.approvedBy ? `; approved by ${verdict.approvedBy.name}` : "; not yet approved"}
          </p>
        </div>
      ) : (
        <p className="mt-2 text-muted">No verdict proposed yet.</p>
      )}

      {inReview && publishDecision.allowed ? (
        <section aria-labelledby="publish-heading" className="mt-6">
          <h3 id="publish-heading" className="font-semibold">
            Approve and publish
          </h3>
          <p className="mt-1 text-sm text-muted">
            Publishes this proposal exactly as shown above and makes the verdict page public. To change its words, revise it below instead: your revision then
            goes to another editor.
          </p>
          <div className="mt-3">
            <PublishForm claimId={claim.id} version={claim.version} />
          </div>
        </section>
      ) : inReview && !publishDecision.allowed ? (
        <p className="mt-6 rounded bg-slate-100 p-3 text-sm">{publishDecision.reason}</p>
      ) : null}

      {canPropose ? (
        <section aria-labelledby="propose-heading" className="mt-6">
          <h3 id="propose-heading" className="font-semibold">
            {verdict ? "Revise the proposal" : "Propose a verdict"}
          </h3>
          <p className="mt-1 text-sm text-muted">
            {verdict
              ? "A revision becomes a new proposal in your name; someone other than you then approves it."
              : "An editor who did not propose it reviews and publishes it."}
          </p>
          <div className="mt-3">
            <VerdictForm
              action={submitVerdictForReview}
              claimId={claim.id}
              version={claim.version}
              ratings={ratings}
              initial={verdict ? { ratingId: verdict.ratingId, summary: verdict.summary, reasoning: verdict.reasoning } : undefined}
              submitLabel="Submit for review"
              idPrefix="propose"
            />
          </div>
        </section>
      ) : null}
    </aside>
  );
}
