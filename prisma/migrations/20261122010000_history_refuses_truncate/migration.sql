-- History is never rewritten, and that includes emptying it: row triggers do
-- not fire on TRUNCATE, and the app's database role owns the tables, so
-- revisions and audit events also refuse TRUNCATE with a statement trigger.
-- (Dropping the trigger is still possible for an operator acting on purpose.)

CREATE TRIGGER "Revision_no_truncate" BEFORE TRUNCATE ON "Revision"
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_refuse_change"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "onrecord_refuse_change"();
