-- Targets are set by decisions (number, date, issuer), each in force from a
-- date; a revision during the year is a later decision of the same year.
-- Targets stored before keep decision_id NULL and count from the year's start.
CREATE TABLE target_decisions (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL,
    number          TEXT    NOT NULL CHECK (length(trim(number)) > 0),
    decided_on      TEXT    NOT NULL,
    issuer          TEXT    NOT NULL,
    effective_from  TEXT    NOT NULL
);

CREATE UNIQUE INDEX target_decisions_year_from ON target_decisions (year, effective_from);

ALTER TABLE targets ADD COLUMN decision_id INTEGER REFERENCES target_decisions (id);

DROP INDEX targets_year_unit;

CREATE UNIQUE INDEX targets_year_unit ON targets (year, IFNULL(decision_id, 0), IFNULL(unit_id, 0));
