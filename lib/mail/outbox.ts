import "server-only";
import type { Transaction } from "@/lib/db";
import { settings } from "@/lib/settings";

// Every email OnRecord sends starts here, as a row written in the caller's
// transaction: a mail exists exactly when the change that caused it
// committed, and a crash between the two cannot send mail about something
// that did not happen. The deliver-mail job (lib/mail/deliver.ts) sends the
// rows; after committing, the caller may ask for it at once with
// queueJob("deliver-mail") rather than wait for its minute.

export type MailKind = "INVITATION" | "PASSWORD_RESET" | "EMAIL_CONFIRMATION" | "PASSWORD_CHANGED" | "NOTICE" | "DIGEST";

export type OutgoingMail = { to: string; userId?: string | null; kind: MailKind; subject: string; text: string };

// A subject is one header line: a line break in it would let the rest be read
// as further headers, so it is folded to spaces here whatever the caller gave.
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, " ").trim();

export async function queueMail(tx: Transaction, mail: OutgoingMail): Promise<void> {
  const to = mail.to.trim();
  if (!/^[^\s<>@,;"]+@[^\s<>@,;"]+$/.test(to)) {
    throw new Error(`queueMail: "${to}" is not one plain email address.`);
  }
  await tx.mailMessage.create({
    data: {
      recipient: to,
      userId: mail.userId ?? null,
      kind: mail.kind,
      subject: oneLine(mail.subject),
      text: mail.text,
      // Without a mail server (the embedded demo) nothing will ever send it:
      // it goes straight to the outbox admins read on the desk.
      status: settings().SMTP_URL ? "QUEUED" : "HELD",
    },
  });
}
