import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";

export async function listAccounts(actor: Actor | null) {
  if (!decide(actor, "users.manage").allowed) return [];
  return prisma.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      lastLoginAt: true,
      createdAt: true,
      invitedAt: true,
      joinedAt: true,
      // The waiting invitation's link, to say when it runs out.
      accountTokens: { where: { kind: "INVITATION", usedAt: null }, select: { expiresAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
}

// People a claim can be assigned to: every active account, by name. An
// invited colleague counts once they have joined: until then nobody knows
// whether they will, and the claim would sit with no one able to open it.
export async function assignablePeople(actor: Actor | null) {
  if (!decide(actor, "claim.assign").allowed) return [];
  return prisma.user.findMany({
    where: { disabledAt: null, OR: [{ invitedAt: null }, { joinedAt: { not: null } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
