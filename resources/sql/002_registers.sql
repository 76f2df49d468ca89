-- THADS schema, version 2: the registers the review conference reports beside the
-- cases — complaints and denunciations, citizen reception, coercion operations and
-- awards. Dates are ISO text (yyyy-MM-dd). A record linked to a case (or a
-- reception to a complaint) belongs to the same unit; the triggers refuse
-- anything else, and the foreign keys refuse deleting what a record links to.
-- Statements end with ";" at the end of a line; a trigger ends at "END;".

CREATE TABLE complaints (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES units (id), -- the unit concerned
    received_date  TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('complaint', 'denunciation')),
    petitioner     TEXT    NOT NULL CHECK (petitioner <> ''),
    subject        TEXT    NOT NULL CHECK (subject <> ''),
    case_id        INTEGER REFERENCES cases (id),
    competence     TEXT    NOT NULL CHECK (competence IN ('within', 'outside')),
    result         TEXT    NOT NULL CHECK (result IN ('upheld', 'partly_upheld', 'rejected', 'withdrawn',
                               'in_progress')),
    settled_date   TEXT,
    repeated       INTEGER NOT NULL DEFAULT 0 CHECK (repeated IN (0, 1)),
    crowd          INTEGER NOT NULL DEFAULT 0 CHECK (crowd IN (0, 1)),        -- đông người
    beyond_level   INTEGER NOT NULL DEFAULT 0 CHECK (beyond_level IN (0, 1)), -- vượt cấp
    note           TEXT    NOT NULL DEFAULT '',
    search_text    TEXT    NOT NULL DEFAULT '', -- folded petitioner, subject and note
    created_at     TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL,
    CHECK ((result = 'in_progress') = (settled_date IS NULL)),
    CHECK (settled_date IS NULL OR settled_date >= received_date)
);

CREATE INDEX complaints_unit_date ON complaints (unit_id, received_date, id);
CREATE INDEX complaints_date ON complaints (received_date, id);
CREATE INDEX complaints_case ON complaints (case_id);

CREATE TABLE receptions (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units (id),
    reception_date  TEXT    NOT NULL,
    receiver_role   TEXT    NOT NULL CHECK (receiver_role IN ('leader', 'staff')),
    receiver_name   TEXT    NOT NULL CHECK (receiver_name <> ''),
    people          INTEGER NOT NULL CHECK (people BETWEEN 1 AND 1000),
    subject         TEXT    NOT NULL CHECK (subject <> ''),
    complaint_id    INTEGER REFERENCES complaints (id),
    search_text     TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      TEXT    NOT NULL
);

CREATE INDEX receptions_unit_date ON receptions (unit_id, reception_date, id);
CREATE INDEX receptions_date ON receptions (reception_date, id);
CREATE INDEX receptions_complaint ON receptions (complaint_id);

CREATE TABLE coercions (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units (id),
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    operation_date  TEXT    NOT NULL,
    measure         TEXT    NOT NULL CHECK (measure IN ('property_seizure', 'account_deduction', 'income_deduction',
                                'property_exploitation', 'hand_over_land_house', 'hand_over_property',
                                'compel_act')),
    police          INTEGER NOT NULL DEFAULT 0 CHECK (police BETWEEN 0 AND 10000),
    commune         INTEGER NOT NULL DEFAULT 0 CHECK (commune BETWEEN 0 AND 10000),
    other_forces    INTEGER NOT NULL DEFAULT 0 CHECK (other_forces BETWEEN 0 AND 10000),
    outcome         TEXT    NOT NULL CHECK (outcome IN ('successful', 'postponed', 'unsuccessful')),
    note            TEXT    NOT NULL DEFAULT '',
    search_text     TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      TEXT    NOT NULL
);

CREATE INDEX coercions_unit_date ON coercions (unit_id, operation_date, id);
CREATE INDEX coercions_date ON coercions (operation_date, id);
CREATE INDEX coercions_case ON coercions (case_id);

