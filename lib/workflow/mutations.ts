import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { authorizeOnClaim, bumpVersion, loadClaimFacts } from "@/lib/claims/mutations";
import { prisma, type Transaction } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit, recordRevision } from "@/lib/history/record";
import { notify } from "@/lib/notifications/notify";
import type { ArchiveInput, AssignInput, ReopenInput, SendBackInput, TakeInput, UnpublishInput } from "@/lib/workflow/schema";
import { stepTo } from "@/lib/workflow/transitions";

// Moving a claim along the workflow. Each step: the policy on the claim as
// read inside the transaction, the transition table, a version-checked write,
// a revision (with the reason where there is one), an audit event and the
// notices it owes people.

export type WorkflowResult = { id: string; slug: string; wasPublished: boolean };

const nameOf = async (tx: Transaction, userId: string | null) =>
  userId ? ((await tx.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? null) : null;

// Editors assign, reassign or unassign. Assigning a draft starts its research.
export async function assignClaim(actor: Actor, input: AssignInput): Promise<WorkflowResult> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.assign", claim);
    if (claim.status === "PUBLISHED" || claim.status === "ARCHIVED") {
      throw invalid("Only open claims are assigned. A published claim changes through a correction; an archived one is reopened first.");
    }
    if (input.assigneeId) {
      const person = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { disabledAt: true } });
      if (!person || person.disabledAt) throw invalid("That person cannot take claims.", { assigneeId: ["Choose someone with an active account."] });
    }
    if (input.assigneeId === claim.assigneeId) return { id: claim.id, slug: claim.slug, wasPublished: false };
    const status = input.assigneeId && claim.status === "DRAFT" ? stepTo(claim.status, "start_research") : claim.status;
    await bumpVersion(tx, claim, input.version, { assigneeId: input.assigneeId, status });
    await recordAssignment(tx, actor, claim, input.assigneeId, status);
    return { id: claim.id, slug: claim.slug, wasPublished: false };
  });
}

// A reporter takes an unassigned claim (an editor may take over any open one).
export async function takeClaim(actor: Actor, input: TakeInput): Promise<WorkflowResult> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.take", claim);
    const status = claim.status === "DRAFT" ? stepTo(claim.status, "start_research") : claim.status;
    await bumpVersion(tx, claim, input.version, { assigneeId: actor.id, status });
    await recordAssignment(tx, actor, claim, actor.id, status);
    return { id: claim.id, slug: claim.slug, wasPublished: false };
  });
}

async function recordAssignment(
  tx: Transaction,
  actor: Actor,
  claim: { id: string; status: string; assigneeId: string | null },
  assigneeId: string | null,
  status: string,
) {
  const [from, to] = await Promise.all([nameOf(tx, claim.assigneeId), nameOf(tx, assigneeId)]);
  await recordRevision(tx, {
    claimId: claim.id,
    authorId: actor.id,
    action: "claim.assigned",
    changes: { assignee: { from, to }, ...(status !== claim.status ? { status: { from: claim.status, to: status } } : {}) },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "claim.assigned",
    targetType: "Claim",
    targetId: claim.id,
    details: { from: claim.assigneeId, to: assigneeId },
  });
  await notify(tx, { recipients: [assigneeId], kind: "ASSIGNED", claimId: claim.id, actorId: actor.id, message: `${actor.name} assigned this claim to you.` });
}

// An editor sends a proposal back with comments: the claim returns to
// research, the proposal stays for the researcher to revise.
export async function sendBack(actor: Actor, input: SendBackInput): Promise<WorkflowResult> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "verdict.send_back", claim);
    const status = stepTo(claim.status, "send_back");
    await bumpVersion(tx, claim, input.version, { status });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "verdict.sent_back",
      changes: { status: { from: claim.status, to: status } },
      reason: input.comments,
    });
    await recordAudit(tx, { actorId: actor.id, action: "verdict.sent_back", targetType: "Claim", targetId: claim.id });
    await notify(tx, {
      recipients: [claim.verdict?.proposedById, claim.assigneeId],
      kind: "SENT_BACK",
      claimId: claim.id,
      actorId: actor.id,
      message: `${actor.name} sent the proposal back: ${input.comments}`,
    });
    return { id: claim.id, slug: claim.slug, wasPublished: false };
  });
}

// Takes a verdict off the public site. The proposal stays, unapproved, and
// the claim returns to research; the reason is kept in the history.
export async function unpublishClaim(actor: Actor, input: UnpublishInput): Promise<WorkflowResult> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.unpublish", claim);
    const status = stepTo(claim.status, "unpublish");
    await bumpVersion(tx, claim, input.version, { status, publishedAt: null });
    await tx.verdict.updateMany({ where: { claimId: claim.id }, data: { approvedById: null, approvedAt: null } });
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: "claim.unpublished",
      changes: { status: { from: claim.status, to: status } },
      reason: input.reason,
    });
    await recordAudit(tx, { actorId: actor.id, action: "claim.unpublished", targetType: "Claim", targetId: claim.id, details: { reason: input.reason } });
    return { id: claim.id, slug: claim.slug, wasPublished: true };
  });
}

