//! Subcommands too large to live in main.rs.

pub mod card;
pub mod db;
pub mod history;
pub mod kiosk;
pub mod queue;
pub mod report;
pub mod say;
pub mod staff;
pub mod ticket;
