//! The SQLite file's tables, and the step from each older version of them.

use rusqlite::{Transaction, params};

use crate::tickets::{SCHEMA_VERSION, StoreError};

use super::SqliteStore;

/// Schema 6, as a new file gets it.
const SCHEMA: &str = "
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
    api_token_expires TEXT,
    role            TEXT NOT NULL DEFAULT 'clerk',
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
CREATE TABLE IF NOT EXISTS offices (
    office      TEXT PRIMARY KEY,
    listing     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS imported_visits (
    id          INTEGER PRIMARY KEY,
    office      TEXT NOT NULL,
    window      TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    called_at   TEXT NOT NULL,
    finished_at TEXT,
    outcome     TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS imported_visits_by_office ON imported_visits (office, issued_at);
CREATE TABLE IF NOT EXISTS kiosks (
    office  TEXT NOT NULL,
    kiosk   TEXT NOT NULL,
    beat    TEXT NOT NULL,
    PRIMARY KEY (office, kiosk)
);
CREATE TABLE IF NOT EXISTS kiosk_orders (
    id          INTEGER PRIMARY KEY,
    office      TEXT NOT NULL,
    kiosk       TEXT NOT NULL,
    action      TEXT NOT NULL,
    ticket      TEXT,
    by_name     TEXT NOT NULL,
    asked_at    TEXT NOT NULL,
    done_at     TEXT,
    outcome     TEXT
);
CREATE INDEX IF NOT EXISTS kiosk_orders_open ON kiosk_orders (office, kiosk) WHERE done_at IS NULL;
";

/// Schema 1 to 2: tickets gain the office and the queue's columns, and are unique by prefix
/// (a transferred ticket keeps its number at another window); counters are keyed by prefix;
/// a ticket voided under schema 1 keeps its void as its state.
const UPGRADE_1_TO_2: &str = "
ALTER TABLE tickets RENAME TO tickets_v1;
ALTER TABLE counters RENAME TO counters_v1;
DROP INDEX IF EXISTS tickets_by_day;
";

/// The version a file's schema is at: 0 for a new file, 1 for one from before versions
/// were kept (it has tickets but no version table).
fn schema_version(tx: &Transaction<'_>) -> rusqlite::Result<i64> {
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

impl SqliteStore {
    /// Creates the tables of a new file, or upgrades an older one in place. One IMMEDIATE
    /// transaction: processes opening the same file at once wait for each other here instead
    /// of meeting mid-way through the schema, and a failed upgrade leaves the file as it was.
    pub(super) fn create_schema(&self) -> Result<(), StoreError> {
        let tx = self.immediate().map_err(|e| self.error(e))?;
        let version = schema_version(&tx).map_err(|e| self.error(e))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                found: self.path.display().to_string(),
                found_version: version,
                known_version: SCHEMA_VERSION,
            });
        }
        let upgrade = || -> rusqlite::Result<()> {
            if version == 2 {
                tx.execute_batch("ALTER TABLE tickets ADD COLUMN phone_token TEXT")?;
            }
            if version == 1 {
                let has_brief: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM pragma_table_info('tickets') WHERE name = 'brief'",
                    [],
                    |r| r.get(0),
                )?;
                if has_brief == 0 {
                    tx.execute_batch(
                        "ALTER TABLE tickets ADD COLUMN brief TEXT NOT NULL DEFAULT '{}'",
                    )?;
                }
                tx.execute_batch(UPGRADE_1_TO_2)?;
            }
            tx.execute_batch(SCHEMA)?;
            // Schema 3 and 4 made the staff table without the tokens' expiry.
            let has_expiry: i64 = tx.query_row(
                "SELECT COUNT(*) FROM pragma_table_info('staff') WHERE name = 'api_token_expires'",
                [],
                |r| r.get(0),
            )?;
            if has_expiry == 0 {
                tx.execute_batch("ALTER TABLE staff ADD COLUMN api_token_expires TEXT")?;
            }
            // Before schema 6 there were no roles: every member was a clerk.
            let has_role: i64 = tx.query_row(
                "SELECT COUNT(*) FROM pragma_table_info('staff') WHERE name = 'role'",
                [],
                |r| r.get(0),
            )?;
            if has_role == 0 {
                tx.execute_batch(
                    "ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'clerk'",
                )?;
            }
            if version == 1 {
                tx.execute(
                    "INSERT INTO tickets (id, office, day, window, prefix, seq, procedures, language,
                        issued_at, printed_at, outcome, session, brief, state, finished_at)
                     SELECT id, ?1, day, window, prefix, seq, procedures, language, issued_at,
                        printed_at,
                        CASE WHEN outcome <> 'void' THEN outcome
                             WHEN printed_at IS NOT NULL THEN 'printed' ELSE 'interrupted' END,
                        session, brief,
                        CASE WHEN outcome = 'void' THEN 'void' ELSE 'waiting' END,
                        CASE WHEN outcome = 'void' THEN printed_at END
                     FROM tickets_v1",
                    params![self.office],
                )?;
                tx.execute(
                    "INSERT INTO counters (office, prefix, day, last)
                     SELECT ?1, t.prefix, c.day, c.last FROM counters_v1 c
                     JOIN (SELECT DISTINCT day, window, prefix FROM tickets_v1) t
                       ON t.day = c.day AND t.window = c.window",
                    params![self.office],
                )?;
                tx.execute_batch("DROP TABLE tickets_v1; DROP TABLE counters_v1;")?;
            }
            if version < SCHEMA_VERSION {
                tx.execute("DELETE FROM schema_version", [])?;
                tx.execute(
                    "INSERT INTO schema_version (version) VALUES (?1)",
                    params![SCHEMA_VERSION],
                )?;
            }
            Ok(())
        };
        upgrade().map_err(|e| self.error(e))?;
        tx.commit().map_err(|e| self.error(e))
    }
}
