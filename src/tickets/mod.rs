//! Numbered tickets and the store they live in until served: a number is committed before anyone sees it, and never handed out twice.

mod accounts;
mod audit;
mod brief;
mod kiosks;
mod offices;
pub(crate) mod postgres;
mod report;
mod sqlite;
mod status;
mod subscribe;

pub use accounts::{Accounts, account_named};
pub use audit::{AuditEntry, Hold, KioskSetting};
pub use brief::{AskedFrom, Brief};
pub use kiosks::Kiosks;
pub use offices::Offices;
pub use postgres::{
    DEADLINE as POSTGRES_DEADLINE, HostAnswer, HostRole, PgConnector, PgStore, TlsMode, connector,
    survey,
};
pub use report::{DayReport, DeskRow, HourRow};
pub use sqlite::SqliteStore;
pub use status::{LineOf, WindowStatus, line_of, queue_status, window_line};
pub use subscribe::{Subscription, subscribe};

use std::collections::BTreeSet;
use std::fmt;

use chrono::{NaiveDate, NaiveDateTime, Timelike};

use crate::domain::Procedure;
use crate::domain::{Database, TicketNumber};
use crate::queue::{Event, Move, MoveError, Progress};
use crate::secret::pin::EntryLock;

/// What became of printing a ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintOutcome {
    /// Issued; printing not finished (or in progress).
    Pending,
    Printed,
    /// The printer could not print it; the state names why (paper end, cover open, …).
    Failed(String),
    /// The kiosk has no printer: the number was shown on screen only.
    NoPrinter,
    /// The issuing process ended before it could print or record the outcome.
    Interrupted,
}

impl PrintOutcome {
    fn to_db(&self) -> String {
        match self {
            PrintOutcome::Pending => "pending".into(),
            PrintOutcome::Printed => "printed".into(),
            PrintOutcome::Failed(state) => format!("failed:{state}"),
            PrintOutcome::NoPrinter => "no_printer".into(),
            PrintOutcome::Interrupted => "interrupted".into(),
        }
    }

    fn from_db(s: &str) -> PrintOutcome {
        match s {
            "pending" => PrintOutcome::Pending,
            "printed" => PrintOutcome::Printed,
            "no_printer" => PrintOutcome::NoPrinter,
            "interrupted" => PrintOutcome::Interrupted,
            other => PrintOutcome::Failed(other.strip_prefix("failed:").unwrap_or(other).into()),
        }
    }
}

impl fmt::Display for PrintOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_db())
    }
}

/// One issued ticket. Nothing about the resident or the card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub id: i64,
    /// The local day the number belongs to.
    pub day: NaiveDate,
    pub number: TicketNumber,
    pub procedures: Vec<Procedure>,
    pub language: String,
    pub issued_at: NaiveDateTime,
    pub printed_at: Option<NaiveDateTime>,
    pub outcome: PrintOutcome,
    /// What the kiosk learned for the clerk.
    pub brief: Brief,
    /// Where it stands in the queue, and at which window.
    pub queue: Progress,
    /// The random key of the resident's phone page (`/t/<token>`); none on tickets issued
    /// before phone pages existed.
    pub phone_token: Option<String>,
}

/// Random bytes of a phone page's token: 128 bits.
pub const PHONE_TOKEN_BYTES: usize = 16;

impl Ticket {
    /// The ticket after `mv`, as both stores write it; refused when the queue does not allow
    /// the move from where the ticket stands.
    pub fn moved(mut self, mv: &Move, now: NaiveDateTime) -> Result<Ticket, StoreError> {
        match crate::queue::apply(&self.queue, &self.procedures, mv, now) {
            Ok(next) => {
                self.queue = next;
                Ok(self)
            }
            Err(reason) => Err(StoreError::Refused {
                number: self.number.to_string(),
                reason: Box::new(reason),
            }),
        }
    }

    /// The window whose desks call it now.
    pub fn window(&self) -> &str {
        &self.queue.window
    }
}

