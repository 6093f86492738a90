//! The card: reading a My Number Card without a PIN, watching readers, and virtual cards for tests and demos.

pub mod guard;
pub mod profiles;
pub mod read;
pub mod simulated;
pub mod virtual_card;

pub use read::{CardReading, Genuineness, ReadError, TrustAnchors, read_card};
