import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { CLAIM_OWN_SELECT, type ClaimOwnValues } from "@/lib/claims/fields";
import { authorizeOnClaim, bumpVersion, loadClaimFacts } from "@/lib/claims/mutations";
import { editClaimSchema } from "@/lib/claims/schema";
import { formatDateTime, isoDate, wallClockIn } from "@/lib/dates";
import { prisma, type Transaction } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/form-fields";
import { fieldLabel, isRecord } from "@/lib/history/fields";
import { diff, recordAudit, recordRevision } from "@/lib/history/record";
import type { RestorableField, RestoreInput } from "@/lib/history/restore-schema";
import { isDateInRange } from "@/lib/input-rules";

// Restoring an earlier value is a new change like any edit: same permission
// (claim.edit, so reporters only on their own or assigned claims and nobody
// after publication), same version check, same claim rules, and a new
// revision saying what was restored. Nothing already in the history is
// touched; the database refuses to UPDATE or DELETE a revision anyway.

type ClaimValues = ClaimOwnValues;

type StoredChanges = Record<string, unknown>;

// The fields restored together when a person asks for one.
export function fieldsToRestore(field: RestorableField, changes: StoredChanges): RestorableField[] {
  // An instant means nothing without the zone it was given in, and the other
  // way round: "14:30 in Tehran" is one value.
  if (field === "madeAt" || field === "madeAtTimeZone") return ["madeAt", "madeAtTimeZone"];
  // Turning a prediction into a statement cleared its settle terms in the same
  // change; going back brings them back with it.
  if (field === "kind") return ["kind", ...(["settleBy", "settleCriteria"] as const).filter((name) => name in changes)];
  return [field];
}

// What a field held just before a revision: the revision's own `from` if it
// changed the field; otherwise the `from` of the next revision that did (the
// value stayed put until then); otherwise what the claim holds now. Every
// change to these fields leaves a revision, so the walk is exact.
export function valueBefore(field: string, changes: StoredChanges, later: StoredChanges[], now: unknown): unknown {
  for (const entry of [changes, ...later]) {
    const change = entry[field];
    if (isRecord(change) && "from" in change) return change.from ?? null;
  }
  return now;
}

export async function restoreEarlierValue(actor: Actor, input: RestoreInput) {
  return prisma.$transaction(async (tx) => {
    const facts = await loadClaimFacts(tx, input.claimId);
    authorizeOnClaim(actor, "claim.edit", facts);
    // Scoped to the claim: a revision id from another claim is "not found",
    // never a way to copy that claim's words into this one.
    const revision = await tx.revision.findFirst({
      where: { id: input.revisionId, claimId: facts.id },
      select: { id: true, createdAt: true, changes: true },
    });
    if (!revision) throw notFound("That revision");
    const changes: StoredChanges = isRecord(revision.changes) ? revision.changes : {};
    const label = fieldLabel(input.field);
    const fields = fieldsToRestore(input.field, changes);
    if (!fields.some((field) => field in changes)) throw invalid(`That change did not touch ${label.toLowerCase()}, so there is nothing to restore from it.`);

    const current = (await tx.claim.findUniqueOrThrow({ where: { id: facts.id }, select: CLAIM_OWN_SELECT })) as ClaimValues;
    const later = fields.every((field) => field in changes) ? [] : await laterChanges(tx, facts.id, revision);
    const earlier: Partial<Record<RestorableField, unknown>> = {};
    for (const field of fields) earlier[field] = valueBefore(field, changes, later, current[field]);
    const next = await storedValues(tx, earlier);
    // A statement has nothing to settle (updateClaim clears the terms too).
    if (next.kind === "STATEMENT") Object.assign(next, { settleBy: null, settleCriteria: null });

    const restored = diff(current as unknown as Record<string, unknown>, next);
    if (Object.keys(restored).length === 0) {
      throw invalid(`${label} already holds that earlier value, so nothing was changed.`);
    }
    checkClaimRules(facts.id, { ...current, ...next });
    // Restoring earlier words rewords the claim: the restorer is then the
    // wording's author, and someone else publishes it.
    const reworded = "text" in restored || "quote" in restored;
    await bumpVersion(tx, facts, input.version, reworded ? { ...next, wordingById: actor.id } : next);
    await recordRevision(tx, {
      claimId: facts.id,
      authorId: actor.id,
      action: "claim.restored",
      changes: restored,
      reason: `Restored the value from before the change of ${formatDateTime(revision.createdAt)}`,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.restored",
      targetType: "Claim",
      targetId: facts.id,
      details: { fields: Object.keys(restored), revisionId: revision.id },
    });
    return { id: facts.id, slug: facts.slug, label, fields: Object.keys(restored) };
  });
}