/// What to issue a ticket for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    pub window: String,
    pub prefix: String,
    /// The first number of each day.
    pub start: u32,
    /// At most this many tickets a day for the window.
    pub daily_cap: Option<u32>,
    pub procedures: Vec<Procedure>,
    pub language: String,
    pub brief: Brief,
}

impl Order {
    /// The order for `procedures` (done in that order) at the open window serving the first.
    pub fn for_procedures(
        config: &crate::config::Config,
        procedures: &[Procedure],
        language: &str,
    ) -> Result<Order, String> {
        let first = procedures
            .first()
            .ok_or("a ticket needs at least one procedure")?;
        let window = config
            .window_for(*first)
            .ok_or_else(|| format!("no open window serves {}", first.id()))?;
        Ok(Order {
            window: window.id.clone(),
            prefix: window.ticket_prefix.clone(),
            start: config.tickets.start_number,
            daily_cap: window.daily_cap,
            procedures: procedures.to_vec(),
            language: language.to_owned(),
            brief: Brief::default(),
        })
    }

    /// A consultation ticket ("Ask at the counter"): for the window that takes general
    /// questions, with no procedure decided.
    pub fn consultation(
        config: &crate::config::Config,
        language: &str,
        brief: Brief,
    ) -> Result<Order, String> {
        let window = config
            .consultation_window()
            .ok_or("no open window takes consultations; set consultation.window")?;
        Ok(Order {
            window: window.id.clone(),
            prefix: window.ticket_prefix.clone(),
            start: config.tickets.start_number,
            daily_cap: window.daily_cap,
            procedures: Vec::new(),
            language: language.to_owned(),
            brief,
        })
    }
}

impl Order {
    /// The ticket this order becomes as number `seq`, before the store gives it an id (a
    /// slip printed without a store is number 0, and never stored).
    pub fn ticket(&self, now: NaiveDateTime, seq: u32) -> Ticket {
        Ticket {
            id: 0,
            day: now.date(),
            number: TicketNumber {
                prefix: self.prefix.clone(),
                seq,
            },
            procedures: self.procedures.clone(),
            language: self.language.clone(),
            // Stores keep whole seconds; the ticket says what they keep.
            issued_at: now.with_nanosecond(0).unwrap_or(now),
            printed_at: None,
            outcome: PrintOutcome::Pending,
            brief: self.brief.clone(),
            queue: Progress::waiting(&self.window),
            // Without random numbers the ticket still issues; it has no phone page.
            phone_token: crate::secret::token(PHONE_TOKEN_BYTES).ok(),
        }
    }
}

/// Tells this process's pending tickets from those of a process that died.
fn session_id() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    )
}

/// `db copy` never merges two histories into one number.
fn already_there(t: &Ticket) -> StoreError {
    StoreError::Other(format!(
        "ticket {} of {} is in the target database already; copy into an empty database (or another office)",
        t.number, t.day
    ))
}

/// Why a ticket could not be issued or recorded, in words staff can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("the tickets for window {window} are finished for today ({cap} issued)")]
    CapReached { window: String, cap: u32 },
    #[error(
        "window {window} takes no more tickets today: the people waiting fill the time left before closing"
    )]
    FullForToday { window: String },
    #[error("the ticket database is busy (another kiosk or program holds it); try again")]
    Busy,
    #[error(
        "the ticket database {path} cannot be written (read-only); check its permissions and the disk"
    )]
    ReadOnly { path: String },
    #[error("the disk holding the ticket database {path} is full; free some space")]
    DiskFull { path: String },
    #[error("the ticket database {path} cannot be opened: {reason}")]
    CannotOpen { path: String, reason: String },
    #[error(
        "the ticket database {path} is damaged ({reason}); move it aside and restart to create a new one"
    )]
    Corrupt { path: String, reason: String },
    #[error(
        "the ticket database at {server} cannot be reached ({reason}); check that PostgreSQL runs and the network"
    )]
    Unreachable { server: String, reason: String },
    #[error(
        "the ticket database {found} is newer (schema {found_version}) than this madoguchi knows ({known_version}); update madoguchi"
    )]
    TooNew {
        found: String,
        found_version: i64,
        known_version: i64,
    },
    #[error("no ticket {number} on {day}")]
    NotFound { number: String, day: NaiveDate },
    #[error("ticket {number}: {reason}")]
    Refused {
        number: String,
        reason: Box<MoveError>,
    },
    #[error("the ticket database failed: {0}")]
    Other(String),
}

