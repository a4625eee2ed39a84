import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { AccountTokenKind } from "@/lib/generated/prisma/enums";
import { lookUpToken, type TokenState } from "./tokens";

// What a page behind an emailed link shows before anything is submitted:
// whether the link still works and, if it does, whose account it is for (the
// first name greets them; nothing else about the account is shown).
export async function linkOnPage(kind: AccountTokenKind, token: string): Promise<{ state: TokenState; name?: string; newEmail?: string | null }> {
  const found = await lookUpToken(prisma, kind, token);
  if (found.state !== "usable" || !found.userId) return { state: found.state };
  const user = await prisma.user.findUnique({ where: { id: found.userId }, select: { name: true, disabledAt: true } });
  // A link to an account disabled since is as good as gone.
  if (!user || user.disabledAt) return { state: "unknown" };
  return { state: "usable", name: user.name, newEmail: found.newEmail };
}

// The signed-in person's own account, for /desk/account.
export async function ownAccount(actor: Actor) {
  const account = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, role: true, noticeEmails: true, createdAt: true },
  });
  const pendingEmail = await prisma.accountToken.findFirst({
    where: { userId: actor.id, kind: "EMAIL_CHANGE", usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { newEmail: true, expiresAt: true },
  });
  return { ...account, pendingEmail };
}
