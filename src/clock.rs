//! The one place the kiosk reads the time: local time in Asia/Tokyo, replaceable in tests.

use chrono::{NaiveDateTime, Utc};
use chrono_tz::Asia::Tokyo;

/// A source of the local time. Everything else takes "today" and "now" as inputs.
pub trait Clock {
    fn now(&self) -> NaiveDateTime;
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
