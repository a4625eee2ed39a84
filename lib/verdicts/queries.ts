import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";

// Proposals waiting for an editor, the longest-waiting first.
export async function reviewQueue(actor: Actor | null) {
  if (!decide(actor, "desk.view").allowed) return [];
  return prisma.claim.findMany({
    where: { status: "IN_REVIEW", verdict: { isNot: null } },
    orderBy: { verdict: { proposedAt: "asc" } },
    take: 200,
    select: {
      id: true,
      text: true,
      kind: true,
      speaker: { select: { name: true } },
      assignee: { select: { name: true } },
      verdict: { select: { summary: true, proposedAt: true, proposedById: true, proposedBy: { select: { name: true } }, rating: { select: { label: true, colour: true } } } },
    },
  });
}
