-- The desk queue (/desk/claims) pages by keyset on its sort key and the claim
-- id, never by OFFSET, so each order needs a btree on (key, id): a page is
-- then one short index range, however deep it is. Read backwards for the
-- newest-first orders. Chosen with EXPLAIN ANALYZE at 100,000 claims
-- (`BENCH_EXPLAIN=1 npm run bench:queue`).
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");
CREATE INDEX "Claim_madeAt_id_idx" ON "Claim"("madeAt", "id");

-- One speaker's claims by when they were said (the speaker filter with the
-- "said" orders).
CREATE INDEX "Claim_speakerId_madeAt_idx" ON "Claim"("speakerId", "madeAt");

-- Predictions and promises coming due ("my work" on /desk), and the kind filter.
CREATE INDEX "Claim_kind_settleBy_idx" ON "Claim"("kind", "settleBy");

-- "Speaker A–Z" sorts on the case-folded name (the embedded server collates
-- bytewise). With this index the planner walks speakers in that order and
-- stops after a page of claims instead of joining and sorting every claim.
-- An expression index, which schema.prisma cannot declare: listed in
-- SQL_ONLY_INDEXES of tests/integration/schema-drift.test.ts.
CREATE INDEX "Speaker_name_lower_idx" ON "Speaker"(lower("name"));
