//! Where staff accounts and console sessions are kept: in the ticket store, so every server of an office shares them and a lock outlives a restart.

use chrono::{Duration, NaiveDateTime};

use super::StoreError;
use crate::secret::pin::EntryLock;
use crate::staff::{Account, ConsoleSession, Role, Seat};

/// The staff side of a ticket store. Secrets are kept only as digests
/// ([`crate::secret::digest`]) and passwords only as Argon2id hashes.
pub trait Accounts {
    /// Adds a member; refuses a name the office has already.
    fn add_account(&self, account: &Account) -> Result<(), StoreError>;
    fn account(&self, name: &str) -> Result<Option<Account>, StoreError>;
    /// Every member of the office, by name.
    fn accounts(&self) -> Result<Vec<Account>, StoreError>;
    /// Removes a member and ends their sessions; false when there was no such member.
    fn remove_account(&self, name: &str) -> Result<bool, StoreError>;
    /// Sets a new password hash, lifts the lock and ends the member's sessions.
    fn set_password(&self, name: &str, hash: &str) -> Result<bool, StoreError>;
    /// Gives the member another role and ends their sessions, so a console signed in as an
    /// administrator does not keep what was taken away; false when there was no such member.
    fn set_role(&self, name: &str, role: Role) -> Result<bool, StoreError>;
    fn set_account_lock(&self, name: &str, lock: EntryLock) -> Result<(), StoreError>;
    /// Settles a checked password for `name` at `now` in one transaction against the row as
    /// it is then (so parallel sign-ins, from any server, all count): a lock still in force
    /// stays; a right password clears the count; a wrong one counts and may lock. Returns
    /// the lock it led to; none when there is no such member.
    fn settle_sign_in(
        &self,
        name: &str,
        verified: bool,
        now: NaiveDateTime,
    ) -> Result<Option<EntryLock>, StoreError>;
    /// Replaces (or with `None` withdraws) the member's API token, working until `expires`.
    fn set_api_token(
        &self,
        name: &str,
        token: Option<(&str, NaiveDateTime)>,
    ) -> Result<bool, StoreError>;
    fn account_by_api_token(&self, digest: &str) -> Result<Option<Account>, StoreError>;
    /// Keeps a new console session under the digest of its cookie.
    fn open_session(&self, digest: &str, session: &ConsoleSession) -> Result<(), StoreError>;
    /// The session of a cookie, if it was active within `idle` of `now`; with `active` it
    /// is active again now (a clerk's request, not the page refreshing itself). One idle
    /// longer is removed.
    fn resume_session(
        &self,
        digest: &str,
        now: NaiveDateTime,
        idle: Duration,
        active: bool,
    ) -> Result<Option<ConsoleSession>, StoreError>;
    fn set_session_seat(&self, digest: &str, seat: Option<&Seat>) -> Result<(), StoreError>;
    fn end_session(&self, digest: &str) -> Result<(), StoreError>;
}

/// The member `typed` names: the one written exactly so, else the one member whose name is
/// the same once normalised (`staff::name_key`: Ｓａｔｏ, SATO and sato are one). Two members
/// whose names collide are never guessed between: each is found by its exact name only,
/// and `check-config` reports them.
pub fn account_named<S: Accounts + ?Sized>(
    store: &S,
    typed: &str,
) -> Result<Option<Account>, StoreError> {
    if let Some(account) = store.account(typed)? {
        return Ok(Some(account));
    }
    let key = crate::staff::name_key(typed);
    let mut same: Vec<Account> = store
        .accounts()?
        .into_iter()
        .filter(|a| crate::staff::name_key(&a.name) == key)
        .collect();
    Ok(if same.len() == 1 { same.pop() } else { None })
}

/// The windows of an account as one column.
pub(super) fn windows_text(windows: &[String]) -> String {
    serde_json::to_string(windows).unwrap_or_else(|_| "[]".into())
}

pub(super) fn windows_of(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

pub(super) fn exists(name: &str) -> StoreError {
    StoreError::Other(format!(
        "staff member {name} exists already; choose another name, or `madoguchi staff passwd {name}`"
    ))
}

/// The role a store's column holds; a value this madoguchi does not know gives no more than
/// a clerk may do.
pub(super) fn role_of(text: &str) -> Role {
    Role::parse(text).unwrap_or(Role::Clerk)
}

/// A session's seat from its two columns.
pub(super) fn seat(window: Option<String>, desk: Option<String>) -> Option<Seat> {
    Some(Seat {
        window: window?,
        desk: desk?,
    })
}
