//! The madoguchi command line: the kiosk's jobs, each a subcommand.

use std::io::{IsTerminal, Read};
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
        /// Demo mode's tickets, printed files and speech cache.
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
    /// Issue, list and call numbered tickets.
    #[command(subcommand)]
    Ticket(TicketCommand),
    /// The queue of every window now.
    #[command(subcommand)]
    Queue(QueueCommand),
    /// The ticket database.
    #[command(subcommand)]
    Db(DbCommand),
    /// Serve the counter console, the lobby display, the phone pages, the statistics and the
    /// JSON API (kiosk.toml's [server]).
    Server {
        #[arg(long, default_value = "kiosk.toml")]
        config: PathBuf,
        /// Address and port to listen on, instead of server.listen (127.0.0.1:0 picks a port).
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
        /// Run at a fixed local time (YYYY-MM-DDTHH:MM), for tests.
        #[arg(long, value_parser = parse_local_time, hide = true)]
        now: Option<chrono::NaiveDateTime>,
    },
    /// Put a sample card into pcscd's virtual reader (vsmartcard vpcd), for tests and demos.
    VirtualCard(cli::card::VirtualCardArgs),
    /// Read a staff PIN (6-12 digits) on standard input and print its Argon2id hash for
    /// kiosk.toml's maintenance.pin_hash. The PIN never goes on the command line.
    HashPin,
    /// Switch the running kiosk's maintenance mode from a shell on the machine.
    #[command(subcommand)]
    Ctl(CtlCommand),
    /// Staff accounts of the counter console and the API.
    #[command(subcommand)]
    Staff(cli::staff::StaffCommand),
    /// The office's kiosks as their heartbeats last told them.
    #[command(subcommand)]
    Kiosk(cli::kiosk::KioskCommand),
    /// A day's figures: per window and hour, and per desk and staff member.
    Report(cli::report::ReportArgs),
    /// Speak a text in a language's voice, or write it as a WAV, to test the audio (exit 2:
    /// no voice for the language, with the list of those that have one).
    Say(cli::say::SayArgs),
}

