//! Staff accounts and console sessions in PostgreSQL.

use chrono::NaiveDateTime;
use tokio_postgres::Row;

use crate::secret::pin::EntryLock;
use crate::staff::{Account, ConsoleSession, Role, Seat};
use crate::tickets::StoreError;
use crate::tickets::accounts::{self, Accounts, role_of, seat, windows_text};

use super::PgStore;

impl Accounts for PgStore {
    fn add_account(&self, a: &Account) -> Result<(), StoreError> {
        let windows = windows_text(&a.windows);
        let added = self.run(async |c, office| {
            c.execute(
                "INSERT INTO staff (office, name, windows, password_hash, role)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                &[&office, &a.name, &windows, &a.password_hash, &a.role.id()],
            )
            .await
        })?;
        if added == 0 {
            return Err(accounts::exists(&a.name));
        }
        Ok(())
    }

    fn account(&self, name: &str) -> Result<Option<Account>, StoreError> {
        self.run(async |c, office| {
            c.query_opt(
                "SELECT * FROM staff WHERE office = $1 AND name = $2",
                &[&office, &name],
            )
            .await
            .map(|r| r.as_ref().map(row_to_account))
        })
    }

    fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        self.run(async |c, office| {
            c.query(
                "SELECT * FROM staff WHERE office = $1 ORDER BY name",
                &[&office],
            )
            .await
            .map(|rows| rows.iter().map(row_to_account).collect())
        })
    }

    fn remove_account(&self, name: &str) -> Result<bool, StoreError> {
        self.run(async |c, office| {
            let tx = c.transaction().await?;
            tx.execute(
                "DELETE FROM staff_sessions WHERE office = $1 AND name = $2",
                &[&office, &name],
            )
            .await?;
            let removed = tx
                .execute(
                    "DELETE FROM staff WHERE office = $1 AND name = $2",
                    &[&office, &name],
                )
                .await?;
            tx.commit().await?;
            Ok(removed > 0)
        })
    }

    fn set_password(&self, name: &str, hash: &str) -> Result<bool, StoreError> {
        self.run(async |c, office| {
            let tx = c.transaction().await?;
            let changed = tx
                .execute(
                    "UPDATE staff SET password_hash = $3, wrong_in_a_row = 0, locked_until = NULL
                     WHERE office = $1 AND name = $2",
                    &[&office, &name, &hash],
                )
                .await?;
            tx.execute(
                "DELETE FROM staff_sessions WHERE office = $1 AND name = $2",
                &[&office, &name],
            )
            .await?;
            tx.commit().await?;
            Ok(changed > 0)
        })
    }

    fn set_role(&self, name: &str, role: Role) -> Result<bool, StoreError> {
        self.run(async |c, office| {
            let tx = c.transaction().await?;
            let changed = tx
                .execute(
                    "UPDATE staff SET role = $3 WHERE office = $1 AND name = $2",
                    &[&office, &name, &role.id()],
                )
                .await?;
            tx.execute(
                "DELETE FROM staff_sessions WHERE office = $1 AND name = $2",
                &[&office, &name],
            )
            .await?;
            tx.commit().await?;
            Ok(changed > 0)
        })
    }

    fn set_account_lock(&self, name: &str, lock: EntryLock) -> Result<(), StoreError> {
        let wrong = i32::try_from(lock.wrong_in_a_row).unwrap_or(i32::MAX);
        self.run(async |c, office| {
            c.execute(
                "UPDATE staff SET wrong_in_a_row = $3, locked_until = $4
                 WHERE office = $1 AND name = $2",
                &[&office, &name, &wrong, &lock.locked_until],
            )
            .await
            .map(|_| ())
        })
    }

    fn settle_sign_in(
        &self,
        name: &str,
        verified: bool,
        now: NaiveDateTime,
    ) -> Result<Option<EntryLock>, StoreError> {
        self.run(async |c, office| {
            let tx = c.transaction().await?;
            let Some(row) = tx
                .query_opt(
                    "SELECT * FROM staff WHERE office = $1 AND name = $2 FOR UPDATE",
                    &[&office, &name],
                )
                .await?
            else {
                return Ok(None);
            };
            let lock = row_to_account(&row).lock.after_sign_in(verified, now);
            let wrong = i32::try_from(lock.wrong_in_a_row).unwrap_or(i32::MAX);
            tx.execute(
                "UPDATE staff SET wrong_in_a_row = $3, locked_until = $4
                 WHERE office = $1 AND name = $2",
                &[&office, &name, &wrong, &lock.locked_until],
            )
            .await?;
            tx.commit().await?;
            Ok(Some(lock))
        })
    }

    fn set_api_token(
        &self,
        name: &str,
        token: Option<(&str, NaiveDateTime)>,
    ) -> Result<bool, StoreError> {
        let (digest, expires) = (token.map(|t| t.0), token.map(|t| t.1));
        self.run(async |c, office| {
            c.execute(
                "UPDATE staff SET api_token = $3, api_token_expires = $4
                 WHERE office = $1 AND name = $2",
                &[&office, &name, &digest, &expires],
            )
            .await
            .map(|n| n > 0)
        })
    }

    fn account_by_api_token(&self, digest: &str) -> Result<Option<Account>, StoreError> {
        self.run(async |c, office| {
            c.query_opt(
                "SELECT * FROM staff WHERE office = $1 AND api_token = $2",
                &[&office, &digest],
            )
            .await
            .map(|r| r.as_ref().map(row_to_account))
        })
    }

    fn open_session(&self, digest: &str, s: &ConsoleSession) -> Result<(), StoreError> {
        self.run(async |c, office| {
            c.execute(
                "INSERT INTO staff_sessions (digest, office, name, window_id, desk, csrf, last_seen)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &digest,
                    &office,
                    &s.name,
                    &s.seat.as_ref().map(|s| &s.window),
                    &s.seat.as_ref().map(|s| &s.desk),
                    &s.csrf,
                    &s.last_seen,
                ],
            )
            .await
            .map(|_| ())
        })
    }

    fn resume_session(
        &self,
        digest: &str,
        now: NaiveDateTime,
        idle: chrono::Duration,
        active: bool,
    ) -> Result<Option<ConsoleSession>, StoreError> {
        let (oldest, newest) = (now - idle, now + idle);
        self.run(async |c, office| {
            // Every session idle too long goes, not only this one.
            c.execute(
                "DELETE FROM staff_sessions
                 WHERE office = $3 AND (last_seen < $1 OR last_seen > $2)",
                &[&oldest, &newest, &office],
            )
            .await?;
            c.query_opt(
                "UPDATE staff_sessions SET last_seen = CASE WHEN $4 THEN $3 ELSE last_seen END
                 WHERE digest = $1 AND office = $2
                 RETURNING name, window_id, desk, csrf, last_seen",
                &[&digest, &office, &now, &active],
            )
            .await
            .map(|r| {
                r.map(|r| ConsoleSession {
                    name: r.get(0),
                    seat: seat(r.get(1), r.get(2)),
                    csrf: r.get(3),
                    last_seen: r.get(4),
                })
            })
        })
    }

    fn set_session_seat(&self, digest: &str, seat: Option<&Seat>) -> Result<(), StoreError> {
        let (window, desk) = (seat.map(|s| &s.window), seat.map(|s| &s.desk));
        self.run(async |c, _| {
            c.execute(
                "UPDATE staff_sessions SET window_id = $2, desk = $3 WHERE digest = $1",
                &[&digest, &window, &desk],
            )
            .await
            .map(|_| ())
        })
    }

    fn end_session(&self, digest: &str) -> Result<(), StoreError> {
        self.run(async |c, _| {
            c.execute("DELETE FROM staff_sessions WHERE digest = $1", &[&digest])
                .await
                .map(|_| ())
        })
    }
}

fn row_to_account(row: &Row) -> Account {
    let windows: String = row.get("windows");
    Account {
        name: row.get("name"),
        windows: accounts::windows_of(&windows),
        password_hash: row.get("password_hash"),
        lock: EntryLock {
            wrong_in_a_row: u32::try_from(row.get::<_, i32>("wrong_in_a_row")).unwrap_or_default(),
            locked_until: row.get("locked_until"),
        },
        api_token_digest: row.get("api_token"),
        api_token_expires: row.get("api_token_expires"),
        role: role_of(row.get("role")),
    }
}
