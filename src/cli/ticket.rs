//! `madoguchi ticket issue|list|render`: numbering from a shell, for staff checks and load tests.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use madoguchi::card::Genuineness;
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::config::Config;
use madoguchi::domain::Procedure;
use madoguchi::domain::TicketNumber;
use madoguchi::i18n::Catalog;
use madoguchi::printer::{self, TicketDetails, layout, ticket_view};
use madoguchi::tickets::{self, Brief, Order, PrintOutcome, StoreError, Ticket, TicketStore};

/// Exit statuses of the ticket, queue and db commands.
pub mod exit {
    pub const BAD_INPUT: u8 = 2;
    pub const CAP_REACHED: u8 = 7;
    pub const STORE_FAILED: u8 = 8;
    pub const NOBODY_WAITING: u8 = 9;
    /// The ticket's state does not allow the move (done before called, …).
    pub const REFUSED: u8 = 10;
    pub const NOT_FOUND: u8 = 11;
}

/// What a ticket is for: the arguments `issue` and `render` share.
#[derive(Args)]
pub struct TicketFor {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// The procedure(s), in the order they are done; the first one decides the window.
    #[arg(long = "procedure", required = true, value_parser = parse_procedure)]
    procedures: Vec<Procedure>,
    /// The resident's language.
    #[arg(long, default_value = "ja")]
    lang: String,
    /// The local time (YYYY-MM-DDTHH:MM); default: now in Asia/Tokyo.
    #[arg(long, value_parser = parse_time)]
    now: Option<NaiveDateTime>,
}

#[derive(Args)]
pub struct IssueArgs {
    #[command(flatten)]
    ticket: TicketFor,
    /// Issue this many tickets, one after another (load and crash tests).
    #[arg(long, default_value_t = 1)]
    count: u32,
    /// Print each ticket on kiosk.toml's printer, and record how it went.
    #[arg(long)]
    print: bool,
    /// As a kiosk does, outlast a database that does not answer (a failover): try again
    /// every 0.1 s for up to this many seconds before giving up.
    #[arg(long, value_name = "SECS", default_value_t = 0)]
    keep_going: u64,
}

#[derive(Args)]
pub struct RenderArgs {
    #[command(flatten)]
    ticket: TicketFor,
    /// The number to show (nothing is issued).
    #[arg(long, default_value = "A-001")]
    number: TicketNumber,
    /// Draw the staff warning of a card whose certificate did not verify.
    #[arg(long)]
    unverified: bool,
    /// Paper width in mm (80 or 58); default: kiosk.toml's printer.
    #[arg(long)]
    paper_width_mm: Option<u32>,
    /// Where to write the preview.
    #[arg(long, default_value = "ticket.png")]
    png: PathBuf,
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

pub fn parse_time(s: &str) -> Result<NaiveDateTime, String> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .map_err(|_| format!("{s:?} is not a local time; write YYYY-MM-DDTHH:MM"))
}

pub fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(code)
}

/// kiosk.toml and the store it names (exit 2 or 8 with the reason when either fails).
pub fn open(
    config: &std::path::Path,
    now: NaiveDateTime,
) -> Result<(Config, Box<dyn TicketStore>), ExitCode> {
    opened(config, now, tickets::open)
}

/// The same for a command that issues or calls: earlier days' lines are closed first.
pub fn open_for_today(
    config: &std::path::Path,
    now: NaiveDateTime,
) -> Result<(Config, Box<dyn TicketStore>), ExitCode> {
    let (config, store) = opened(config, now, tickets::open_for_today)?;
    // The office is listed for the city's wait page even where only the command line
    // issues and calls (no kiosk or server of its own runs).
    if let Err(e) = madoguchi::city::publish(store.as_ref(), &config, now) {
        tracing::warn!("the office's listing could not be written: {e}");
    }
    Ok((config, store))
}

fn opened<F>(
    config: &std::path::Path,
    now: NaiveDateTime,
    open: F,
) -> Result<(Config, Box<dyn TicketStore>), ExitCode>
where
    F: FnOnce(&Config, NaiveDateTime) -> Result<Box<dyn TicketStore>, StoreError>,
{
    let config = Config::load(config).map_err(|e| fail(exit::BAD_INPUT, e))?;
    let store = open(&config, now).map_err(|e| fail(exit::STORE_FAILED, e))?;
    Ok((config, store))
}

