import "server-only";
import { prisma } from "@/lib/db";
import { digestMail } from "./notice-words";
import { queueMail } from "./outbox";

// The daily digest: one mail per person who chose it, listing the notices
// still unread on the desk that no email has carried yet, each marked as
// mailed in the same transaction as the digest, so none is sent twice. A
// person gets at most one digest in DIGEST_GAP_HOURS, however often the job
// runs; a day the job missed is covered by the next digest, which reaches
// back to the previous one (at most a week).

export const DIGEST_GAP_HOURS = 20;
const REACH_BACK_DAYS = 7;

const hoursBefore = (time: Date, hours: number) => new Date(time.getTime() - hours * 3_600_000);

export async function sendDigests(options: { now?: Date } = {}): Promise<{ digests: number }> {
  const now = options.now ?? new Date();
  const readers = await prisma.user.findMany({ where: { noticeEmails: "DAILY_DIGEST", disabledAt: null }, select: { id: true }, orderBy: { id: "asc" } });
  let digests = 0;
  for (const reader of readers) {
    if (await digestFor(reader.id, now)) digests += 1;
  }
  return { digests };
}

async function digestFor(userId: string, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    // Two runs at once take turns on the person's row: the second sees the
    // first one's digest and stops.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const person = await tx.user.findUnique({ where: { id: userId }, select: { email: true, noticeEmails: true, disabledAt: true } });
    if (person?.noticeEmails !== "DAILY_DIGEST" || person.disabledAt) return false;
    const last = await tx.mailMessage.findFirst({ where: { userId, kind: "DIGEST" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    if (last && last.createdAt > hoursBefore(now, DIGEST_GAP_HOURS)) return false;
    // Since the last digest (at most a week back), or the past day for a first one.
    const weekAgo = hoursBefore(now, REACH_BACK_DAYS * 24);
    const since = last ? new Date(Math.max(last.createdAt.getTime(), weekAgo.getTime())) : hoursBefore(now, 24);
    const notices = await tx.notification.findMany({
      where: { recipientId: userId, readAt: null, mailedAt: null, createdAt: { gt: since, lte: now } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, message: true, claimId: true, createdAt: true, claim: { select: { text: true } } },
    });
    if (notices.length === 0) return false;
    const mail = digestMail(notices.map((notice) => ({ ...notice, claimText: notice.claim.text })));
    await queueMail(tx, { to: person.email, userId, kind: "DIGEST", ...mail });
    await tx.notification.updateMany({ where: { id: { in: notices.map((notice) => notice.id) } }, data: { mailedAt: now } });
    return true;
  });
}
