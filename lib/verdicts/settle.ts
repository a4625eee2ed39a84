import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { authorizeOnClaim, bumpVersion, loadClaimFacts } from "@/lib/claims/mutations";
import { formatDate } from "@/lib/dates";
import { prisma, type Transaction } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { recordAudit, recordRevision } from "@/lib/history/record";
import { notify } from "@/lib/notifications/notify";
import { ratingFits } from "@/lib/ratings/scope";
import type { PublishInput, VerdictInput } from "@/lib/verdicts/schema";
import type { SendBackInput } from "@/lib/workflow/schema";

// Settling a published prediction or promise once its settle-by date has
// passed, the way it was published: the researcher proposes the outcome,
// another editor approves it. Until then readers see the published verdict.

const NOTHING_PENDING = {
  settlementRatingId: null,
  settlementSummary: null,
  settlementReasoning: null,
  settlementProposedById: null,
  settlementProposedAt: null,
};

async function dueClaim(tx: Transaction, claimId: string) {
  const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { kind: true, settleBy: true } });
  if (row.kind === "STATEMENT") throw invalid("A statement is not settled; correct it instead.");
  if (!row.settleBy || row.settleBy.getTime() > Date.now()) {
    throw invalid(
      row.settleBy ? `This is due on ${formatDate(row.settleBy)}; it can be settled from then.` : "This claim has no settle-by date; edit it before settling.",
    );
  }
  return row;
}

export async function proposeSettlement(actor: Actor, input: VerdictInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "verdict.settle", claim);
    await dueClaim(tx, claim.id);
    const rating = await tx.rating.findUnique({ where: { id: input.ratingId } });
    if (!rating || !ratingFits(rating, claim.kind) || rating.value === null) {
      throw invalid("Choose the outcome: a rating from the predictions scale other than “Pending”.", { ratingId: ["Choose how it turned out."] });
    }
    await bumpVersion(tx, claim, input.version, {});
    await tx.verdict.update({
      where: { claimId: claim.id },
      data: {
        settlementRatingId: rating.id,
        settlementSummary: input.summary,
        settlementReasoning: input.reasoning,
        settlementProposedById: actor.id,
        settlementProposedAt: new Date(),
      },
    });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "settlement.proposed",
      changes: { settlement: { from: null, to: { rating: rating.label, summary: input.summary } } },
    });
    await recordAudit(tx, { actorId: actor.id, action: "settlement.proposed", targetType: "Claim", targetId: claim.id });
    return { id: claim.id, slug: claim.slug };
  });
}

// Approves the stored settlement as it stands: it becomes the verdict, and
// readers get a dated update note saying how it turned out.
export async function approveSettlement(actor: Actor, input: PublishInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "settlement.approve", claim);
    const pending = claim.verdict;
    if (claim.status !== "PUBLISHED" || !pending?.settlementRatingId || !pending.settlementSummary || !pending.settlementProposedById) {
      throw invalid("There is no settlement waiting for approval on this claim.");
    }
    const rating = await tx.rating.findUniqueOrThrow({ where: { id: pending.settlementRatingId }, select: { label: true } });
    const now = new Date();
    await bumpVersion(tx, claim, input.version, {});
    await tx.verdict.update({
      where: { claimId: claim.id },
      data: {
        ratingId: pending.settlementRatingId,
        summary: pending.settlementSummary,
        reasoning: pending.settlementReasoning ?? "",
        proposedById: pending.settlementProposedById,
        proposedAt: now,
        approvedById: actor.id,
        approvedAt: now,
        ...NOTHING_PENDING,
      },
    });
    const note = `Settled: ${rating.label}. ${pending.settlementSummary}`;
    await tx.correction.create({ data: { claimId: claim.id, kind: "UPDATE", note, authorId: actor.id } });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "settlement.published",
      changes: { ratingId: { from: pending.ratingId, to: pending.settlementRatingId }, summary: { from: pending.summary, to: pending.settlementSummary } },
    });
    await recordAudit(tx, { actorId: actor.id, action: "settlement.published", targetType: "Claim", targetId: claim.id });
    await notify(tx, {
      recipients: [pending.settlementProposedById, claim.assigneeId],
      kind: "PUBLISHED",
      claimId: claim.id,
      actorId: actor.id,
      message: `${actor.name} approved the settlement: ${rating.label}.`,
    });
    return { id: claim.id, slug: claim.slug };
  });
}

export async function sendBackSettlement(actor: Actor, input: SendBackInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "settlement.approve", claim);
    if (!claim.verdict?.settlementProposedById) throw invalid("There is no settlement waiting for approval on this claim.");
    await bumpVersion(tx, claim, input.version, {});
    await tx.verdict.update({ where: { claimId: claim.id }, data: NOTHING_PENDING });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "settlement.sent_back",
      changes: { settlement: { from: claim.verdict.settlementSummary, to: null } },
      reason: input.comments,
    });
    await recordAudit(tx, { actorId: actor.id, action: "settlement.sent_back", targetType: "Claim", targetId: claim.id });
    await notify(tx, {
      recipients: [claim.verdict.settlementProposedById, claim.assigneeId],
      kind: "SENT_BACK",
      claimId: claim.id,
      actorId: actor.id,
      message: `${actor.name} sent the settlement back: ${input.comments}`,
    });
    return { id: claim.id, slug: claim.slug };
  });
}
