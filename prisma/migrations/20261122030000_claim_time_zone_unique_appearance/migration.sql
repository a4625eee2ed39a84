-- When a claim's time of day is known, the time zone it was given in, so the
-- desk and the public page can say "14:30 in Tehran" rather than a bare UTC
-- time. NULL means only the date is known (stored at midnight UTC).
ALTER TABLE "Claim" ADD COLUMN "madeAtTimeZone" TEXT;

-- A link where the claim was made is listed once per claim; adding it again
-- (two reporters catching the same repetition) is refused, not doubled.
CREATE UNIQUE INDEX "Appearance_claimId_url_key" ON "Appearance" ("claimId", "url");
