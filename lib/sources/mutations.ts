import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { authorizeOnClaim, loadClaimFacts } from "@/lib/claims/mutations";
import { isUniqueClash } from "@/lib/database/unique-clash";
import { prisma, type Transaction } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { diff, recordAudit, recordRevision } from "@/lib/history/record";
import type { ChangeEvidenceInput, EvidenceInput, NewSourceInput, RemoveEvidenceInput } from "@/lib/sources/schema";

export async function insertSource(tx: Transaction, actor: Actor, source: NewSourceInput) {
  if (source.derivedFromId) {
    const original = await tx.source.findUnique({ where: { id: source.derivedFromId }, select: { id: true } });
    if (!original) throw invalid("The original this source copies was not found.", { derivedFromId: ["Choose the original from the library."] });
  }
  const market = source.type === "MARKET_ODDS";
  const created = await tx.source.create({
    data: {
      type: source.type,
      title: source.title,
      publisher: source.publisher ?? null,
      url: source.url ?? null,
      publishedAt: source.publishedAt ?? null,
      excerpt: source.excerpt ?? null,
      marketName: market ? (source.marketName ?? null) : null,
      marketOutcome: market ? (source.marketOutcome ?? null) : null,
      marketProbability: market ? (source.marketProbability ?? null) : null,
      marketObservedAt: market ? (source.marketObservedAt ?? null) : null,
      derivedFromId: source.derivedFromId ?? null,
      createdById: actor.id,
    },
  });
  await recordAudit(tx, { actorId: actor.id, action: "source.created", targetType: "Source", targetId: created.id });
  return created;
}

// A source added to the library on its own, ready to be reused across claims.
export async function createSource(actor: Actor, input: NewSourceInput) {
  if (!decide(actor, "source.create").allowed) throw forbidden("Only the newsroom can add sources.");
  return prisma.$transaction(async (tx) => {
    const source = await insertSource(tx, actor, input);
    return { id: source.id, title: source.title };
  });
}

// Puts a source on a claim's record with the stance it takes. Editing the
// record is editing the claim: the claim-level rules apply (reporters on
// claims they logged or are assigned to, and only before publication).
export async function attachEvidence(actor: Actor, input: EvidenceInput) {
  try {
    return await prisma.$transaction(async (tx) => {
      const claim = await loadClaimFacts(tx, input.claimId);
      authorizeOnClaim(actor, "claim.edit", claim);
      const source = input.sourceId
        ? await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, title: true } })
        : // The schema's refinement guarantees a new source has its kind and title.
          await insertSource(tx, actor, input as NewSourceInput);
      if (!source) throw invalid("That source is not in the library.", { sourceId: ["Choose a source from the list."] });
      const evidence = await tx.evidence.create({
        data: { claimId: claim.id, sourceId: source.id, stance: input.stance, passage: input.passage ?? null, note: input.note ?? null, addedById: actor.id },
      });
      await recordRevision(tx, {
        claimId: claim.id,
        authorId: actor.id,
        action: "evidence.added",
        changes: { evidence: { from: null, to: { source: source.title, stance: input.stance } } },
      });
      await recordAudit(tx, { actorId: actor.id, action: "evidence.added", targetType: "Claim", targetId: claim.id, details: { evidenceId: evidence.id } });
      return { id: claim.id, slug: claim.slug };
    });
  } catch (error) {
    if (isUniqueClash(error)) throw conflict("This source is already on the claim's record.");
    throw error;
  }
}

async function loadEvidence(tx: Transaction, input: { claimId: string; evidenceId: string }) {
  const evidence = await tx.evidence.findFirst({
    where: { id: input.evidenceId, claimId: input.claimId },
    include: { source: { select: { title: true } } },
  });
  if (!evidence) throw notFound("That item of the record");
  return evidence;
}

// Corrects an item of the record (a stance chosen wrongly, a passage
// misquoted). The same rule as adding it: whoever may edit the claim.
export async function changeEvidence(actor: Actor, input: ChangeEvidenceInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.edit", claim);
    const evidence = await loadEvidence(tx, input);
    const next = { stance: input.stance, passage: input.passage ?? null, note: input.note ?? null };
    const changes = diff({ stance: evidence.stance, passage: evidence.passage, note: evidence.note }, next);
    if (Object.keys(changes).length === 0) return { id: claim.id, changed: false };
    await tx.evidence.update({ where: { id: evidence.id }, data: next });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "evidence.changed",
      changes: { source: { from: evidence.source.title, to: evidence.source.title }, ...changes },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.changed",
      targetType: "Claim",
      targetId: claim.id,
      details: { evidenceId: evidence.id, fields: Object.keys(changes) },
    });
    return { id: claim.id, changed: true };
  });
}

// Takes a source off this claim's record; the source stays in the library.
export async function removeEvidence(actor: Actor, input: RemoveEvidenceInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.edit", claim);
    const evidence = await loadEvidence(tx, input);
    await tx.evidence.delete({ where: { id: evidence.id } });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "evidence.removed",
      changes: { evidence: { from: { source: evidence.source.title, stance: evidence.stance }, to: null } },
    });
    await recordAudit(tx, { actorId: actor.id, action: "evidence.removed", targetType: "Claim", targetId: claim.id, details: { sourceId: evidence.sourceId } });
    return { id: claim.id, changed: true };
  });
}
