//! A day's figures for the city's own reports: per window and hour, tickets issued, served and missed with their wait and service times; per desk and staff member, tickets served.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, Timelike};
use serde::Serialize;

use super::Ticket;
use crate::queue::State;

/// One window's hour, by the hour its tickets were issued.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HourRow {
    pub window: String,
    /// 9 for 09:00–09:59 (Asia/Tokyo).
    pub hour: u32,
    pub issued: u32,
    pub served: u32,
    pub no_shows: u32,
    /// Minutes from issue to the first call.
    pub wait_median: Option<f64>,
    pub wait_p90: Option<f64>,
    /// Minutes from the start of service (or the call, when the desk did not press Start)
    /// to done.
    pub service_median: Option<f64>,
    pub service_p90: Option<f64>,
}

/// Tickets one desk served, by who called them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeskRow {
    pub window: String,
    pub desk: String,
    pub staff: String,
    pub served: u32,
}

/// The figures of one day.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DayReport {
    pub day: NaiveDate,
    pub hours: Vec<HourRow>,
    pub desks: Vec<DeskRow>,
}

fn minutes(from: NaiveDateTime, to: NaiveDateTime) -> f64 {
    (to - from).num_seconds().max(0) as f64 / 60.0
}

/// The nearest-rank percentile `p` (0–100) of `values`, to a tenth of a minute.
fn percentile(values: &mut [f64], p: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * values.len() as f64).ceil().max(1.0) as usize;
    Some((values[rank - 1] * 10.0).round() / 10.0)
}

/// The median as the middle value (the mean of the two middle ones for an even count).
fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    let m = if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    };
    Some((m * 10.0).round() / 10.0)
}

impl DayReport {
    /// The report of `day` from its tickets (a transferred ticket counts at the window it
    /// ended at).
    pub fn of(day: NaiveDate, tickets: &[Ticket]) -> DayReport {
        #[derive(Default)]
        struct Acc {
            issued: u32,
            served: u32,
            no_shows: u32,
            waits: Vec<f64>,
            services: Vec<f64>,
        }
        let mut hours: BTreeMap<(String, u32), Acc> = BTreeMap::new();
        let mut desks: BTreeMap<(String, String, String), u32> = BTreeMap::new();
        for t in tickets.iter().filter(|t| t.day == day) {
            let q = &t.queue;
            let acc = hours
                .entry((t.window().to_owned(), t.issued_at.hour()))
                .or_default();
            acc.issued += 1;
            if let Some(called) = q.called_at {
                acc.waits.push(minutes(t.issued_at, called));
            }
            match q.state {
                State::Done => {
                    acc.served += 1;
                    if let (Some(start), Some(end)) = (q.serving_at.or(q.called_at), q.finished_at)
                    {
                        acc.services.push(minutes(start, end));
                    }
                    *desks
                        .entry((
                            t.window().to_owned(),
                            q.desk.clone().unwrap_or_default(),
                            q.called_by.clone().unwrap_or_default(),
                        ))
                        .or_default() += 1;
                }
                State::NoShow => acc.no_shows += 1,
                _ => {}
            }
        }
        DayReport {
            day,
            hours: hours
                .into_iter()
                .map(|((window, hour), mut a)| HourRow {
                    window,
                    hour,
                    issued: a.issued,
                    served: a.served,
                    no_shows: a.no_shows,
                    wait_median: median(&mut a.waits),
                    wait_p90: percentile(&mut a.waits, 90.0),
                    service_median: median(&mut a.services),
                    service_p90: percentile(&mut a.services, 90.0),
                })
                .collect(),
            desks: desks
                .into_iter()
                .map(|((window, desk, staff), served)| DeskRow {
                    window,
                    desk,
                    staff,
                    served,
                })
                .collect(),
        }
    }

    /// Both tables as one CSV file (RFC 4180, UTF-8 with a byte-order mark so that Excel
    /// reads the Japanese names): the hours, a blank line, the desks.
    pub fn to_csv(&self) -> String {
        let figure = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_default();
        let mut out = String::from("\u{feff}");
        out.push_str("date,window,hour,issued,served,no_shows,wait_median_min,wait_p90_min,service_median_min,service_p90_min\r\n");
        for h in &self.hours {
            out.push_str(&format!(
                "{},{},{:02}:00,{},{},{},{},{},{},{}\r\n",
                self.day,
                csv_field(&h.window),
                h.hour,
                h.issued,
                h.served,
                h.no_shows,
                figure(h.wait_median),
                figure(h.wait_p90),
                figure(h.service_median),
                figure(h.service_p90)
            ));
        }
        out.push_str("\r\ndate,window,desk,staff,served\r\n");
        for d in &self.desks {
            out.push_str(&format!(
                "{},{},{},{},{}\r\n",
                self.day,
                csv_field(&d.window),
                csv_field(&d.desk),
                csv_field(&d.staff),
                d.served
            ));
        }
        out
    }
}

/// A field quoted when it holds a comma, a quote or a line break; a leading `=`, `+`, `-`,
/// `@`, tab or carriage return (OWASP's list) is escaped so that a spreadsheet never runs
/// it as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank_and_medians_the_middle() {
        let mut v = vec![5.0, 1.0, 3.0, 2.0, 4.0, 6.0, 7.0, 8.0, 9.0, 10.0];
        assert_eq!(median(&mut v), Some(5.5));
        assert_eq!(percentile(&mut v, 90.0), Some(9.0));
        assert_eq!(percentile(&mut [4.0], 90.0), Some(4.0));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("certificates"), "certificates");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("\t=1+2"), "'\t=1+2");
        assert_eq!(csv_field("\r=1+2"), "\"'\r=1+2\"");
    }
}
