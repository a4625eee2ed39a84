import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { publicReads } from "@/lib/database/replicas";
import { prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { scaleFor } from "@/lib/ratings/scope";

// The scale's order is one sequence of positions across every rating. Ties
// (rows written outside the scale page) fall back to age, so the order shown
// is the order the next move renumbers from.
export const SCALE_ORDER = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const satisfies object[];

// What a proposal may choose: ratings in force on this claim's scale, in order.
// Retired ratings are left out; verdicts that already use one keep it.
export async function ratingsFor(kind: ClaimKind) {
  return prisma.rating.findMany({
    where: { active: true, appliesTo: { in: [scaleFor(kind), "ALL"] } },
    orderBy: [...SCALE_ORDER],
  });
}

// The scale in force, in the admins' order, for the methodology page. Pages
// split it into statements and forecasts themselves (a rating for both
// appears in each list at its place).
export async function publishedScale() {
  return publicReads.rating.findMany({ where: { active: true }, orderBy: [...SCALE_ORDER] });
}

// Every rating, retired ones too, with how many verdicts use each: the admin
// page. Counts include unpublished verdicts, so admins only.
export async function adminScale(actor: Actor | null) {
  const decision = decide(actor, "scale.manage");
  if (!decision.allowed) throw forbidden(decision.reason);
  const ratings = await prisma.rating.findMany({
    orderBy: [...SCALE_ORDER],
    include: { _count: { select: { verdicts: true } } },
  });
  return ratings.map(({ _count, ...rating }) => ({ ...rating, verdictCount: _count.verdicts }));
}

export type AdminRating = Awaited<ReturnType<typeof adminScale>>[number];
