//! The ticket store in one SQLite file (WAL, synchronous=FULL), shared safely by several processes on one PC.

mod kiosks;
mod offices;
mod schema;
mod staff;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{
    Connection, ErrorCode, OptionalExtension, Transaction, TransactionBehavior, params,
};

use crate::domain::{Procedure, TicketNumber};
use crate::queue::{self, Event, EventKind, Move, Progress, State};
use crate::secret::pin::EntryLock;

use super::{
    AuditEntry, Brief, Export, KioskSetting, Offices, Order, PrintOutcome, StoreError, Ticket,
    TicketStore,
};

/// How long a writer waits for another kiosk's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// A ticket still pending this long after issue, from another process, was never printed.
const INTERRUPTED_AFTER_SECS: i64 = 60;

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

fn time(at: NaiveDateTime) -> String {
    at.format(TIME_FORMAT).to_string()
}

fn parse_time(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, TIME_FORMAT).ok()
}

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    office: String,
    /// Tells this process's pending tickets from those of a process that died.
    session: String,
}

impl SqliteStore {
    /// Opens (creating on first start, upgrading an older schema) the store at `path` for
    /// `office`, and marks tickets that a dead process left pending as interrupted.
    pub fn open(path: &Path, office: &str, now: NaiveDateTime) -> Result<SqliteStore, StoreError> {
        let shown = path.display().to_string();
        let conn = Connection::open(path).map_err(|e| StoreError::CannotOpen {
            path: shown.clone(),
            reason: e.to_string(),
        })?;
        let store = SqliteStore {
            conn,
            path: path.to_owned(),
            office: office.to_owned(),
            session: super::session_id(),
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
        self.create_schema()
    }

    /// Changes whenever another connection commits to the file.
    pub(super) fn data_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.error(e))
    }

    fn immediate(&self) -> rusqlite::Result<Transaction<'_>> {
        Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
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
                params![self.session, time(before)],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn row_to_ticket(row: &rusqlite::Row<'_>) -> rusqlite::Result<Ticket> {
        let opt_time = |name: &str| -> rusqlite::Result<Option<NaiveDateTime>> {
            Ok(row
                .get::<_, Option<String>>(name)?
                .as_deref()
                .and_then(parse_time))
        };
        let day: String = row.get("day")?;
        let procedures: String = row.get("procedures")?;
        let issued: String = row.get("issued_at")?;
        let outcome: String = row.get("outcome")?;
        let brief: String = row.get("brief")?;
        let state: String = row.get("state")?;
        Ok(Ticket {
            id: row.get("id")?,
            day: NaiveDate::parse_from_str(&day, "%Y-%m-%d").unwrap_or_default(),
            number: TicketNumber {
                prefix: row.get("prefix")?,
                seq: row.get("seq")?,
            },
            procedures: serde_json::from_str(&procedures).unwrap_or_default(),
            language: row.get("language")?,
            issued_at: parse_time(&issued).unwrap_or_default(),
            printed_at: opt_time("printed_at")?,
            outcome: PrintOutcome::from_db(&outcome),
            brief: Brief::from_json(&brief),
            queue: Progress {
                state: State::from_id(&state).unwrap_or(State::Waiting),
                window: row.get("window")?,
                called_at: opt_time("called_at")?,
                serving_at: opt_time("serving_at")?,
                finished_at: opt_time("finished_at")?,
                desk: row.get("desk")?,
                called_by: row.get("called_by")?,
            },
            phone_token: row.get("phone_token")?,
        })
    }

    fn row_to_event(row: &rusqlite::Row<'_>) -> rusqlite::Result<Event> {
        let at: String = row.get("at")?;
        let kind: String = row.get("kind")?;
        Ok(Event {
            id: row.get("id")?,
            at: parse_time(&at).unwrap_or_default(),
            kind: EventKind::from_id(&kind).unwrap_or(EventKind::Issued),
            ticket: row.get("ticket_id")?,
            number: TicketNumber {
                prefix: row.get("prefix")?,
                seq: row.get("seq")?,
            },
            window: row.get("window")?,
            desk: row.get("desk")?,
            language: row.get("language")?,
            by: row.get("actor")?,
        })
    }

    fn insert_event(
        &self,
        tx: &Transaction<'_>,
        kind: EventKind,
        ticket: &Ticket,
        at: NaiveDateTime,
        by: Option<&str>,
    ) -> rusqlite::Result<()> {
        tx.execute(
            "INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window, desk, language, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                self.office,
                time(at),
                kind.id(),
                ticket.id,
                ticket.number.prefix,
                ticket.number.seq,
                ticket.queue.window,
                ticket.queue.desk,
                ticket.language,
                by
            ],
        )
        .map(|_| ())
    }

    fn write_progress(&self, tx: &Transaction<'_>, ticket: &Ticket) -> rusqlite::Result<()> {
        let q = &ticket.queue;
        tx.execute(
            "UPDATE tickets SET state = ?2, window = ?3, called_at = ?4, serving_at = ?5,
                finished_at = ?6, desk = ?7, called_by = ?8
             WHERE id = ?1",
            params![
                ticket.id,
                q.state.id(),
                q.window,
                q.called_at.map(time),
                q.serving_at.map(time),
                q.finished_at.map(time),
                q.desk,
                q.called_by
            ],
        )
        .map(|_| ())
    }

    /// Applies `mv` to `ticket` inside `tx` and records its event; a refusal rolls back.
    fn move_ticket(
        &self,
        tx: &Transaction<'_>,
        ticket: Ticket,
        mv: &Move,
        now: NaiveDateTime,
    ) -> rusqlite::Result<Result<Ticket, StoreError>> {
        let ticket = match ticket.moved(mv, now) {
            Ok(ticket) => ticket,
            Err(refused) => return Ok(Err(refused)),
        };
        self.write_progress(tx, &ticket)?;
        self.insert_event(tx, mv.event(), &ticket, now, Some(mv.actor()))?;
        Ok(Ok(ticket))
    }

    fn select_ticket(
        &self,
        tx: &Transaction<'_>,
        day: NaiveDate,
        number: &TicketNumber,
    ) -> rusqlite::Result<Option<Ticket>> {
        tx.query_row(
            "SELECT * FROM tickets WHERE office = ?1 AND day = ?2 AND prefix = ?3 AND seq = ?4",
            params![self.office, day_text(day), number.prefix, number.seq],
            Self::row_to_ticket,
        )
        .optional()
    }

    /// The tickets numbered in `tx` get the ids it assigns; `import` keeps them apart.
    fn insert_ticket(&self, tx: &Transaction<'_>, t: &Ticket) -> rusqlite::Result<i64> {
        let q = &t.queue;
        tx.execute(
            "INSERT INTO tickets (office, day, window, prefix, seq, procedures, language, issued_at,
                printed_at, outcome, session, brief, state, called_at, serving_at, finished_at,
                desk, called_by, phone_token)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                ?19)",
            params![
                self.office,
                day_text(t.day),
                q.window,
                t.number.prefix,
                t.number.seq,
                procedure_list(&t.procedures),
                t.language,
                time(t.issued_at),
                t.printed_at.map(time),
                t.outcome.to_db(),
                self.session,
                t.brief.to_json(),
                q.state.id(),
                q.called_at.map(time),
                q.serving_at.map(time),
                q.finished_at.map(time),
                q.desk,
                q.called_by,
                t.phone_token
            ],
        )?;
        Ok(tx.last_insert_rowid())
    }
}