impl StoreError {
    /// No ticket `number` on `day`.
    pub fn not_found(number: &TicketNumber, day: NaiveDate) -> StoreError {
        StoreError::NotFound {
            number: number.to_string(),
            day,
        }
    }

    /// The store is not there at all (not a refusal or a full day): the kiosk sends residents
    /// to the reception desk and tries again.
    pub fn is_outage(&self) -> bool {
        !matches!(
            self,
            StoreError::CapReached { .. }
                | StoreError::FullForToday { .. }
                | StoreError::NotFound { .. }
                | StoreError::Refused { .. }
        )
    }
}

/// Where tickets are kept: one SQLite file for one PC ([`SqliteStore`]), or a PostgreSQL
/// database every kiosk, desk and server of an office shares ([`PgStore`]). Both pass the
/// same conformance suite (tests/store.rs). Every change of the queue is committed with its
/// [`Event`], so a subscriber learns of it from the store alone.
pub trait TicketStore: Accounts + Offices + Kiosks + Send {
    /// Where the store is, for staff screens and messages (a path, or host and database;
    /// never a password).
    fn describe(&self) -> String;
    /// Takes the next number of the day for the order's window and commits it, before
    /// anything is shown or printed.
    fn issue(&self, order: &Order, now: NaiveDateTime) -> Result<Ticket, StoreError>;
    /// Records how printing went.
    fn record_print(
        &self,
        id: i64,
        outcome: &PrintOutcome,
        at: NaiveDateTime,
    ) -> Result<(), StoreError>;
    /// The day's tickets, in the order they were issued.
    fn tickets_on(&self, day: NaiveDate) -> Result<Vec<Ticket>, StoreError>;
    /// One ticket of a day, by its number.
    fn find(&self, day: NaiveDate, number: &TicketNumber) -> Result<Ticket, StoreError>;
    /// The ticket whose phone page has this token (any day).
    fn find_by_phone(&self, token: &str) -> Result<Option<Ticket>, StoreError>;
    /// Calls the first waiting ticket of `window` (in [`crate::queue::calling_order`]) to
    /// `desk`; none when nobody waits. Two desks calling at once get two tickets.
    fn call_next(
        &self,
        window: &str,
        desk: &str,
        by: &str,
        now: NaiveDateTime,
    ) -> Result<Option<Ticket>, StoreError>;
    /// Makes a move on a ticket of `day`; refused ([`StoreError::Refused`]) when the
    /// ticket's state does not allow it.
    fn advance(
        &self,
        day: NaiveDate,
        number: &TicketNumber,
        mv: &Move,
        now: NaiveDateTime,
    ) -> Result<Ticket, StoreError>;
    /// Closes the tickets of days before `today` still waiting or called (as not served,
    /// each with its event), so each day's line starts empty; returns how many. A ticket
    /// being served, or a no-show, is left as it is.
    fn close_days_before(&self, today: NaiveDate, now: NaiveDateTime) -> Result<u32, StoreError>;
    /// The events after `after`, oldest first, at most `limit`.
    fn events_after(&self, after: i64, limit: u32) -> Result<Vec<Event>, StoreError>;
    /// The latest event's id (0 before any), where a new subscriber starts.
    fn last_event(&self) -> Result<i64, StoreError>;
    /// Whether a ticket could be written now: the store answers and takes writes (not a
    /// standby, not a read-only file), for `/readyz`.
    fn writable(&self) -> Result<(), StoreError>;

