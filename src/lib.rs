//! madoguchi (窓口): a self-service kiosk that reads a My Number Card's certificate expiry and sends the resident to the right counter.

pub mod advise;
pub mod card;
pub mod clock;
pub mod config;
pub mod domain;
pub mod fonts;
pub mod furigana;
pub mod i18n;
pub mod maintenance;
pub mod printer;
pub mod queue;
pub mod rules;
pub mod secret;
pub mod server;
pub mod session;
pub mod speech;
pub mod staff;
pub mod systemd;
pub mod tickets;
#[cfg(feature = "ui")]
pub mod ui;
