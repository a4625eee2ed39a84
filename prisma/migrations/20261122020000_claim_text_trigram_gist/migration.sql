-- Near-duplicate lookup asks for the few claims *nearest* to a sentence. A
-- GiST trigram index answers that directly (ORDER BY text <-> sentence LIMIT n)
-- instead of checking every claim above the similarity threshold.
CREATE INDEX "Claim_text_trgm_gist_idx" ON "Claim" USING GIST ("text" gist_trgm_ops);
