-- Public search (/search) looks through everything a reader sees on a verdict
-- page: the claim, the quote, the context, who said it, the verdict's summary
-- and reasoning, and the record (each source's title, publisher and excerpt,
-- with the passage relied on and the note). "Claim"."searchVector" cannot hold
-- that: a generated column may only read its own row, and the desk queue
-- keeps using it as it is.
--
-- Why a table of its own, kept by triggers, rather than a column on "Claim":
--   * It holds a row for each PUBLISHED claim with a verdict, and nothing
--     else: drafts are not in the public index at all (the query still asks
--     for status = 'PUBLISHED'), and a bulk import of drafts does no search work.
--   * A change to the record (a source retitled, evidence added, a speaker
--     renamed) rewrites one row here instead of a "Claim" row, whose update
--     would touch its dozen indexes (trigram GIN and GiST included) and bloat
--     the table the desk queue reads.
--   * Speed at 100,000 verdicts (tests/bench/search.ts). A document is about
--     3 kB, so 100,000 of them are far more than PostgreSQL keeps in memory
--     by default. The document is therefore stored out of line (TOAST) and
--     the rows themselves stay small: the claim id, and copies of what the
--     filters and the order need (when published, when said, speaker,
--     rating, topics). Counting the matches of a common word, filtering them
--     and choosing the newest reads those small rows only; documents are read
--     to rank the few that can be shown, and to check a quoted phrase word by
--     word.
--
-- Every trigger below computes which claims a statement touched and calls
-- the one function that rebuilds their rows, so there is one definition of
-- the document. Triggers are per statement with transition tables: an import
-- of 10,000 rows rebuilds in one set-based statement, not 10,000.

CREATE TABLE "ClaimSearch" (
    "claimId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "madeAt" TIMESTAMP(3) NOT NULL,
    "speakerId" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "topicIds" TEXT[],
    "document" tsvector NOT NULL,

    CONSTRAINT "ClaimSearch_pkey" PRIMARY KEY ("claimId")
) WITH (toast_tuple_target = 256);

-- The document out of line and never compressed (a tsvector does not
-- compress: trying only costs time); everything else in the row, always.
-- The low toast_tuple_target sends any but the tiniest document out; the
-- other columns must then be kept from following it, or every filter would
-- fetch its value from TOAST too.
ALTER TABLE "ClaimSearch" ALTER COLUMN "document" SET STORAGE EXTERNAL;
ALTER TABLE "ClaimSearch" ALTER COLUMN "claimId" SET STORAGE MAIN;
ALTER TABLE "ClaimSearch" ALTER COLUMN "speakerId" SET STORAGE MAIN;
ALTER TABLE "ClaimSearch" ALTER COLUMN "ratingId" SET STORAGE MAIN;
ALTER TABLE "ClaimSearch" ALTER COLUMN "topicIds" SET STORAGE MAIN;

ALTER TABLE "ClaimSearch" ADD CONSTRAINT "ClaimSearch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "ClaimSearch_document_idx" ON "ClaimSearch" USING GIN ("document");
-- Browsing by topic or speaker without words (and narrowing words by them).
CREATE INDEX "ClaimSearch_topicIds_idx" ON "ClaimSearch" USING GIN ("topicIds");
CREATE INDEX "ClaimSearch_speakerId_idx" ON "ClaimSearch"("speakerId");

