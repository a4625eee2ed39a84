import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/history/record";

// Signing out revokes the session on the server too, not only the cookie in
// this browser: a copied token (a shared terminal, a stolen cookie) stops
// working at once. It also ends the person's sessions on other devices, which
// is what a reporter leaving a newsroom computer wants.
export async function endSessions(actor: Actor, ip: string) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "auth.signout", targetType: "User", targetId: actor.id, ip });
  });
}
