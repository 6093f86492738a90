//! Staff accounts and console sessions in the SQLite file.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use crate::secret::pin::EntryLock;
use crate::staff::{Account, ConsoleSession, Role, Seat};
use crate::tickets::StoreError;
use crate::tickets::accounts::{self, Accounts, role_of, seat, windows_text};

use super::{SqliteStore, parse_time, time};

impl Accounts for SqliteStore {
    fn add_account(&self, a: &Account) -> Result<(), StoreError> {
        let added = self
            .conn
            .execute(
                "INSERT INTO staff (office, name, windows, password_hash, role)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                params![
                    self.office,
                    a.name,
                    windows_text(&a.windows),
                    a.password_hash,
                    a.role.id()
                ],
            )
            .map_err(|e| self.error(e))?;
        if added == 0 {
            return Err(accounts::exists(&a.name));
        }
        Ok(())
    }

    fn account(&self, name: &str) -> Result<Option<Account>, StoreError> {
        self.conn
            .query_row(
                "SELECT * FROM staff WHERE office = ?1 AND name = ?2",
                params![self.office, name],
                row_to_account,
            )
            .optional()
            .map_err(|e| self.error(e))
    }

    fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM staff WHERE office = ?1 ORDER BY name")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![self.office], row_to_account)
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.error(e))
    }

    fn remove_account(&self, name: &str) -> Result<bool, StoreError> {
        let work = || -> rusqlite::Result<bool> {
            let tx = self.immediate()?;
            tx.execute(
                "DELETE FROM staff_sessions WHERE office = ?1 AND name = ?2",
                params![self.office, name],
            )?;
            let removed = tx.execute(
                "DELETE FROM staff WHERE office = ?1 AND name = ?2",
                params![self.office, name],
            )?;
            tx.commit()?;
            Ok(removed > 0)
        };
        work().map_err(|e| self.error(e))
    }

    fn set_password(&self, name: &str, hash: &str) -> Result<bool, StoreError> {
        let work = || -> rusqlite::Result<bool> {
            let tx = self.immediate()?;
            let changed = tx.execute(
                "UPDATE staff SET password_hash = ?3, wrong_in_a_row = 0, locked_until = NULL
                 WHERE office = ?1 AND name = ?2",
                params![self.office, name, hash],
            )?;
            tx.execute(
                "DELETE FROM staff_sessions WHERE office = ?1 AND name = ?2",
                params![self.office, name],
            )?;
            tx.commit()?;
            Ok(changed > 0)
        };
        work().map_err(|e| self.error(e))
    }

    fn set_role(&self, name: &str, role: Role) -> Result<bool, StoreError> {
        let work = || -> rusqlite::Result<bool> {
            let tx = self.immediate()?;
            let changed = tx.execute(
                "UPDATE staff SET role = ?3 WHERE office = ?1 AND name = ?2",
                params![self.office, name, role.id()],
            )?;
            tx.execute(
                "DELETE FROM staff_sessions WHERE office = ?1 AND name = ?2",
                params![self.office, name],
            )?;
            tx.commit()?;
            Ok(changed > 0)
        };
        work().map_err(|e| self.error(e))
    }

    fn set_account_lock(&self, name: &str, lock: EntryLock) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE staff SET wrong_in_a_row = ?3, locked_until = ?4
                 WHERE office = ?1 AND name = ?2",
                params![
                    self.office,
                    name,
                    lock.wrong_in_a_row,
                    lock.locked_until.map(time)
                ],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn settle_sign_in(
        &self,
        name: &str,
        verified: bool,
        now: NaiveDateTime,
    ) -> Result<Option<EntryLock>, StoreError> {
        let work = || -> rusqlite::Result<Option<EntryLock>> {
            let tx = self.immediate()?;
            let Some(account) = tx
                .query_row(
                    "SELECT * FROM staff WHERE office = ?1 AND name = ?2",
                    params![self.office, name],
                    row_to_account,
                )
                .optional()?
            else {
                return Ok(None);
            };
            let lock = account.lock.after_sign_in(verified, now);
            tx.execute(
                "UPDATE staff SET wrong_in_a_row = ?3, locked_until = ?4
                 WHERE office = ?1 AND name = ?2",
                params![
                    self.office,
                    name,
                    lock.wrong_in_a_row,
                    lock.locked_until.map(time)
                ],
            )?;
            tx.commit()?;
            Ok(Some(lock))
        };
        work().map_err(|e| self.error(e))
    }

    fn set_api_token(
        &self,
        name: &str,
        token: Option<(&str, NaiveDateTime)>,
    ) -> Result<bool, StoreError> {
        self.conn
            .execute(
                "UPDATE staff SET api_token = ?3, api_token_expires = ?4
                 WHERE office = ?1 AND name = ?2",
                params![
                    self.office,
                    name,
                    token.map(|(digest, _)| digest),
                    token.map(|(_, expires)| time(expires))
                ],
            )
            .map(|n| n > 0)
            .map_err(|e| self.error(e))
    }

    fn account_by_api_token(&self, digest: &str) -> Result<Option<Account>, StoreError> {
        self.conn
            .query_row(
                "SELECT * FROM staff WHERE office = ?1 AND api_token = ?2",
                params![self.office, digest],
                row_to_account,
            )
            .optional()
            .map_err(|e| self.error(e))
    }

    fn open_session(&self, digest: &str, s: &ConsoleSession) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO staff_sessions (digest, office, name, window, desk, csrf, last_seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    digest,
                    self.office,
                    s.name,
                    s.seat.as_ref().map(|s| &s.window),
                    s.seat.as_ref().map(|s| &s.desk),
                    s.csrf,
                    time(s.last_seen)
                ],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn resume_session(
        &self,
        digest: &str,
        now: NaiveDateTime,
        idle: chrono::Duration,
        active: bool,
    ) -> Result<Option<ConsoleSession>, StoreError> {
        let work = || -> rusqlite::Result<Option<ConsoleSession>> {
            let tx = self.immediate()?;
            // Every session idle too long goes, not only this one.
            tx.execute(
                "DELETE FROM staff_sessions WHERE office = ?3 AND (last_seen < ?1 OR last_seen > ?2)",
                params![time(now - idle), time(now + idle), self.office],
            )?;
            let session = tx
                .query_row(
                    "UPDATE staff_sessions SET last_seen = CASE WHEN ?4 THEN ?3 ELSE last_seen END
                     WHERE digest = ?1 AND office = ?2
                     RETURNING name, window, desk, csrf, last_seen",
                    params![digest, self.office, time(now), active],
                    |r| {
                        let seen: String = r.get(4)?;
                        Ok(ConsoleSession {
                            name: r.get(0)?,
                            seat: seat(r.get(1)?, r.get(2)?),
                            csrf: r.get(3)?,
                            last_seen: parse_time(&seen).unwrap_or(now),
                        })
                    },
                )
                .optional()?;
            tx.commit()?;
            Ok(session)
        };
        work().map_err(|e| self.error(e))
    }

    fn set_session_seat(&self, digest: &str, seat: Option<&Seat>) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE staff_sessions SET window = ?2, desk = ?3 WHERE digest = ?1",
                params![digest, seat.map(|s| &s.window), seat.map(|s| &s.desk)],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    fn end_session(&self, digest: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "DELETE FROM staff_sessions WHERE digest = ?1",
                params![digest],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }
}

fn row_to_account(row: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
    let windows: String = row.get("windows")?;
    let until: Option<String> = row.get("locked_until")?;
    Ok(Account {
        name: row.get("name")?,
        windows: accounts::windows_of(&windows),
        password_hash: row.get("password_hash")?,
        lock: EntryLock {
            wrong_in_a_row: row.get("wrong_in_a_row")?,
            locked_until: until.as_deref().and_then(parse_time),
        },
        api_token_digest: row.get("api_token")?,
        api_token_expires: row
            .get::<_, Option<String>>("api_token_expires")?
            .as_deref()
            .and_then(parse_time),
        role: role_of(&row.get::<_, String>("role")?),
    })
}
