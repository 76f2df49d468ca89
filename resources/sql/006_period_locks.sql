-- THADS schema, version 6. Closing the books (khóa sổ): a month closed for a
-- unit or (unit_id NULL) for the whole province, and the statistics tables of
-- every period that ends in it, as they were when it closed, with their SHA-256,
-- so that `thads-cli check` finds figures that have moved since.

CREATE TABLE period_locks (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER REFERENCES units (id),
    month      TEXT    NOT NULL, -- yyyy-MM
    locked_at  TEXT    NOT NULL,
    locked_by  TEXT    NOT NULL
);

CREATE UNIQUE INDEX period_locks_unit_month ON period_locks (IFNULL(unit_id, 0), month);

CREATE TABLE locked_tables (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER REFERENCES units (id), -- NULL: the province's table, every row
    year        INTEGER NOT NULL,              -- the statistical year
    months      INTEGER NOT NULL,              -- kỳ N tháng: 12 is the year
    figures     TEXT    NOT NULL,              -- unit code, then every column's cases and money, a line a unit
    checksum    TEXT    NOT NULL,              -- SHA-256 of figures, hex
    locked_at   TEXT    NOT NULL
);

CREATE UNIQUE INDEX locked_tables_unit_period ON locked_tables (IFNULL(unit_id, 0), year, months);
