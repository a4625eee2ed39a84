"use client";

import { TextArea } from "@/components/claims/claim-form-fields";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { VerdictForm } from "@/components/verdicts/verdict-form";
import { StepForm } from "@/components/workflow/step-form";
import type { Decision } from "@/lib/auth/policy";
import { approveSettlementAction, proposeSettlementAction, sendBackSettlementAction } from "@/lib/verdicts/actions";

export type PendingSettlement = { rating: { label: string; colour: string }; summary: string; reasoningHtml: string; proposedBy: string };

// A published prediction or promise, once due: propose how it turned out,
// or, as another editor, approve or send back the proposed settlement.
export function SettlementPanel({
  claim,
  due,
  dueOn,
  pending,
  canPropose,
  approveDecision,
  outcomes,
}: {
  claim: { id: string; version: number };
  due: boolean;
  dueOn: string;
  pending: PendingSettlement | null;
  canPropose: boolean;
  approveDecision: Decision;
  outcomes: { id: string; label: string; description: string }[];
}) {
  return (
    <section aria-labelledby="settlement-heading" className="mt-8">
      <h2 id="settlement-heading" className="text-xl font-semibold">
        Settling it
      </h2>
      {pending ? (
        <div className="mt-2 space-y-4">
          <div className="rounded border border-dashed border-gray-500 p-3">
            <p className="text-sm text-muted">Proposed settlement, not yet public:</p>
            <p className="mt-1">
              <RatingBadge label={pending.rating.label} colour={pending.rating.colour} /> {pending.summary}
            </p>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: reasoningHtml comes from renderMarkdown, which sanitises it (tests/unit/markdown.test.ts) */}
            {pending.reasoningHtml ? <div className="prose-verdict mt-2 text-sm" dangerouslySetInnerHTML={{ __html: pending.reasoningHtml }} /> : null}
            <p className="mt-2 text-sm text-muted">Proposed by {pending.proposedBy}</p>
          </div>
          {approveDecision.allowed ? (
            <>
              <StepForm
                action={approveSettlementAction}
                claimId={claim.id}
                version={claim.version}
                label="Approve the settlement"
                submit="Approve and publish the settlement"
                pending="Publishing…"
                tone="primary"
              />
              <StepForm
                action={sendBackSettlementAction}
                claimId={claim.id}
                version={claim.version}
                label="Send the settlement back"
                submit="Send the settlement back"
                pending="Sending back…"
              >
                {(state) => <TextArea idPrefix="settle-back" state={state} name="comments" label="Comments for the researcher" required rows={2} />}
              </StepForm>
            </>
          ) : (
            <p className="rounded bg-slate-100 p-3 text-sm">{approveDecision.reason}</p>
          )}
        </div>
      ) : !due ? (
        <p className="mt-2 text-sm text-muted">Due on {dueOn}. It can be settled from then.</p>
      ) : canPropose ? (
        <div className="mt-2">
          <p className="text-sm text-muted">It was due on {dueOn}. Say how it turned out; another editor approves before readers see it.</p>
          <div className="mt-3">
            <VerdictForm
              action={proposeSettlementAction}
              claimId={claim.id}
              version={claim.version}
              ratings={outcomes}
              submitLabel="Submit the settlement for review"
              idPrefix="settle"
            />
          </div>
        </div>
      ) : (
        <p className="mt-2 text-sm text-muted">Due since {dueOn}: the reporter on it, or an editor, proposes how it turned out.</p>
      )}
    </section>
  );
}
