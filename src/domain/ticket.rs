//! What a ticket is called and where it may go: its printed number, and a window a clerk can transfer it to.

use std::fmt;
use std::str::FromStr;

use super::Procedure;

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

/// The window a ticket is transferred to, with what it serves (from kiosk.toml).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransferTarget {
    pub window: String,
    pub open: bool,
    pub procedures: Vec<Procedure>,
}
