-- The two-person rule on the sentence: what is published (the claim's
-- sentence and quote, as well as its verdict) must have been seen by someone
-- other than its last author.

-- Who last wrote the claim's sentence or quote. Rows logged by set-based
-- inserts (CSV import) take their creator, through the trigger below.
ALTER TABLE "Claim" ADD COLUMN "wordingById" TEXT;
-- Who published the claim as it stands (set again at each publication).
ALTER TABLE "Claim" ADD COLUMN "publishedById" TEXT;

ALTER TABLE "Claim" ADD CONSTRAINT "Claim_wordingById_fkey" FOREIGN KEY ("wordingById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The last revision that changed the sentence or the quote names its
-- author; a claim never reworded was worded by whoever logged it.
UPDATE "Claim" c
SET "wordingById" = COALESCE(
  (SELECT r."authorId" FROM "Revision" r
   WHERE r."claimId" = c."id" AND (r."changes" ? 'text' OR r."changes" ? 'quote')
   ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1),
  c."createdById");

CREATE FUNCTION onrecord_claim_wording_default() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."wordingById" := COALESCE(NEW."wordingById", NEW."createdById");
  RETURN NEW;
END $$;

CREATE TRIGGER "Claim_wording_default" BEFORE INSERT ON "Claim"
FOR EACH ROW EXECUTE FUNCTION onrecord_claim_wording_default();

-- Claims published before this rule have no recorded publisher, so the
-- check leaves them be (they are listed by the report below when their
-- approver also wrote their wording).
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_published_by_second_person"
  CHECK ("status" <> 'PUBLISHED' OR "publishedById" IS NULL OR "wordingById" IS NULL OR "publishedById" <> "wordingById");

-- Values stored before the input rules (lib/input-rules.ts) that break them:
-- text holding control or direction-override characters, dates outside
-- 1800–2199, and claims published by the author of their own wording.
-- Nothing is changed: published text is the newsroom's to correct.
-- `npm run db:check` lists them; the migration below reports them once.
CREATE FUNCTION onrecord_stored_problems()
RETURNS TABLE ("table" text, "column" text, "rowId" text, "problem" text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  col record;
  row_key text;
BEGIN
  FOR col IN
    SELECT c.table_name, c.column_name, c.data_type
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema()
      AND c.table_name NOT LIKE '\_%'
      AND c.data_type IN ('text', 'character varying', 'timestamp without time zone', 'timestamp with time zone', 'date')
    ORDER BY c.table_name, c.ordinal_position
  LOOP
    row_key := CASE WHEN EXISTS (
      SELECT 1 FROM information_schema.columns k
      WHERE k.table_schema = current_schema() AND k.table_name = col.table_name AND k.column_name = 'id'
    ) THEN '"id"::text' ELSE 'ctid::text' END;
    IF col.data_type IN ('text', 'character varying') THEN
      RETURN QUERY EXECUTE format(
        'SELECT %L::text, %L::text, %s, %L::text FROM %I WHERE %I ~ %L',
        col.table_name, col.column_name, row_key,
        'holds a control or direction-override character',
        col.table_name, col.column_name,
        '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]');
    ELSE
      RETURN QUERY EXECUTE format(
        'SELECT %L::text, %L::text, %s, %L::text FROM %I WHERE %I < %L OR %I >= %L',
        col.table_name, col.column_name, row_key,
        'is a date outside the years 1800 to 2199',
        col.table_name, col.column_name, '1800-01-01', col.column_name, '2200-01-01');
    END IF;
  END LOOP;
  RETURN QUERY
    SELECT 'Claim'::text, 'wordingById'::text, c."id", 'was published by the person who last wrote its sentence or quote'::text
    FROM "Claim" c JOIN "Verdict" v ON v."claimId" = c."id"
    WHERE c."status" = 'PUBLISHED' AND v."approvedById" = c."wordingById";
END $$;

DO $$
DECLARE
  found record;
  total integer := 0;
BEGIN
  FOR found IN SELECT * FROM onrecord_stored_problems() LOOP
    total := total + 1;
    IF total <= 20 THEN
      RAISE WARNING '%.% of row % %', found."table", found."column", found."rowId", found."problem";
    END IF;
  END LOOP;
  IF total > 0 THEN
    RAISE WARNING '% stored value(s) break the input rules; nothing was changed. Run `npm run db:check` for the full list.', total;
  END IF;
END $$;
