-- Settling a published prediction or promise once it is due: the new rating,
-- summary and reasoning wait beside the published verdict until a second
-- editor approves them, so readers keep seeing the approved verdict meanwhile.
ALTER TABLE "Verdict" ADD COLUMN "settlementRatingId" TEXT;
ALTER TABLE "Verdict" ADD COLUMN "settlementSummary" TEXT;
ALTER TABLE "Verdict" ADD COLUMN "settlementReasoning" TEXT;
ALTER TABLE "Verdict" ADD COLUMN "settlementProposedById" TEXT;
ALTER TABLE "Verdict" ADD COLUMN "settlementProposedAt" TIMESTAMP(3);

ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_settlementRatingId_fkey" FOREIGN KEY ("settlementRatingId") REFERENCES "Rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_settlementProposedById_fkey" FOREIGN KEY ("settlementProposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A settlement is all there or not at all.
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_settlement_complete" CHECK (
  ("settlementRatingId" IS NULL AND "settlementSummary" IS NULL AND "settlementProposedById" IS NULL AND "settlementProposedAt" IS NULL)
  OR ("settlementRatingId" IS NOT NULL AND "settlementSummary" IS NOT NULL AND "settlementProposedById" IS NOT NULL AND "settlementProposedAt" IS NOT NULL)
);

CREATE INDEX "Verdict_settlementProposedAt_idx" ON "Verdict"("settlementProposedAt");