#[derive(Subcommand)]
enum CtlCommand {
    /// maintenance on | off | status
    Maintenance {
        #[arg(value_parser = ["on", "off", "status"])]
        action: String,
        /// The kiosk's configuration, which names its control socket.
        #[arg(long, default_value = "kiosk.toml")]
        config: PathBuf,
        /// The control socket itself, instead of the configuration's.
        #[arg(long)]
        socket: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum TicketCommand {
    /// Issue a ticket for procedures, and print its number (exit 7: today's tickets for the window are finished).
    Issue(cli::ticket::IssueArgs),
    /// List a day's tickets.
    List(cli::ticket::ListArgs),
    /// Draw a ticket to a PNG without issuing it.
    Render(cli::ticket::RenderArgs),
    /// Call the window's next waiting ticket to a desk, and print it (exit 9: nobody waits).
    Call(cli::queue::CallArgs),
    /// Call a called ticket again.
    Recall(cli::queue::MoveArgs),
    /// The called resident sat down: start serving.
    Serve(cli::queue::MoveArgs),
    /// The resident was served.
    Done(cli::queue::MoveArgs),
    /// The called resident did not come.
    NoShow(cli::queue::MoveArgs),
    /// Put a no-show back in the line, at its place by issue time.
    Reactivate(cli::queue::MoveArgs),
    /// Send a ticket to another window, keeping its number and its place.
    Transfer(cli::queue::TransferArgs),
    /// Cancel a ticket: it is never called or printed again.
    Void(cli::queue::MoveArgs),
}

#[derive(Subcommand)]
enum QueueCommand {
    /// Per window: waiting, called, served, no-show, the last call and the estimated wait.
    Status(cli::queue::StatusArgs),
}

#[derive(Subcommand)]
enum DbCommand {
    /// Copy an office's tickets and history into another database (SQLite or PostgreSQL).
    Copy(cli::db::CopyArgs),
    /// Import an office's past visits from its old ticket machine (CSV), for the typical week.
    ImportHistory(cli::history::ImportArgs),
}

#[derive(Subcommand)]
enum CardCommand {
    /// Read the card once and print its facts as JSON (exit 3: no reader, 4: no card, 5: read failed, 6: no pcscd).
    Read(cli::card::ReadArgs),
    /// Print reader and card events as JSON lines until interrupted.
    Watch(cli::card::ReaderArgs),
}

/// Log lines go to standard error, which systemd puts in the journal (with its own time
/// stamps, so none are added there). `MADOGUCHI_LOG` filters them (default `error,madoguchi=info`).
fn init_logging() {
    let under_systemd = std::env::var_os("JOURNAL_STREAM").is_some();
    let filter = tracing_subscriber::EnvFilter::try_from_env("MADOGUCHI_LOG")
        // The kiosk's own lines; the libraries' only when something is wrong.
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error,madoguchi=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        // Colours only for a person at a terminal, not in the journal or a log file.
        .with_ansi(!under_systemd && std::io::stderr().is_terminal());
    if under_systemd {
        builder.without_time().init();
    } else {
        builder.init();
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A command whose output goes into `head` ends quietly when the reader stops, as Unix
    // tools do, instead of panicking on the closed pipe. The kiosk, the server and `say`
    // (which feeds the audio player through a pipe) keep Rust's way: a closed pipe is an
    // error they handle.
    if !matches!(
        cli.command,
        Command::Run { .. } | Command::Server { .. } | Command::Say(_)
    ) {
        // SAFETY: setting a signal's disposition to the default before any thread starts.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
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
        Command::Ticket(TicketCommand::Call(args)) => cli::queue::call(&args),
        Command::Ticket(TicketCommand::Recall(args)) => {
            cli::queue::advance(madoguchi::queue::DeskAction::Recall, &args)
        }
        Command::Ticket(TicketCommand::Serve(args)) => {
            cli::queue::advance(madoguchi::queue::DeskAction::Serve, &args)
        }
        Command::Ticket(TicketCommand::Done(args)) => {
            cli::queue::advance(madoguchi::queue::DeskAction::Done, &args)
        }
        Command::Ticket(TicketCommand::NoShow(args)) => {
            cli::queue::advance(madoguchi::queue::DeskAction::NoShow, &args)
        }
        Command::Ticket(TicketCommand::Reactivate(args)) => {
            cli::queue::advance(madoguchi::queue::DeskAction::Reactivate, &args)
        }
        Command::Ticket(TicketCommand::Transfer(args)) => cli::queue::transfer(&args),
        Command::Ticket(TicketCommand::Void(args)) => {
            cli::queue::advance(madoguchi::queue::DeskAction::Void, &args)
        }
        Command::Queue(QueueCommand::Status(args)) => cli::queue::status(&args),
        Command::Db(DbCommand::Copy(args)) => cli::db::copy(&args),
        Command::Db(DbCommand::ImportHistory(args)) => cli::history::import(&args),
        Command::Server {
            config,
            listen,
            now,
        } => server(&config, listen, now),
        Command::HashPin => hash_pin(),
        Command::Staff(command) => cli::staff::run(&command),
        Command::Kiosk(command) => cli::kiosk::run(&command),
        Command::Report(args) => cli::report::run(&args),
        Command::Say(args) => cli::say::run(&args),
        Command::Ctl(CtlCommand::Maintenance {
            action,
            config,
            socket,
        }) => ctl(&action, &config, socket),
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
    config_path: &std::path::Path,
    demo: bool,
    windowed: bool,
    data_dir: &std::path::Path,
    now: Option<chrono::NaiveDateTime>,
) -> ExitCode {
    init_logging();
    let mut config = match Config::load(config_path) {
        Ok(c) => c,
        // On the kiosk PC the screen says what is wrong; systemd restarts it once fixed.
        Err(e) if !demo && !windowed => {
            return match madoguchi::ui::run_broken_configuration(
                config_path.to_owned(),
                e.to_string(),
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("the kiosk screen could not start: {e}");
                    ExitCode::FAILURE
                }
            };
        }
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    if demo {
        if let Err(e) = std::fs::create_dir_all(data_dir) {
            eprintln!(
                "cannot create the demo data folder {}: {e}",
                data_dir.display()
            );
            return ExitCode::from(EXIT_BAD_INPUT);
        }
        config.tickets.database = data_dir.join("tickets.sqlite").into();
        config.maintenance.socket = Some(data_dir.join("madoguchi.sock"));
        // A network printer named in kiosk.toml is kept: a demo can print on the office's
        // own, and city IT can watch it from /kiosks. Anything else prints to files here.
        if config.printer.driver != madoguchi::config::PrinterDriver::Tcp {
            config.printer.driver = madoguchi::config::PrinterDriver::File;
            config.printer.directory = Some(data_dir.join("printed"));
        }
        config.accessibility.speech_cache = Some(data_dir.join("speech-cache"));
    }
    let clock: std::sync::Arc<dyn Clock + Send + Sync> = match now {
        Some(t) => std::sync::Arc::new(madoguchi::clock::FixedClock(t)),
        None => std::sync::Arc::new(SystemClock),
    };
    if !demo
        && config
            .maintenance
            .pin_hash
            .as_deref()
            .is_some_and(is_example_pin)
    {
        eprintln!("warning: {EXAMPLE_PIN_WARNING}");
    }
    let path = std::path::absolute(config_path).unwrap_or_else(|_| config_path.to_owned());
    match madoguchi::ui::run(config, clock, demo, windowed, Some(path)) {
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

fn server(
    path: &std::path::Path,
    listen: Option<std::net::SocketAddr>,
    now: Option<chrono::NaiveDateTime>,
) -> ExitCode {
    init_logging();
    let config = match load(path) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let clock: std::sync::Arc<dyn Clock + Send + Sync> = match now {
        Some(t) => std::sync::Arc::new(madoguchi::clock::FixedClock(t)),
        None => std::sync::Arc::new(SystemClock),
    };
    match madoguchi::server::serve(config, listen, clock) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(8)
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
    println!(
        "Tickets: {} {}, office {}; numbers {}.",
        match config.tickets.database {
            madoguchi::domain::Database::Sqlite(_) => "SQLite file",
            madoguchi::domain::Database::Postgres(_) => "PostgreSQL",
        },
        config.tickets.database,
        config.municipality.office_id(),
        if config.queue.calling {
            "called through madoguchi (the kiosk shows the wait)"
        } else {
            "not called through madoguchi"
        },
    );
    if let madoguchi::domain::Database::Postgres(url) = &config.tickets.database {
        database_hosts(url, config.tickets.password().ok().flatten().as_deref());
    }
    staff_names(&config);
    println!(
        "This kiosk reports as {} on /kiosks; /metrics is {}.",
        config.kiosk.id(),
        if config.server.metrics {
            "on"
        } else {
            "off (server.metrics)"
        }
    );
    if config.server.metrics && config.server.metrics_allow.is_empty() {
        println!(
            "warning: server.metrics_allow is empty: no address may read /metrics; name your Prometheus server's"
        );
    }
    for warning in config.text_warnings() {
        println!("warning: {warning}");
    }
    let today = SystemClock.now().date();
    match config.reception.holidays.last_listed() {
        Some(last) if !config.reception.holidays.covers_year_of(today) => println!(
            "warning: reception.holidays: the holiday list ends on {last}, so this year's national holidays are unknown \
             and the kiosk would call them reception days. Install the Cabinet Office's new syukujitsu.csv (published each February)."
        ),
        Some(last) => println!("National holidays known until {last}."),
        None => {}
    }
    let a = &config.accessibility;
    if a.voice == madoguchi::config::VoiceMode::Off {
        println!("Voice: off.");
    } else {
        println!(
            "Voice: {} on {:?} at {}%; test it with `madoguchi say --lang ja こんにちは`.",
            a.voice.name(),
            a.audio_device,
            a.volume
        );
        for (path, package) in [
            (
                &a.engines.japanese_dictionary,
                "open-jtalk-mecab-naist-jdic",
            ),
            (
                &a.engines.japanese_voice,
                "hts-voice-nitech-jp-atr503-m001 (Debian contrib)",
            ),
        ] {
            if !path.exists() {
                println!(
                    "warning: {} is missing: Japanese cannot be spoken; install Debian's {package}",
                    path.display()
                );
            }
        }
        for lang in &config.languages.offered {
            if let Some(described) = a.engines.describe(lang) {
                println!("  {lang}: {described}");
            }
        }
        if config.languages.offered.iter().any(|l| l.starts_with("zh"))
            && a.engines.mandarin_voice().is_none()
        {
            println!(
                "warning: the Mandarin voice is not in {}: Chinese is read by Debian's pinyin voice, one character at a time. \
                 Install the madoguchi package, or run scripts/mandarin-voice and copy target/mandarin there.",
                a.engines.mandarin.display()
            );
        }
    }
    match config.maintenance.pin_hash.as_deref() {
        None => println!(
            "warning: maintenance.pin_hash is not set: staff cannot open maintenance mode from the screen \
             (only `madoguchi ctl`). Set one with `madoguchi hash-pin`."
        ),
        Some(hash) if is_example_pin(hash) => println!("warning: {EXAMPLE_PIN_WARNING}"),
        Some(_) => {}
    }
    ExitCode::SUCCESS
}

/// Staff accounts whose names are one name once normalised (made before names were):
/// reported, never merged. A SQLite file not made yet has none, and is not made here.
fn staff_names(config: &madoguchi::config::Config) {
    if config.tickets.database.file().is_some_and(|f| !f.exists()) {
        return;
    }
    let warnings = madoguchi::tickets::open(config, SystemClock.now())
        .map_err(|e| e.to_string())
        .and_then(|store| cli::staff::collision_warnings(store.as_ref()));
    match warnings {
        Ok(warnings) => {
            for warning in warnings {
                println!("warning: {warning}");
            }
        }
        Err(e) => println!("warning: the staff accounts could not be read ({e})"),
    }
}

/// The database's TLS, and each host of its URL with how it answers: the writable primary,
/// a standby, or nothing.
fn database_hosts(url: &str, password: Option<&str>) {
    use madoguchi::tickets::{HostRole, TlsMode};
    let connector = match madoguchi::tickets::connector(url, password) {
        Ok(c) => c,
        Err(e) => {
            println!("warning: tickets.database: {e}");
            return;
        }
    };
    match connector.mode {
        TlsMode::Disable if connector.hosts().iter().any(|h| !h.ends_with("(socket)")) => println!(
            "warning: tickets.database has sslmode=disable: tickets, staff names and sign-ins cross the \
             network in plain text; turn on ssl in PostgreSQL and write sslmode=verify-full&sslrootcert=FILE"
        ),
        TlsMode::Disable => println!("TLS: none (a Unix socket on this machine)."),
        TlsMode::Require if !url.contains("sslrootcert=") => println!(
            "warning: tickets.database has sslmode=require without sslrootcert: encrypted, but the server is not \
             checked, so a machine in between could pose as it; give the CA and write sslmode=verify-full"
        ),
        mode => println!("TLS: sslmode={}.", mode.name()),
    }
    let answers = madoguchi::tickets::survey(&connector);
    for answer in &answers {
        match &answer.role {
            Ok(HostRole::Primary) => println!("  {}: the primary (takes tickets)", answer.host),
            Ok(HostRole::Standby) => {
                println!("  {}: a standby (read-only until promoted)", answer.host)
            }
            Err(reason) => println!("  {}: does not answer ({reason})", answer.host),
        }
    }
    if !answers.iter().any(|a| a.role == Ok(HostRole::Primary)) {
        println!(
            "warning: no host of tickets.database answers as a writable primary: kiosks give slips \
             without numbers until one does"
        );
    }
}

/// The example kiosk.toml's staff PIN, which no kiosk in a lobby may keep.
const EXAMPLE_PIN: &str = "123456";
const EXAMPLE_PIN_WARNING: &str = "maintenance.pin_hash is the example's PIN 123456; \
    set the kiosk's own with `madoguchi hash-pin` before it goes into a lobby.";

fn is_example_pin(hash: &str) -> bool {
    madoguchi::secret::pin::pin_matches(hash, EXAMPLE_PIN)
}

/// Reads the PIN without echo when typed at a terminal, twice to catch a slip.
fn hash_pin() -> ExitCode {
    let result = cli::staff::read_secret("Staff PIN (6-12 digits): ", |pin| {
        madoguchi::secret::pin::check_pin_shape(pin)
    })
    .and_then(|pin| madoguchi::secret::pin::hash_pin(&pin));
    match result {
        Ok(hash) => {
            println!("{hash}");
            if std::io::stdin().is_terminal() {
                eprintln!("Put this line in kiosk.toml under [maintenance] as pin_hash = \"...\".");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("hash-pin: {e}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// Exit codes of `ctl`: the kiosk could not be reached, or it refused.
const EXIT_CTL_UNREACHABLE: u8 = 8;

fn ctl(action: &str, config: &std::path::Path, socket: Option<PathBuf>) -> ExitCode {
    use madoguchi::maintenance::ctl::{Command, send};
    let socket = match socket {
        Some(s) => s,
        None => match load(config) {
            Ok(c) => c.maintenance.socket.unwrap_or_default(),
            Err(code) => return code,
        },
    };
    let command = match action {
        "on" => Command::On,
        "off" => Command::Off,
        _ => Command::Status,
    };
    match send(&socket, command) {
        Ok(answer) => {
            println!("{answer}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ctl: {e}");
            ExitCode::from(EXIT_CTL_UNREACHABLE)
        }
    }
}