fn procedure_list(procedures: &[Procedure]) -> String {
    serde_json::to_string(procedures).unwrap_or_else(|_| "[]".into())
}

impl TicketStore for SqliteStore {
    fn describe(&self) -> String {
        self.path.display().to_string()
    }

    fn issue(&self, order: &Order, now: NaiveDateTime) -> Result<Ticket, StoreError> {
        let day = day_text(now.date());
        // IMMEDIATE takes the write lock first, so two kiosks never read the same "last".
        let take_number = || -> rusqlite::Result<Result<Ticket, StoreError>> {
            let tx = self.immediate()?;
            let last: Option<u32> = tx
                .query_row(
                    "SELECT last FROM counters WHERE office = ?1 AND prefix = ?2 AND day = ?3",
                    params![self.office, order.prefix, day],
                    |r| r.get(0),
                )
                .optional()?;
            let seq = last.map_or(order.start, |l| l.saturating_add(1).max(order.start));
            if let Some(cap) = order.daily_cap
                && seq - order.start + 1 > cap
            {
                return Ok(Err(StoreError::CapReached {
                    window: order.window.clone(),
                    cap,
                }));
            }
            tx.execute(
                "INSERT INTO counters (office, prefix, day, last) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (office, prefix, day) DO UPDATE SET last = excluded.last",
                params![self.office, order.prefix, day, seq],
            )?;
            let mut ticket = order.ticket(now, seq);
            ticket.id = self.insert_ticket(&tx, &ticket)?;
            self.insert_event(&tx, EventKind::Issued, &ticket, now, None)?;
            tx.commit()?;
            Ok(Ok(ticket))
        };
        take_number().map_err(|e| self.error(e))?
    }

