import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/history/record";
import { mailAccountChanged, mailPasswordReset } from "./account-mail";
import { RESET_LINK } from "./link-messages";
import { countResetRequest, resetThrottleMessage } from "./reset-throttle";
import { issueToken, useToken } from "./tokens";

// "Forgot your password?": a link by email, valid one hour, used once.

// The one answer to every request that is not throttled, whether or not the
// address has an account, and whether or not that account may be reset.
export const RESET_REQUESTED =
  "If that address belongs to an active desk account, a reset link is on its way to it. It works for one hour. Check your spam folder if nothing arrives in a few minutes.";

// Every request answers after at least this long. Writing the link and its
// mail takes a few milliseconds an unknown address does not, which a patient
// attacker could measure; padding every answer to a floor well above that
// work makes the two paths take the same time, as far as a network shows.
export const RESET_ANSWER_FLOOR_MS = 300;

export async function requestPasswordReset(input: { email: string; ip: string }): Promise<{ mailed: boolean }> {
  const floor = sleep(RESET_ANSWER_FLOOR_MS);
  try {
    const allowance = await countResetRequest(input.email, input.ip);
    if (!allowance.allowed) throw new DomainError("rate_limited", resetThrottleMessage(allowance));
    const mailed = await prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email: input.email } });
      // A disabled account, or an invitation nobody has accepted yet, gets
      // no mail: the admin decides who comes (back) in.
      if (!user || user.disabledAt || (user.invitedAt && !user.joinedAt)) return false;
      const token = await issueToken(tx, "PASSWORD_RESET", user.id);
      await mailPasswordReset(tx, user, token);
      await recordAudit(tx, { actorId: null, action: "auth.password_reset_requested", targetType: "User", targetId: user.id, ip: input.ip });
      return true;
    });
    return { mailed };
  } finally {
    await floor;
  }
}

// A new password from the link: the link is used (and any other reset link
// of the account with it), every session of the account ends, and the
// account's address is told, in case the mailbox was not the owner's.
export async function resetPassword(input: { token: string; password: string; ip?: string }) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const { userId } = await useToken(tx, "PASSWORD_RESET", input.token, RESET_LINK);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    // Disabled since the mail went out: the link dies with the access.
    if (user.disabledAt) throw new DomainError("forbidden", "This account has been disabled. Ask a desk admin if you need access again.");
    await tx.accountToken.deleteMany({ where: { userId, kind: "PASSWORD_RESET", usedAt: null } });
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true, sessionVersion: true },
    });
    await mailAccountChanged(tx, updated, "The password of your desk account was reset from an emailed link, and every session of the account was signed out.");
    await recordAudit(tx, { actorId: userId, action: "auth.password_reset", targetType: "User", targetId: userId, ip: input.ip ?? null });
    return updated;
  });
}
