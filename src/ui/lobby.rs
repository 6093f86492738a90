//! What the kiosk knows of the office's counters, read off the UI thread: the ones closed today, each one's line, and the lines of the branches it may point to.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use crate::config::Config;
use crate::tickets::{StoreError, TicketStore, WindowStatus, queue_status};

/// How often the lines are read again: a resident reading the checklist sees the line as
/// it is, without the screen waiting on the database.
pub const REFRESH_EVERY: Duration = Duration::from_secs(3);

/// The counters as last read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lobby {
    /// Counters staff closed for today.
    pub closed: BTreeSet<String>,
    /// Each window's line, when the office calls numbers through madoguchi.
    pub lines: Vec<WindowStatus>,
    /// The other offices of kiosk.toml that share the database, as read at `read_at`.
    pub branches: Vec<crate::city::OfficeNow>,
    pub read_at: Option<NaiveDateTime>,
}

impl Lobby {
    /// Reads the counters from the store. Blocking: the app calls it on a worker thread.
    pub fn read(
        store: &dyn TicketStore,
        config: &Config,
        local: NaiveDateTime,
    ) -> Result<Lobby, StoreError> {
        let today = local.date();
        let lines = if config.queue.calling {
            queue_status(config, &store.tickets_on(today)?)
        } else {
            Vec::new()
        };
        // This office's listing, for the city's other servers and kiosks: written once a
        // day (a server, when the office runs one, writes it too).
        let listings = store.listings()?;
        let listed = listings
            .iter()
            .any(|l| l.id == config.municipality.office_id() && l.published_at.date() == today);
        // A store that cannot be written (read-only, full) still gives the lines.
        if !listed && let Err(e) = crate::city::publish(store, config, local) {
            tracing::debug!("the office's listing could not be written: {e}");
        }
        Ok(Lobby {
            closed: store.closed_counters(today)?,
            lines,
            branches: if config.queue.calling {
                crate::city::read_branches(store, config, &listings, local)?
            } else {
                Vec::new()
            },
            read_at: Some(local),
        })
    }

    pub fn line(&self, window: &str) -> Option<&WindowStatus> {
        self.lines.iter().find(|l| l.id == window)
    }
}

/// When a read off the UI thread (the lobby's, the staff screens') was last asked for, so
/// that reads never pile up behind a slow database.
#[derive(Clone, Copy, Debug, Default)]
pub struct Refresh {
    asked: Option<Instant>,
    in_flight: bool,
}

impl Refresh {
    /// Whether to read again now; marks a read as under way when it is.
    pub fn due(&mut self, now: Instant) -> bool {
        let due = !self.in_flight && self.asked.is_none_or(|t| now - t >= REFRESH_EVERY);
        if due {
            self.asked = Some(now);
            self.in_flight = true;
        }
        due
    }

    /// Whether to read now (nothing being read); marks a read as under way when it is.
    pub fn start(&mut self, now: Instant) -> bool {
        if self.in_flight {
            return false;
        }
        self.asked = Some(now);
        self.in_flight = true;
        true
    }

    pub fn answered(&mut self) {
        self.in_flight = false;
    }
}
