//! A card reader without hardware: a virtual card in the same process, for the demo, the UI and tests.

use std::sync::Arc;

use myna_card::{Error, Transmit};

use super::profiles::{Profile, SampleError};
use super::read::{TrustAnchors, read_card};
use super::virtual_card::{Answer, Quirks, VirtualCard};
use super::watcher::CardEvent;
use crate::clock::Clock;

/// The link to a virtual card in this process, as a PC/SC card handle would be.
pub struct VirtualLink<'a> {
    card: &'a mut VirtualCard,
}

impl<'a> VirtualLink<'a> {
    pub fn new(card: &'a mut VirtualCard) -> Self {
        VirtualLink { card }
    }
}

impl Transmit for VirtualLink<'_> {
    fn transmit(&mut self, command: &[u8]) -> myna_card::Result<Vec<u8>> {
        let delay = self.card.quirks().delay;
        if !delay.is_zero() {
            std::thread::sleep(delay);
        }
        match self.card.execute(command) {
            Answer::Response(r) => Ok(r),
            // What PC/SC reports when the card leaves mid-read.
            Answer::Gone => Err(Error::Pcsc(pcsc::Error::RemovedCard)),
        }
    }
}

/// A reader with sample cards instead of a PC/SC device: emits the same events as the
/// watcher, for the kiosk's demo mode and its UI tests.
pub struct SimulatedReader {
    anchors: TrustAnchors,
    clock: Arc<dyn Clock + Send + Sync>,
    sink: Box<dyn FnMut(CardEvent) + Send>,
    card: Option<VirtualCard>,
}

impl SimulatedReader {
    pub const NAME: &'static str = "Simulated reader";

    /// Attaches the reader (and says so).
    pub fn new(
        anchors: TrustAnchors,
        clock: Arc<dyn Clock + Send + Sync>,
        sink: impl FnMut(CardEvent) + Send + 'static,
    ) -> Self {
        let mut sink: Box<dyn FnMut(CardEvent) + Send> = Box::new(sink);
        sink(CardEvent::ReaderAttached {
            reader: Self::NAME.into(),
        });
        SimulatedReader {
            anchors,
            clock,
            sink,
            card: None,
        }
    }

    /// Puts a sample card on the reader and reads it, as the watcher would.
    pub fn insert(&mut self, profile: Profile, quirks: Quirks) -> Result<(), SampleError> {
        self.remove();
        let today = self.clock.now().date();
        let mut card = VirtualCard::new(profile.image(today)?, quirks);
        let reader = || Self::NAME.to_owned();
        (self.sink)(CardEvent::CardInserted { reader: reader() });
        (self.sink)(CardEvent::ReadStarted { reader: reader() });
        let atr = card.atr().to_vec();
        let event = match read_card(&atr, VirtualLink::new(&mut card), today, &self.anchors) {
            Ok(reading) => CardEvent::FactsReady {
                reader: reader(),
                reading,
            },
            Err(error) => CardEvent::ReadFailed {
                reader: reader(),
                error,
            },
        };
        (self.sink)(event);
        self.card = Some(card);
        Ok(())
    }

    /// Takes the card off the reader, if there is one.
    pub fn remove(&mut self) {
        if self.card.take().is_some() {
            (self.sink)(CardEvent::CardRemoved {
                reader: Self::NAME.into(),
            });
        }
    }
}

/// A recorded card played back: each answer as two length bytes (little-endian) and the
/// answer, one after another; once the recording ends the card has left. The card_answers
/// fuzz target feeds arbitrary bytes through it, and tests replay real reads.
pub struct Replay<'a>(pub &'a [u8]);

impl Transmit for Replay<'_> {
    fn transmit(&mut self, _command: &[u8]) -> myna_card::Result<Vec<u8>> {
        let Some((len, rest)) = self.0.split_first_chunk::<2>() else {
            return Ok(Vec::new());
        };
        let len = (u16::from_le_bytes(*len) as usize).min(rest.len());
        let (answer, rest) = rest.split_at(len);
        self.0 = rest;
        Ok(answer.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::channel;

    use super::*;
    use crate::card::ReadError;
    use crate::card::profiles::VirtualRoot;
    use crate::clock::FixedClock;
    use crate::domain::CardKind;

    #[test]
    fn simulated_reader_emits_the_watchers_events_in_order() {
        let (tx, rx) = channel();
        let anchors = TrustAnchors::jlis()
            .with_virtual_production_anchor(&VirtualRoot::Production.certificate_der().unwrap())
            .unwrap();
        let clock = Arc::new(FixedClock(
            chrono::NaiveDate::from_ymd_opt(2027, 5, 6)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
        ));
        let mut reader = SimulatedReader::new(anchors, clock, move |e| {
            let _ = tx.send(e);
        });
        reader.insert(Profile::Expired, Quirks::default()).unwrap();
        reader
            .insert(Profile::Unreadable, Quirks::default())
            .unwrap();
        reader.remove();
        let events: Vec<CardEvent> = rx.try_iter().collect();
        let name = || SimulatedReader::NAME.to_owned();
        assert_eq!(events[0], CardEvent::ReaderAttached { reader: name() });
        assert_eq!(events[1], CardEvent::CardInserted { reader: name() });
        assert_eq!(events[2], CardEvent::ReadStarted { reader: name() });
        let CardEvent::FactsReady { reading, .. } = &events[3] else {
            panic!("{:?}", events[3]);
        };
        assert_eq!(reading.facts.kind, CardKind::MyNumberCard);
        assert_eq!(
            reading.facts.auth_cert_expiry,
            chrono::NaiveDate::from_ymd_opt(2027, 4, 16)
        );
        assert_eq!(events[4], CardEvent::CardRemoved { reader: name() });
        assert!(matches!(
            &events[7],
            CardEvent::ReadFailed {
                error: ReadError::Garbled(_),
                ..
            }
        ));
        assert_eq!(events[8], CardEvent::CardRemoved { reader: name() });
        assert_eq!(events.len(), 9);
    }
}
