//! The typical week: for each window, the median wait by weekday and hour over the last weeks, with the days after a holiday as a row of their own once there are enough of them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate, Timelike};
use serde::Serialize;

use crate::config::Reception;
use crate::domain::Visit;

/// Days after a holiday get a row of their own once the history holds this many of them
/// (with visits for the window): fewer, and one unusual day would stand for them all.
pub const ENOUGH_AFTER_HOLIDAY: usize = 3;
/// A cell needs this many visits before its figure is shown or named among the quietest
/// hours: fewer, and it would tell one resident's wait.
pub const FEW_VISITS: u32 = 3;

/// A row of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum DayRow {
    /// Monday is 1.
    Weekday(u32),
    AfterHoliday,
}

/// One hour of one row.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TypicalCell {
    /// The median minutes from issue to call.
    pub median: f64,
    pub visits: u32,
}

impl TypicalCell {
    /// The median in whole minutes, as the page and the report show it.
    pub fn minutes(&self) -> u32 {
        self.median.round() as u32
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypicalRow {
    pub day: DayRow,
    /// One per hour of [`TypicalWeek::hours`]; none where no visit was issued.
    pub cells: Vec<Option<TypicalCell>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypicalWindow {
    pub id: String,
    pub rows: Vec<TypicalRow>,
}

/// An office's typical week.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypicalWeek {
    pub office: String,
    /// The first day counted and the day after the last.
    pub from: NaiveDate,
    pub until: NaiveDate,
    /// The hours of day the grid has columns for (issue times fall in them).
    pub hours: Vec<u32>,
    pub windows: Vec<TypicalWindow>,
}

/// Quiet hours in a row, as the page names them: "Thursday 14:00–17:00 (about 4 min)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuietSpan {
    pub day: DayRow,
    pub from: u32,
    /// The hour it ends (exclusive).
    pub until: u32,
    /// The longest median of its hours.
    pub minutes: u32,
}

impl TypicalWindow {
    /// The `n` quietest hours with enough visits, joined where they follow each other on one
    /// day; the quietest first (earlier on a tie).
    pub fn quietest(&self, hours: &[u32], n: usize) -> Vec<QuietSpan> {
        let mut cells: Vec<(u32, DayRow, u32)> = self
            .rows
            .iter()
            .flat_map(|row| {
                row.cells.iter().zip(hours).filter_map(move |(cell, hour)| {
                    let cell = cell.filter(|c| c.visits >= FEW_VISITS)?;
                    Some((cell.minutes(), row.day, *hour))
                })
            })
            .collect();
        cells.sort();
        let mut spans: Vec<QuietSpan> = Vec::new();
        for (minutes, day, hour) in cells.into_iter().take(n) {
            let span = QuietSpan {
                day,
                from: hour,
                until: hour + 1,
                minutes,
            };
            spans.push(span);
            // Join every two spans of a day that now touch.
            let mut joined = true;
            while joined {
                joined = false;
                'outer: for i in 0..spans.len() {
                    for j in 0..spans.len() {
                        let (a, b) = (spans[i], spans[j]);
                        if i != j && a.day == b.day && a.until == b.from {
                            spans[i.min(j)] = QuietSpan {
                                day: a.day,
                                from: a.from,
                                until: b.until,
                                minutes: a.minutes.max(b.minutes),
                            };
                            spans.remove(i.max(j));
                            joined = true;
                            break 'outer;
                        }
                    }
                }
            }
        }
        spans
    }
}

/// Whether `date` is the first open day after a national holiday or a closed day of the
/// office's calendar (the year-end break), counting across the weekend between them.
pub fn after_holiday(reception: &Reception, date: NaiveDate) -> bool {
    if reception.hours_on(date).is_none() {
        return false;
    }
    let mut day = date;
    for _ in 0..14 {
        let Some(before) = day.checked_sub_days(Days::new(1)) else {
            return false;
        };
        if reception.hours_on(before).is_some() {
            return false;
        }
        if reception.holidays.name(before).is_some()
            || reception.closed.iter().any(|c| c.matches(before))
        {
            return true;
        }
        day = before;
    }
    false
}

