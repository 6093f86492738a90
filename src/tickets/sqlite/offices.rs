//! The city's view on the SQLite file: the one office's listing, its tickets and its visits.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::params;

use super::{SqliteStore, day_text, parse_time, time};
use crate::domain::{OfficeListing, Visit, VisitOutcome};
use crate::tickets::offices::VISIT_STATES;
use crate::tickets::{Offices, StoreError, Ticket};

impl Offices for SqliteStore {
    fn publish_listing(&self, listing: &OfficeListing) -> Result<(), StoreError> {
        let text = serde_json::to_string(listing)
            .map_err(|e| StoreError::Other(format!("the office listing: {e}")))?;
        self.conn
            .execute(
                "INSERT INTO offices (office, listing, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (office) DO UPDATE SET listing = ?2, updated_at = ?3",
                params![listing.id, text, time(listing.published_at)],
            )
            .map_err(|e| self.error(e))?;
        Ok(())
    }

    fn listings(&self) -> Result<Vec<OfficeListing>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT listing FROM offices ORDER BY office")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.error(e))?;
        let texts = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))?;
        // A listing written by a newer madoguchi that this one cannot read is left out.
        Ok(texts
            .iter()
            .filter_map(|t| serde_json::from_str(t).ok())
            .collect())
    }

    fn office_tickets_on(&self, office: &str, day: NaiveDate) -> Result<Vec<Ticket>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT * FROM tickets WHERE office = ?1 AND day = ?2 ORDER BY id")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![office, day_text(day)], Self::row_to_ticket)
            .map_err(|e| self.error(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))
    }

    fn visits_between(
        &self,
        office: &str,
        from: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<Visit>, StoreError> {
        let sql = format!(
            "SELECT window, issued_at, called_at, finished_at,
                    CASE state WHEN 'done' THEN 'served' ELSE 'no_show' END
             FROM tickets
             WHERE office = ?1 AND day >= ?2 AND day < ?3 AND called_at IS NOT NULL
               AND state IN {VISIT_STATES}
             UNION ALL
             SELECT window, issued_at, called_at, finished_at, outcome FROM imported_visits
             WHERE office = ?1 AND issued_at >= ?2 AND issued_at < ?3"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![office, day_text(from), day_text(until)], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .map_err(|e| self.error(e))?;
        let rows = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))?;
        Ok(rows
            .into_iter()
            .filter_map(|(window, issued, called, finished, outcome)| {
                Some(Visit {
                    window,
                    issued_at: parse_time(&issued)?,
                    called_at: parse_time(&called)?,
                    finished_at: finished.as_deref().and_then(parse_time),
                    outcome: VisitOutcome::from_id(&outcome)?,
                })
            })
            .collect())
    }

    fn import_visits(
        &self,
        office: &str,
        visits: &[Visit],
        at: NaiveDateTime,
    ) -> Result<u32, StoreError> {
        let tx = self.immediate().map_err(|e| self.error(e))?;
        {
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO imported_visits
                     (office, window, issued_at, called_at, finished_at, outcome, imported_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(|e| self.error(e))?;
            for v in visits {
                insert
                    .execute(params![
                        office,
                        v.window,
                        time(v.issued_at),
                        time(v.called_at),
                        v.finished_at.map(time),
                        v.outcome.id(),
                        time(at),
                    ])
                    .map_err(|e| self.error(e))?;
            }
        }
        tx.commit().map_err(|e| self.error(e))?;
        Ok(visits.len() as u32)
    }
}
