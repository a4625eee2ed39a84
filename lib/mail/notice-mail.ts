import "server-only";
import type { Transaction } from "@/lib/db";
import { noticeMail } from "./notice-words";
import { queueMail } from "./outbox";

// Desk notices by email, for people who asked for them at once: one NOTICE
// mail each, written in the transaction that writes the notice, so it is
// sent exactly when the change committed. Returns who was mailed, so their
// notices are marked and the daily digest never repeats them. Disabled
// accounts get nothing.
export async function mailNoticeAtOnce(
  tx: Transaction,
  notice: { recipientIds: string[]; kind: string; claimId: string; message: string },
): Promise<Set<string>> {
  const people = await tx.user.findMany({
    where: { id: { in: notice.recipientIds }, noticeEmails: "AT_ONCE", disabledAt: null },
    select: { id: true, email: true },
  });
  if (people.length === 0) return new Set();
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: notice.claimId }, select: { text: true } });
  const mail = noticeMail({ kind: notice.kind, message: notice.message, claimId: notice.claimId, claimText: claim.text, createdAt: new Date() });
  for (const person of people) {
    await queueMail(tx, { to: person.email, userId: person.id, kind: "NOTICE", ...mail });
  }
  return new Set(people.map((person) => person.id));
}
