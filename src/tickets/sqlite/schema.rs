//! The SQLite file's tables, and the step from each older version of them.

use rusqlite::{Transaction, params};

/// Schema 3, as a new file gets it.
pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS counters (
    office  TEXT NOT NULL,
    prefix  TEXT NOT NULL,
    day     TEXT NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (office, prefix, day)
);
CREATE TABLE IF NOT EXISTS tickets (
    id          INTEGER PRIMARY KEY,
    office      TEXT NOT NULL,
    day         TEXT NOT NULL,
    window      TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    procedures  TEXT NOT NULL,
    language    TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    printed_at  TEXT,
    outcome     TEXT NOT NULL,
    session     TEXT NOT NULL,
    brief       TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'waiting',
    called_at   TEXT,
    serving_at  TEXT,
    finished_at TEXT,
    desk        TEXT,
    called_by   TEXT,
    phone_token TEXT,
    UNIQUE (office, prefix, day, seq)
);
CREATE INDEX IF NOT EXISTS tickets_by_day ON tickets (office, day, id);
CREATE UNIQUE INDEX IF NOT EXISTS tickets_by_phone ON tickets (phone_token)
    WHERE phone_token IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_waiting ON tickets (office, window, state, issued_at, id);
CREATE INDEX IF NOT EXISTS tickets_open ON tickets (office, day) WHERE state IN ('waiting', 'called');
CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    office      TEXT NOT NULL,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    ticket_id   INTEGER NOT NULL,
    prefix      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    window      TEXT NOT NULL,
    desk        TEXT,
    language    TEXT NOT NULL,
    actor       TEXT
);
CREATE TABLE IF NOT EXISTS audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    action  TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_entry (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    wrong_in_a_row  INTEGER NOT NULL,
    locked_until    TEXT
);
CREATE TABLE IF NOT EXISTS closed_counters (
    day     TEXT NOT NULL,
    window  TEXT NOT NULL,
    PRIMARY KEY (day, window)
);
CREATE TABLE IF NOT EXISTS kiosk_state (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff (
    office          TEXT NOT NULL,
    name            TEXT NOT NULL,
    windows         TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    wrong_in_a_row  INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    api_token       TEXT UNIQUE,
    PRIMARY KEY (office, name)
);
CREATE TABLE IF NOT EXISTS staff_sessions (
    digest      TEXT PRIMARY KEY,
    office      TEXT NOT NULL,
    name        TEXT NOT NULL,
    window      TEXT,
    desk        TEXT,
    csrf        TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
";

/// Schema 1 to 2: tickets gain the office and the queue's columns, and are unique by prefix
/// (a transferred ticket keeps its number at another window); counters are keyed by prefix;
/// a ticket voided under schema 1 keeps its void as its state.
pub(super) const UPGRADE_1_TO_2: &str = "
ALTER TABLE tickets RENAME TO tickets_v1;
ALTER TABLE counters RENAME TO counters_v1;
DROP INDEX IF EXISTS tickets_by_day;
";

/// The version a file's schema is at: 0 for a new file, 1 for one from before versions
/// were kept (it has tickets but no version table).
pub(super) fn schema_version(tx: &Transaction<'_>) -> rusqlite::Result<i64> {
    let table_exists = |name: &str| -> rusqlite::Result<bool> {
        tx.query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            params![name],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n > 0)
    };
    if table_exists("schema_version")? {
        tx.query_row("SELECT max(version) FROM schema_version", [], |r| {
            r.get::<_, Option<i64>>(0)
        })
        .map(|v| v.unwrap_or(0))
    } else if table_exists("tickets")? {
        Ok(1)
    } else {
        Ok(0)
    }
}
