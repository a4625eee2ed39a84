import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { checkLoginThrottle, throttleMessage } from "@/lib/auth/throttle";
import { isUniqueClash } from "@/lib/database/unique-clash";
import { prisma, type Transaction } from "@/lib/db";
import { conflict, DomainError, invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/history/record";
import { mailAccountChanged, mailEmailConfirmation } from "./account-mail";
import { EMAIL_LINK } from "./link-messages";
import { issueToken, useToken } from "./tokens";

// What a signed-in person changes about their own account on /desk/account.
// Every function takes the actor and touches only the actor's row: there is
// no user id in these forms, so nobody can aim them at a colleague.

export async function renameSelf(actor: Actor, input: { name: string }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    if (before.name === input.name) return { name: input.name };
    const updated = await tx.user.update({ where: { id: actor.id }, data: { name: input.name }, select: { name: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.renamed",
      targetType: "User",
      targetId: actor.id,
      details: { from: before.name, to: input.name },
    });
    return updated;
  });
}

// The current password guards the two changes that would hand the account to
// someone else (its address, its password), so a session left open on a
// newsroom computer is not enough. Wrong guesses count as failed sign-ins, so
// the sign-in throttle stops someone trying passwords through this form.
async function checkCurrentPassword(tx: Transaction, actor: Actor, currentPassword: string, ip: string) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
  const throttle = await checkLoginThrottle(user.email, ip, new Date(), tx);
  if (throttle.blocked) throw new DomainError("rate_limited", throttleMessage(throttle));
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await tx.loginAttempt.create({ data: { email: user.email, ip, succeeded: false } });
    return null;
  }
  return user;
}

const wrongCurrent = () => invalid("Your current password is not right.", { currentPassword: ["Your current password is not right."] });

// The wrong-password attempt must be recorded even though the change is
// refused, so the refusal leaves the transaction normally and is thrown after.
async function withCurrentPassword<T>(
  actor: Actor,
  currentPassword: string,
  ip: string,
  work: (tx: Transaction, user: { id: string; email: string; name: string }) => Promise<T>,
): Promise<T> {
  const outcome = await prisma.$transaction(async (tx) => {
    const user = await checkCurrentPassword(tx, actor, currentPassword, ip);
    return user ? { done: true as const, result: await work(tx, user) } : { done: false as const };
  });
  if (!outcome.done) throw wrongCurrent();
  return outcome.result;
}

// Nothing changes yet: a link goes to the new address, and the change
// applies only when it is followed (confirmEmailChange), so a typo cannot
// lock the person out and nobody can move an account to an address they do
// not read.
export async function requestEmailChange(actor: Actor, input: { newEmail: string; currentPassword: string }, ip: string) {
  if (input.newEmail === actor.email) throw invalid("That is already your address.", { newEmail: ["That is already your address."] });
  return withCurrentPassword(actor, input.currentPassword, ip, async (tx, user) => {
    const taken = await tx.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
    if (taken) throw conflict("That address belongs to another desk account.");
    const token = await issueToken(tx, "EMAIL_CHANGE", user.id, { newEmail: input.newEmail });
    await mailEmailConfirmation(tx, user, input.newEmail, token);
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.email_change_requested",
      targetType: "User",
      targetId: user.id,
      ip,
      details: { to: input.newEmail },
    });
    return { newEmail: input.newEmail };
  });
}

// Following the link proves the new mailbox is the person's. Sessions carry
// the account's id, not its address, so nobody is signed out; the old
// address is told, in case it was not the owner who asked.
export async function confirmEmailChange(input: { token: string }) {
  try {
    return await prisma.$transaction(async (tx) => {
      const { userId, newEmail } = await useToken(tx, "EMAIL_CHANGE", input.token, EMAIL_LINK);
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
      if (!newEmail || before.disabledAt) throw new DomainError("forbidden", "This account cannot be changed. Ask a desk admin.");
      const updated = await tx.user.update({ where: { id: userId }, data: { email: newEmail }, select: { id: true, email: true, name: true } });
      await mailAccountChanged(tx, before, `The email address of your desk account was changed to ${newEmail}. Sign in with the new address from now on.`);
      await recordAudit(tx, {
        actorId: userId,
        action: "user.email_changed",
        targetType: "User",
        targetId: userId,
        details: { from: before.email, to: newEmail },
      });
      return updated;
    });
  } catch (error) {
    // Someone took the address between the request and the confirmation.
    if (isUniqueClash(error)) throw conflict("That address now belongs to another desk account, so the change was not made.");
    throw error;
  }
}

// A new password ends every session of the account, this one included (the
// session version moves on); the action then signs this browser in again
// with the new password, so only the *other* sessions end.
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; password: string }, ip: string) {
  const passwordHash = await hashPassword(input.password);
  return withCurrentPassword(actor, input.currentPassword, ip, async (tx, user) => {
    await tx.accountToken.deleteMany({ where: { userId: user.id, kind: "PASSWORD_RESET", usedAt: null } });
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true, sessionVersion: true },
    });
    await mailAccountChanged(tx, user, "The password of your desk account was changed from its account page, and its other sessions were signed out.");
    await recordAudit(tx, { actorId: user.id, action: "user.password_changed", targetType: "User", targetId: user.id, ip });
    return updated;
  });
}
