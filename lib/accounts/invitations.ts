import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { isUniqueClash } from "@/lib/database/unique-clash";
import { prisma, type Transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/history/record";
import { mailInvitation } from "./account-mail";
import { INVITATION_LINK } from "./link-messages";
import { issueToken, useToken } from "./tokens";

// Invitations instead of admin-chosen passwords: the admin names the person,
// their address and role; the account exists at once (so it is listed, can
// be resent or revoked, and the address is taken) but cannot sign in until
// the person follows the mailed link and chooses a password nobody else has
// seen.

// Until then the account holds the hash of 32 random bytes nobody ever sees:
// no password matches it, so sign-in refuses it like any wrong password and
// the login code needs no special case.
const unusablePasswordHash = () => hashPassword(randomBytes(32).toString("base64url"));

export async function inviteColleague(actor: Actor, input: { name: string; email: string; role: Role }) {
  const passwordHash = await unusablePasswordHash();
  try {
    return await prisma.$transaction(async (tx) => {
      const invitee = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, passwordHash, invitedAt: new Date() },
        select: { id: true, email: true, name: true, role: true },
      });
      const token = await issueToken(tx, "INVITATION", invitee.id);
      await mailInvitation(tx, invitee, actor.name, token);
      await recordAudit(tx, { actorId: actor.id, action: "user.invited", targetType: "User", targetId: invitee.id, details: { role: invitee.role } });
      return invitee;
    });
  } catch (error) {
    if (isUniqueClash(error)) throw conflict(`An account for ${input.email} already exists.`);
    throw error;
  }
}

// Only an invitation nobody has accepted can be resent or revoked; the row
// is locked so a resend and an acceptance at the same moment take turns.
async function waitingInvitee(tx: Transaction, userId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE id = ${userId} AND "invitedAt" IS NOT NULL AND "joinedAt" IS NULL FOR UPDATE`;
  if (!row) throw notFound("That invitation (it may have been accepted or revoked meanwhile)");
  return tx.user.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, name: true, email: true } });
}

// A fresh link, valid 7 days from now; the earlier one stops working.
export async function resendInvitation(actor: Actor, input: { userId: string }) {
  return prisma.$transaction(async (tx) => {
    const invitee = await waitingInvitee(tx, input.userId);
    const token = await issueToken(tx, "INVITATION", invitee.id);
    await mailInvitation(tx, invitee, actor.name, token);
    await tx.user.update({ where: { id: invitee.id }, data: { invitedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "user.invitation_resent", targetType: "User", targetId: invitee.id });
    return invitee;
  });
}

// Revoking removes the account the invitation made, freeing its address.
// An invitee can be assigned claims before joining (assignment lists every
// active account); removing that account would quietly unassign them, so it
// is disabled instead, its link voided, and it stays in the list.
export async function revokeInvitation(actor: Actor, input: { userId: string }): Promise<{ name: string; outcome: "removed" | "disabled" }> {
  return prisma.$transaction(async (tx) => {
    const invitee = await waitingInvitee(tx, input.userId);
    const assigned = await tx.claim.count({ where: { assigneeId: invitee.id } });
    if (assigned === 0) {
      await tx.user.delete({ where: { id: invitee.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.invitation_revoked",
        targetType: "User",
        targetId: invitee.id,
        details: { email: invitee.email },
      });
      return { name: invitee.name, outcome: "removed" as const };
    }
    await tx.accountToken.deleteMany({ where: { userId: invitee.id, kind: "INVITATION" } });
    await tx.user.update({ where: { id: invitee.id }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.invitation_revoked",
      targetType: "User",
      targetId: invitee.id,
      details: { email: invitee.email, claimsAssigned: assigned },
    });
    return { name: invitee.name, outcome: "disabled" as const };
  });
}

// The invitee chooses their password: the link is used, the account joins.
// A disabled account (revoked meanwhile) cannot join through an old link.
export async function acceptInvitation(input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const { userId } = await useToken(tx, "INVITATION", input.token, INVITATION_LINK);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (user.disabledAt || user.joinedAt) throw notFound("That invitation");
    const joined = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, joinedAt: new Date(), sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "user.joined", targetType: "User", targetId: user.id });
    return joined;
  });
}