// The claim another one repeats: given by its id, or the address of its desk
// or public page.
async function findOriginal(tx: Transaction, reference: string) {
  const key =
    reference
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "")
      .split("/")
      .pop() ?? "";
  const original = await tx.claim.findFirst({
    where: { OR: [{ id: key }, { slug: key }] },
    select: { id: true, slug: true, status: true, duplicateOfId: true },
  });
  if (!original) throw invalid("The claim it repeats was not found.", { duplicateOf: ["Paste the address of the other claim's desk page."] });
  return original;
}

// Archives a claim, with a reason. As a duplicate, its appearances and record
// move to the claim it repeats (what that claim already has stays once).
export async function archiveClaim(
  actor: Actor,
  input: ArchiveInput,
): Promise<WorkflowResult & { mergedInto?: { id: string; slug: string; published: boolean } }> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, input.duplicateOf ? "claim.merge" : "claim.archive", claim);
    const status = stepTo(claim.status, "archive");
    const original = input.duplicateOf ? await findOriginal(tx, input.duplicateOf) : null;
    if (original) {
      if (original.id === claim.id) throw invalid("A claim cannot be a duplicate of itself.", { duplicateOf: ["Paste the address of the other claim."] });
      if (original.status === "ARCHIVED")
        throw invalid("That claim is archived; merge into the claim it was merged into, or reopen it first.", {
          duplicateOf: ["Choose a claim that is not archived."],
        });
      // A published record changes only through a correction, with a note for readers.
      if (original.status === "PUBLISHED") {
        throw invalid(
          "That claim is published, and its record changes only through a correction. Archive this one without merging, and add its sources to the published claim with a correction if they matter.",
          { duplicateOf: ["Choose a claim that is not published, or leave this empty."] },
        );
      }
    }
    await bumpVersion(tx, claim, input.version, { status, publishedAt: null, duplicateOfId: original?.id ?? null });
    let moved = { appearances: 0, evidence: 0 };
    if (original) moved = await moveRecord(tx, claim.id, original.id);
    await recordRevision(tx, {
      claimId: claim.id,
      authorId: actor.id,
      action: original ? "claim.merged" : "claim.archived",
      changes: { status: { from: claim.status, to: status }, ...(original ? { duplicateOf: { from: null, to: original.slug } } : {}) },
      reason: input.reason,
    });
    if (original) {
      await recordRevision(tx, {
        claimId: original.id,
        authorId: actor.id,
        action: "claim.merged_in",
        changes: {
          mergedFrom: { from: null, to: claim.slug },
          appearancesMoved: { from: 0, to: moved.appearances },
          evidenceMoved: { from: 0, to: moved.evidence },
        },
        reason: input.reason,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: original ? "claim.merged" : "claim.archived",
      targetType: "Claim",
      targetId: claim.id,
      details: { reason: input.reason, ...(original ? { into: original.id, ...moved } : {}) },
    });
    return {
      id: claim.id,
      slug: claim.slug,
      wasPublished: claim.status === "PUBLISHED",
      mergedInto: original ? { id: original.id, slug: original.slug, published: original.status === "PUBLISHED" } : undefined,
    };
  });
}

// Moves what a duplicate gathered to the claim it repeats. A link or source
// the original already has is not doubled; the first appearance stays the
// original's own unless it had none.
async function moveRecord(tx: Transaction, fromId: string, toId: string) {
  const [target, appearances, evidence] = await Promise.all([
    tx.claim.findUniqueOrThrow({
      where: { id: toId },
      select: { appearances: { select: { url: true, isFirst: true } }, evidence: { select: { sourceId: true } } },
    }),
    tx.appearance.findMany({ where: { claimId: fromId }, orderBy: { seenAt: "asc" } }),
    tx.evidence.findMany({ where: { claimId: fromId } }),
  ]);
  const urls = new Set(target.appearances.map((row) => row.url));
  const targetHasFirst = target.appearances.some((row) => row.isFirst);
  const movingAppearances = appearances.filter((row) => !urls.has(row.url));
  for (const row of movingAppearances) {
    await tx.appearance.update({ where: { id: row.id }, data: { claimId: toId, isFirst: targetHasFirst ? false : row.isFirst } });
  }
  const sources = new Set(target.evidence.map((row) => row.sourceId));
  const movingEvidence = evidence.filter((row) => !sources.has(row.sourceId));
  if (movingEvidence.length) await tx.evidence.updateMany({ where: { id: { in: movingEvidence.map((row) => row.id) } }, data: { claimId: toId } });
  return { appearances: movingAppearances.length, evidence: movingEvidence.length };
}

// Brings an archived claim back as a draft. A merged claim stays merged: its
// record now lives on the other claim.
export async function reopenClaim(actor: Actor, input: ReopenInput): Promise<WorkflowResult> {
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.archive", claim);
    const row = await tx.claim.findUnique({ where: { id: claim.id }, select: { duplicateOfId: true } });
    if (!row) throw notFound("That claim");
    if (row.duplicateOfId) throw invalid("This claim was merged into another; its appearances and record are there now. Work on that claim instead.");
    const status = stepTo(claim.status, "reopen");
    await bumpVersion(tx, claim, input.version, { status, assigneeId: null });
    await recordRevision(tx, { claimId: claim.id, authorId: actor.id, action: "claim.reopened", changes: { status: { from: claim.status, to: status } } });
    await recordAudit(tx, { actorId: actor.id, action: "claim.reopened", targetType: "Claim", targetId: claim.id });
    return { id: claim.id, slug: claim.slug, wasPublished: false };
  });
}
