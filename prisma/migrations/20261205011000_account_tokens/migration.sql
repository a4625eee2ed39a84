-- Account self-service: invitations instead of admin-chosen passwords,
-- password reset and email change by emailed link (lib/accounts/).
--
-- An invited account exists from the moment it is invited (so it can be
-- listed, resent and revoked) but cannot sign in until joinedAt is set.
ALTER TABLE "User" ADD COLUMN "invitedAt" TIMESTAMP(3);
ALTER TABLE "User" ADD COLUMN "joinedAt" TIMESTAMP(3);

CREATE TYPE "AccountTokenKind" AS ENUM ('INVITATION', 'PASSWORD_RESET', 'EMAIL_CHANGE');

-- Only the SHA-256 of each link's token is stored; the token is in the email.
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "kind" "AccountTokenKind" NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "newEmail" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- Following a link looks the token up by its hash.
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");
-- A person's live links of one kind, voided when a newer one is sent.
CREATE INDEX "AccountToken_userId_kind_idx" ON "AccountToken"("userId", "kind");
-- The clean-up job removes links past their time.
CREATE INDEX "AccountToken_expiresAt_idx" ON "AccountToken"("expiresAt");

ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
