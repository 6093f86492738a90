//! `madoguchi db import-history FILE.csv [--office ID]` and `madoguchi report --typical`: an office's past visits from its old ticket machine, and the typical week figured from them and from its own tickets.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDateTime;
use clap::Args;
use madoguchi::city::{self, DayRow, TypicalWeek};
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::config::Config;
use madoguchi::domain::OfficeListing;
use madoguchi::i18n::{Arg, Catalog};
use madoguchi::tickets::TicketStore;

use super::ticket::{exit, fail, open};

#[derive(Args)]
pub struct ImportArgs {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// The CSV: window,issued_at,called_at,finished_at[,outcome], local times, UTF-8.
    file: PathBuf,
    /// The office the history is of (its `municipality.office_id`); default: this one.
    #[arg(long)]
    office: Option<String>,
    /// The local time (YYYY-MM-DDTHH:MM), for tests; default: now in Asia/Tokyo.
    #[arg(long, value_parser = super::ticket::parse_time, hide = true)]
    now: Option<NaiveDateTime>,
}

/// The listing of `office` (this one's from kiosk.toml, another's from the store), or why
/// there is none.
fn listing_of(
    store: &dyn TicketStore,
    config: &Config,
    office: Option<&str>,
    now: NaiveDateTime,
) -> Result<OfficeListing, String> {
    let own = config.municipality.office_id();
    match office.filter(|o| *o != own) {
        None => Ok(city::listing(config, now)),
        Some(id) => store
            .listings()
            .map_err(|e| e.to_string())?
            .into_iter()
            .find(|l| l.id == id)
            .ok_or_else(|| {
                format!(
                    "office {id:?} is not in the database yet: start its kiosk or server once, so that it lists its windows"
                )
            }),
    }
}

pub fn import(args: &ImportArgs) -> ExitCode {
    let now = args.now.unwrap_or_else(|| SystemClock.now());
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => {
            return fail(
                exit::BAD_INPUT,
                format!("cannot read {}: {e}", args.file.display()),
            );
        }
    };
    let (config, store) = match open(&args.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let listing = match listing_of(store.as_ref(), &config, args.office.as_deref(), now) {
        Ok(l) => l,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let ids: Vec<&str> = listing.windows.iter().map(|w| w.id.as_str()).collect();
    let visits = match city::parse_history(&bytes, |w| ids.contains(&w), &ids.join(", ")) {
        Ok(v) => v,
        Err(e) => {
            return fail(
                exit::BAD_INPUT,
                format!("{}: {e}; nothing was imported", args.file.display()),
            );
        }
    };
    match store.import_visits(&listing.id, &visits, now) {
        Ok(n) => {
            let first = visits.iter().map(|v| v.issued_at).min().unwrap_or(now);
            let last = visits.iter().map(|v| v.issued_at).max().unwrap_or(now);
            println!(
                "imported {n} visits of office {} ({} to {}) into {}; they count only towards the typical week",
                listing.id,
                first.date(),
                last.date(),
                store.describe()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(exit::STORE_FAILED, format!("{e}; nothing was imported")),
    }
}

/// The typical week of the office `office` (this one by default), printed as a table, or
/// as CSV (`office,window,day,hour,median_minutes,visits`).
pub fn typical(
    config_path: &Path,
    office: Option<&str>,
    csv: bool,
    now: NaiveDateTime,
) -> ExitCode {
    let (config, store) = match open(config_path, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let listing = match listing_of(store.as_ref(), &config, office, now) {
        Ok(l) => l,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let until = now.date();
    let from = until - chrono::Days::new(7 * u64::from(config.server.typical_weeks));
    let visits = match store.visits_between(&listing.id, from, until) {
        Ok(v) => v,
        Err(e) => return fail(exit::STORE_FAILED, e),
    };
    let windows: Vec<String> = listing.windows.iter().map(|w| w.id.clone()).collect();
    let week = city::typical_week(&listing.id, &windows, &visits, from, until, |d| {
        city::after_holiday(&config.reception, d)
    });
    if csv {
        print!("{}", week_csv(&week));
    } else {
        print_week(&week, visits.len());
    }
    ExitCode::SUCCESS
}

fn day_id(day: DayRow) -> String {
    match day {
        DayRow::Weekday(n) => [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ]
        .get(n.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("sunday")
        .to_owned(),
        DayRow::AfterHoliday => "after_holiday".to_owned(),
    }
}

fn week_csv(week: &TypicalWeek) -> String {
    let mut out = String::from("office,window,day,hour,median_minutes,visits\n");
    for w in &week.windows {
        for row in &w.rows {
            for (cell, hour) in row.cells.iter().zip(&week.hours) {
                if let Some(cell) = cell {
                    out.push_str(&format!(
                        "{},{},{},{hour},{:.1},{}\n",
                        week.office,
                        w.id,
                        day_id(row.day),
                        cell.median,
                        cell.visits
                    ));
                }
            }
        }
    }
    out
}

fn print_week(week: &TypicalWeek, visits: usize) {
    let catalog = Catalog::embedded();
    println!(
        "office {}: median minutes from issue to call, by day and hour of issue; {visits} visits issued {} to {}",
        week.office,
        week.from,
        week.until.pred_opt().unwrap_or(week.until)
    );
    println!(
        "(days after a holiday get their own row once {} of them are recorded for a window)",
        city::ENOUGH_AFTER_HOLIDAY
    );
    for w in &week.windows {
        println!();
        println!("window {}", w.id);
        let hours: Vec<String> = week.hours.iter().map(|h| format!("{h:>4}")).collect();
        println!("{:<14}{}", "", hours.join(""));
        for row in &w.rows {
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|c| c.map_or("   -".to_owned(), |c| format!("{:>4}", c.minutes())))
                .collect();
            println!("{:<14}{}", day_id(row.day), cells.join(""));
        }
        let quiet: Vec<String> = w
            .quietest(&week.hours, 3)
            .into_iter()
            .map(|span| {
                let name = match span.day {
                    DayRow::Weekday(n) => {
                        catalog.text("en", "weekday", &[("weekday", Arg::Count(i64::from(n)))])
                    }
                    DayRow::AfterHoliday => catalog.text("en", "now-after-holiday", &[]),
                };
                format!(
                    "{name} {}:00-{}:00 (about {} min)",
                    span.from, span.until, span.minutes
                )
            })
            .collect();
        if quiet.is_empty() {
            println!("quietest: not enough visits yet");
        } else {
            println!("quietest: {}", quiet.join("; "));
        }
    }
}
