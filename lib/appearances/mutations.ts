import "server-only";
import type { AppearanceRef, NewAppearanceInput } from "@/lib/appearances/schema";
import type { Actor } from "@/lib/auth/roles";
import { authorizeOnClaim, loadClaimFacts } from "@/lib/claims/mutations";
import { isUniqueClash } from "@/lib/database/unique-clash";
import { saidAt } from "@/lib/dates";
import { prisma, type Transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { recordAudit, recordRevision } from "@/lib/history/record";

// Appearances are rows of their own, so adding one never races an edit of the
// claim's wording: the claim's version is left alone. Each change still
// leaves a revision in the claim's history.

export type AppearanceChange = { id: string; slug: string; published: boolean };

// Adds a place where the claim was made or repeated. The first link logged
// for a claim is its first appearance unless another is marked later.
export async function addAppearance(actor: Actor, input: NewAppearanceInput): Promise<AppearanceChange> {
  try {
    return await prisma.$transaction(async (tx) => {
      const claim = await loadClaimFacts(tx, input.claimId);
      authorizeOnClaim(actor, "appearance.add", claim);
      const hasFirst = (await tx.appearance.count({ where: { claimId: claim.id, isFirst: true } })) > 0;
      const isFirst = !hasFirst || input.markFirst;
      if (isFirst && hasFirst) await tx.appearance.updateMany({ where: { claimId: claim.id, isFirst: true }, data: { isFirst: false } });
      const appearance = await tx.appearance.create({
        data: {
          claimId: claim.id,
          url: input.appearanceUrl,
          title: input.appearanceTitle ?? null,
          venue: input.venue ?? null,
          seenAt: saidAt(input).madeAt,
          isFirst,
        },
      });
      await recordRevision(tx, {
        claimId: claim.id,
        authorId: actor.id,
        action: "appearance.added",
        changes: { appearance: { from: null, to: { url: appearance.url, first: isFirst } } },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "appearance.added",
        targetType: "Claim",
        targetId: claim.id,
        details: { appearanceId: appearance.id },
      });
      return { id: claim.id, slug: claim.slug, published: claim.status === "PUBLISHED" };
    });
  } catch (error) {
    if (isUniqueClash(error)) throw conflict("This link is already listed as an appearance of the claim.");
    throw error;
  }
}

async function loadAppearance(tx: Transaction, ref: AppearanceRef) {
  const appearance = await tx.appearance.findFirst({ where: { id: ref.appearanceId, claimId: ref.claimId } });
  if (!appearance) throw notFound("That appearance");
  return appearance;
}

// Changing which link came first, or removing one, rewrites what the claim
// says about itself: the same rule as editing the claim.
export async function markFirstAppearance(actor: Actor, ref: AppearanceRef): Promise<AppearanceChange> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, ref.claimId);
    authorizeOnClaim(actor, "claim.edit", claim);
    const appearance = await loadAppearance(tx, ref);
    if (!appearance.isFirst) {
      const previous = await tx.appearance.findFirst({ where: { claimId: claim.id, isFirst: true }, select: { url: true } });
      // Clear the old first before setting the new one: one first per claim is a unique index.
      await tx.appearance.updateMany({ where: { claimId: claim.id, isFirst: true }, data: { isFirst: false } });
      await tx.appearance.update({ where: { id: appearance.id }, data: { isFirst: true } });
      await recordRevision(tx, {
        claimId: claim.id,
        authorId: actor.id,
        action: "appearance.marked_first",
        changes: { firstAppearance: { from: previous?.url ?? null, to: appearance.url } },
      });
    }
    return { id: claim.id, slug: claim.slug, published: claim.status === "PUBLISHED" };
  });
}

export async function removeAppearance(actor: Actor, ref: AppearanceRef): Promise<AppearanceChange> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, ref.claimId);
    authorizeOnClaim(actor, "claim.edit", claim);
    const appearance = await loadAppearance(tx, ref);
    await tx.appearance.delete({ where: { id: appearance.id } });
    // The claim keeps a first appearance while it has any: the earliest left.
    if (appearance.isFirst) {
      const earliest = await tx.appearance.findFirst({ where: { claimId: claim.id }, orderBy: { seenAt: "asc" }, select: { id: true } });
      if (earliest) await tx.appearance.update({ where: { id: earliest.id }, data: { isFirst: true } });
    }
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "appearance.removed",
      changes: { appearance: { from: { url: appearance.url, first: appearance.isFirst }, to: null } },
    });
    await recordAudit(tx, { actorId: actor.id, action: "appearance.removed", targetType: "Claim", targetId: claim.id, details: { url: appearance.url } });
    return { id: claim.id, slug: claim.slug, published: claim.status === "PUBLISHED" };
  });
}
