//! Card facts from arbitrary card answers: each APDU the kiosk sends is answered with the next piece of the input, through the privacy guard, as from a real card.
#![no_main]

use libfuzzer_sys::fuzz_target;
use madoguchi::card::{TrustAnchors, read_card};

/// Answers each command with the next piece of the input, each prefixed by its length (two
/// bytes, little-endian, so a 256-byte READ BINARY answer fits); an exhausted input answers
/// as a card that has left.
struct Answers<'a>(&'a [u8]);

impl myna_card::Transmit for Answers<'_> {
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

fuzz_target!(|data: &[u8]| {
    let (atr, answers) = data.split_at(data.len().min(12));
    let today = chrono::NaiveDate::from_ymd_opt(2027, 5, 6).unwrap();
    // Whatever comes back, the read ends in facts or a named error, never a panic.
    let _ = read_card(atr, Answers(answers), today, &TrustAnchors::jlis());
});
