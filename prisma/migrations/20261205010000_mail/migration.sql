-- Email: the outbox of mail written in the transaction of the change that
-- caused it and sent by the deliver-mail job (lib/mail/), each person's
-- choice of notice emails, and which notices already went out by mail.
CREATE TYPE "MailKind" AS ENUM ('INVITATION', 'PASSWORD_RESET', 'EMAIL_CONFIRMATION', 'PASSWORD_CHANGED', 'NOTICE', 'DIGEST');
CREATE TYPE "MailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'HELD');
CREATE TYPE "NoticeEmails" AS ENUM ('AT_ONCE', 'DAILY_DIGEST', 'OFF');

CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "userId" TEXT,
    "kind" "MailKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- The delivery job's next batch: queued mail whose time has come, oldest first.
CREATE INDEX "MailMessage_status_nextAttemptAt_createdAt_idx" ON "MailMessage"("status", "nextAttemptAt", "createdAt");
-- The admins' outbox, newest first.
CREATE INDEX "MailMessage_createdAt_idx" ON "MailMessage"("createdAt" DESC);
CREATE INDEX "MailMessage_userId_idx" ON "MailMessage"("userId");

ALTER TABLE "MailMessage" ADD CONSTRAINT "MailMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At once by default: notices go only to the people a change concerns
-- (assigned, sent back, published, corrected), few a day and each asking for
-- action, which a newsroom wants to hear of while it can still act.
ALTER TABLE "User" ADD COLUMN "noticeEmails" "NoticeEmails" NOT NULL DEFAULT 'AT_ONCE';

ALTER TABLE "Notification" ADD COLUMN "mailedAt" TIMESTAMP(3);