    fn record_print(
        &self,
        id: i64,
        outcome: &PrintOutcome,
        at: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let printed_at = (*outcome == PrintOutcome::Printed).then(|| time(at));
        self.conn
            .execute(
                "UPDATE tickets SET outcome = ?2, printed_at = COALESCE(?3, printed_at) WHERE id = ?1",
                params![id, outcome.to_db(), printed_at],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn tickets_on(&self, day: NaiveDate) -> Result<Vec<Ticket>, StoreError> {
        self.office_tickets_on(&self.office, day)
    }

    fn find(&self, day: NaiveDate, number: &TicketNumber) -> Result<Ticket, StoreError> {
        self.conn
            .query_row(
                "SELECT * FROM tickets WHERE office = ?1 AND day = ?2 AND prefix = ?3 AND seq = ?4",
                params![self.office, day_text(day), number.prefix, number.seq],
                Self::row_to_ticket,
            )
            .optional()
            .map_err(|e| self.error(e))?
            .ok_or_else(|| StoreError::not_found(number, day))
    }

    fn find_by_phone(&self, token: &str) -> Result<Option<Ticket>, StoreError> {
        self.conn
            .query_row(
                "SELECT * FROM tickets WHERE office = ?1 AND phone_token = ?2",
                params![self.office, token],
                Self::row_to_ticket,
            )
            .optional()
            .map_err(|e| self.error(e))
    }

    fn call_next(
        &self,
        window: &str,
        desk: &str,
        by: &str,
        now: NaiveDateTime,
    ) -> Result<Option<Ticket>, StoreError> {
        let call = || -> rusqlite::Result<Result<Option<Ticket>, StoreError>> {
            let tx = self.immediate()?;
            let next = tx
                .query_row(
                    &format!(
                        "SELECT * FROM tickets WHERE office = ?1 AND window = ?2 AND day = ?3
                         AND state = 'waiting' ORDER BY {} LIMIT 1",
                        queue::CALLING_ORDER_SQL
                    ),
                    params![self.office, window, day_text(now.date())],
                    Self::row_to_ticket,
                )
                .optional()?;
            let Some(ticket) = next else {
                return Ok(Ok(None));
            };
            let mv = Move::Call {
                desk: desk.to_owned(),
                by: by.to_owned(),
            };
            let moved = self.move_ticket(&tx, ticket, &mv, now)?;
            if moved.is_ok() {
                tx.commit()?;
            }
            Ok(moved.map(Some))
        };
        call().map_err(|e| self.error(e))?
    }

    fn advance(
        &self,
        day: NaiveDate,
        number: &TicketNumber,
        mv: &Move,
        now: NaiveDateTime,
    ) -> Result<Ticket, StoreError> {
        let go = || -> rusqlite::Result<Result<Ticket, StoreError>> {
            let tx = self.immediate()?;
            let Some(ticket) = self.select_ticket(&tx, day, number)? else {
                return Ok(Err(StoreError::not_found(number, day)));
            };
            let moved = self.move_ticket(&tx, ticket, mv, now)?;
            if moved.is_ok() {
                tx.commit()?;
            }
            Ok(moved)
        };
        go().map_err(|e| self.error(e))?
    }

    fn close_days_before(&self, today: NaiveDate, now: NaiveDateTime) -> Result<u32, StoreError> {
        let close = || -> rusqlite::Result<u32> {
            let tx = self.immediate()?;
            tx.execute(
                "INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window, desk, language)
                 SELECT office, ?3, 'not_served', id, prefix, seq, window, desk, language
                 FROM tickets WHERE office = ?1 AND day < ?2 AND state IN ('waiting', 'called')
                 ORDER BY id",
                params![self.office, day_text(today), time(now)],
            )?;
            let closed = tx.execute(
                "UPDATE tickets SET state = 'not_served', finished_at = ?3
                 WHERE office = ?1 AND day < ?2 AND state IN ('waiting', 'called')",
                params![self.office, day_text(today), time(now)],
            )?;
            tx.commit()?;
            Ok(u32::try_from(closed).unwrap_or(u32::MAX))
        };
        close().map_err(|e| self.error(e))
    }

    fn events_after(&self, after: i64, limit: u32) -> Result<Vec<Event>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT * FROM events WHERE office = ?1 AND id > ?2 ORDER BY id LIMIT ?3",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![self.office, after, limit], Self::row_to_event)
            .map_err(|e| self.error(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))
    }

    fn last_event(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row(
                "SELECT COALESCE(max(id), 0) FROM events WHERE office = ?1",
                params![self.office],
                |r| r.get(0),
            )
            .map_err(|e| self.error(e))
    }

    fn writable(&self) -> Result<(), StoreError> {
        self.last_event()?;
        // The file and its folder (where the journal goes) must both take writes.
        let dir = self
            .path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let writable = |p: &Path| {
            std::ffi::CString::new(p.as_os_str().as_encoded_bytes())
                // SAFETY: a valid NUL-terminated path; access(2) only reads it.
                .is_ok_and(|c| unsafe { libc::access(c.as_ptr(), libc::W_OK) } == 0)
        };
        if writable(&self.path) && writable(dir) {
            Ok(())
        } else {
            Err(StoreError::ReadOnly {
                path: self.path.display().to_string(),
            })
        }
    }

    fn record_action(
        &self,
        at: NaiveDateTime,
        action: &str,
        outcome: &str,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO audit (at, action, outcome) VALUES (?1, ?2, ?3)",
                params![time(at), action, outcome],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn recent_actions(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, action, outcome FROM audit ORDER BY id DESC LIMIT ?1")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![limit], |row| {
                let at: String = row.get(0)?;
                Ok(AuditEntry {
                    at: parse_time(&at).unwrap_or_default(),
                    action: row.get(1)?,
                    outcome: row.get(2)?,
                })
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.error(e))
    }

    fn last_write(&self) -> Result<Option<NaiveDateTime>, StoreError> {
        self.conn
            .query_row(
                "SELECT max(t) FROM (SELECT max(issued_at) AS t FROM tickets
                 UNION ALL SELECT max(printed_at) FROM tickets
                 UNION ALL SELECT max(at) FROM events
                 UNION ALL SELECT max(at) FROM audit)",
                [],
                |row| row.get::<_, Option<String>>(0),
            )
            .map(|t| t.as_deref().and_then(parse_time))
            .map_err(|e| self.error(e))
    }

