//! Kiosks' heartbeats and the orders administrators give them, in PostgreSQL: the city's kiosks in one table.

use chrono::NaiveDateTime;
use tokio_postgres::Row;

use crate::fleet::{Heartbeat, KioskOrder, KioskSeen, RemoteAction};
use crate::tickets::StoreError;
use crate::tickets::kiosks::{Kiosks, asked_entry, beat_text, done_entry, order, seen};

use super::PgStore;

const ORDER_COLUMNS: &str = "id, kiosk, action, ticket, by_name, asked_at, done_at, outcome";

fn row_to_order(r: &Row) -> Option<KioskOrder> {
    let done_at: Option<NaiveDateTime> = r.get(6);
    let outcome: Option<String> = r.get(7);
    order(
        r.get(0),
        r.get(1),
        r.get(2),
        r.get(3),
        r.get(4),
        r.get(5),
        done_at.map(|at| (at, outcome.unwrap_or_default())),
    )
}

impl Kiosks for PgStore {
    fn beat(&self, beat: &Heartbeat) -> Result<(), StoreError> {
        let text = beat_text(beat)?;
        self.run(async |c, office| {
            c.execute(
                "INSERT INTO kiosks (office, kiosk, beat) VALUES ($1, $2, $3)
                 ON CONFLICT (office, kiosk) DO UPDATE SET beat = $3",
                &[&office, &beat.kiosk, &text],
            )
            .await
            .map(|_| ())
        })
    }

    fn kiosks(&self) -> Result<Vec<KioskSeen>, StoreError> {
        let rows: Vec<(String, String, String)> = self.run(async |c, _| {
            let rows = c
                .query(
                    "SELECT office, kiosk, beat FROM kiosks ORDER BY office, kiosk",
                    &[],
                )
                .await?;
            Ok(rows
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2)))
                .collect())
        })?;
        Ok(rows
            .into_iter()
            .filter_map(|(office, kiosk, text)| seen(office, &kiosk, &text))
            .collect())
    }

    fn ask_kiosk(
        &self,
        kiosk: &str,
        action: &RemoteAction,
        by: &str,
        at: NaiveDateTime,
    ) -> Result<i64, StoreError> {
        let ticket = action.ticket().map(ToString::to_string);
        let entry = asked_entry(kiosk, action, by);
        self.run(async |c, office| {
            let tx = c.transaction().await?;
            let row = tx
                .query_one(
                    "INSERT INTO kiosk_orders (office, kiosk, action, ticket, by_name, asked_at)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                    &[&office, &kiosk, &action.id(), &ticket, &by, &at],
                )
                .await?;
            tx.execute(
                "INSERT INTO audit (office, at, action, outcome) VALUES ($1, $2, $3, 'asked')",
                &[&office, &at, &entry],
            )
            .await?;
            tx.commit().await?;
            Ok(row.get(0))
        })
    }

    fn kiosk_orders(&self, kiosk: &str) -> Result<Vec<KioskOrder>, StoreError> {
        self.run(async |c, office| {
            let rows = c
                .query(
                    &format!(
                        "SELECT {ORDER_COLUMNS} FROM kiosk_orders
                         WHERE office = $1 AND kiosk = $2 AND done_at IS NULL ORDER BY id"
                    ),
                    &[&office, &kiosk],
                )
                .await?;
            Ok(rows.iter().filter_map(row_to_order).collect())
        })
    }

    fn finish_kiosk_order(
        &self,
        order: &KioskOrder,
        outcome: &str,
        at: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let entry = done_entry(order);
        self.run(async |c, office| {
            let tx = c.transaction().await?;
            // Done once: a second finish (two kiosks under one id) changes nothing.
            let changed = tx
                .execute(
                    "UPDATE kiosk_orders SET done_at = $3, outcome = $4
                     WHERE office = $1 AND id = $2 AND done_at IS NULL",
                    &[&office, &order.id, &at, &outcome],
                )
                .await?;
            if changed > 0 {
                tx.execute(
                    "INSERT INTO audit (office, at, action, outcome) VALUES ($1, $2, $3, $4)",
                    &[&office, &at, &entry, &outcome],
                )
                .await?;
            }
            tx.commit().await
        })
    }

    fn recent_kiosk_orders(&self, limit: u32) -> Result<Vec<KioskOrder>, StoreError> {
        let limit = i64::from(limit);
        self.run(async |c, office| {
            let rows = c
                .query(
                    &format!(
                        "SELECT {ORDER_COLUMNS} FROM kiosk_orders
                         WHERE office = $1 ORDER BY id DESC LIMIT $2"
                    ),
                    &[&office, &limit],
                )
                .await?;
            Ok(rows.iter().filter_map(row_to_order).collect())
        })
    }

    fn forget_kiosk(&self, kiosk: &str) -> Result<bool, StoreError> {
        self.run(async |c, office| {
            c.execute(
                "DELETE FROM kiosks WHERE office = $1 AND kiosk = $2",
                &[&office, &kiosk],
            )
            .await
            .map(|n| n > 0)
        })
    }
}
