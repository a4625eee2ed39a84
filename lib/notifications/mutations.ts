import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";

// Marks notices read: one, or all of them. The recipient is part of the
// condition, so nobody can mark someone else's notices.
export async function markRead(actor: Actor, input: { notificationId?: string }) {
  const { count } = await prisma.notification.updateMany({
    where: { recipientId: actor.id, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
