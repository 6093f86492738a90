//! A card reader without hardware: a virtual card in the same process, for the demo, the UI and tests.

use myna_card::{Error, Transmit};

use super::virtual_card::{Answer, VirtualCard};

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
