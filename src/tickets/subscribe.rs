//! Live changes of the queue: a thread that hands each committed event to a callback, from PostgreSQL's NOTIFY or SQLite's data_version.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use super::postgres::CHANNEL;
use super::{PgStore, SqliteStore, StoreError, TicketStore};
use crate::config::Config;
use crate::domain::Database;
use crate::queue::Event;

/// How often SQLite's file is looked at: well inside the 200 ms an event may take.
const SQLITE_POLL: Duration = Duration::from_millis(25);
/// PostgreSQL is read again this often even without a notification, so a notification
/// lost with a connection costs at most this much delay.
const PG_CATCH_UP: Duration = Duration::from_secs(1);
/// After losing the database, try again this often.
const RETRY: Duration = Duration::from_millis(500);
const BATCH: u32 = 500;

/// A running subscriber; dropping it stops the thread.
pub struct Subscription {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Calls `on_event` with every event of the office after `after` (0: all; use the store's
/// `last_event()` for only new ones), once each and in the order they committed (each
/// ticket's events in order), on a thread of its own. A subscriber that
/// loses the database reconnects and re-reads from the last event it handed on, so it never
/// skips one; `on_trouble` hears of each failure, and of the return with `None`.
pub fn subscribe(
    config: &Config,
    now: NaiveDateTime,
    after: i64,
    mut on_event: impl FnMut(Event) + Send + 'static,
    mut on_trouble: impl FnMut(Option<&StoreError>) + Send + 'static,
) -> Subscription {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let database = config.tickets.database.clone();
    let password = super::password(&config.tickets);
    let office = config.municipality.office_id().to_owned();
    let thread = std::thread::spawn(move || {
        let mut feed = Feed {
            cursor: Cursor::after(after),
            troubled: false,
            on_event: &mut on_event,
            on_trouble: &mut on_trouble,
        };
        while !flag.load(Ordering::Relaxed) {
            let result = match (&database, &password) {
                (Database::Sqlite(path), _) => watch_sqlite(path, &office, now, &flag, &mut feed),
                (Database::Postgres(url), Ok(password)) => {
                    listen_postgres(url, password.as_deref(), &office, now, &flag, &mut feed)
                }
                (Database::Postgres(_), Err(e)) => Err(e.clone()),
            };
            if let Err(e) = result {
                feed.troubled = true;
                (feed.on_trouble)(Some(&e));
                std::thread::sleep(RETRY);
            }
        }
    });
    Subscription {
        stop,
        thread: Some(thread),
    }
}

/// Where a subscriber is in the store's events. PostgreSQL numbers an event when it is
/// inserted, not when it commits: of two writers at once, event 11 may commit before event
/// 10. So the cursor hands on each event once, keeps the ids above `settled` it has handed
/// on, and moves past a missing id only once it has been missing for [`GAP_WAIT`] (its
/// transaction was rolled back, or a crash made the sequence skip).
#[derive(Debug, Default)]
struct Cursor {
    /// Every event up to this id is handed on, or will never come.
    settled: i64,
    handed: BTreeSet<i64>,
    missing_since: BTreeMap<i64, Instant>,
}

/// Longer than an event can wait between being numbered and committed: each statement has a
/// 5 s deadline, and the server aborts a transaction left idle for 10 s
/// (`postgres::IDLE_IN_TRANSACTION`), so none commits a minute after its insert.
const GAP_WAIT: Duration = Duration::from_secs(60);
/// At most this many missing ids are waited for: another office's events in a shared
/// database are gaps to this one, and a subscriber starting far back must not track them all.
const MAX_TRACKED: i64 = 10_000;

impl Cursor {
    fn after(id: i64) -> Cursor {
        Cursor {
            settled: id,
            ..Cursor::default()
        }
    }

    /// Whether `id` is new: not handed on before.
    fn take(&mut self, id: i64) -> bool {
        id > self.settled && self.handed.insert(id)
    }

    /// Moves `settled` over the ids handed on and the gaps that have waited long enough.
    fn settle(&mut self, now: Instant) {
        let Some(&highest) = self.handed.last() else {
            return;
        };
        if highest - self.settled > MAX_TRACKED {
            let floor = highest - MAX_TRACKED;
            self.handed.retain(|id| *id > floor);
            self.missing_since.retain(|id, _| *id > floor);
            self.settled = floor;
        }
        for id in self.settled + 1..highest {
            if !self.handed.contains(&id) {
                self.missing_since.entry(id).or_insert(now);
            }
        }
        loop {
            let next = self.settled + 1;
            let given_up = self
                .missing_since
                .get(&next)
                .is_some_and(|since| now.duration_since(*since) >= GAP_WAIT);
            if self.handed.remove(&next) || given_up {
                self.missing_since.remove(&next);
                self.settled = next;
            } else {
                return;
            }
        }
    }
}

/// A subscriber's state between reads.
struct Feed<'a> {
    cursor: Cursor,
    troubled: bool,
    on_event: &'a mut (dyn FnMut(Event) + Send),
    on_trouble: &'a mut (dyn FnMut(Option<&StoreError>) + Send),
}

impl Feed<'_> {
    /// Hands on every event not handed on yet, reading from the last settled one.
    fn deliver(&mut self, store: &dyn TicketStore) -> Result<(), StoreError> {
        let mut from = self.cursor.settled;
        loop {
            let batch = store.events_after(from, BATCH)?;
            if self.troubled {
                self.troubled = false;
                (self.on_trouble)(None);
            }
            let full = batch.len() == BATCH as usize;
            for event in batch {
                from = event.id;
                if self.cursor.take(event.id) {
                    (self.on_event)(event);
                }
            }
            if !full {
                self.cursor.settle(Instant::now());
                return Ok(());
            }
        }
    }
}

