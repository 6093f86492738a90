//! The vocabulary every layer speaks: the card's facts, the resident's answers, procedures and checklist items, ticket numbers, and where the store is. It imports nothing else of the crate.

mod database;
mod ticket;
mod visit;

pub use database::{Database, has_password, without_password};
pub use ticket::{TicketNumber, TransferTarget};
pub use visit::{
    Answers, CardFacts, CardKind, ChecklistItem, Headline, NoCardReason, Procedure, Question, Sign,
    StandardItem, Status, Visitor,
};
