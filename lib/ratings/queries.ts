import "server-only";
import { prisma } from "@/lib/db";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

export async function ratingsFor(kind: ClaimKind) {
  const scope = kind === "STATEMENT" ? "STATEMENT" : "FORECAST";
  return prisma.rating.findMany({
    where: { active: true, appliesTo: { in: [scope, "ALL"] } },
    orderBy: { position: "asc" },
  });
}

export async function publishedScale() {
  return prisma.rating.findMany({ where: { active: true }, orderBy: [{ appliesTo: "asc" }, { position: "asc" }] });
}
