//! `madoguchi ticket issue|list`: numbering from a shell, for staff checks and load tests.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::config::Config;
use madoguchi::rules::Procedure;
use madoguchi::tickets::{Order, SqliteStore, StoreError, TicketStore};

/// Exit statuses of `ticket issue`.
pub mod exit {
    pub const BAD_INPUT: u8 = 2;
    pub const CAP_REACHED: u8 = 7;
    pub const STORE_FAILED: u8 = 8;
}

#[derive(Args)]
pub struct IssueArgs {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// The procedure(s), in the order they are done; the first one decides the window.
    #[arg(long = "procedure", required = true, value_parser = parse_procedure)]
    procedures: Vec<Procedure>,
    /// The resident's language.
    #[arg(long, default_value = "ja")]
    lang: String,
    /// Issue this many tickets, one after another (load and crash tests).
    #[arg(long, default_value_t = 1)]
    count: u32,
    /// The local time to issue at (YYYY-MM-DDTHH:MM); default: now in Asia/Tokyo.
    #[arg(long, value_parser = parse_time)]
    now: Option<NaiveDateTime>,
}

#[derive(Args)]
pub struct ListArgs {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// The local day (YYYY-MM-DD); default: today in Asia/Tokyo.
    #[arg(long)]
    date: Option<NaiveDate>,
}

fn parse_procedure(s: &str) -> Result<Procedure, String> {
    Procedure::ALL
        .into_iter()
        .find(|p| p.id() == s)
        .ok_or_else(|| {
            let ids: Vec<&str> = Procedure::ALL.iter().map(|p| p.id()).collect();
            format!(
                "{s:?} is not a procedure; choose one of: {}",
                ids.join(", ")
            )
        })
}

fn parse_time(s: &str) -> Result<NaiveDateTime, String> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .map_err(|_| format!("{s:?} is not a local time; write YYYY-MM-DDTHH:MM"))
}

fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(code)
}

fn open(config: &std::path::Path, now: NaiveDateTime) -> Result<(Config, SqliteStore), ExitCode> {
    let config = Config::load(config).map_err(|e| fail(exit::BAD_INPUT, e))?;
    let store = SqliteStore::open(&config.tickets.database, now)
        .map_err(|e| fail(exit::STORE_FAILED, e))?;
    Ok((config, store))
}

pub fn issue(args: &IssueArgs) -> ExitCode {
    let now = args.now.unwrap_or_else(|| SystemClock.now());
    let (config, store) = match open(&args.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if !config.languages.offered.contains(&args.lang) {
        return fail(
            exit::BAD_INPUT,
            format!(
                "--lang {:?} is not offered; kiosk.toml offers {}",
                args.lang,
                config.languages.offered.join(", ")
            ),
        );
    }
    let order = match Order::for_procedures(&config, &args.procedures, &args.lang) {
        Ok(o) => o,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let window = config.window(&order.window);
    for _ in 0..args.count {
        match store.issue(&order, now) {
            Ok(ticket) => println!(
                "{} counter {} {}",
                ticket.number,
                window.map_or(0, |w| w.number),
                window.map_or("", |w| w.label.get(&args.lang)),
            ),
            Err(e @ StoreError::CapReached { .. }) => return fail(exit::CAP_REACHED, e),
            Err(e) => return fail(exit::STORE_FAILED, e),
        }
    }
    ExitCode::SUCCESS
}

pub fn list(args: &ListArgs) -> ExitCode {
    let now = SystemClock.now();
    let (_, store) = match open(&args.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let day = args.date.unwrap_or(now.date());
    match store.tickets_on(day) {
        Ok(tickets) => {
            println!("number\twindow\tprocedures\tlanguage\tissued\tprinted\toutcome");
            for t in tickets {
                let procedures: Vec<&str> = t.procedures.iter().map(|p| p.id()).collect();
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    t.number,
                    t.window,
                    procedures.join(","),
                    t.language,
                    t.issued_at.format("%H:%M:%S"),
                    t.printed_at
                        .map_or("-".into(), |p| p.format("%H:%M:%S").to_string()),
                    t.outcome
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(exit::STORE_FAILED, e),
    }
}
