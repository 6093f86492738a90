//! What keeps staff passwords from being guessed: one sign-in per name at a time, a bounded queue of password checks, and the locks of names that are no account.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{Duration, NaiveDateTime};
use tokio::sync::{MutexGuard, Semaphore, SemaphorePermit};

use crate::secret::pin::{EntryLock, LOCK_MINUTES};

/// Argon2id checks at once (each takes a core for tens of milliseconds).
const CHECKS_AT_ONCE: usize = 2;
/// Sign-ins waiting for their check; past this a sign-in is told to try again shortly,
/// so a flood cannot queue up minutes of hashing ahead of a clerk.
const MAX_WAITING: usize = 16;
/// Turns that names share: two sign-ins of one name always share one.
const TURNS: usize = 64;
/// Unknown names remembered for their lock; past this the stalest are forgotten first.
const MAX_UNKNOWN_NAMES: usize = 10_000;

pub(super) struct Lockout {
    checks: Semaphore,
    waiting: AtomicUsize,
    /// Two sign-ins of one name never decide on the same lock at once: the second reads the
    /// lock the first left.
    turns: Vec<tokio::sync::Mutex<()>>,
    /// Wrong tries of names that are no account, so they lock as accounts do, with when
    /// each was last tried.
    unknown: Mutex<HashMap<String, (EntryLock, NaiveDateTime)>>,
}

/// A sign-in's turn: its name's, and a place among the password checks.
pub(super) struct Turn<'a> {
    _name: MutexGuard<'a, ()>,
    _check: SemaphorePermit<'a>,
}

/// Too many sign-ins are waiting.
pub(super) struct Busy;

impl Lockout {
    pub(super) fn new() -> Lockout {
        Lockout {
            checks: Semaphore::new(CHECKS_AT_ONCE),
            waiting: AtomicUsize::new(0),
            turns: (0..TURNS).map(|_| tokio::sync::Mutex::new(())).collect(),
            unknown: Mutex::default(),
        }
    }

    /// Waits for `name`'s turn and a place among the checks; refused when the queue is full.
    pub(super) async fn turn(&self, name: &str) -> Result<Turn<'_>, Busy> {
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(Busy);
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        name.hash(&mut hasher);
        let name_turn = self.turns[(hasher.finish() % TURNS as u64) as usize]
            .lock()
            .await;
        let check = self.checks.acquire().await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        let check = check.map_err(|_| Busy)?;
        Ok(Turn {
            _name: name_turn,
            _check: check,
        })
    }

    /// The lock of a name that is no account, as its wrong tries left it.
    pub(super) fn unknown_lock(&self, name: &str) -> EntryLock {
        self.unknown
            .lock()
            .ok()
            .and_then(|tried| tried.get(name).map(|(lock, _)| *lock))
            .unwrap_or_default()
    }

    /// Counts a wrong try of a name that is no account and returns the lock it led to.
    pub(super) fn unknown_tried(&self, name: &str, now: NaiveDateTime) -> EntryLock {
        let Ok(mut tried) = self.unknown.lock() else {
            return EntryLock::default();
        };
        if tried.len() >= MAX_UNKNOWN_NAMES && !tried.contains_key(name) {
            forget_stalest(&mut tried, now);
        }
        let lock = tried
            .get(name)
            .map(|(lock, _)| *lock)
            .unwrap_or_default()
            .after_wrong(now);
        tried.insert(name.to_owned(), (lock, now));
        lock
    }
}

/// Makes room among the remembered names: first every one whose tries no longer matter (not
/// locked, last tried a lock's length ago), then, if still full, a tenth of them, those not
/// locked first and the longest untried first: a lock in force goes last.
fn forget_stalest(tried: &mut HashMap<String, (EntryLock, NaiveDateTime)>, now: NaiveDateTime) {
    let stale = now - Duration::minutes(LOCK_MINUTES);
    tried.retain(|_, (lock, last)| lock.locked_at(now).is_some() || *last > stale);
    if tried.len() >= MAX_UNKNOWN_NAMES {
        let mut by_age: Vec<(bool, NaiveDateTime, String)> = tried
            .iter()
            .map(|(name, (lock, last))| (lock.locked_at(now).is_some(), *last, name.clone()))
            .collect();
        by_age.sort();
        for (_, _, name) in by_age.into_iter().take(MAX_UNKNOWN_NAMES / 10) {
            tried.remove(&name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2027, 5, 6)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
            + Duration::minutes(minute)
    }

    /// Filling the memory with other names must not unlock the name being guessed: before,
    /// the whole memory was cleared at 10,000 names, and with it every lock.
    #[test]
    fn a_locked_unknown_name_stays_locked_while_the_memory_fills() {
        let lockout = Lockout::new();
        for _ in 0..5 {
            lockout.unknown_tried("target", at(0));
        }
        assert!(lockout.unknown_lock("target").locked_at(at(1)).is_some());
        for n in 0..(MAX_UNKNOWN_NAMES * 2) {
            lockout.unknown_tried(&format!("filler-{n}"), at(1));
        }
        assert!(
            lockout.unknown_lock("target").locked_at(at(2)).is_some(),
            "the lock in force was forgotten"
        );
        let remembered = lockout.unknown.lock().unwrap().len();
        assert!(remembered <= MAX_UNKNOWN_NAMES, "{remembered} names kept");
    }

    #[test]
    fn names_whose_tries_no_longer_matter_are_forgotten_first() {
        let lockout = Lockout::new();
        for n in 0..MAX_UNKNOWN_NAMES {
            lockout.unknown_tried(&format!("old-{n}"), at(0));
        }
        lockout.unknown_tried("fresh", at(10));
        let tried = lockout.unknown.lock().unwrap();
        assert!(tried.contains_key("fresh"));
        assert_eq!(tried.len(), 1, "the old, unlocked names are gone");
    }
}