/// SQLite has no notifications: `PRAGMA data_version` changes when another connection
/// commits, so the file is read only when something was written.
fn watch_sqlite(
    path: &std::path::Path,
    office: &str,
    now: NaiveDateTime,
    stop: &AtomicBool,
    feed: &mut Feed<'_>,
) -> Result<(), StoreError> {
    let store = SqliteStore::open(path, office, now)?;
    let mut seen = None;
    while !stop.load(Ordering::Relaxed) {
        let version = store.data_version()?;
        if seen != Some(version) {
            seen = Some(version);
            feed.deliver(&store)?;
        }
        std::thread::sleep(SQLITE_POLL);
    }
    Ok(())
}

/// LISTEN on a connection of its own (a pooled one would drop notifications); every
/// notification, and every [`PG_CATCH_UP`] without one, reads the events after the last.
fn listen_postgres(
    url: &str,
    password: Option<&str>,
    office: &str,
    now: NaiveDateTime,
    stop: &AtomicBool,
    feed: &mut Feed<'_>,
) -> Result<(), StoreError> {
    let store = PgStore::open(url, password, office, now)?;
    let unreachable = |reason: String| StoreError::Unreachable {
        server: store.describe(),
        reason,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| StoreError::Other(format!("cannot start the database runtime: {e}")))?;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let connector = store.connector().clone();
    let listener = runtime.block_on(async {
        let (client, mut connection) =
            tokio::time::timeout(super::postgres::DEADLINE, connector.connect())
                .await
                .map_err(|_| unreachable("no answer".into()))?
                .map_err(|e| unreachable(super::postgres::describe(&e)))?;
        tokio::spawn(async move {
            while let Some(Ok(message)) =
                std::future::poll_fn(|cx| connection.poll_message(cx)).await
            {
                if let tokio_postgres::AsyncMessage::Notification(n) = message
                    && tx.send(n.payload().to_owned()).is_err()
                {
                    break;
                }
            }
        });
        client
            .batch_execute(&format!("LISTEN {CHANNEL}"))
            .await
            .map_err(|e| unreachable(super::postgres::describe(&e)))?;
        Ok::<_, StoreError>(client)
    })?;
    // Events committed before LISTEN took hold are read here.
    feed.deliver(&store)?;
    while !stop.load(Ordering::Relaxed) {
        let heard = runtime.block_on(async {
            match tokio::time::timeout(PG_CATCH_UP, rx.recv()).await {
                Ok(Some(_)) => Ok(()),
                Ok(None) => Err(()),
                Err(_) => Ok(()),
            }
        });
        if heard.is_err() || listener.is_closed() {
            return Err(unreachable("the notification connection closed".into()));
        }
        while rx.try_recv().is_ok() {}
        feed.deliver(&store)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_that_commits_after_a_later_one_is_still_handed_on_once() {
        let start = Instant::now();
        let mut c = Cursor::after(9);
        // 11 commits first; 10 is still open.
        assert!(c.take(11));
        c.settle(start);
        assert_eq!(c.settled, 9, "not past the missing 10");
        // The next read, from 9, sees 10 now and 11 again.
        assert!(c.take(10));
        assert!(!c.take(11), "11 is not handed on twice");
        c.settle(start + Duration::from_secs(1));
        assert_eq!(c.settled, 11);
        assert!(c.handed.is_empty() && c.missing_since.is_empty());
        assert!(!c.take(10) && !c.take(11));
    }

    #[test]
    fn an_id_that_never_commits_is_passed_over_after_the_wait() {
        let start = Instant::now();
        let mut c = Cursor::after(0);
        assert!(c.take(1));
        assert!(c.take(3));
        c.settle(start);
        assert_eq!(c.settled, 1);
        c.settle(start + GAP_WAIT - Duration::from_secs(1));
        assert_eq!(c.settled, 1, "still waiting for 2");
        c.settle(start + GAP_WAIT);
        assert_eq!(c.settled, 3);
        assert!(c.take(4));
    }

    #[test]
    fn a_cursor_far_behind_tracks_only_the_latest_gaps() {
        let mut c = Cursor::after(0);
        assert!(c.take(50_000));
        c.settle(Instant::now());
        assert_eq!(c.settled, 50_000 - MAX_TRACKED);
        assert_eq!(c.missing_since.len() as i64, MAX_TRACKED - 1);
    }
}
