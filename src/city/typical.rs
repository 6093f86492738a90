//! The typical week: for each window, the median wait by weekday and hour over the last weeks, with the days after a holiday as a row of their own once there are enough of them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate, Timelike};
use serde::Serialize;

use crate::config::Reception;
use crate::domain::Visit;

/// Days after a holiday get a row of their own once the history holds this many of them
/// (with visits for the window): fewer, and one unusual day would stand for them all.
pub const ENOUGH_AFTER_HOLIDAY: usize = 3;
/// A cell needs this many visits before it is named among the quietest hours.
const QUIET_NEEDS: u32 = 3;

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

impl TypicalWindow {
    /// The quietest `n` hours with enough visits, quietest first (earlier on a tie).
    pub fn quietest(&self, hours: &[u32], n: usize) -> Vec<(DayRow, u32, u32)> {
        let mut cells: Vec<(u32, DayRow, u32)> = self
            .rows
            .iter()
            .flat_map(|row| {
                row.cells.iter().zip(hours).filter_map(move |(cell, hour)| {
                    let cell = cell.filter(|c| c.visits >= QUIET_NEEDS)?;
                    Some((cell.minutes(), row.day, *hour))
                })
            })
            .collect();
        cells.sort();
        cells
            .into_iter()
            .take(n)
            .map(|(minutes, day, hour)| (day, hour, minutes))
            .collect()
    }
}

/// Whether `date` is the first open day after a national holiday or a closed day of the
/// office's calendar (the year-end break), counting across the weekend between them.
pub fn after_holiday(reception: &Reception, date: NaiveDate) -> bool {
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
