//! The city's view on PostgreSQL: every office's listing, any office's tickets and visits, and imported history in one transaction.

use chrono::{NaiveDate, NaiveDateTime};

use std::time::Duration;

use super::{IMPORT_DEADLINE, PgStore, row_to_ticket};
use crate::domain::{OfficeListing, Visit, VisitOutcome};
use crate::tickets::offices::VISIT_STATES;
use crate::tickets::{Offices, StoreError, Ticket};

/// Weeks of an office's visits are more rows than a kiosk's reads, but the server reads
/// them holding its store: a stalled query gives up well before the pages would notice.
const HISTORY_DEADLINE: Duration = Duration::from_secs(20);

impl Offices for PgStore {
    fn publish_listing(&self, listing: &OfficeListing) -> Result<(), StoreError> {
        let text = serde_json::to_string(listing)
            .map_err(|e| StoreError::Other(format!("the office listing: {e}")))?;
        self.run(async |c, _| {
            c.execute(
                "INSERT INTO offices (office, listing, updated_at) VALUES ($1, $2, $3)
                 ON CONFLICT (office) DO UPDATE SET listing = $2, updated_at = $3",
                &[&listing.id, &text, &listing.published_at],
            )
            .await?;
            Ok(())
        })
    }

    fn listings(&self) -> Result<Vec<OfficeListing>, StoreError> {
        let texts: Vec<String> = self.run(async |c, _| {
            let rows = c
                .query("SELECT listing FROM offices ORDER BY office", &[])
                .await?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })?;
        // A listing written by a newer madoguchi that this one cannot read is left out.
        Ok(texts
            .iter()
            .filter_map(|t| serde_json::from_str(t).ok())
            .collect())
    }

    fn office_tickets_on(&self, office: &str, day: NaiveDate) -> Result<Vec<Ticket>, StoreError> {
        self.run(async |c, _| {
            let rows = c
                .query(
                    "SELECT * FROM tickets WHERE office = $1 AND day = $2 ORDER BY id",
                    &[&office, &day],
                )
                .await?;
            Ok(rows.iter().map(row_to_ticket).collect())
        })
    }

    fn visits_between(
        &self,
        office: &str,
        from: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<Visit>, StoreError> {
        let sql = format!(
            "SELECT window_id, issued_at, called_at, finished_at,
                    CASE state WHEN 'done' THEN 'served' ELSE 'no_show' END
             FROM tickets
             WHERE office = $1 AND day >= $2 AND day < $3 AND called_at IS NOT NULL
               AND state IN {VISIT_STATES}
             UNION ALL
             SELECT window_id, issued_at, called_at, finished_at, outcome FROM imported_visits
             WHERE office = $1 AND issued_at >= $2::date AND issued_at < $3::date"
        );
        let rows = self.within(HISTORY_DEADLINE, async |c, _, _| {
            c.query(&sql, &[&office, &from, &until]).await
        })?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                Some(Visit {
                    window: r.get(0),
                    issued_at: r.get(1),
                    called_at: r.get(2),
                    finished_at: r.get(3),
                    outcome: VisitOutcome::from_id(r.get(4))?,
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
        self.within(IMPORT_DEADLINE, async |c, _, _| {
            let tx = c.transaction().await?;
            let insert = tx
                .prepare(
                    "INSERT INTO imported_visits
                     (office, window_id, issued_at, called_at, finished_at, outcome, imported_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .await?;
            for v in visits {
                tx.execute(
                    &insert,
                    &[
                        &office,
                        &v.window,
                        &v.issued_at,
                        &v.called_at,
                        &v.finished_at,
                        &v.outcome.id(),
                        &at,
                    ],
                )
                .await?;
            }
            tx.commit().await?;
            Ok(visits.len() as u32)
        })
    }
}
