import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { ClaimStatus } from "@/lib/claims/labels";
import { prisma } from "@/lib/db";

// The claims just logged from an article, named on the queue so the reporter
// can open each one, whatever the queue's filters show.
export type LoggedClaim = { id: string; text: string; status: ClaimStatus; assignee: { id: string; name: string } | null };

export async function loggedClaims(actor: Actor, ids: string[]): Promise<LoggedClaim[]> {
  if (ids.length === 0 || !decide(actor, "desk.view").allowed) return [];
  const found = await prisma.claim.findMany({
    where: { id: { in: ids } },
    select: { id: true, text: true, status: true, assignee: { select: { id: true, name: true } } },
  });
  // In the order they were logged, which is the article's order.
  const byId = new Map(found.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
