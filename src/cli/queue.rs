//! `madoguchi ticket call|recall|serve|done|no-show|reactivate|transfer|void` and `queue status`: a desk without a browser.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDateTime;
use clap::Args;
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::config::Config;
use madoguchi::domain::TicketNumber;
use madoguchi::queue::{DeskAction, Move};
use madoguchi::tickets::{StoreError, Ticket, queue_status};

use super::ticket::{exit, fail, open, open_for_today, parse_time};

/// What every queue command takes.
#[derive(Args)]
pub struct Desk {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// Who does it, for the record (a staff name); default `cli`.
    #[arg(long, default_value = "cli", value_parser = staff_name)]
    by: String,
    /// The local time (YYYY-MM-DDTHH:MM), for tests; default: now in Asia/Tokyo.
    #[arg(long, value_parser = parse_time, hide = true)]
    now: Option<NaiveDateTime>,
}

#[derive(Args)]
pub struct CallArgs {
    #[command(flatten)]
    desk: Desk,
    /// The window (kiosk.toml's `windows.id`) whose next ticket to call.
    #[arg(long)]
    window: String,
    /// The desk calling (one of the window's `desks`), as the lobby display shows it.
    #[arg(long)]
    counter: String,
}

#[derive(Args)]
pub struct MoveArgs {
    #[command(flatten)]
    desk: Desk,
    /// The ticket's number as printed, e.g. A-012 (today's).
    number: TicketNumber,
}

#[derive(Args)]
pub struct TransferArgs {
    #[command(flatten)]
    desk: Desk,
    number: TicketNumber,
    /// The window to send it to; it keeps its number and its place by issue time.
    #[arg(long)]
    window: String,
}

#[derive(Args)]
pub struct StatusArgs {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// Print JSON: {"windows": [{"id": …, "waiting": N, "estimated_wait_minutes": M, …}]}.
    #[arg(long)]
    json: bool,
    /// The local time (YYYY-MM-DDTHH:MM), for tests; default: now in Asia/Tokyo.
    #[arg(long, value_parser = parse_time, hide = true)]
    now: Option<NaiveDateTime>,
}

fn store_failed(e: StoreError) -> ExitCode {
    match e {
        StoreError::Refused { .. } => fail(exit::REFUSED, e),
        StoreError::NotFound { .. } => fail(exit::NOT_FOUND, e),
        e => fail(exit::STORE_FAILED, e),
    }
}

/// `A-012 window certificates counter 3 (ja)`: what a desk needs to say the number.
fn said(ticket: &Ticket) -> String {
    format!(
        "{} {} window {} counter {} ({})",
        ticket.number,
        ticket.queue.state,
        ticket.window(),
        ticket.queue.desk.as_deref().unwrap_or("-"),
        ticket.language
    )
}

pub fn call(args: &CallArgs) -> ExitCode {
    let now = args.desk.now.unwrap_or_else(|| SystemClock.now());
    let (config, store) = match open_for_today(&args.desk.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let Some(window) = config.window(&args.window) else {
        let ids: Vec<&str> = config.windows.iter().map(|w| w.id.as_str()).collect();
        return fail(
            exit::BAD_INPUT,
            format!(
                "--window {:?} is not in kiosk.toml; its windows are {}",
                args.window,
                ids.join(", ")
            ),
        );
    };
    let desks = window.desks();
    if !desks.contains(&args.counter) {
        return fail(
            exit::BAD_INPUT,
            format!(
                "--counter {:?} is not a desk of window {}; its desks are {}",
                args.counter,
                window.id,
                desks.join(", ")
            ),
        );
    }
    match store.call_next(&window.id, &args.counter, &args.desk.by, now) {
        Ok(Some(ticket)) => {
            println!("{}", said(&ticket));
            ExitCode::SUCCESS
        }
        Ok(None) => fail(
            exit::NOBODY_WAITING,
            format!("nobody is waiting for window {}", window.id),
        ),
        Err(e) => store_failed(e),
    }
}

pub fn advance(action: DeskAction, args: &MoveArgs) -> ExitCode {
    let mv = action.by(args.desk.by.clone());
    carry_out(&args.desk, &args.number, |_| Ok(mv))
}

pub fn transfer(args: &TransferArgs) -> ExitCode {
    carry_out(&args.desk, &args.number, |config| {
        Ok(Move::Transfer {
            to: config
                .transfer_target(&args.window)
                .map_err(|e| format!("--window: {e}"))?,
            by: args.desk.by.clone(),
        })
    })
}

fn carry_out(
    desk: &Desk,
    number: &TicketNumber,
    mv: impl FnOnce(&Config) -> Result<Move, String>,
) -> ExitCode {
    let now = desk.now.unwrap_or_else(|| SystemClock.now());
    let (config, store) = match open(&desk.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mv = match mv(&config) {
        Ok(mv) => mv,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    match store.advance(now.date(), number, &mv, now) {
        Ok(ticket) => {
            println!("{}", said(&ticket));
            ExitCode::SUCCESS
        }
        Err(e) => store_failed(e),
    }
}

pub fn status(args: &StatusArgs) -> ExitCode {
    let now = args.now.unwrap_or_else(|| SystemClock.now());
    let (config, store) = match open(&args.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let day = match store.tickets_on(now.date()) {
        Ok(t) => t,
        Err(e) => return store_failed(e),
    };
    let windows = queue_status(&config, &day);
    if args.json {
        let json = serde_json::json!({ "windows": windows });
        println!("{json}");
        return ExitCode::SUCCESS;
    }
    println!("window\twaiting\tcalled\tserving\tserved\tno-show\tlast called\twait");
    for w in &windows {
        let last = match (&w.last_called, &w.last_called_counter) {
            (Some(n), Some(d)) => format!("{n} at {d}"),
            _ => "-".into(),
        };
        let wait = w
            .estimated_wait_minutes
            .map_or("-".into(), |m| format!("{m} min"));
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{last}\t{wait}",
            w.id, w.waiting, w.called, w.serving, w.served, w.no_show
        );
    }
    ExitCode::SUCCESS
}

/// `--by` is written into the day's records and the statistics' CSV: a staff name's
/// characters only, as accounts are named.
fn staff_name(text: &str) -> Result<String, String> {
    madoguchi::staff::check_name(text)
        .map(|()| text.to_owned())
        .map_err(|e| format!("--by takes a staff name: {e}"))
}
