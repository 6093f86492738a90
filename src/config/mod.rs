//! kiosk.toml: the municipality's own facts, typed and validated at start, with errors that name key, line and column.

mod lookups;
mod reception;
mod schema;
mod source;
mod validation;

pub use reception::{
    ClockTime, ClosedDay, ConfigDate, Holidays, OpenDay, Reception, ReceptionHours, WeeklyHours,
};
pub use schema::{
    Accessibility, AddressRange, CardReader, Checklist, Config, Consultation, Corner,
    DEFAULT_OFFICE, Kiosk, Languages, LocalItem, LostCard, Maintenance, Municipality, Office,
    Printer, PrinterDriver, Queue, Server, Session, Tickets, VoiceMode, Window, check_private,
};
pub use source::Position;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One thing wrong in kiosk.toml, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The key path, such as `windows[1].procedures[0]`.
    pub key: String,
    pub position: Position,
    /// What is wrong and what is allowed.
    pub message: String,
}

#[derive(Clone, Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "{}: cannot read the configuration: {source}. Check the path, and that the kiosk's user may read it.",
        path.display()
    )]
    Read {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("{}", Problems { path, problems })]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

struct Problems<'a> {
    path: &'a Path,
    problems: &'a [Problem],
}

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(
                f,
                "{}:{}:{}: {}: {}",
                self.path.display(),
                p.position.line,
                p.position.column,
                p.key,
                p.message
            )?;
        }
        Ok(())
    }
}
