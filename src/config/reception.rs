//! Reception hours and the office calendar: weekdays, national holidays, the year-end break, special opening days.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::Deserialize;

/// A time of day written `HH:MM` in kiosk.toml.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(pub NaiveTime);

impl FromStr for ClockTime {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        NaiveTime::parse_from_str(s, "%H:%M")
            .map(ClockTime)
            .map_err(|_| {
                format!("{s:?} is not a time of day; write it as \"HH:MM\", e.g. \"08:30\"")
            })
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

/// A calendar date written `YYYY-MM-DD` in kiosk.toml.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ConfigDate(pub NaiveDate);

impl FromStr for ConfigDate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(ConfigDate)
            .map_err(|_| {
                format!("{s:?} is not a date; write it as \"YYYY-MM-DD\", e.g. \"2027-03-28\"")
            })
    }
}

/// A day the counters are closed: every year on a month and day (`"12-29"`), or once (`"2027-08-13"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosedDay {
    Yearly { month: u32, day: u32 },
    Once(NaiveDate),
}

impl ClosedDay {
    pub fn matches(self, date: NaiveDate) -> bool {
        match self {
            ClosedDay::Yearly { month, day } => date.month() == month && date.day() == day,
            ClosedDay::Once(d) => d == date,
        }
    }
}

impl FromStr for ClosedDay {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if let Ok(ConfigDate(d)) = s.parse() {
            return Ok(ClosedDay::Once(d));
        }
        let err = || {
            format!(
                "{s:?} is not a closed day; write \"MM-DD\" for every year (\"12-29\") or \"YYYY-MM-DD\" for one date"
            )
        };
        let (m, d) = s.split_once('-').ok_or_else(err)?;
        let (month, day): (u32, u32) =
            (m.parse().map_err(|_| err())?, d.parse().map_err(|_| err())?);
        // 2028 is a leap year, so 02-29 is accepted as a yearly day.
        NaiveDate::from_ymd_opt(2028, month, day).ok_or_else(err)?;
        Ok(ClosedDay::Yearly { month, day })
    }
}

/// Deserializes any `FromStr` type from a TOML string, keeping its own error message.
macro_rules! deserialize_from_str {
    ($($ty:ty => $expecting:literal),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$ty, E> {
                        s.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(V)
            }
        }
    )*};
}

deserialize_from_str! {
    ClockTime => "a time of day in quotes, like \"08:30\"",
    ConfigDate => "a date in quotes, like \"2027-03-28\"",
    ClosedDay => "a day in quotes, like \"12-29\" (every year) or \"2027-08-13\" (once)",
}

/// The hours the counters take residents on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceptionHours {
    pub open: ClockTime,
    pub close: ClockTime,
}

impl ReceptionHours {
    pub fn contains(self, time: NaiveTime) -> bool {
        self.open.0 <= time && time < self.close.0
    }
}

/// Reception hours per weekday; a day left out is closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    pub monday: Option<ReceptionHours>,
    pub tuesday: Option<ReceptionHours>,
    pub wednesday: Option<ReceptionHours>,
    pub thursday: Option<ReceptionHours>,
    pub friday: Option<ReceptionHours>,
    pub saturday: Option<ReceptionHours>,
    pub sunday: Option<ReceptionHours>,
}

impl WeeklyHours {
    pub fn on(&self, weekday: Weekday) -> Option<ReceptionHours> {
        match weekday {
            Weekday::Mon => self.monday,
            Weekday::Tue => self.tuesday,
            Weekday::Wed => self.wednesday,
            Weekday::Thu => self.thursday,
            Weekday::Fri => self.friday,
            Weekday::Sat => self.saturday,
            Weekday::Sun => self.sunday,
        }
    }

    /// Each weekday with its key name in kiosk.toml.
    pub fn days(&self) -> [(&'static str, Option<ReceptionHours>); 7] {
        [
            ("monday", self.monday),
            ("tuesday", self.tuesday),
            ("wednesday", self.wednesday),
            ("thursday", self.thursday),
            ("friday", self.friday),
            ("saturday", self.saturday),
            ("sunday", self.sunday),
        ]
    }
}

/// A day the counters open although the calendar says closed (a Sunday in the moving season).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenDay {
    pub date: ConfigDate,
    pub open: ClockTime,
    pub close: ClockTime,
}

