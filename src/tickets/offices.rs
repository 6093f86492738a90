//! What the store keeps for the city's view: each office's published listing, any office's tickets, and past visits (the store's own and those imported from an office's old machine).

use chrono::{NaiveDate, NaiveDateTime};

use super::{StoreError, Ticket};
use crate::domain::{OfficeListing, Visit};

/// The city's offices in one store. On SQLite (one PC) there is the one office; on a
/// PostgreSQL database every office of the city that writes to it.
pub trait Offices {
    /// Writes (or replaces) this office's listing.
    fn publish_listing(&self, listing: &OfficeListing) -> Result<(), StoreError>;
    /// Every office that has published, by id.
    fn listings(&self) -> Result<Vec<OfficeListing>, StoreError>;
    /// The day's tickets of `office`, in the order they were issued.
    fn office_tickets_on(&self, office: &str, day: NaiveDate) -> Result<Vec<Ticket>, StoreError>;
    /// The visits of `office` whose number was issued on a day from `from` up to (not
    /// including) `until`: its own finished tickets that were called, and imported ones.
    fn visits_between(
        &self,
        office: &str,
        from: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<Visit>, StoreError>;
    /// Adds `visits` to `office`'s imported history in one transaction: all or none.
    /// They are history only: never tickets, never numbers of any day.
    fn import_visits(
        &self,
        office: &str,
        visits: &[Visit],
        at: NaiveDateTime,
    ) -> Result<u32, StoreError>;
}

/// The states of a ticket that count as a visit: called, then served or not found.
pub(super) const VISIT_STATES: &str = "('done', 'no_show')";