    /// Records a maintenance action: never a PIN, never card data.
    fn record_action(
        &self,
        at: NaiveDateTime,
        action: &str,
        outcome: &str,
    ) -> Result<(), StoreError>;
    /// The latest `limit` actions, newest first.
    fn recent_actions(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError>;
    /// When the database was last written: the latest ticket or action.
    fn last_write(&self) -> Result<Option<NaiveDateTime>, StoreError>;
    fn entry_lock(&self) -> Result<EntryLock, StoreError>;
    fn set_entry_lock(&self, lock: EntryLock) -> Result<(), StoreError>;
    /// The counters staff closed for `day`.
    fn closed_counters(&self, day: NaiveDate) -> Result<BTreeSet<String>, StoreError>;
    fn set_counter_closed(
        &self,
        day: NaiveDate,
        window: &str,
        closed: bool,
    ) -> Result<(), StoreError>;
    fn setting(&self, setting: KioskSetting) -> Result<Option<String>, StoreError>;
    /// Sets a setting, or forgets it with `None`.
    fn set_setting(&self, setting: KioskSetting, value: Option<&str>) -> Result<(), StoreError>;

    /// Every ticket and event of the store, for `db copy`.
    fn export(&self) -> Result<Export, StoreError>;
    /// Adds an export's tickets and events, keeping their numbers, times and states; refuses
    /// a ticket whose number the store has already.
    fn import(&self, export: &Export) -> Result<(), StoreError>;
}

/// An office's history as `db copy` moves it: tickets with their numbers and states, the
/// day counters, events and the audit trail.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Export {
    pub tickets: Vec<Ticket>,
    pub events: Vec<Event>,
    pub audit: Vec<AuditEntry>,
}

impl Export {
    /// `tickets` with `store`'s events and audit trail, each oldest first.
    pub(crate) fn with_history(
        store: &(impl TicketStore + ?Sized),
        tickets: Vec<Ticket>,
    ) -> Result<Export, StoreError> {
        let mut audit = store.recent_actions(u32::MAX)?;
        audit.reverse();
        Ok(Export {
            tickets,
            events: store.events_after(0, u32::MAX)?,
            audit,
        })
    }
}

/// A store shared by the kiosk's threads.
pub type SharedStore = std::sync::Arc<std::sync::Mutex<Box<dyn TicketStore>>>;

/// The PostgreSQL password kiosk.toml names, or why it cannot be read.
fn password(tickets: &crate::config::Tickets) -> Result<Option<String>, StoreError> {
    tickets.password().map_err(|reason| StoreError::CannotOpen {
        path: tickets.database.to_string(),
        reason,
    })
}

/// Opens the store kiosk.toml names: PostgreSQL for a `postgresql://` URL, else the SQLite
/// file; creates or upgrades its schema, and marks tickets a dead kiosk left pending.
pub fn open(
    config: &crate::config::Config,
    now: NaiveDateTime,
) -> Result<Box<dyn TicketStore>, StoreError> {
    let office = config.municipality.office_id();
    let store: Box<dyn TicketStore> = match &config.tickets.database {
        Database::Sqlite(path) => Box::new(SqliteStore::open(path, office, now)?),
        Database::Postgres(url) => Box::new(PgStore::open(
            url,
            password(&config.tickets)?.as_deref(),
            office,
            now,
        )?),
    };
    Ok(store)
}

/// [`open`], then the lines of earlier days closed: for the kiosk and the commands that
/// issue or call, on their own clock. Read-only commands never close a line.
pub fn open_for_today(
    config: &crate::config::Config,
    now: NaiveDateTime,
) -> Result<Box<dyn TicketStore>, StoreError> {
    let store = open(config, now)?;
    store.close_days_before(now.date(), now)?;
    Ok(store)
}

/// The schema version this madoguchi writes. 1: tickets printed and forgotten; 2: the queue
/// (states, desks, times, events) and offices; 3: staff accounts, console sessions and the
/// tickets' phone pages; 4: offices' listings and imported visits; 5: API tokens' expiry;
/// 6: staff roles, kiosks' heartbeats and the orders administrators give them.
pub const SCHEMA_VERSION: i64 = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_survive_the_database_text() {
        for o in [
            PrintOutcome::Pending,
            PrintOutcome::Printed,
            PrintOutcome::Failed("paper_end".into()),
            PrintOutcome::NoPrinter,
            PrintOutcome::Interrupted,
        ] {
            assert_eq!(PrintOutcome::from_db(&o.to_db()), o);
        }
    }
}
