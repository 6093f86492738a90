//! Kiosks' heartbeats and the orders administrators give them, in the SQLite file.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use crate::fleet::{Heartbeat, KioskOrder, KioskSeen, RemoteAction};
use crate::tickets::StoreError;
use crate::tickets::kiosks::{Kiosks, asked_entry, beat_text, done_entry, order, seen};

use super::{SqliteStore, parse_time, time};

const ORDER_COLUMNS: &str = "id, kiosk, action, ticket, by_name, asked_at, done_at, outcome";

fn row_to_order(r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<KioskOrder>> {
    let asked: String = r.get(5)?;
    let done_at: Option<String> = r.get(6)?;
    let outcome: Option<String> = r.get(7)?;
    let done = done_at
        .as_deref()
        .and_then(parse_time)
        .map(|at| (at, outcome.unwrap_or_default()));
    Ok(parse_time(&asked).and_then(|asked_at| {
        order(
            r.get(0).ok()?,
            r.get(1).ok()?,
            &r.get::<_, String>(2).ok()?,
            r.get::<_, Option<String>>(3).ok()?.as_deref(),
            r.get(4).ok()?,
            asked_at,
            done,
        )
    }))
}

impl SqliteStore {
    fn orders_where(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<KioskOrder>, StoreError> {
        let sql = format!("SELECT {ORDER_COLUMNS} FROM kiosk_orders WHERE {filter}");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(args, row_to_order)
            .map_err(|e| self.error(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))?;
        Ok(rows.into_iter().flatten().collect())
    }
}

impl Kiosks for SqliteStore {
    fn beat(&self, beat: &Heartbeat) -> Result<(), StoreError> {
        let text = beat_text(beat)?;
        self.conn
            .execute(
                "INSERT INTO kiosks (office, kiosk, beat) VALUES (?1, ?2, ?3)
                 ON CONFLICT (office, kiosk) DO UPDATE SET beat = ?3",
                params![self.office, beat.kiosk, text],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn kiosks(&self) -> Result<Vec<KioskSeen>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT office, kiosk, beat FROM kiosks ORDER BY office, kiosk")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(|e| self.error(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))?;
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
        let work = || -> rusqlite::Result<i64> {
            let tx = self.immediate()?;
            tx.execute(
                "INSERT INTO kiosk_orders (office, kiosk, action, ticket, by_name, asked_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    self.office,
                    kiosk,
                    action.id(),
                    action.ticket().map(ToString::to_string),
                    by,
                    time(at)
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO audit (at, action, outcome) VALUES (?1, ?2, 'asked')",
                params![time(at), asked_entry(kiosk, action, by)],
            )?;
            tx.commit()?;
            Ok(id)
        };
        work().map_err(|e| self.error(e))
    }

    fn kiosk_orders(&self, kiosk: &str) -> Result<Vec<KioskOrder>, StoreError> {
        self.orders_where(
            "office = ?1 AND kiosk = ?2 AND done_at IS NULL ORDER BY id",
            &[&self.office, &kiosk],
        )
    }

    fn finish_kiosk_order(
        &self,
        order: &KioskOrder,
        outcome: &str,
        at: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let work = || -> rusqlite::Result<()> {
            let tx = self.immediate()?;
            let open: Option<i64> = tx
                .query_row(
                    "SELECT id FROM kiosk_orders WHERE id = ?1 AND done_at IS NULL",
                    params![order.id],
                    |r| r.get(0),
                )
                .optional()?;
            // Done once: a second finish (two kiosks under one id) changes nothing.
            if open.is_some() {
                tx.execute(
                    "UPDATE kiosk_orders SET done_at = ?2, outcome = ?3 WHERE id = ?1",
                    params![order.id, time(at), outcome],
                )?;
                tx.execute(
                    "INSERT INTO audit (at, action, outcome) VALUES (?1, ?2, ?3)",
                    params![time(at), done_entry(order), outcome],
                )?;
            }
            tx.commit()
        };
        work().map_err(|e| self.error(e))
    }

    fn recent_kiosk_orders(&self, limit: u32) -> Result<Vec<KioskOrder>, StoreError> {
        self.orders_where(
            "office = ?1 ORDER BY id DESC LIMIT ?2",
            &[&self.office, &limit],
        )
    }

    fn forget_kiosk(&self, kiosk: &str) -> Result<bool, StoreError> {
        self.conn
            .execute(
                "DELETE FROM kiosks WHERE office = ?1 AND kiosk = ?2",
                params![self.office, kiosk],
            )
            .map(|n| n > 0)
            .map_err(|e| self.error(e))
    }
}