/// The national holidays (国民の祝日・休日) from the Cabinet Office list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Holidays {
    names: BTreeMap<NaiveDate, String>,
}

impl Holidays {
    /// Parses the Cabinet Office CSV (`YYYY/M/D,名称`, a header line, UTF-8).
    /// An error names the line and what it should look like.
    pub fn parse(text: &str) -> Result<Holidays, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut names = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || (i == 0 && !line.starts_with(|c: char| c.is_ascii_digit())) {
                continue;
            }
            let (date, name) = line.split_once(',').unwrap_or((line, ""));
            let date = NaiveDate::parse_from_str(date.trim(), "%Y/%m/%d").map_err(|_| {
                format!(
                    "line {}: {line:?} does not start with a date; each line must be \"YYYY/M/D,name\"",
                    i + 1
                )
            })?;
            names.insert(date, name.trim().to_owned());
        }
        if names.is_empty() {
            return Err("the list holds no holidays".to_owned());
        }
        Ok(Holidays { names })
    }

    pub fn name(&self, date: NaiveDate) -> Option<&str> {
        self.names.get(&date).map(String::as_str)
    }

    /// The last date the list knows; days after it are not known to be holidays or not.
    pub fn last_listed(&self) -> Option<NaiveDate> {
        self.names.keys().next_back().copied()
    }

    /// Whether the list covers the whole year of `date` (it ends on or after 23 November,
    /// 勤労感謝の日, the year's last holiday).
    pub fn covers_year_of(&self, date: NaiveDate) -> bool {
        self.last_listed().is_some_and(|last| {
            last.year() > date.year() || (last.year() == date.year() && last.month() >= 11)
        })
    }
}

/// Everything that decides whether the counters take residents at a given moment.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reception {
    pub hours: WeeklyHours,
    /// The Cabinet Office holiday list, relative to kiosk.toml's folder.
    #[serde(rename = "holidays")]
    pub holidays_file: PathBuf,
    #[serde(default)]
    pub closed: Vec<ClosedDay>,
    #[serde(default)]
    pub open_days: Vec<OpenDay>,
    #[serde(skip)]
    pub holidays: Holidays,
}

/// How far ahead `next_open` looks; longer than any closure a city hall has.
const LOOKAHEAD_DAYS: u64 = 400;

impl Reception {
    /// R-LOCAL-1: the hours of `date`. A special opening day wins over everything; then
    /// closed days (the year-end break), then national holidays, then the weekday.
    pub fn hours_on(&self, date: NaiveDate) -> Option<ReceptionHours> {
        if let Some(day) = self.open_days.iter().find(|d| d.date.0 == date) {
            return Some(ReceptionHours {
                open: day.open,
                close: day.close,
            });
        }
        if self.closed.iter().any(|c| c.matches(date)) || self.holidays.name(date).is_some() {
            return None;
        }
        self.hours.on(date.weekday())
    }

    pub fn is_open(&self, now: NaiveDateTime) -> bool {
        self.hours_on(now.date())
            .is_some_and(|h| h.contains(now.time()))
    }

    /// When the counters close today, if they are open now.
    pub fn closes_at(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        self.hours_on(now.date())
            .filter(|h| h.contains(now.time()))
            .map(|h| now.date().and_time(h.close.0))
    }

