import { prisma } from "@/lib/db";
import type { MailKind } from "@/lib/mail/outbox";

// What the account tests read of the outbox: the mails an address was sent,
// and the token of the link in the newest one, as the person would click it.

export const mailsTo = (recipient: string, kind?: MailKind) =>
  prisma.mailMessage.findMany({ where: { recipient, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

export async function linkIn(recipient: string, kind: MailKind): Promise<{ url: URL; token: string }> {
  const mails = await mailsTo(recipient, kind);
  const text = mails.at(-1)?.text ?? "";
  const address = text.match(/https?:\/\/\S+\?token=[A-Za-z0-9_-]{43}/)?.[0];
  if (!address) throw new Error(`no ${kind} link mailed to ${recipient}`);
  const url = new URL(address);
  return { url, token: url.searchParams.get("token")! };
}
