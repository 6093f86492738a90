//! What maintenance mode keeps in the kiosk's database: the audit trail, the PIN lock, counters closed for the day, and kiosk settings.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, params};

use super::{SqliteStore, TIME_FORMAT};
use crate::maintenance::pin::EntryLock;
use crate::tickets::StoreError;

/// One maintenance action as recorded: never a PIN, never card data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: NaiveDateTime,
    pub action: String,
    pub outcome: String,
}

/// A kiosk setting that staff change from the touch screen and that outlives a restart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskSetting {
    /// "yes" while staff have paused ticketing.
    TicketingPaused,
    /// The language a session starts in, when staff chose one over kiosk.toml's.
    DefaultLanguage,
}

impl KioskSetting {
    fn key(self) -> &'static str {
        match self {
            KioskSetting::TicketingPaused => "ticketing_paused",
            KioskSetting::DefaultLanguage => "default_language",
        }
    }
}

fn time(at: NaiveDateTime) -> String {
    at.format(TIME_FORMAT).to_string()
}

fn parse_time(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, TIME_FORMAT).ok()
}

impl SqliteStore {
    pub fn record_action(
        &self,
        at: NaiveDateTime,
        action: &str,
        outcome: &str,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO audit (at, action, outcome) VALUES (?1, ?2, ?3)",
                params![time(at), action, outcome],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    /// The latest `limit` actions, newest first.
    pub fn recent_actions(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, action, outcome FROM audit ORDER BY id DESC LIMIT ?1")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![limit], |row| {
                let at: String = row.get(0)?;
                Ok(AuditEntry {
                    at: parse_time(&at).unwrap_or_default(),
                    action: row.get(1)?,
                    outcome: row.get(2)?,
                })
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.error(e))
    }

    /// When the database was last written: the latest ticket or action.
    pub fn last_write(&self) -> Result<Option<NaiveDateTime>, StoreError> {
        self.conn
            .query_row(
                "SELECT max(t) FROM (SELECT max(issued_at) AS t FROM tickets
                 UNION ALL SELECT max(printed_at) FROM tickets
                 UNION ALL SELECT max(at) FROM audit)",
                [],
                |row| row.get::<_, Option<String>>(0),
            )
            .map(|t| t.as_deref().and_then(parse_time))
            .map_err(|e| self.error(e))
    }

    pub fn entry_lock(&self) -> Result<EntryLock, StoreError> {
        self.conn
            .query_row(
                "SELECT wrong_in_a_row, locked_until FROM staff_entry WHERE id = 1",
                [],
                |row| {
                    let until: Option<String> = row.get(1)?;
                    Ok(EntryLock {
                        wrong_in_a_row: row.get(0)?,
                        locked_until: until.as_deref().and_then(parse_time),
                    })
                },
            )
            .optional()
            .map(Option::unwrap_or_default)
            .map_err(|e| self.error(e))
    }

    pub fn set_entry_lock(&self, lock: EntryLock) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO staff_entry (id, wrong_in_a_row, locked_until) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET wrong_in_a_row = ?1, locked_until = ?2",
                params![lock.wrong_in_a_row, lock.locked_until.map(time)],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    /// The counters staff closed for `day`.
    pub fn closed_counters(&self, day: NaiveDate) -> Result<BTreeSet<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT window FROM closed_counters WHERE day = ?1")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![day.to_string()], |row| row.get(0))
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.error(e))
    }

    pub fn set_counter_closed(
        &self,
        day: NaiveDate,
        window: &str,
        closed: bool,
    ) -> Result<(), StoreError> {
        let sql = if closed {
            "INSERT OR IGNORE INTO closed_counters (day, window) VALUES (?1, ?2)"
        } else {
            "DELETE FROM closed_counters WHERE day = ?1 AND window = ?2"
        };
        self.conn
            .execute(sql, params![day.to_string(), window])
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    pub fn setting(&self, setting: KioskSetting) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT value FROM kiosk_state WHERE key = ?1",
                params![setting.key()],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(e))
    }

    /// Sets a setting, or forgets it with `None`.
    pub fn set_setting(
        &self,
        setting: KioskSetting,
        value: Option<&str>,
    ) -> Result<(), StoreError> {
        let result = match value {
            Some(v) => self.conn.execute(
                "INSERT INTO kiosk_state (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = ?2",
                params![setting.key(), v],
            ),
            None => self.conn.execute(
                "DELETE FROM kiosk_state WHERE key = ?1",
                params![setting.key()],
            ),
        };
        result.map(|_| ()).map_err(|e| self.error(e))
    }
}