pub fn issue(args: &IssueArgs) -> ExitCode {
    let t = &args.ticket;
    let now = t.now.unwrap_or_else(|| SystemClock.now());
    let (config, store) = match open_for_today(&t.config, now) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if !config.languages.offered.contains(&t.lang) {
        return fail(
            exit::BAD_INPUT,
            format!(
                "--lang {:?} is not offered; kiosk.toml offers {}",
                t.lang,
                config.languages.offered.join(", ")
            ),
        );
    }
    let order = match Order::for_procedures(&config, &t.procedures, &t.lang) {
        Ok(o) => o,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let window = config.window(&order.window);
    let details = TicketDetails::for_procedures(&t.procedures, &config);
    let order = Order {
        brief: Brief {
            checklist: details.checklist.clone(),
            ..order.brief
        },
        ..order
    };
    for _ in 0..args.count {
        let line = if args.print {
            match tickets::window_line(store.as_ref(), &config, &order.window, now.date()) {
                Ok(line) => line,
                Err(e) => return fail(exit::STORE_FAILED, e),
            }
        } else {
            None
        };
        let mut outage: Option<std::time::Instant> = None;
        let ticket = loop {
            match store.issue(&order, now) {
                Ok(t) => break t,
                Err(e @ StoreError::CapReached { .. }) => return fail(exit::CAP_REACHED, e),
                Err(e)
                    if e.is_outage()
                        && outage
                            .get_or_insert_with(std::time::Instant::now)
                            .elapsed()
                            .as_secs()
                            < args.keep_going =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(e) => return fail(exit::STORE_FAILED, e),
            }
        };
        let outcome = if args.print {
            let wait = line.and_then(|l| l.told_on_ticket(&ticket.language, Catalog::embedded()));
            let outcome = print_ticket(&ticket, &details, wait, &config);
            if let Err(e) = store.record_print(ticket.id, &outcome, SystemClock.now()) {
                eprintln!(
                    "{} was issued, but its print outcome could not be recorded: {e}",
                    ticket.number
                );
            }
            format!(" ({outcome})")
        } else {
            String::new()
        };
        println!(
            "{} counter {} {}{outcome}",
            ticket.number,
            window.map_or(0, |w| w.number),
            // A terminal has no ruby: easy Japanese's readings are left out.
            window.map_or_else(String::new, |w| madoguchi::furigana::plain(
                &w.label.get(&t.lang)
            )),
        );
    }
    ExitCode::SUCCESS
}

fn print_ticket(
    ticket: &Ticket,
    details: &TicketDetails,
    wait: Option<String>,
    config: &Config,
) -> PrintOutcome {
    let mut view = ticket_view(ticket, details, config, Catalog::embedded());
    view.wait = wait;
    match layout::render(&view, config.printer.width_dots()) {
        Ok(raster) => printer::print(&config.printer, &raster, &ticket.number.to_string()).outcome,
        Err(e) => PrintOutcome::Failed(format!("render: {e}")),
    }
}

pub fn render(args: &RenderArgs) -> ExitCode {
    let t = &args.ticket;
    let config = match Config::load(&t.config) {
        Ok(c) => c,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let now = t.now.unwrap_or_else(|| SystemClock.now());
    let order = match Order::for_procedures(&config, &t.procedures, &t.lang) {
        Ok(o) => o,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let ticket = Ticket {
        id: 0,
        day: now.date(),
        number: args.number.clone(),
        procedures: t.procedures.clone(),
        language: t.lang.clone(),
        issued_at: now,
        printed_at: None,
        outcome: PrintOutcome::Pending,
        brief: Brief {
            genuineness: args.unverified.then_some(Genuineness::Unverified),
            ..Brief::default()
        },
        queue: madoguchi::queue::Progress::waiting(&order.window),
        phone_token: None,
    };
    let details = TicketDetails::for_procedures(&t.procedures, &config);
    let mut printer = config.printer.clone();
    if let Some(mm) = args.paper_width_mm {
        printer.paper_width_mm = mm;
    }
    let view = ticket_view(&ticket, &details, &config, Catalog::embedded());
    let written = layout::render(&view, printer.width_dots())
        .and_then(|r| r.png())
        .and_then(|png| std::fs::write(&args.png, png).map_err(|e| e.to_string()));
    match written {
        Ok(()) => {
            println!("{}", args.png.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(exit::STORE_FAILED, format!("cannot render the ticket: {e}")),
    }
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
            println!(
                "number\twindow\tprocedures\tlanguage\tissued\tprinted\toutcome\tstate\tcounter"
            );
            for t in tickets {
                let procedures: Vec<&str> = t.procedures.iter().map(|p| p.id()).collect();
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    t.number,
                    t.window(),
                    procedures.join(","),
                    t.language,
                    t.issued_at.format("%H:%M:%S"),
                    t.printed_at
                        .map_or("-".into(), |p| p.format("%H:%M:%S").to_string()),
                    t.outcome,
                    t.queue.state,
                    t.queue.desk.as_deref().unwrap_or("-")
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(exit::STORE_FAILED, e),
    }
}
