//! Card facts from arbitrary card answers: each APDU the kiosk sends is answered with the next piece of the input, through the privacy guard, as from a real card.
#![no_main]

use libfuzzer_sys::fuzz_target;
use madoguchi::card::simulated::Replay;
use madoguchi::card::{TrustAnchors, read_card};

fuzz_target!(|data: &[u8]| {
    let (atr, answers) = data.split_at(data.len().min(12));
    let today = chrono::NaiveDate::from_ymd_opt(2027, 5, 6).unwrap();
    // Whatever comes back, the read ends in facts or a named error, never a panic.
    let _ = read_card(atr, Replay(answers), today, &TrustAnchors::jlis());
});
