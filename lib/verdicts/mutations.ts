import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { authorizeOnClaim, bumpVersion, loadClaimFacts } from "@/lib/claims/mutations";
import { prisma, type Transaction } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { diff, recordAudit, recordRevision } from "@/lib/history/record";
import { notify } from "@/lib/notifications/notify";
import { ratingFits } from "@/lib/ratings/scope";
import type { PublishInput, VerdictInput } from "@/lib/verdicts/schema";
import { stepTo } from "@/lib/workflow/transitions";

async function checkRating(tx: Transaction, ratingId: string, kind: ClaimKind) {
  const rating = await tx.rating.findUnique({ where: { id: ratingId } });
  if (!rating || !ratingFits(rating, kind)) {
    throw invalid("That rating is not on the scale for this kind of claim.", { ratingId: ["Choose a rating from the list."] });
  }
  return rating;
}

// The reporter (or an editor) proposes a verdict and submits it for review.
export async function proposeVerdict(actor: Actor, input: VerdictInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "verdict.propose", claim);
    await checkRating(tx, input.ratingId, claim.kind);
    const proposal = { ratingId: input.ratingId, summary: input.summary, reasoning: input.reasoning };
    const status = stepTo(claim.status, "submit_for_review");
    await bumpVersion(tx, claim, input.version, { status });
    await tx.verdict.upsert({
      where: { claimId: claim.id },
      create: { claimId: claim.id, ...proposal, proposedById: actor.id },
      update: { ...proposal, proposedById: actor.id, proposedAt: new Date(), approvedById: null, approvedAt: null },
    });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "verdict.proposed",
      changes: { ...diff(claim.verdict ?? {}, proposal), ...diff({ status: claim.status }, { status }) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "verdict.proposed", targetType: "Claim", targetId: claim.id });
    return { id: claim.id, slug: claim.slug };
  });
}

// An editor approves the stored proposal as it stands and publishes it.
// Two-person rule: the policy refuses the person who proposed it, and the
// database's CHECK constraint refuses it again. Because nothing but the claim
// and its version is taken from the form, the approver cannot swap in words
// that nobody else has seen.
export async function publishVerdict(actor: Actor, input: PublishInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "verdict.publish", claim);
    if (!claim.verdict) {
      throw invalid("Only a claim in review, with a proposed verdict, can be published. Ask the reporter to submit it for review first.");
    }
    const status = stepTo(claim.status, "publish");
    await checkRating(tx, claim.verdict.ratingId, claim.kind);
    const now = new Date();
    await bumpVersion(tx, claim, input.version, { status, publishedAt: now, publishedById: actor.id });
    await tx.verdict.update({
      where: { claimId: claim.id },
      data: { approvedById: actor.id, approvedAt: now },
    });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "verdict.published",
      changes: diff<{ status: string }>({ status: claim.status }, { status }),
    });
    await recordAudit(tx, { actorId: actor.id, action: "claim.published", targetType: "Claim", targetId: claim.id });
    await notify(tx, {
      recipients: [claim.verdict.proposedById, claim.assigneeId, claim.createdById],
      kind: "PUBLISHED",
      claimId: claim.id,
      actorId: actor.id,
      message: `${actor.name} approved and published the verdict.`,
    });
    return { id: claim.id, slug: claim.slug };
  });
}
