//! What maintenance mode keeps in the ticket store beside the queue: the audit trail and kiosk settings.

use chrono::NaiveDateTime;

/// One maintenance action as recorded: never a PIN, never card data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: NaiveDateTime,
    pub action: String,
    pub outcome: String,
}

/// A kiosk setting that staff change from the touch screen and that outlives a restart.
/// On PostgreSQL it holds for the office's kiosks together, as the PIN lock does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskSetting {
    /// "yes" while staff have paused ticketing.
    TicketingPaused,
    /// The language a session starts in, when staff chose one over kiosk.toml's.
    DefaultLanguage,
}

impl KioskSetting {
    pub(super) fn key(self) -> &'static str {
        match self {
            KioskSetting::TicketingPaused => "ticketing_paused",
            KioskSetting::DefaultLanguage => "default_language",
        }
    }
}
