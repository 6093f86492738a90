//! Numbered tickets: a number is committed to the store before anyone sees it, and never handed out twice.

mod brief;
mod sqlite;

pub use brief::{AskedFrom, Brief};
pub use sqlite::{AuditEntry, KioskSetting, SqliteStore};

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};

use crate::rules::Procedure;

/// A ticket number as printed: the window's prefix and the day's sequence, `A-001`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TicketNumber {
    pub prefix: String,
    pub seq: u32,
}

impl fmt::Display for TicketNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:03}", self.prefix, self.seq)
    }
}

impl FromStr for TicketNumber {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let err = || format!("{s:?} is not a ticket number; write it as on the ticket, e.g. A-001");
        let (prefix, seq) = s.split_once('-').ok_or_else(err)?;
        if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(err());
        }
        Ok(TicketNumber {
            prefix: prefix.to_ascii_uppercase(),
            seq: seq.parse().map_err(|_| err())?,
        })
    }
}

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
    /// Staff voided it.
    Void,
}

impl PrintOutcome {
    fn to_db(&self) -> String {
        match self {
            PrintOutcome::Pending => "pending".into(),
            PrintOutcome::Printed => "printed".into(),
            PrintOutcome::Failed(state) => format!("failed:{state}"),
            PrintOutcome::NoPrinter => "no_printer".into(),
            PrintOutcome::Interrupted => "interrupted".into(),
            PrintOutcome::Void => "void".into(),
        }
    }

    fn from_db(s: &str) -> PrintOutcome {
        match s {
            "pending" => PrintOutcome::Pending,
            "printed" => PrintOutcome::Printed,
            "no_printer" => PrintOutcome::NoPrinter,
            "interrupted" => PrintOutcome::Interrupted,
            "void" => PrintOutcome::Void,
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
    pub window: String,
    pub number: TicketNumber,
    pub procedures: Vec<Procedure>,
    pub language: String,
    pub issued_at: NaiveDateTime,
    pub printed_at: Option<NaiveDateTime>,
    pub outcome: PrintOutcome,
    /// What the kiosk learned for the clerk.
    pub brief: Brief,
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

/// Why a ticket could not be issued or recorded, in words staff can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("the tickets for window {window} are finished for today ({cap} issued)")]
    CapReached { window: String, cap: u32 },
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
    #[error("no ticket {number} on {day}")]
    NotFound { number: String, day: NaiveDate },
    #[error("the ticket database failed: {0}")]
    Other(String),
}

/// Where tickets are kept. SQLite for one kiosk or several on one machine; a shared
/// PostgreSQL store for a lobby of kiosks is the next implementation.
pub trait TicketStore {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_with_three_digits_at_least_and_parse_back() {
        let n = TicketNumber {
            prefix: "A".into(),
            seq: 7,
        };
        assert_eq!(n.to_string(), "A-007");
        assert_eq!("a-007".parse::<TicketNumber>(), Ok(n));
        let big = TicketNumber {
            prefix: "B".into(),
            seq: 1234,
        };
        assert_eq!(big.to_string(), "B-1234");
        assert!("A007".parse::<TicketNumber>().is_err());
        assert!("-1".parse::<TicketNumber>().is_err());
    }

    #[test]
    fn outcomes_survive_the_database_text() {
        for o in [
            PrintOutcome::Pending,
            PrintOutcome::Printed,
            PrintOutcome::Failed("paper_end".into()),
            PrintOutcome::NoPrinter,
            PrintOutcome::Interrupted,
            PrintOutcome::Void,
        ] {
            assert_eq!(PrintOutcome::from_db(&o.to_db()), o);
        }
    }
}
