-- THADS schema, version 4. The audit trail is append-only: no client can
-- change or delete a row (triggers), and each row carries a chain, the
-- SHA-256 of the previous row's chain and its own values, so that a row
-- removed or altered behind the triggers' back (they can be dropped from an
-- SQLite shell) shows in `thads-cli check`. SchemaMigrator fills the chain of
-- the rows already there, which the update trigger allows only while it is NULL.

ALTER TABLE audit_log ADD COLUMN chain TEXT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN old.chain IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: its rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: its rows cannot be deleted');
END;

-- The audit viewer and thads-cli audit page newest first, filtered by user or date.
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_at ON audit_log (at);
