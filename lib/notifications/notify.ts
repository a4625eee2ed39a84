import "server-only";
import type { Transaction } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { mailNoticeAtOnce } from "@/lib/mail/notice-mail";

// Writes desk notices inside the transaction of the change they announce, so
// a notice never exists for a change that was rolled back. Nobody is told of
// their own action, and each person hears once per change. A background job
// (re-archiving, coming due) acts for nobody: its notices have no actor.
export async function notify(
  tx: Transaction,
  notice: { recipients: (string | null | undefined)[]; kind: NotificationKind; claimId: string; actorId: string | null; message: string },
) {
  const recipients = [...new Set(notice.recipients.filter((id): id is string => Boolean(id) && id !== notice.actorId))];
  if (recipients.length === 0) return;
  // People who want notices by email at once get one now, in this transaction.
  const mailed = await mailNoticeAtOnce(tx, { recipientIds: recipients, kind: notice.kind, claimId: notice.claimId, message: notice.message });
  const mailedAt = new Date();
  await tx.notification.createMany({
    data: recipients.map((recipientId) => ({
      recipientId,
      kind: notice.kind,
      claimId: notice.claimId,
      actorId: notice.actorId,
      message: notice.message,
      mailedAt: mailed.has(recipientId) ? mailedAt : null,
    })),
  });
}
