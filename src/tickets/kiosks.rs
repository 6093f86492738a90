//! What the store keeps for city IT: each kiosk's latest heartbeat, and the actions administrators ask of a kiosk with what became of them.

use chrono::NaiveDateTime;

use super::StoreError;
use crate::fleet::{Heartbeat, KioskOrder, KioskSeen, RemoteAction};

/// The kiosks' side of a ticket store. On SQLite (one PC) there is the one office; on
/// PostgreSQL every office of the city that writes to it.
pub trait Kiosks {
    /// Keeps `beat` as this office's kiosk's latest, in place of the one before.
    fn beat(&self, beat: &Heartbeat) -> Result<(), StoreError>;
    /// The latest heartbeat of every kiosk of every office, by office and kiosk.
    fn kiosks(&self) -> Result<Vec<KioskSeen>, StoreError>;
    /// Asks this office's `kiosk` to do `action`, for `by`, and writes it to the audit trail
    /// in the same transaction; returns the order's id.
    fn ask_kiosk(
        &self,
        kiosk: &str,
        action: &RemoteAction,
        by: &str,
        at: NaiveDateTime,
    ) -> Result<i64, StoreError>;
    /// What this office's `kiosk` has been asked and not yet done, oldest first.
    fn kiosk_orders(&self, kiosk: &str) -> Result<Vec<KioskOrder>, StoreError>;
    /// Marks an order done (or failed, `outcome` says how), and writes the audit entry.
    fn finish_kiosk_order(
        &self,
        order: &KioskOrder,
        outcome: &str,
        at: NaiveDateTime,
    ) -> Result<(), StoreError>;
    /// This office's latest `limit` orders, newest first.
    fn recent_kiosk_orders(&self, limit: u32) -> Result<Vec<KioskOrder>, StoreError>;
    /// Forgets this office's `kiosk` (retired or renamed); false when there was none.
    fn forget_kiosk(&self, kiosk: &str) -> Result<bool, StoreError>;
}

/// A stored heartbeat's JSON, or why it could not be written.
pub(super) fn beat_text(beat: &Heartbeat) -> Result<String, StoreError> {
    serde_json::to_string(beat).map_err(|e| StoreError::Other(format!("the heartbeat: {e}")))
}

/// A stored heartbeat, under the kiosk its row is kept for. Left out: one a newer madoguchi
/// wrote that this one cannot read, and one whose id is not its row's or not a kiosk id (a
/// row written by hand, or by something that is no kiosk). Its words are cut to what a
/// kiosk writes, so a row cannot make the pages slow or long.
pub(super) fn seen(office: String, kiosk: &str, text: &str) -> Option<KioskSeen> {
    let mut heartbeat: Heartbeat = serde_json::from_str(text).ok()?;
    if heartbeat.kiosk != kiosk || crate::config::Kiosk::check_id(kiosk).is_err() {
        return None;
    }
    for field in [&mut heartbeat.screen, &mut heartbeat.version] {
        *field = field
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '_'))
            .take(MAX_WORD)
            .collect();
    }
    Some(KioskSeen { office, heartbeat })
}

/// The longest screen name or version kept from a heartbeat.
const MAX_WORD: usize = 40;

/// An order from its columns; one whose action this madoguchi does not know is left out.
pub(super) fn order(
    id: i64,
    kiosk: String,
    action: &str,
    ticket: Option<&str>,
    by: String,
    asked_at: NaiveDateTime,
    done: Option<(NaiveDateTime, String)>,
) -> Option<KioskOrder> {
    Some(KioskOrder {
        id,
        kiosk,
        action: RemoteAction::parse(action, ticket).ok()?,
        by,
        asked_at,
        done,
    })
}

/// The audit trail's words for an order asked, and for an order carried out.
pub(super) fn asked_entry(kiosk: &str, action: &RemoteAction, by: &str) -> String {
    format!("remote {action} on kiosk {kiosk} asked by {by}")
}

pub(super) fn done_entry(order: &KioskOrder) -> String {
    format!(
        "remote {} on kiosk {} (asked by {})",
        order.action, order.kiosk, order.by
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(kiosk: &str, screen: &str) -> String {
        let mut beat = Heartbeat::sample(kiosk);
        beat.screen = screen.into();
        beat_text(&beat).unwrap()
    }

    #[test]
    fn a_row_is_read_under_its_own_kiosk_with_its_words_cut_to_a_kiosks() {
        let read = seen("main".into(), "lobby-1", &text("lobby-1", "Waiting")).unwrap();
        assert_eq!(read.heartbeat.screen, "Waiting");
        // A row whose heartbeat names another kiosk, or no kiosk id, is not a kiosk's.
        assert!(seen("main".into(), "lobby-2", &text("lobby-1", "Waiting")).is_none());
        assert!(seen("main".into(), "<b>", &text("<b>", "Waiting")).is_none());
        assert!(seen("main".into(), "lobby-1", "{not json").is_none());
        let long = "《".repeat(100_000);
        let read = seen("main".into(), "lobby-1", &text("lobby-1", &long)).unwrap();
        assert_eq!(read.heartbeat.screen, "");
        let read = seen("main".into(), "lobby-1", &text("lobby-1", &"W".repeat(500))).unwrap();
        assert_eq!(read.heartbeat.screen.len(), MAX_WORD);
    }
}