CREATE TABLE awards (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units (id),
    year            INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    level           TEXT    NOT NULL CHECK (level IN ('knc_tu_phap', 'bang_khen_bo_truong',
                                'bang_khen_chu_tich_tinh', 'giay_khen_tong_cuc', 'giay_khen_cuc')),
    recipient_kind  TEXT    NOT NULL CHECK (recipient_kind IN ('collective', 'individual')),
    recipient_name  TEXT    NOT NULL CHECK (recipient_name <> ''),
    decision_no     TEXT    NOT NULL CHECK (decision_no <> ''),
    decision_date   TEXT    NOT NULL,
    search_text     TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      TEXT    NOT NULL
);

CREATE INDEX awards_unit_year ON awards (unit_id, year, id);
CREATE INDEX awards_year ON awards (year, id);

-- A link stays inside its unit: a complaint or a coercion operation concerns a
-- case of its own unit, a reception a complaint of its own unit.
CREATE TRIGGER complaints_case_unit_insert BEFORE INSERT ON complaints
WHEN new.case_id IS NOT NULL AND (SELECT unit_id FROM cases WHERE id = new.case_id) <> new.unit_id
BEGIN
    SELECT RAISE(ABORT, 'complaints: the linked case belongs to another unit');
END;

CREATE TRIGGER complaints_case_unit_update BEFORE UPDATE OF unit_id, case_id ON complaints
WHEN new.case_id IS NOT NULL AND (SELECT unit_id FROM cases WHERE id = new.case_id) <> new.unit_id
BEGIN
    SELECT RAISE(ABORT, 'complaints: the linked case belongs to another unit');
END;

CREATE TRIGGER coercions_case_unit_insert BEFORE INSERT ON coercions
WHEN (SELECT unit_id FROM cases WHERE id = new.case_id) <> new.unit_id
BEGIN
    SELECT RAISE(ABORT, 'coercions: the case belongs to another unit');
END;

CREATE TRIGGER coercions_case_unit_update BEFORE UPDATE OF unit_id, case_id ON coercions
WHEN (SELECT unit_id FROM cases WHERE id = new.case_id) <> new.unit_id
BEGIN
    SELECT RAISE(ABORT, 'coercions: the case belongs to another unit');
END;

CREATE TRIGGER receptions_complaint_unit_insert BEFORE INSERT ON receptions
WHEN new.complaint_id IS NOT NULL
    AND (SELECT unit_id FROM complaints WHERE id = new.complaint_id) <> new.unit_id
BEGIN
    SELECT RAISE(ABORT, 'receptions: the linked complaint belongs to another unit');
END;

CREATE TRIGGER receptions_complaint_unit_update BEFORE UPDATE OF unit_id, complaint_id ON receptions
WHEN new.complaint_id IS NOT NULL
    AND (SELECT unit_id FROM complaints WHERE id = new.complaint_id) <> new.unit_id
BEGIN
    SELECT RAISE(ABORT, 'receptions: the linked complaint belongs to another unit');
END;

-- A case (or complaint) moved to another unit would leave its links behind.
CREATE TRIGGER cases_unit_keeps_links BEFORE UPDATE OF unit_id ON cases
WHEN new.unit_id <> old.unit_id
    AND (EXISTS (SELECT 1 FROM complaints WHERE case_id = old.id)
         OR EXISTS (SELECT 1 FROM coercions WHERE case_id = old.id))
BEGIN
    SELECT RAISE(ABORT, 'cases: a case with linked complaints or coercion operations stays in its unit');
END;

CREATE TRIGGER complaints_unit_keeps_links BEFORE UPDATE OF unit_id ON complaints
WHEN new.unit_id <> old.unit_id AND EXISTS (SELECT 1 FROM receptions WHERE complaint_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'complaints: a complaint with linked receptions stays in its unit');
END;
