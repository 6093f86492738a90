//! The madoguchi command line: the kiosk's jobs, each a subcommand.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

mod cli;

use clap::{Parser, Subcommand};
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::config::Config;
use madoguchi::i18n::Catalog;

/// Exit status for bad input or a bad configuration.
const EXIT_BAD_INPUT: u8 = 2;

#[derive(Parser)]
#[command(
    name = "madoguchi",
    version,
    about = "My Number Card certificate kiosk for a city-hall lobby"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start the kiosk screen (fullscreen; --demo: simulated reader and a demo tray).
    Run {
        #[arg(long, default_value = "kiosk.toml")]
        config: PathBuf,
        /// Sample cards on a simulated reader, tickets in --data-dir, printed to files there.
        #[arg(long)]
        demo: bool,
        /// A window instead of fullscreen.
        #[arg(long)]
        windowed: bool,
        /// Demo mode's tickets and printed files.
        #[arg(long, default_value = "demo-data")]
        data_dir: PathBuf,
        /// Run at a fixed local time (YYYY-MM-DDTHH:MM), for demonstrations and screenshots.
        #[arg(long, value_parser = parse_local_time)]
        now: Option<chrono::NaiveDateTime>,
    },
    /// Read one JSON request on stdin, write the rules' answer as JSON on stdout.
    Advise {
        /// The kiosk configuration.
        #[arg(long, default_value = "kiosk.toml")]
        config: PathBuf,
        /// Write the answer for a person to read instead of JSON.
        #[arg(long)]
        text: bool,
    },
    /// Check a configuration file; print what is wrong (exit 2) or a summary (exit 0).
    CheckConfig {
        #[arg(default_value = "kiosk.toml")]
        path: PathBuf,
    },
    /// Read the card in the reader, or watch the readers.
    #[command(subcommand)]
    Card(CardCommand),
    /// Issue and list numbered tickets.
    #[command(subcommand)]
    Ticket(TicketCommand),
    /// Put a sample card into pcscd's virtual reader (vsmartcard vpcd), for tests and demos.
    VirtualCard(cli::card::VirtualCardArgs),
}

#[derive(Subcommand)]
enum TicketCommand {
    /// Issue a ticket for procedures, and print its number (exit 7: today's tickets for the window are finished).
    Issue(cli::ticket::IssueArgs),
    /// List a day's tickets.
    List(cli::ticket::ListArgs),
    /// Draw a ticket to a PNG without issuing it.
    Render(cli::ticket::RenderArgs),
}

#[derive(Subcommand)]
enum CardCommand {
    /// Read the card once and print its facts as JSON (exit 3: no reader, 4: no card, 5: read failed, 6: no pcscd).
    Read(cli::card::ReadArgs),
    /// Print reader and card events as JSON lines until interrupted.
    Watch(cli::card::ReaderArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            config,
            demo,
            windowed,
            data_dir,
            now,
        } => run(&config, demo, windowed, &data_dir, now),
        Command::Advise { config, text } => advise(&config, text),
        Command::CheckConfig { path } => check_config(&path),
        Command::Card(CardCommand::Read(args)) => cli::card::read(&args),
        Command::Card(CardCommand::Watch(args)) => cli::card::watch(&args),
        Command::VirtualCard(args) => cli::card::virtual_card(&args),
        Command::Ticket(TicketCommand::Issue(args)) => cli::ticket::issue(&args),
        Command::Ticket(TicketCommand::List(args)) => cli::ticket::list(&args),
        Command::Ticket(TicketCommand::Render(args)) => cli::ticket::render(&args),
    }
}

fn load(path: &std::path::Path) -> Result<Config, ExitCode> {
    Config::load(path).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(EXIT_BAD_INPUT)
    })
}

fn parse_local_time(s: &str) -> Result<chrono::NaiveDateTime, String> {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .map_err(|_| format!("{s:?} is not a local time; write YYYY-MM-DDTHH:MM"))
}

fn run(
    config: &std::path::Path,
    demo: bool,
    windowed: bool,
    data_dir: &std::path::Path,
    now: Option<chrono::NaiveDateTime>,
) -> ExitCode {
    let mut config = match load(config) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if demo {
        if let Err(e) = std::fs::create_dir_all(data_dir) {
            eprintln!(
                "cannot create the demo data folder {}: {e}",
                data_dir.display()
            );
            return ExitCode::from(EXIT_BAD_INPUT);
        }
        config.tickets.database = data_dir.join("tickets.sqlite");
        config.printer.driver = madoguchi::config::PrinterDriver::File;
        config.printer.directory = Some(data_dir.join("printed"));
    }
    let clock: std::sync::Arc<dyn Clock + Send + Sync> = match now {
        Some(t) => std::sync::Arc::new(madoguchi::clock::FixedClock(t)),
        None => std::sync::Arc::new(SystemClock),
    };
    match madoguchi::ui::run(config, clock, demo, windowed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("the kiosk screen could not start: {e}");
            ExitCode::FAILURE
        }
    }
}

fn advise(config: &std::path::Path, text: bool) -> ExitCode {
    let config = match load(config) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("request: cannot read standard input: {e}; send one JSON object in UTF-8");
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let answer = if text {
        madoguchi::advise::respond(&input, &config, Catalog::embedded()).map(|r| r.to_text())
    } else {
        madoguchi::advise::answer(&input, &config, Catalog::embedded())
    };
    match answer {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

fn check_config(path: &std::path::Path) -> ExitCode {
    let config = match load(path) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let open_windows = config.windows.iter().filter(|w| w.open).count();
    println!(
        "{}: fine. {} ({}), {} windows ({} open), languages {} (default {}), idle timeout {} s.",
        path.display(),
        config.municipality.name.get("ja"),
        config.municipality.name.get("en"),
        config.windows.len(),
        open_windows,
        config.languages.offered.join(", "),
        config.languages.default,
        config.session.idle_timeout_secs,
    );
    let today = SystemClock.now().date();
    match config.reception.holidays.last_listed() {
        Some(last) if !config.reception.holidays.covers_year_of(today) => println!(
            "warning: reception.holidays: the holiday list ends on {last}, so this year's national holidays are unknown \
             and the kiosk would call them reception days. Install the Cabinet Office's new syukujitsu.csv (published each February)."
        ),
        Some(last) => println!("National holidays known until {last}."),
        None => {}
    }
    ExitCode::SUCCESS
}
