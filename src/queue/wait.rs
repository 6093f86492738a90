//! How long the people already waiting for a window will take: from the day's real pace, told as a band.

use chrono::{NaiveDateTime, NaiveTime};

/// The wait told to a resident: a band, not exact minutes (call centres and Sakai city
/// hall tell bands; a minute figure reads as a promise).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaitBand {
    /// Nobody is waiting: the next call is theirs.
    None,
    /// About 10 minutes or less.
    About10,
    From10To20,
    From20To30,
    Over30,
}

impl WaitBand {
    pub fn of_minutes(minutes: u32) -> WaitBand {
        match minutes {
            0 => WaitBand::None,
            1..=10 => WaitBand::About10,
            11..=20 => WaitBand::From10To20,
            21..=30 => WaitBand::From20To30,
            _ => WaitBand::Over30,
        }
    }

    /// The locale key of the band's words.
    pub fn key(self) -> &'static str {
        match self {
            WaitBand::None => "wait-band-none",
            WaitBand::About10 => "wait-band-10",
            WaitBand::From10To20 => "wait-band-10-20",
            WaitBand::From20To30 => "wait-band-20-30",
            WaitBand::Over30 => "wait-band-30",
        }
    }
}

/// The wait for one window right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaitEstimate {
    /// People waiting for the window (called ones aside).
    pub waiting: u32,
    /// Minutes until the last of them is called.
    pub minutes: u32,
}

impl WaitEstimate {
    /// `waiting` people shared by `desks` desks, each taking `minutes_per_visitor`: the
    /// day's median when there is one, else kiosk.toml's figure.
    pub fn new(waiting: u32, desks: u32, minutes_per_visitor: f64) -> WaitEstimate {
        let desks = f64::from(desks.max(1));
        let minutes = (f64::from(waiting) * minutes_per_visitor.max(0.0) / desks).ceil();
        WaitEstimate {
            waiting,
            minutes: minutes.min(f64::from(u32::MAX)) as u32,
        }
    }

    pub fn band(self) -> WaitBand {
        if self.waiting == 0 {
            WaitBand::None
        } else {
            WaitBand::of_minutes(self.minutes.max(1))
        }
    }

    /// The people waiting would not all be served before the window closes.
    pub fn beyond(self, minutes_left: u32) -> bool {
        self.minutes > minutes_left
    }
}

/// The median minutes a desk spent on a resident (from the call to done), over `visits`;
/// none before the first is done.
pub fn median_service_minutes(
    visits: impl IntoIterator<Item = (NaiveDateTime, NaiveDateTime)>,
) -> Option<f64> {
    let mut minutes: Vec<f64> = visits
        .into_iter()
        .filter(|(called, done)| done >= called)
        .map(|(called, done)| (done - called).num_seconds() as f64 / 60.0)
        .collect();
    if minutes.is_empty() {
        return None;
    }
    minutes.sort_by(f64::total_cmp);
    let mid = minutes.len() / 2;
    Some(if minutes.len().is_multiple_of(2) {
        (minutes[mid - 1] + minutes[mid]) / 2.0
    } else {
        minutes[mid]
    })
}

/// Minutes from `now` until the window closes at `close` today (0 once it has closed).
pub fn minutes_left_today(now: NaiveDateTime, close: NaiveTime) -> u32 {
    let left = (now.date().and_time(close) - now).num_minutes();
    u32::try_from(left.max(0)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn bands_follow_the_minutes_and_nobody_waiting_is_no_wait() {
        assert_eq!(WaitEstimate::new(0, 1, 10.0).band(), WaitBand::None);
        assert_eq!(WaitEstimate::new(1, 1, 10.0).band(), WaitBand::About10);
        assert_eq!(WaitEstimate::new(1, 1, 0.2).band(), WaitBand::About10);
        assert_eq!(WaitEstimate::new(2, 1, 10.0).band(), WaitBand::From10To20);
        assert_eq!(WaitEstimate::new(3, 1, 10.0).band(), WaitBand::From20To30);
        assert_eq!(WaitEstimate::new(4, 1, 10.0).band(), WaitBand::Over30);
    }

    #[test]
    fn more_desks_share_the_line() {
        assert_eq!(WaitEstimate::new(6, 3, 10.0).minutes, 20);
        assert_eq!(
            WaitEstimate::new(6, 0, 10.0).minutes,
            60,
            "no desk counts as one"
        );
    }

    #[test]
    fn the_median_is_of_call_to_done_and_ignores_a_clock_gone_backwards() {
        let visits = [
            (at(9, 0), at(9, 4)),
            (at(9, 5), at(9, 20)),
            (at(9, 20), at(9, 26)),
            (at(9, 30), at(9, 29)),
        ];
        assert_eq!(median_service_minutes(visits), Some(6.0));
        assert_eq!(
            median_service_minutes(visits[..2].iter().copied()),
            Some(9.5)
        );
        assert_eq!(median_service_minutes([]), None);
    }

    #[test]
    fn a_line_longer_than_the_time_left_is_beyond_closing() {
        let close = NaiveTime::from_hms_opt(17, 15, 0).unwrap();
        assert_eq!(minutes_left_today(at(16, 45), close), 30);
        assert_eq!(minutes_left_today(at(17, 30), close), 0);
        let line = WaitEstimate::new(4, 1, 10.0);
        assert!(line.beyond(minutes_left_today(at(16, 45), close)));
        assert!(!line.beyond(minutes_left_today(at(15, 0), close)));
    }
}
