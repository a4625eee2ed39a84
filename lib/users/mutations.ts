import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma, type Transaction } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/history/record";

// Changing a role bumps the session version: the person's current session
// ends on their next request and they sign in again with the new role.
export async function changeRole(actor: Actor, input: { userId: string; role: Role }) {
  if (input.userId === actor.id) throw forbidden("You cannot change your own role; ask another admin.");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw notFound("That account");
    if (user.role === input.role) return user;
    await keepOneAdmin(tx, user);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role_changed",
      targetType: "User",
      targetId: user.id,
      details: { from: user.role, to: input.role },
    });
    return updated;
  });
}

// The newsroom must always keep one working admin, or nobody could manage
// accounts again. Locking the active admins' rows makes two admins demoting
// each other at the same moment take turns, so the second is refused.
async function keepOneAdmin(tx: Transaction, leaving: { id: string; role: Role; disabledAt: Date | null }) {
  if (leaving.role !== "ADMIN" || leaving.disabledAt) return;
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  if (admins.filter((admin) => admin.id !== leaving.id).length === 0) {
    throw forbidden("This is the last active admin. Make someone else an admin first.");
  }
}

export async function setDisabled(actor: Actor, input: { userId: string; disabled: boolean }) {
  if (input.userId === actor.id) throw forbidden("You cannot disable your own account.");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw notFound("That account");
    if (input.disabled) await keepOneAdmin(tx, user);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { disabledAt: input.disabled ? new Date() : null, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.disabled ? "user.disabled" : "user.enabled",
      targetType: "User",
      targetId: user.id,
    });
    return updated;
  });
}