// Revisions after this one, oldest first. Revisions written in one
// transaction may share a timestamp; the id breaks the tie the way the history
// page orders them.
async function laterChanges(tx: Transaction, claimId: string, revision: { id: string; createdAt: Date }): Promise<StoredChanges[]> {
  const rows = await tx.revision.findMany({
    where: { claimId, OR: [{ createdAt: { gt: revision.createdAt } }, { createdAt: revision.createdAt, id: { gt: revision.id } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { changes: true },
  });
  return rows.map((row) => (isRecord(row.changes) ? row.changes : {}));
}

// Revisions store instants as ISO strings; the claim holds dates. A speaker
// merged since then stands for the one it was merged into (as in updateClaim).
async function storedValues(tx: Transaction, earlier: Partial<Record<RestorableField, unknown>>): Promise<Partial<ClaimValues>> {
  const next: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(earlier)) {
    if (field === "madeAt" || field === "settleBy") {
      const date = typeof value === "string" ? new Date(value) : null;
      if (date && !isDateInRange(date)) throw invalid("The earlier date in the history cannot be read, so it cannot be restored.");
      next[field] = date;
    } else if (field === "speakerId") {
      const speaker = typeof value === "string" ? await tx.speaker.findUnique({ where: { id: value }, select: { id: true, mergedIntoId: true } }) : null;
      if (!speaker) throw invalid("The earlier speaker is no longer on file, so it cannot be restored.");
      next[field] = speaker.mergedIntoId ?? speaker.id;
    } else {
      next[field] = typeof value === "string" || value === null ? value : null;
    }
  }
  return next as Partial<ClaimValues>;
}

// The claim, with the earlier value in place, must still pass the rules the
// edit form applies (rules may have tightened since the value was written).
// It is checked through the edit form's own schema, so there is one copy of
// the rules.
function checkClaimRules(claimId: string, claim: ClaimValues) {
  if (claim.kind === "STATEMENT" && (claim.settleBy || claim.settleCriteria)) {
    throw invalid("A statement has no checkable-by date or settle terms. Change the claim's kind to a prediction or promise first.");
  }
  const said = claim.madeAtTimeZone ? wallClockIn(claim.madeAt, claim.madeAtTimeZone) : { day: isoDate(claim.madeAt), time: undefined };
  const parsed = editClaimSchema.safeParse({
    claimId,
    version: "1",
    text: claim.text,
    quote: claim.quote ?? "",
    context: claim.context ?? "",
    madeAt: said.day,
    madeAtTime: said.time ?? "",
    timeZone: claim.madeAtTimeZone ?? "",
    venue: claim.venue ?? "",
    kind: claim.kind,
    settleBy: claim.settleBy ? isoDate(claim.settleBy) : "",
    settleCriteria: claim.settleCriteria ?? "",
    speakerId: claim.speakerId,
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const first = Object.values(fieldErrors).flat()[0] ?? parsed.error.issues[0]?.message ?? "It does not pass the claim's rules.";
    throw invalid(`The earlier value cannot be restored: ${first}`, fieldErrors);
  }
}
