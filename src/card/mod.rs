//! The card: reading a My Number Card without a PIN, watching readers, and virtual cards for tests and demos.

pub mod guard;
pub mod profiles;
pub mod read;
pub mod report;
pub mod simulated;
pub mod virtual_card;
pub mod vpcd;
pub mod watcher;

pub use read::{CardReading, Genuineness, ReadError, TrustAnchors, read_card};