-- Rebuilds the search rows of the given claims: a published claim with a
-- verdict gets its current row, every other one loses its row.
--
-- Weights (ts_rank counts A highest): A the claim and its quote; B the
-- speaker's name and title and the verdict's summary; C the reasoning and the
-- context; D the record. Only the approved verdict is read: a settlement
-- waiting for a second editor is not public.
--
-- Concurrency: the claims are locked first (FOR NO KEY UPDATE, in id order),
-- so two transactions that change the same claim's document from different
-- tables (one adds evidence while another publishes the claim or renames its
-- speaker) rebuild one after the other. Each statement of a PL/pgSQL
-- function takes a fresh snapshot under READ COMMITTED, so the rebuild after
-- the lock sees what the other transaction committed; without the lock the
-- later commit could write a document that lacks the earlier change. The
-- lock does not block readers, and the foreign-key checks of inserts
-- (FOR KEY SHARE) pass it.
--
-- The ids are joined as a set (IN (SELECT unnest(…))), not compared with
-- = ANY (…): with 100,000 ids the latter compares every claim with every id.
CREATE FUNCTION "onrecord_refresh_claim_search"(claim_ids text[]) RETURNS void AS $$
BEGIN
    IF claim_ids IS NULL OR cardinality(claim_ids) = 0 THEN
        RETURN;
    END IF;

    PERFORM 1 FROM "Claim" WHERE "id" IN (SELECT unnest(claim_ids)) ORDER BY "id" FOR NO KEY UPDATE;

    DELETE FROM "ClaimSearch" s
     WHERE s."claimId" IN (SELECT unnest(claim_ids))
       AND NOT EXISTS (SELECT 1 FROM "Claim" c JOIN "Verdict" v ON v."claimId" = c."id"
                        WHERE c."id" = s."claimId" AND c."status" = 'PUBLISHED');

    INSERT INTO "ClaimSearch" ("claimId", "publishedAt", "madeAt", "speakerId", "ratingId", "topicIds", "document")
    SELECT c."id", c."publishedAt", c."madeAt", c."speakerId", v."ratingId",
           ARRAY(SELECT ct."topicId" FROM "ClaimTopic" ct WHERE ct."claimId" = c."id" ORDER BY ct."topicId"),
           setweight(to_tsvector('english', concat_ws(' ', c."text", c."quote")), 'A') ||
           setweight(to_tsvector('english', concat_ws(' ', sp."name", sp."title", v."summary")), 'B') ||
           setweight(to_tsvector('english', concat_ws(' ', v."reasoning", c."context")), 'C') ||
           setweight(to_tsvector('english', coalesce(record."text", '')), 'D')
      FROM "Claim" c
      JOIN "Speaker" sp ON sp."id" = c."speakerId"
      JOIN "Verdict" v ON v."claimId" = c."id"
      LEFT JOIN LATERAL (
            SELECT string_agg(concat_ws(' ', src."title", src."publisher", src."excerpt", e."passage", e."note"), ' ' ORDER BY e."createdAt", e."id") AS "text"
              FROM "Evidence" e
              JOIN "Source" src ON src."id" = e."sourceId"
             WHERE e."claimId" = c."id"
           ) record ON true
     WHERE c."id" IN (SELECT unnest(claim_ids)) AND c."status" = 'PUBLISHED'
    ON CONFLICT ("claimId") DO UPDATE
       SET "publishedAt" = EXCLUDED."publishedAt", "madeAt" = EXCLUDED."madeAt", "speakerId" = EXCLUDED."speakerId",
           "ratingId" = EXCLUDED."ratingId", "topicIds" = EXCLUDED."topicIds", "document" = EXCLUDED."document"
     WHERE ("ClaimSearch"."publishedAt", "ClaimSearch"."madeAt", "ClaimSearch"."speakerId", "ClaimSearch"."ratingId", "ClaimSearch"."topicIds", "ClaimSearch"."document")
           IS DISTINCT FROM (EXCLUDED."publishedAt", EXCLUDED."madeAt", EXCLUDED."speakerId", EXCLUDED."ratingId", EXCLUDED."topicIds", EXCLUDED."document");
END;
$$ LANGUAGE plpgsql;

-- Claims: a new published claim, or a change to what the row holds (text,
-- quote, context, speaker, the dates) or to whether it is published. Other
-- updates (assignment, version) cost one comparison.
CREATE FUNCTION "onrecord_claim_search_from_claims"() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "onrecord_refresh_claim_search"(ARRAY(SELECT "id" FROM new_rows WHERE "status" = 'PUBLISHED'));
    ELSE
        PERFORM "onrecord_refresh_claim_search"(ARRAY(
            SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
             WHERE (n."status" = 'PUBLISHED' OR o."status" = 'PUBLISHED')
               AND (n."text", n."quote", n."context", n."speakerId", n."status", n."madeAt", n."publishedAt")
                   IS DISTINCT FROM (o."text", o."quote", o."context", o."speakerId", o."status", o."madeAt", o."publishedAt")));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A speaker renamed or retitled: every claim of theirs.
CREATE FUNCTION "onrecord_claim_search_from_speakers"() RETURNS trigger AS $$
BEGIN
    PERFORM "onrecord_refresh_claim_search"(ARRAY(
        SELECT c."id" FROM "Claim" c
         WHERE c."speakerId" IN (SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
                                  WHERE (n."name", n."title") IS DISTINCT FROM (o."name", o."title"))));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Rows that belong to one claim (verdicts, evidence, topics) added or
