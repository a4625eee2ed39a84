import "server-only";
import type { Transaction } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { site } from "@/lib/site";
import { absolute, emailConfirmationPath, invitationPath, resetPath } from "./links";

// The emails of account self-service, written into the outbox in the
// transaction of the change they carry (lib/mail/outbox.ts). The single-use
// link is in the text only: the outbox blanks a sent link mail's text.

const signature = () => `\n\n— ${site.name}`;

export function mailInvitation(tx: Transaction, invitee: { id: string; name: string; email: string }, invitedBy: string, token: string) {
  return queueMail(tx, {
    to: invitee.email,
    userId: invitee.id,
    kind: "INVITATION",
    subject: `You are invited to the ${site.name} desk`,
    text:
      `Hello ${invitee.name},\n\n${invitedBy} has invited you to the ${site.name} newsroom desk. ` +
      `Choose your password here to join:\n\n${absolute(invitationPath(token))}\n\n` +
      `The link works once and for 7 days. If you were not expecting this, you can ignore this email.${signature()}`,
  });
}

export function mailPasswordReset(tx: Transaction, user: { id: string; name: string; email: string }, token: string) {
  return queueMail(tx, {
    to: user.email,
    userId: user.id,
    kind: "PASSWORD_RESET",
    subject: `Reset your ${site.name} desk password`,
    text:
      `Hello ${user.name},\n\nSomeone (we hope you) asked to reset the password of your desk account. Choose a new one here:\n\n` +
      `${absolute(resetPath(token))}\n\nThe link works once and for one hour. Setting a new password signs you out everywhere. ` +
      `If you did not ask for this, ignore this email: your password stays as it is.${signature()}`,
  });
}

export function mailEmailConfirmation(tx: Transaction, user: { id: string; name: string }, newEmail: string, token: string) {
  return queueMail(tx, {
    to: newEmail,
    userId: user.id,
    kind: "EMAIL_CONFIRMATION",
    subject: `Confirm your new ${site.name} desk email`,
    text:
      `Hello ${user.name},\n\nYou asked to use this address for your desk account. Confirm it here:\n\n` +
      `${absolute(emailConfirmationPath(token))}\n\nThe link works once and for 24 hours. Until you confirm, you keep signing in with your current address. ` +
      `If you did not ask for this, ignore this email.${signature()}`,
  });
}

// Told to the address the account had, after a change that someone holding
// the session or the mailbox could make: the owner learns of it either way.
export function mailAccountChanged(tx: Transaction, user: { id: string; name: string; email: string }, what: string) {
  return queueMail(tx, {
    to: user.email,
    userId: user.id,
    kind: "PASSWORD_CHANGED",
    subject: `Your ${site.name} desk account was changed`,
    text:
      `Hello ${user.name},\n\n${what}\n\nIf this was you, there is nothing to do. If it was not, ask a desk admin at once: ` +
      `they can disable the account, which signs it out everywhere.${signature()}`,
  });
}
