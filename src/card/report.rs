//! Card readings and watcher events as JSON: the `advise` `card` shape plus how the read went.

use chrono::NaiveDate;
use serde::Serialize;

use super::read::{CardReading, Genuineness};
use super::watcher::CardEvent;
use crate::domain::CardKind;

/// What `madoguchi card read` prints. Nothing identifying: no certificate, serial or subject.
#[derive(Debug, Serialize)]
pub struct CardReport<'a> {
    pub kind: CardKind,
    pub auth_cert_expiry: Option<NaiveDate>,
    pub card_expiry: Option<NaiveDate>,
    pub auth_pin_tries_left: Option<u8>,
    pub sign_pin_tries_left: Option<u8>,
    pub verified: bool,
    pub test_card: bool,
    pub reader: &'a str,
    pub apdus: u32,
    pub read_ms: u128,
}

impl<'a> CardReport<'a> {
    pub fn new(reading: &CardReading, reader: &'a str) -> Self {
        let f = &reading.facts;
        CardReport {
            kind: f.kind,
            auth_cert_expiry: f.auth_cert_expiry,
            card_expiry: f.card_expiry,
            auth_pin_tries_left: f.auth_pin_tries_left,
            sign_pin_tries_left: f.sign_pin_tries_left,
            verified: reading.genuineness.verified(),
            test_card: reading.genuineness == Genuineness::TestCard,
            reader,
            apdus: reading.apdus,
            read_ms: reading.elapsed.as_millis(),
        }
    }
}

/// One line of `madoguchi card watch`.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventReport<'a> {
    ReaderAttached {
        reader: &'a str,
    },
    ReaderDetached {
        reader: &'a str,
    },
    ServiceDown,
    ServiceUp,
    CardInserted {
        reader: &'a str,
    },
    ReadStarted {
        reader: &'a str,
    },
    FactsReady {
        reader: &'a str,
        card: CardReport<'a>,
    },
    ReadFailed {
        reader: &'a str,
        error: String,
    },
    CardRemoved {
        reader: &'a str,
    },
}

impl<'a> From<&'a CardEvent> for EventReport<'a> {
    fn from(e: &'a CardEvent) -> Self {
        match e {
            CardEvent::ReaderAttached { reader } => EventReport::ReaderAttached { reader },
            CardEvent::ReaderDetached { reader } => EventReport::ReaderDetached { reader },
            CardEvent::ServiceDown => EventReport::ServiceDown,
            CardEvent::ServiceUp => EventReport::ServiceUp,
            CardEvent::CardInserted { reader } => EventReport::CardInserted { reader },
            CardEvent::ReadStarted { reader } => EventReport::ReadStarted { reader },
            CardEvent::FactsReady { reader, reading } => EventReport::FactsReady {
                reader,
                card: CardReport::new(reading, reader),
            },
            CardEvent::ReadFailed { reader, error } => EventReport::ReadFailed {
                reader,
                error: error.to_string(),
            },
            CardEvent::CardRemoved { reader } => EventReport::CardRemoved { reader },
        }
    }
}
