//! What maintenance mode keeps in the ticket store beside the queue: the audit trail and kiosk settings.

use chrono::NaiveDateTime;

/// One maintenance action as recorded: never a PIN, never card data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: NaiveDateTime,
    pub action: String,
    pub outcome: String,
}

/// A kiosk setting that outlives a restart. Those staff change from the touch screen hold,
/// on PostgreSQL, for the office's kiosks together, as the PIN lock does; what `/kiosks`
/// asks of one kiosk holds for that kiosk alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KioskSetting {
    /// "yes" while staff have paused ticketing.
    TicketingPaused,
    /// The language a session starts in, when staff chose one over kiosk.toml's.
    DefaultLanguage,
    /// "yes" while an administrator holds this kiosk from `/kiosks`.
    Held { kiosk: String, hold: Hold },
}

/// How `/kiosks` holds one kiosk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    Paused,
    OutOfService,
}

impl KioskSetting {
    pub(super) fn key(&self) -> String {
        match self {
            KioskSetting::TicketingPaused => "ticketing_paused".into(),
            KioskSetting::DefaultLanguage => "default_language".into(),
            KioskSetting::Held { kiosk, hold } => {
                let hold = match hold {
                    Hold::Paused => "paused",
                    Hold::OutOfService => "out_of_service",
                };
                format!("kiosk:{kiosk}:{hold}")
            }
        }
    }
}
