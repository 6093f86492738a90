//! `madoguchi report --date D [--csv]`: a day's figures, as the statistics page shows them (and `--typical`, the typical week).

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::tickets::DayReport;

use super::ticket::{exit, fail, open};

#[derive(Args)]
pub struct ReportArgs {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// The day (YYYY-MM-DD); default: today in Asia/Tokyo.
    #[arg(long, value_parser = parse_day)]
    date: Option<NaiveDate>,
    /// CSV (UTF-8, for a spreadsheet) instead of a table.
    #[arg(long)]
    csv: bool,
    /// The typical week instead of a day: the median wait by weekday and hour over the last
    /// `server.typical_weeks` weeks.
    #[arg(long, conflicts_with = "date")]
    typical: bool,
    /// With --typical: the office (its `municipality.office_id`); default: this one.
    #[arg(long, requires = "typical")]
    office: Option<String>,
    /// The local time (YYYY-MM-DDTHH:MM), for tests; default: now in Asia/Tokyo.
    #[arg(long, value_parser = super::ticket::parse_time, hide = true)]
    now: Option<chrono::NaiveDateTime>,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date; write YYYY-MM-DD"))
}

fn minutes(v: Option<f64>) -> String {
    v.map_or("-".to_owned(), |v| format!("{v:.1}"))
}

pub fn run(args: &ReportArgs) -> ExitCode {
    let now = args.now.unwrap_or_else(|| SystemClock.now());
    if args.typical {
        return super::history::typical(&args.config, args.office.as_deref(), args.csv, now);
    }
    let day = args.date.unwrap_or(now.date());
    let (_, store) = match open(&args.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let report = match store.tickets_on(day) {
        Ok(tickets) => DayReport::of(day, &tickets),
        Err(e) => return fail(exit::STORE_FAILED, e),
    };
    if args.csv {
        print!("{}", report.to_csv());
        return ExitCode::SUCCESS;
    }
    println!("{day}: by window and hour of issue (minutes)");
    println!("window\thour\tissued\tserved\tno-show\twait p50\twait p90\tservice p50\tservice p90");
    for h in &report.hours {
        println!(
            "{}\t{:02}:00\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            h.window,
            h.hour,
            h.issued,
            h.served,
            h.no_shows,
            minutes(h.wait_median),
            minutes(h.wait_p90),
            minutes(h.service_median),
            minutes(h.service_p90)
        );
    }
    println!();
    println!("served by desk and staff");
    println!("window\tdesk\tstaff\tserved");
    for d in &report.desks {
        println!("{}\t{}\t{}\t{}", d.window, d.desk, d.staff, d.served);
    }
    ExitCode::SUCCESS
}