-- removed; for an update, the claims on both sides (a claimId can change
-- when a duplicate's evidence moves to the claim it repeats).
CREATE FUNCTION "onrecord_claim_search_from_claim_rows"() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "onrecord_refresh_claim_search"(ARRAY(SELECT DISTINCT "claimId" FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "onrecord_refresh_claim_search"(ARRAY(SELECT DISTINCT "claimId" FROM old_rows));
    ELSE
        PERFORM "onrecord_refresh_claim_search"(ARRAY(SELECT "claimId" FROM new_rows UNION SELECT "claimId" FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Updates of verdicts and evidence are frequent (proposals, stances), so
-- these only rebuild when what the row holds changed: the rating, summary
-- or reasoning; the source, passage or note; or the claim.
CREATE FUNCTION "onrecord_claim_search_from_verdict_updates"() RETURNS trigger AS $$
BEGIN
    PERFORM "onrecord_refresh_claim_search"(ARRAY(
        SELECT DISTINCT unnest(ARRAY[n."claimId", o."claimId"]) FROM new_rows n JOIN old_rows o ON o."id" = n."id"
         WHERE (n."claimId", n."ratingId", n."summary", n."reasoning") IS DISTINCT FROM (o."claimId", o."ratingId", o."summary", o."reasoning")));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "onrecord_claim_search_from_evidence_updates"() RETURNS trigger AS $$
BEGIN
    PERFORM "onrecord_refresh_claim_search"(ARRAY(
        SELECT DISTINCT unnest(ARRAY[n."claimId", o."claimId"]) FROM new_rows n JOIN old_rows o ON o."id" = n."id"
         WHERE (n."claimId", n."sourceId", n."passage", n."note") IS DISTINCT FROM (o."claimId", o."sourceId", o."passage", o."note")));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A source retitled, or its publisher or excerpt changed: every claim it is evidence for.
CREATE FUNCTION "onrecord_claim_search_from_sources"() RETURNS trigger AS $$
BEGIN
    PERFORM "onrecord_refresh_claim_search"(ARRAY(
        SELECT DISTINCT e."claimId" FROM "Evidence" e
         WHERE e."sourceId" IN (SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
                                 WHERE (n."title", n."publisher", n."excerpt") IS DISTINCT FROM (o."title", o."publisher", o."excerpt"))));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- PostgreSQL allows transition tables only on single-event triggers without
-- column lists, hence one trigger per event. A deleted claim takes its row
-- with it (ON DELETE CASCADE); a deleted speaker or source is refused while
-- claims or evidence use it.
CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claims"();
CREATE TRIGGER "Claim_search_update" AFTER UPDATE ON "Claim"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claims"();

CREATE TRIGGER "Speaker_search_update" AFTER UPDATE ON "Speaker"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_speakers"();

CREATE TRIGGER "Verdict_search_insert" AFTER INSERT ON "Verdict"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claim_rows"();
CREATE TRIGGER "Verdict_search_update" AFTER UPDATE ON "Verdict"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_verdict_updates"();
CREATE TRIGGER "Verdict_search_delete" AFTER DELETE ON "Verdict"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claim_rows"();

CREATE TRIGGER "Evidence_search_insert" AFTER INSERT ON "Evidence"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claim_rows"();
CREATE TRIGGER "Evidence_search_update" AFTER UPDATE ON "Evidence"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_evidence_updates"();
CREATE TRIGGER "Evidence_search_delete" AFTER DELETE ON "Evidence"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claim_rows"();

CREATE TRIGGER "ClaimTopic_search_insert" AFTER INSERT ON "ClaimTopic"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claim_rows"();
CREATE TRIGGER "ClaimTopic_search_update" AFTER UPDATE ON "ClaimTopic"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claim_rows"();
CREATE TRIGGER "ClaimTopic_search_delete" AFTER DELETE ON "ClaimTopic"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_claim_rows"();

CREATE TRIGGER "Source_search_update" AFTER UPDATE ON "Source"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_claim_search_from_sources"();

-- Verdicts published before this migration.
SELECT "onrecord_refresh_claim_search"(ARRAY(SELECT "id" FROM "Claim" WHERE "status" = 'PUBLISHED'));
