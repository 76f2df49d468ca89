-- THADS schema, version 1. Dates are ISO text (yyyy-MM-dd), money is integer đồng,
-- targets are hundredths of a percent. Statements end with ";" at the end of a line.

CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('province', 'city', 'district')),
    name_vi     TEXT    NOT NULL,
    short_vi    TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    unit_id          INTEGER NOT NULL REFERENCES units (id),
    decision_no      TEXT    NOT NULL,
    decision_date    TEXT    NOT NULL,
    judgment_no      TEXT    NOT NULL,
    judgment_date    TEXT    NOT NULL,
    court            TEXT    NOT NULL,
    executor         TEXT    NOT NULL,
    obligor_name     TEXT    NOT NULL,
    obligor_address  TEXT    NOT NULL DEFAULT '',
    obligor_id       TEXT    NOT NULL DEFAULT '',
    obligee_name     TEXT    NOT NULL,
    obligee_address  TEXT    NOT NULL DEFAULT '',
    obligee_id       TEXT    NOT NULL DEFAULT '',
    kind             TEXT    NOT NULL CHECK (kind IN ('dan_su', 'hinh_su', 'hanh_chinh', 'hon_nhan_gia_dinh',
                                 'kinh_doanh_thuong_mai', 'lao_dong', 'pha_san', 'trong_tai', 'khac')),
    mode             TEXT    NOT NULL CHECK (mode IN ('chu_dong', 'theo_don')),
    amount_due       INTEGER NOT NULL CHECK (amount_due >= 0),
    obligation       TEXT    NOT NULL DEFAULT '',
    -- Cached from the event log for the case list (filter and sort in SQL);
    -- the statistics engine never reads these.
    state            TEXT    NOT NULL DEFAULT 'in_progress',
    amount_paid      INTEGER NOT NULL DEFAULT 0,
    amount_remaining INTEGER NOT NULL DEFAULT 0,
    closed_date      TEXT,
    -- Folded (lower case, no marks, đ → d), for searching and sorting.
    decision_key     TEXT    NOT NULL DEFAULT '',
    obligor_key      TEXT    NOT NULL DEFAULT '',
    obligee_key      TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    updated_by       TEXT    NOT NULL,
    UNIQUE (unit_id, decision_no)
);

CREATE INDEX cases_unit_decision_date ON cases (unit_id, decision_date);
CREATE INDEX cases_decision_date ON cases (decision_date, id);
-- The case list sorts by any column and pages by (column, id).
CREATE INDEX cases_decision_no ON cases (decision_no, id);
CREATE INDEX cases_obligor_key ON cases (obligor_key, id);
CREATE INDEX cases_obligee_key ON cases (obligee_key, id);
CREATE INDEX cases_amount_due ON cases (amount_due, id);
CREATE INDEX cases_amount_paid ON cases (amount_paid, id);
CREATE INDEX cases_amount_remaining ON cases (amount_remaining, id);
CREATE INDEX cases_state ON cases (state, id);
CREATE INDEX cases_kind ON cases (kind, id);
CREATE INDEX cases_executor ON cases (executor, id);
CREATE INDEX cases_unit ON cases (unit_id, id);

-- Search by the words of the folded decision number and names, typed from
-- any word on ("van hung" finds "Nguyễn Văn Hùng"), kept current by triggers.
CREATE VIRTUAL TABLE case_search USING fts5 (decision_key, obligor_key, obligee_key, content = 'cases',
    content_rowid = 'id', tokenize = 'unicode61', prefix = '1 2 3');

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_search (rowid, decision_key, obligor_key, obligee_key)
        VALUES (new.id, new.decision_key, new.obligor_key, new.obligee_key);
END;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
    INSERT INTO case_search (case_search, rowid, decision_key, obligor_key, obligee_key)
        VALUES ('delete', old.id, old.decision_key, old.obligor_key, old.obligee_key);
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF decision_key, obligor_key, obligee_key ON cases BEGIN
    INSERT INTO case_search (case_search, rowid, decision_key, obligor_key, obligee_key)
        VALUES ('delete', old.id, old.decision_key, old.obligor_key, old.obligee_key);
    INSERT INTO case_search (rowid, decision_key, obligor_key, obligee_key)
        VALUES (new.id, new.decision_key, new.obligor_key, new.obligee_key);
END;

CREATE TABLE case_events (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases (id),
    -- Position in the replay order of the case (date, then order recorded), kept
    -- current by CaseRepository on every write; 0 for corrections and voided events.
    seq                INTEGER NOT NULL DEFAULT 0,
    event_date         TEXT    NOT NULL,
    type               TEXT    NOT NULL CHECK (type IN ('verified_able', 'verified_unable', 'postponed',
                                 'suspended', 'held_other', 'resumed', 'payment', 'reduction', 'completed',
                                 'terminated', 'entrusted', 'withdrawn', 'correction')),
    amount             INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    note               TEXT    NOT NULL DEFAULT '',
    corrects_event_id  INTEGER REFERENCES case_events (id),
    voided_by          INTEGER REFERENCES case_events (id),
    recorded_at        TEXT    NOT NULL,
    recorded_by        TEXT    NOT NULL
);

CREATE INDEX case_events_case ON case_events (case_id, event_date);

CREATE TABLE targets (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,
    unit_id       INTEGER REFERENCES units (id), -- NULL: the province's own target
    case_target   INTEGER CHECK (case_target BETWEEN 0 AND 10000),
    money_target  INTEGER CHECK (money_target BETWEEN 0 AND 10000)
);

CREATE UNIQUE INDEX targets_year_unit ON targets (year, IFNULL(unit_id, 0));

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    entity      TEXT    NOT NULL,
    entity_id   INTEGER,
    old_values  TEXT,
    new_values  TEXT
);

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
