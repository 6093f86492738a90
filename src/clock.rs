//! The one place the kiosk reads the time: local time in Asia/Tokyo and the monotonic time its timeouts run on, both replaceable in tests.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, Utc};
use chrono_tz::Asia::Tokyo;

/// A source of the time. Everything else takes "today" and "now" as inputs.
pub trait Clock {
    /// Wall time in Asia/Tokyo: the rules, reception hours and the ticket day.
    fn now(&self) -> NaiveDateTime;

    /// Monotonic time: idle and screen timeouts, which a step of the wall clock must not move.
    fn instant(&self) -> Instant {
        Instant::now()
    }
}

/// The machine's clock, read in Asia/Tokyo whatever the machine's own time zone.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        Utc::now().with_timezone(&Tokyo).naive_local()
    }
}

/// A clock that always says the same time (tests, demos, `--now`).
pub struct FixedClock(pub NaiveDateTime);

impl Clock for FixedClock {
    fn now(&self) -> NaiveDateTime {
        self.0
    }
}

/// A clock that moves only when told. `advance` is time passing: both clocks move on, and the
/// kiosk's timeouts fall due without waiting them out. `set` steps the wall clock alone, as a
/// day change or a correction from NTP would.
pub struct ManualClock {
    time: Mutex<(NaiveDateTime, Instant)>,
}

impl ManualClock {
    pub fn new(local: NaiveDateTime) -> ManualClock {
        ManualClock {
            time: Mutex::new((local, Instant::now())),
        }
    }

    pub fn advance(&self, by: Duration) {
        let mut time = self.time.lock().unwrap_or_else(|e| e.into_inner());
        time.0 += by;
        time.1 += by;
    }

    pub fn set(&self, local: NaiveDateTime) {
        self.time.lock().unwrap_or_else(|e| e.into_inner()).0 = local;
    }

    fn read(&self) -> (NaiveDateTime, Instant) {
        // A poisoned lock still holds the last time set; the data cannot be half-written.
        *self.time.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Clock for ManualClock {
    fn now(&self) -> NaiveDateTime {
        self.read().0
    }

    fn instant(&self) -> Instant {
        self.read().1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Timelike};

    #[test]
    fn tokyo_is_nine_hours_ahead_of_utc_all_year() {
        // Japan keeps no daylight saving time: 15:00 UTC is midnight in Tokyo in both seasons.
        for (m, d) in [(1, 15), (7, 15)] {
            let utc = Utc.with_ymd_and_hms(2027, m, d, 15, 0, 0).unwrap();
            let local = utc.with_timezone(&Tokyo).naive_local();
            assert_eq!(local.hour(), 0);
            assert_eq!(
                local.date(),
                chrono::NaiveDate::from_ymd_opt(2027, m, d + 1).unwrap()
            );
        }
    }
}
