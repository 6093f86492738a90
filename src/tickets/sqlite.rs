//! The ticket store in one SQLite file (WAL, synchronous=FULL), shared safely by several kiosk processes.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior, params};

use super::{Brief, Order, PrintOutcome, StoreError, Ticket, TicketNumber, TicketStore};
use crate::rules::Procedure;

mod staff;

pub use staff::{AuditEntry, KioskSetting};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS counters (
    day     TEXT NOT NULL,
    window  TEXT NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (day, window)
);
CREATE TABLE IF NOT EXISTS tickets (
    id          INTEGER PRIMARY KEY,
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
    UNIQUE (day, window, seq)
);
CREATE INDEX IF NOT EXISTS tickets_by_day ON tickets (day, id);
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
";

/// How long a writer waits for another kiosk's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// A ticket still pending this long after issue, from another process, was never printed.
const INTERRUPTED_AFTER_SECS: i64 = 60;

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    /// Tells this process's pending tickets from those of a process that died.
    session: String,
}

impl SqliteStore {
    /// Opens (creating on first start) the store at `path`, and marks tickets that a dead
    /// process left pending as interrupted.
    pub fn open(path: &Path, now: NaiveDateTime) -> Result<SqliteStore, StoreError> {
        let shown = path.display().to_string();
        let conn = Connection::open(path).map_err(|e| StoreError::CannotOpen {
            path: shown.clone(),
            reason: e.to_string(),
        })?;
        let store = SqliteStore {
            conn,
            path: path.to_owned(),
            session: format!(
                "{}-{}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos())
            ),
        };
        store
            .conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| store.error(e))?;
        // Switching a new file to WAL takes it whole, and SQLite answers "busy" at once, not
        // after the busy timeout, to a process that meets another doing it: wait for it here.
        let started = std::time::Instant::now();
        loop {
            match store.set_up() {
                Err(StoreError::Busy) if started.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                done => break done,
            }
        }?;
        store.mark_interrupted(now)?;
        Ok(store)
    }

    /// WAL lets readers (staff screens) run beside a writer; FULL makes a committed number
    /// survive a power cut; then the tables.
    fn set_up(&self) -> Result<(), StoreError> {
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| self.error(e))?;
        self.conn
            .pragma_update(None, "synchronous", "FULL")
            .map_err(|e| self.error(e))?;
        self.create_schema().map_err(|e| self.error(e))
    }

    /// Creates the tables, and gives a database from before tickets carried a brief the
    /// column (an empty brief). One IMMEDIATE transaction: processes opening the same new file
    /// at once wait for each other here instead of meeting mid-way through the schema.
    fn create_schema(&self) -> rusqlite::Result<()> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        tx.execute_batch(SCHEMA)?;
        let has_brief: i64 = tx.query_row(
            "SELECT COUNT(*) FROM pragma_table_info('tickets') WHERE name = 'brief'",
            [],
            |r| r.get(0),
        )?;
        if has_brief == 0 {
            tx.execute_batch("ALTER TABLE tickets ADD COLUMN brief TEXT NOT NULL DEFAULT '{}'")?;
        }
        tx.commit()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn error(&self, e: rusqlite::Error) -> StoreError {
        let path = self.path.display().to_string();
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path },
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => StoreError::CannotOpen {
                path,
                reason: e.to_string(),
            },
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt {
                path,
                reason: e.to_string(),
            },
            _ => StoreError::Other(e.to_string()),
        }
    }

    fn mark_interrupted(&self, now: NaiveDateTime) -> Result<(), StoreError> {
        let before = now - chrono::Duration::seconds(INTERRUPTED_AFTER_SECS);
        self.conn
            .execute(
                "UPDATE tickets SET outcome = 'interrupted'
                 WHERE outcome = 'pending' AND session <> ?1 AND issued_at < ?2",
                params![self.session, before.format(TIME_FORMAT).to_string()],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn row_to_ticket(row: &rusqlite::Row<'_>) -> rusqlite::Result<Ticket> {
        let parse_time = |s: String| NaiveDateTime::parse_from_str(&s, TIME_FORMAT).ok();
        let day: String = row.get("day")?;
        let procedures: String = row.get("procedures")?;
        let issued: String = row.get("issued_at")?;
        let printed: Option<String> = row.get("printed_at")?;
        let outcome: String = row.get("outcome")?;
        let brief: String = row.get("brief")?;
        Ok(Ticket {
            id: row.get("id")?,
            day: NaiveDate::parse_from_str(&day, "%Y-%m-%d").unwrap_or_default(),
            window: row.get("window")?,
            number: TicketNumber {
                prefix: row.get("prefix")?,
                seq: row.get("seq")?,
            },
            procedures: serde_json::from_str(&procedures).unwrap_or_default(),
            language: row.get("language")?,
            issued_at: parse_time(issued).unwrap_or_default(),
            printed_at: printed.and_then(parse_time),
            outcome: PrintOutcome::from_db(&outcome),
            brief: Brief::from_json(&brief),
        })
    }
}

fn procedure_list(procedures: &[Procedure]) -> String {
    serde_json::to_string(procedures).unwrap_or_else(|_| "[]".into())
}

impl TicketStore for SqliteStore {
    fn issue(&self, order: &Order, now: NaiveDateTime) -> Result<Ticket, StoreError> {
        let day = now.date().format("%Y-%m-%d").to_string();
        let issued_at = now.format(TIME_FORMAT).to_string();
        let procedures = procedure_list(&order.procedures);
        // IMMEDIATE takes the write lock first, so two kiosks never read the same "last".
        let take_number = || -> rusqlite::Result<Result<Ticket, StoreError>> {
            let tx =
                rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            let last: Option<u32> = tx
                .query_row(
                    "SELECT last FROM counters WHERE day = ?1 AND window = ?2",
                    params![day, order.window],
                    |r| r.get(0),
                )
                .optional()?;
            let seq = last.map_or(order.start, |l| l.saturating_add(1).max(order.start));
            let issued_today = seq - order.start + 1;
            if let Some(cap) = order.daily_cap
                && issued_today > cap
            {
                return Ok(Err(StoreError::CapReached {
                    window: order.window.clone(),
                    cap,
                }));
            }
            tx.execute(
                "INSERT INTO counters (day, window, last) VALUES (?1, ?2, ?3)
                 ON CONFLICT (day, window) DO UPDATE SET last = excluded.last",
                params![day, order.window, seq],
            )?;
            tx.execute(
                "INSERT INTO tickets (day, window, prefix, seq, procedures, language, issued_at, outcome, session, brief)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8, ?9)",
                params![
                    day,
                    order.window,
                    order.prefix,
                    seq,
                    procedures,
                    order.language,
                    issued_at,
                    self.session,
                    order.brief.to_json()
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.commit()?;
            Ok(Ok(Ticket {
                id,
                day: now.date(),
                window: order.window.clone(),
                number: TicketNumber {
                    prefix: order.prefix.clone(),
                    seq,
                },
                procedures: order.procedures.clone(),
                language: order.language.clone(),
                issued_at: NaiveDateTime::parse_from_str(&issued_at, TIME_FORMAT).unwrap_or(now),
                printed_at: None,
                outcome: PrintOutcome::Pending,
                brief: order.brief.clone(),
            }))
        };
        take_number().map_err(|e| self.error(e))?
    }

    fn record_print(
        &self,
        id: i64,
        outcome: &PrintOutcome,
        at: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let printed_at =
            (*outcome == PrintOutcome::Printed).then(|| at.format(TIME_FORMAT).to_string());
        self.conn
            .execute(
                "UPDATE tickets SET outcome = ?2, printed_at = COALESCE(?3, printed_at) WHERE id = ?1",
                params![id, outcome.to_db(), printed_at],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn tickets_on(&self, day: NaiveDate) -> Result<Vec<Ticket>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT * FROM tickets WHERE day = ?1 ORDER BY id")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(
                params![day.format("%Y-%m-%d").to_string()],
                Self::row_to_ticket,
            )
            .map_err(|e| self.error(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))
    }

    fn find(&self, day: NaiveDate, number: &TicketNumber) -> Result<Ticket, StoreError> {
        self.conn
            .query_row(
                "SELECT * FROM tickets WHERE day = ?1 AND prefix = ?2 AND seq = ?3",
                params![
                    day.format("%Y-%m-%d").to_string(),
                    number.prefix,
                    number.seq
                ],
                Self::row_to_ticket,
            )
            .optional()
            .map_err(|e| self.error(e))?
            .ok_or_else(|| StoreError::NotFound {
                number: number.to_string(),
                day,
            })
    }
}
