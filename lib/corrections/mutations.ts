import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { authorizeOnClaim, bumpVersion, loadClaimFacts } from "@/lib/claims/mutations";
import type { CorrectionInput } from "@/lib/corrections/schema";
import { prisma } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { diff, recordAudit, recordRevision } from "@/lib/history/record";
import { notify } from "@/lib/notifications/notify";
import { ratingFits } from "@/lib/ratings/scope";

// An editor corrects, updates or clarifies a published verdict. The public
// note is published with it; a new rating or summary replaces the old one
// and the change is kept in the claim's history. The reasoning changes with
// them when the correction says so, so summary and reasoning never disagree.
export async function issueCorrection(actor: Actor, input: CorrectionInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.correct", claim);
    if (claim.status !== "PUBLISHED" || !claim.verdict) {
      throw invalid("Only a published verdict is corrected. Before publication, edit the claim or revise the proposal.");
    }
    if (input.ratingId && input.ratingId !== claim.verdict.ratingId) {
      const rating = await tx.rating.findUnique({ where: { id: input.ratingId } });
      if (!ratingFits(rating, claim.kind)) {
        throw invalid("That rating is not on the scale for this kind of claim.", {
          ratingId: ["Choose a rating from the list, or leave the rating as it is."],
        });
      }
    }
    const { ratingId, summary, reasoning } = claim.verdict;
    const next = { ratingId: input.ratingId ?? ratingId, summary: input.summary ?? summary, reasoning: input.reasoning ?? reasoning };
    const changes = diff({ ratingId, summary, reasoning }, next);
    await bumpVersion(tx, claim, input.version, {});
    if (Object.keys(changes).length) await tx.verdict.update({ where: { claimId: claim.id }, data: next });
    const correction = await tx.correction.create({ data: { claimId: claim.id, kind: input.kind, note: input.note, authorId: actor.id } });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "claim.corrected",
      changes: { ...changes, correction: { from: null, to: { kind: input.kind, note: input.note } } },
      reason: input.note,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.corrected",
      targetType: "Claim",
      targetId: claim.id,
      details: { kind: input.kind, correctionId: correction.id, fields: Object.keys(changes) },
    });
    await notify(tx, {
      recipients: [claim.verdict.proposedById, claim.assigneeId],
      kind: "CORRECTED",
      claimId: claim.id,
      actorId: actor.id,
      message: `${actor.name} published a ${input.kind.toLowerCase()} on this verdict.`,
    });
    return { id: claim.id, slug: claim.slug };
  });
}
