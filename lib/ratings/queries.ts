import "server-only";
import { prisma } from "@/lib/db";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { scaleFor } from "@/lib/ratings/scope";

export async function ratingsFor(kind: ClaimKind) {
  return prisma.rating.findMany({
    where: { active: true, appliesTo: { in: [scaleFor(kind), "ALL"] } },
    orderBy: { position: "asc" },
  });
}

export async function publishedScale() {
  return prisma.rating.findMany({ where: { active: true }, orderBy: [{ appliesTo: "asc" }, { position: "asc" }] });
}
