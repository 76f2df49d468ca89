-- THADS schema, version 5: users and their roles (README, "Users and roles").
-- A password is kept only as its libsodium crypto_pwhash_str string (Argon2id,
-- a random salt per user, the cost inside the string); nothing reversible.
-- A clerk belongs to one unit, a leader or an administrator to none.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'leader', 'admin')),
    unit_id INTEGER REFERENCES units(id),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((role = 'clerk') = (unit_id IS NOT NULL))
);
