import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/history/record";
import { settings } from "@/lib/settings";

// An admin sends a failed email again once the cause is fixed (SMTP_URL
// corrected, the server back), or, once a mail server is set up, an email
// that was held in the outbox. It goes back to the queue with its tries
// counted afresh; mail already sent or waiting is left alone.
export async function sendAgain(actor: Actor, input: { mailId: string }) {
  if (!settings().SMTP_URL) {
    throw invalid("No mail server is set up (SMTP_URL), so nothing can be sent: the email stays in the outbox. Pass its link on yourself.");
  }
  return prisma.$transaction(async (tx) => {
    const mail = await tx.mailMessage.findUnique({ where: { id: input.mailId }, select: { id: true, status: true, kind: true, recipient: true } });
    if (!mail) throw notFound("That email");
    if (mail.status === "SENT") throw conflict("This email was already sent.");
    if (mail.status === "QUEUED") throw conflict("This email is already waiting to be sent.");
    await tx.mailMessage.update({
      where: { id: mail.id },
      data: { status: "QUEUED", attempts: 0, lastError: null, nextAttemptAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mail.resent",
      targetType: "MailMessage",
      targetId: mail.id,
      details: { kind: mail.kind, recipient: mail.recipient, was: mail.status },
    });
    return mail;
  });
}