    /// The next moment, strictly after `now`, that the counters open.
    pub fn next_open(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        (0..LOOKAHEAD_DAYS)
            .filter_map(|n| now.date().checked_add_days(Days::new(n)))
            .filter_map(|date| self.hours_on(date).map(|h| date.and_time(h.open.0)))
            .find(|opening| *opening > now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(open: &str, close: &str) -> Option<ReceptionHours> {
        Some(ReceptionHours {
            open: open.parse().unwrap(),
            close: close.parse().unwrap(),
        })
    }

    fn reception() -> Reception {
        let weekday = hours("08:30", "17:15");
        Reception {
            hours: WeeklyHours {
                monday: weekday,
                tuesday: weekday,
                wednesday: weekday,
                thursday: weekday,
                friday: weekday,
                saturday: None,
                sunday: None,
            },
            holidays_file: PathBuf::new(),
            closed: ["12-29", "12-30", "12-31", "01-02", "01-03"]
                .iter()
                .map(|s| s.parse().unwrap())
                .collect(),
            open_days: vec![OpenDay {
                date: "2027-03-28".parse().unwrap(),
                open: "09:00".parse().unwrap(),
                close: "12:00".parse().unwrap(),
            }],
            holidays: Holidays::parse("国民の祝日・休日月日,国民の祝日・休日名称\n2027/1/1,元日\n2027/5/3,憲法記念日\n2027/11/23,勤労感謝の日\n").unwrap(),
        }
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn weekday_hours_open_at_opening_and_close_at_closing() {
        let r = reception();
        assert!(!r.is_open(at("2027-05-06T08:29")));
        assert!(r.is_open(at("2027-05-06T08:30")));
        assert!(r.is_open(at("2027-05-06T17:14")));
        assert!(!r.is_open(at("2027-05-06T17:15")));
    }

    #[test]
    fn national_holiday_is_closed_and_next_open_skips_it() {
        let r = reception();
        // Monday 3 May 2027 is Constitution Day.
        assert!(!r.is_open(at("2027-05-03T10:00")));
        assert_eq!(
            r.next_open(at("2027-05-03T10:00")),
            Some(at("2027-05-04T08:30"))
        );
    }

    #[test]
    fn weekend_is_closed_and_next_open_is_monday() {
        let r = reception();
        assert!(!r.is_open(at("2027-05-08T10:00")));
        assert_eq!(
            r.next_open(at("2027-05-07T17:30")),
            Some(at("2027-05-10T08:30"))
        );
    }

    #[test]
    fn year_end_break_runs_to_the_fourth_of_january() {
        let r = reception();
        assert!(!r.is_open(at("2027-12-29T10:00")));
        assert_eq!(
            r.next_open(at("2027-12-28T17:15")),
            Some(at("2028-01-04T08:30"))
        );
    }

    #[test]
    fn special_opening_day_opens_a_sunday() {
        let r = reception();
        assert!(r.is_open(at("2027-03-28T11:59")));
        assert!(!r.is_open(at("2027-03-28T12:00")));
        assert_eq!(
            r.next_open(at("2027-03-27T12:00")),
            Some(at("2027-03-28T09:00"))
        );
    }

    #[test]
    fn next_open_while_open_is_the_next_reception_day() {
        let r = reception();
        assert_eq!(
            r.next_open(at("2027-05-06T10:00")),
            Some(at("2027-05-07T08:30"))
        );
        assert_eq!(
            r.closes_at(at("2027-05-06T10:00")),
            Some(at("2027-05-06T17:15"))
        );
        assert_eq!(
            r.next_open(at("2027-05-06T07:00")),
            Some(at("2027-05-06T08:30"))
        );
    }

    #[test]
    fn closed_day_parses_yearly_and_once_and_rejects_others() {
        assert_eq!(
            "12-29".parse(),
            Ok(ClosedDay::Yearly { month: 12, day: 29 })
        );
        assert!(matches!("2027-08-13".parse(), Ok(ClosedDay::Once(_))));
        assert!("13-01".parse::<ClosedDay>().is_err());
        assert!("12/29".parse::<ClosedDay>().is_err());
    }

    #[test]
    fn holiday_list_rejects_a_line_without_a_date_and_names_it() {
        let err = Holidays::parse("header\n2027/1/1,元日\n2027/13/1,x\n").unwrap_err();
        assert!(err.starts_with("line 3:"), "{err}");
    }

    #[test]
    fn holiday_coverage_ends_with_the_last_listed_year() {
        let h = reception().holidays;
        assert!(h.covers_year_of(NaiveDate::from_ymd_opt(2027, 6, 1).unwrap()));
        assert!(!h.covers_year_of(NaiveDate::from_ymd_opt(2028, 1, 5).unwrap()));
    }
}
