-- THADS schema, version 3. A decision number is the same number whatever its
-- case, composition (NFC/NFD) or invisible characters: decision_norm holds
-- TextFolding::identityKey(decision_no), filled by SchemaMigrator for the
-- rows already there, and the unique index compares it.

ALTER TABLE cases ADD COLUMN decision_norm TEXT NOT NULL DEFAULT '';
