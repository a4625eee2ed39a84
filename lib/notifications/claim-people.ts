import "server-only";
import type { Transaction } from "@/lib/db";

// Who is told when a background job finds something about a claim (a source
// changed, a forecast coming due): nobody acted, so nobody is left out as the
// actor. Disabled accounts are passed over; when none of the claim's own
// people remain, the editors are told, so the notice reaches someone.

export async function activeEditors(tx: Transaction): Promise<string[]> {
  const editors = await tx.user.findMany({
    where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return editors.map((editor) => editor.id);
}

export async function activeAmong(tx: Transaction, candidates: (string | null | undefined)[]): Promise<string[]> {
  const ids = [...new Set(candidates.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return [];
  const people = await tx.user.findMany({ where: { id: { in: ids }, disabledAt: null }, select: { id: true } });
  const active = new Set(people.map((person) => person.id));
  return ids.filter((id) => active.has(id));
}

// The claim's assignee, the reporter who logged it and the editor who
// published it; the editors if none of them can be told.
export async function claimPeopleOrEditors(
  tx: Transaction,
  claim: { assigneeId: string | null; createdById: string; publishedById: string | null },
): Promise<string[]> {
  const people = await activeAmong(tx, [claim.assigneeId, claim.createdById, claim.publishedById]);
  return people.length > 0 ? people : activeEditors(tx);
}
