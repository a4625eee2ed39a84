import type { NotificationKind } from "@/lib/generated/prisma/enums";

// What each kind of desk notice says happened, on the notices page and in
// notice emails (lib/mail/notice-words.ts). Every kind must have one.
export const NOTICE_KIND_LABELS: Record<NotificationKind, string> = {
  ASSIGNED: "Assigned to you",
  SENT_BACK: "Sent back",
  PUBLISHED: "Published",
  CORRECTED: "Corrected",
  // From the background jobs: re-archiving the record, forecasts coming due.
  SOURCE_CHANGED: "A source changed",
  SOURCE_VANISHED: "A source vanished",
  COMING_DUE: "Coming due",
  DUE_TODAY: "Due today",
};
