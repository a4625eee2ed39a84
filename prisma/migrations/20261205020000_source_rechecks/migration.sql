-- Re-archiving the record (the recheck-sources job) and notices of
-- predictions and promises coming due (the coming-due job).
ALTER TYPE "NotificationKind" ADD VALUE 'SOURCE_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'SOURCE_VANISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'COMING_DUE';
ALTER TYPE "NotificationKind" ADD VALUE 'DUE_TODAY';

-- Where the job stands with each source: a lease while one run fetches it
-- (so two runs at once never fetch it twice) and when it was last checked.
CREATE TABLE "SourceRecheck" (
    "sourceId" TEXT NOT NULL,
    "leaseUntil" TIMESTAMP(3),
    "checkedAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "SourceRecheck_pkey" PRIMARY KEY ("sourceId")
);

CREATE INDEX "SourceRecheck_checkedAt_idx" ON "SourceRecheck"("checkedAt");

ALTER TABLE "SourceRecheck" ADD CONSTRAINT "SourceRecheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TYPE "DueOccasion" AS ENUM ('BEFORE', 'ON_THE_DAY');

-- Each notice of a claim coming due, once: the unique key is what keeps a
-- second run, or a second worker, from telling anyone twice.
CREATE TABLE "DueNotice" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "occasion" "DueOccasion" NOT NULL,
    "settleBy" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DueNotice_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "DueNotice_claimId_occasion_settleBy_key" ON "DueNotice"("claimId", "occasion", "settleBy");

ALTER TABLE "DueNotice" ADD CONSTRAINT "DueNotice_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
