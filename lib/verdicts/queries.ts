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
      verdict: {
        select: {
          summary: true,
          proposedAt: true,
          proposedById: true,
          proposedBy: { select: { name: true } },
          rating: { select: { label: true, colour: true } },
        },
      },
    },
  });
}

// Settlements of due predictions and promises waiting for a second editor.
export async function settlementsWaiting(actor: Actor | null) {
  if (!decide(actor, "desk.view").allowed) return [];
  return prisma.verdict.findMany({
    where: { settlementProposedAt: { not: null }, claim: { status: "PUBLISHED" } },
    orderBy: { settlementProposedAt: "asc" },
    take: 200,
    select: {
      settlementSummary: true,
      settlementProposedAt: true,
      settlementProposedById: true,
      settlementProposedBy: { select: { name: true } },
      settlementRating: { select: { label: true, colour: true } },
      claim: { select: { id: true, text: true, speaker: { select: { name: true } } } },
    },
  });
}