    fn entry_lock(&self) -> Result<EntryLock, StoreError> {
        self.conn
            .query_row(
                "SELECT wrong_in_a_row, locked_until FROM staff_entry WHERE id = 1",
                [],
                |row| {
                    let until: Option<String> = row.get(1)?;
                    Ok(EntryLock {
                        wrong_in_a_row: row.get(0)?,
                        locked_until: until.as_deref().and_then(parse_time),
                    })
                },
            )
            .optional()
            .map(Option::unwrap_or_default)
            .map_err(|e| self.error(e))
    }

    fn set_entry_lock(&self, lock: EntryLock) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO staff_entry (id, wrong_in_a_row, locked_until) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET wrong_in_a_row = ?1, locked_until = ?2",
                params![lock.wrong_in_a_row, lock.locked_until.map(time)],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn closed_counters(&self, day: NaiveDate) -> Result<BTreeSet<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT window FROM closed_counters WHERE day = ?1")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![day.to_string()], |row| row.get(0))
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.error(e))
    }

    fn set_counter_closed(
        &self,
        day: NaiveDate,
        window: &str,
        closed: bool,
    ) -> Result<(), StoreError> {
        let sql = if closed {
            "INSERT OR IGNORE INTO closed_counters (day, window) VALUES (?1, ?2)"
        } else {
            "DELETE FROM closed_counters WHERE day = ?1 AND window = ?2"
        };
        self.conn
            .execute(sql, params![day.to_string(), window])
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn setting(&self, setting: KioskSetting) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT value FROM kiosk_state WHERE key = ?1",
                params![setting.key()],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(e))
    }

    fn set_setting(&self, setting: KioskSetting, value: Option<&str>) -> Result<(), StoreError> {
        let result = match value {
            Some(v) => self.conn.execute(
                "INSERT INTO kiosk_state (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = ?2",
                params![setting.key(), v],
            ),
            None => self.conn.execute(
                "DELETE FROM kiosk_state WHERE key = ?1",
                params![setting.key()],
            ),
        };
        result.map(|_| ()).map_err(|e| self.error(e))
    }

    fn export(&self) -> Result<Export, StoreError> {
        let tickets = self
            .conn
            .prepare("SELECT * FROM tickets WHERE office = ?1 ORDER BY id")
            .and_then(|mut stmt| {
                stmt.query_map(params![self.office], Self::row_to_ticket)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(|e| self.error(e))?;
        Export::with_history(self, tickets)
    }

    fn import(&self, export: &Export) -> Result<(), StoreError> {
        let write = || -> rusqlite::Result<Result<(), StoreError>> {
            let tx = self.immediate()?;
            let mut ids = std::collections::HashMap::new();
            for t in &export.tickets {
                if self.select_ticket(&tx, t.day, &t.number)?.is_some() {
                    return Ok(Err(super::already_there(t)));
                }
                ids.insert(t.id, self.insert_ticket(&tx, t)?);
                tx.execute(
                    "INSERT INTO counters (office, prefix, day, last) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (office, prefix, day) DO UPDATE SET last = max(last, excluded.last)",
                    params![self.office, t.number.prefix, day_text(t.day), t.number.seq],
                )?;
            }
            for e in &export.events {
                tx.execute(
                    "INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window, desk, language, actor)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        self.office,
                        time(e.at),
                        e.kind.id(),
                        ids.get(&e.ticket).copied().unwrap_or(e.ticket),
                        e.number.prefix,
                        e.number.seq,
                        e.window,
                        e.desk,
                        e.language,
                        e.by
                    ],
                )?;
            }
            for a in &export.audit {
                tx.execute(
                    "INSERT INTO audit (at, action, outcome) VALUES (?1, ?2, ?3)",
                    params![time(a.at), a.action, a.outcome],
                )?;
            }
            tx.commit()?;
            Ok(Ok(()))
        };
        write().map_err(|e| self.error(e))?
    }
}