/// Whether `days` (distinct dates after a holiday with visits) are enough for a row.
pub fn enough_after_holiday(days: usize) -> bool {
    days >= ENOUGH_AFTER_HOLIDAY
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

/// The typical week of `office`'s `windows` from `visits` issued from `from` up to `until`;
/// `is_after_holiday` tells the days after a holiday.
pub fn typical_week(
    office: &str,
    windows: &[String],
    visits: &[Visit],
    from: NaiveDate,
    until: NaiveDate,
    is_after_holiday: impl Fn(NaiveDate) -> bool,
) -> TypicalWeek {
    let hours: Vec<u32> = {
        let seen: BTreeSet<u32> = visits.iter().map(|v| v.issued_at.hour()).collect();
        match (seen.first(), seen.last()) {
            (Some(first), Some(last)) => (*first..=*last).collect(),
            _ => Vec::new(),
        }
    };
    let windows = windows
        .iter()
        .map(|id| {
            let mine: Vec<&Visit> = visits.iter().filter(|v| &v.window == id).collect();
            let holiday_days: BTreeSet<NaiveDate> = mine
                .iter()
                .map(|v| v.issued_at.date())
                .filter(|d| is_after_holiday(*d))
                .collect();
            let own_row = enough_after_holiday(holiday_days.len());
            let mut waits: BTreeMap<(DayRow, u32), Vec<f64>> = BTreeMap::new();
            for v in &mine {
                let date = v.issued_at.date();
                let day = if own_row && holiday_days.contains(&date) {
                    DayRow::AfterHoliday
                } else {
                    DayRow::Weekday(date.weekday().number_from_monday())
                };
                waits
                    .entry((day, v.issued_at.hour()))
                    .or_default()
                    .push(v.wait_minutes());
            }
            let days: BTreeSet<DayRow> = waits.keys().map(|(d, _)| *d).collect();
            TypicalWindow {
                id: id.clone(),
                rows: days
                    .into_iter()
                    .map(|day| TypicalRow {
                        day,
                        cells: hours
                            .iter()
                            .map(|h| {
                                waits.get(&(day, *h)).map(|w| TypicalCell {
                                    median: median(w.clone()),
                                    visits: w.len() as u32,
                                })
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    TypicalWeek {
        office: office.to_owned(),
        from,
        until,
        hours,
        windows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::VisitOutcome;
    use chrono::NaiveDateTime;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn visit(issued: &str, wait: i64) -> Visit {
        let issued_at = at(issued);
        let called_at = issued_at + chrono::Duration::minutes(wait);
        Visit {
            window: "certificates".into(),
            issued_at,
            called_at,
            finished_at: Some(called_at),
            outcome: VisitOutcome::Served,
        }
    }

    fn week(visits: &[Visit], holidays: &[&str]) -> TypicalWeek {
        let from = at("2027-03-01 00:00").date();
        typical_week(
            "main",
            &["certificates".into()],
            visits,
            from,
            from + Days::new(70),
            |d| holidays.contains(&d.format("%Y-%m-%d").to_string().as_str()),
        )
    }

    #[test]
    fn quiet_hours_that_follow_each_other_are_one_span() {
        let mut visits = Vec::new();
        // Thursdays: 14:00 4 min, 15:00 2 min, 16:00 1 min; Mondays 9:00 30 min.
        for day in ["2027-03-04", "2027-03-11", "2027-03-18"] {
            for (hour, wait) in [(14, 4), (15, 2), (16, 1)] {
                visits.push(visit(&format!("{day} {hour}:10"), wait));
            }
        }
        for day in ["2027-03-01", "2027-03-08", "2027-03-15"] {
            visits.push(visit(&format!("{day} 09:10"), 30));
        }
        let week = week(&visits, &[]);
        let quiet = week.windows[0].quietest(&week.hours, 3);
        assert_eq!(
            quiet,
            vec![QuietSpan {
                day: DayRow::Weekday(4),
                from: 14,
                until: 17,
                minutes: 4
            }]
        );
        // Four picks: the Monday hour is a span of its own, after.
        let quiet = week.windows[0].quietest(&week.hours, 4);
        assert_eq!(quiet.len(), 2);
        assert_eq!(quiet[1].day, DayRow::Weekday(1));
    }

    #[test]
    fn days_after_a_holiday_are_a_row_only_once_there_are_enough() {
        let days = ["2027-03-02", "2027-03-09", "2027-03-16"];
        let visits: Vec<Visit> = days
            .iter()
            .map(|d| visit(&format!("{d} 10:00"), 50))
            .collect();
        let two = week(&visits, &days[..2]);
        assert!(
            two.windows[0]
                .rows
                .iter()
                .all(|r| r.day != DayRow::AfterHoliday),
            "two days are not enough"
        );
        let three = week(&visits, &days);
        let rows: Vec<DayRow> = three.windows[0].rows.iter().map(|r| r.day).collect();
        assert_eq!(rows, vec![DayRow::AfterHoliday]);
        assert_eq!(three.windows[0].rows[0].cells[0].unwrap().visits, 3);
    }
}
