//! What the kiosk learned that the clerk needs, carried by the ticket and its queue record: never who the resident is.

use serde::{Deserialize, Serialize};

use crate::card::Genuineness;
use crate::domain::{ChecklistItem, NoCardReason, Status, Visitor};

/// The facts a clerk acts on before the resident sits down: the card's state, a locked PIN,
/// who came, whether the inquiry form is at hand, and for a consultation the screen it was
/// asked from. Nothing identifying: no name, no serial, and no dates (a certificate's end
/// date is the holder's birthday, R-VALID-1), which only the printed ticket carries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brief {
    /// The card's state as the kiosk read it; `None` without a card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub auth_pin_locked: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sign_pin_locked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor: Option<Visitor>,
    /// The holder's sealed inquiry-and-answer form is at hand (asked of proxies only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inquiry_form: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_card_reason: Option<NoCardReason>,
    /// Whether the certificate chained to a trusted root; staff check an unverified card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genuineness: Option<Genuineness>,
    /// Set on a consultation ticket: where the resident asked for a person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked_from: Option<AskedFrom>,
    /// What the ticket told the resident to bring, for the counter console.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<ChecklistItem>,
    /// Visits the procedures take, this one included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visits: Option<u8>,
}

impl Brief {
    /// The card's certificate did not verify: the ticket says "check the card".
    pub fn check_card(&self) -> bool {
        self.genuineness == Some(Genuineness::Unverified)
    }

    /// As kept in the queue record.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// A record the kiosk cannot read back (written by a newer version) is an empty brief,
    /// not a lost ticket.
    pub fn from_json(text: &str) -> Brief {
        serde_json::from_str(text).unwrap_or_default()
    }
}

/// The screen a resident asked for a person from ("Ask at the counter").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskedFrom {
    Waiting,
    Status,
    Question,
    Checklist,
    Conclusion,
    CouldNotRead,
}

impl AskedFrom {
    pub fn id(self) -> &'static str {
        match self {
            AskedFrom::Waiting => "waiting",
            AskedFrom::Status => "status",
            AskedFrom::Question => "question",
            AskedFrom::Checklist => "checklist",
            AskedFrom::Conclusion => "conclusion",
            AskedFrom::CouldNotRead => "could_not_read",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brief_survives_the_queue_record_and_a_foreign_one_is_empty() {
        let brief = Brief {
            status: Some(Status::Expired),
            auth_pin_locked: true,
            visitor: Some(Visitor::Proxy),
            inquiry_form: Some(false),
            genuineness: Some(Genuineness::Unverified),
            asked_from: Some(AskedFrom::Question),
            ..Brief::default()
        };
        assert_eq!(Brief::from_json(&brief.to_json()), brief);
        assert!(brief.check_card());
        assert_eq!(Brief::from_json("{\"name\": \"x\"}"), Brief::default());
        assert_eq!(Brief::default().to_json(), "{}");
    }
}
