//! madoguchi (窓口): a self-service kiosk that reads a My Number Card's certificate expiry and sends the resident to the right counter.
//!
//! # Layers
//!
//! Bottom first. A module may import modules of its own layer and of the layers below it,
//! never one above, and no two modules may import each other, directly or round a circle.
//! `tests/layers.rs` reads this list and every `crate::` path under `src/`, and fails on a
//! module that points up, a circle, or a module named in no layer.
//!
//! - vocabulary: `domain`, `clock`, `secret`, `furigana`, `phrases`. The words everything
//!   speaks: a visit's facts, ticket numbers, the store's address, the time, tokens and PIN
//!   hashes, readings, and where a Japanese or Chinese line may break.
//! - language and voice: `i18n`, `fonts`, `speech`. Texts in each language, the typefaces
//!   that draw them, the engines that say them.
//! - settings: `config`. kiosk.toml, read and checked once.
//! - knowledge: `rules`, `queue`, `staff`, `advise`, `fleet`. What the office decides, with
//!   no device: the advice, a ticket's life, staff accounts, the advice as JSON, and what a
//!   kiosk's heartbeat says is wrong with it.
//! - parts: `card`, `tickets`, `printer`. The card reader, the ticket store, the printer.
//! - services: `maintenance`, `session`, `systemd`, `city`. A visit from card to ticket,
//!   looking after the kiosk, and the city's offices seen together.
//! - faces: `server`, `ui`, `cli`. What people see: the web pages and API, the kiosk's
//!   screens, and the command line (`src/main.rs`, `src/cli/`, in the program).

pub mod advise;
pub mod card;
pub mod city;
pub mod clock;
pub mod config;
pub mod domain;
pub mod fleet;
pub mod fonts;
pub mod furigana;
pub mod i18n;
pub mod maintenance;
pub mod phrases;
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
