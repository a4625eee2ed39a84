import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";

const PAGE = 30;

// One person's notices, unread first then newest; only ever their own.
export async function myNotifications(actor: Actor | null, options: { before?: Date } = {}) {
  if (!actor || !decide(actor, "desk.view").allowed) return { notices: [], more: false };
  const rows = await prisma.notification.findMany({
    where: { recipientId: actor.id, ...(options.before ? { createdAt: { lt: options.before } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: {
      id: true,
      kind: true,
      message: true,
      readAt: true,
      createdAt: true,
      claim: { select: { id: true, text: true } },
      actor: { select: { name: true } },
    },
  });
  return { notices: rows.slice(0, PAGE), more: rows.length > PAGE };
}

export async function unreadCount(actor: Actor | null): Promise<number> {
  if (!actor || !decide(actor, "desk.view").allowed) return 0;
  return prisma.notification.count({ where: { recipientId: actor.id, readAt: null } });
}
