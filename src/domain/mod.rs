//! The vocabulary every layer speaks: the card's facts, the resident's answers, procedures and checklist items, ticket numbers, offices as the city sees them, and where the store is. It imports nothing else of the crate.

mod database;
mod office;
mod ticket;
mod visit;

pub use database::{Database, TlsMode, TlsSettings, has_password, tls_settings, without_password};
pub use office::{ListedWindow, OfficeListing, OpeningDay, Visit, VisitOutcome};
pub use ticket::{TicketNumber, TransferTarget};
pub use visit::{
    Answers, CardFacts, CardKind, ChecklistItem, Headline, NoCardReason, Procedure, Question, Sign,
    StandardItem, Status, Visitor,
};
