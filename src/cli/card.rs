//! `madoguchi card read|watch` and `madoguchi virtual-card`: the card layer from a shell.

use std::ffi::CString;
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use clap::Args;
use madoguchi::card::profiles::{Profile, VirtualRoot};
use madoguchi::card::report::{CardReport, EventReport};
use madoguchi::card::simulated::VirtualLink;
use madoguchi::card::virtual_card::{CertificateDamage, Quirks, VirtualCard};
use madoguchi::card::watcher::{WatchOptions, Watcher, read_in, reader_matches};
use madoguchi::card::{TrustAnchors, read_card, vpcd};
use madoguchi::clock::{Clock, FixedClock, SystemClock};
use madoguchi::config::Config;
use pcsc::{Context, ReaderState, Scope, State};

/// Exit statuses of `card read`, so scripts can tell the cases apart.
pub mod exit {
    pub const BAD_INPUT: u8 = 2;
    pub const NO_READER: u8 = 3;
    pub const NO_CARD: u8 = 4;
    pub const READ_FAILED: u8 = 5;
    pub const NO_SERVICE: u8 = 6;
}

#[derive(Args)]
pub struct ReaderArgs {
    /// The kiosk configuration (reader pattern, trust anchors).
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// Part of the reader's name (any case); overrides kiosk.toml's card.reader.
    #[arg(long)]
    reader: Option<String>,
    /// Trust the virtual cards' root, so they read as genuine. For tests and demos only.
    #[arg(long)]
    trust_virtual_root: bool,
    /// The local date to read on (YYYY-MM-DD); default: today in Asia/Tokyo.
    #[arg(long)]
    today: Option<NaiveDate>,
}

impl ReaderArgs {
    fn options(&self) -> Result<WatchOptions, ExitCode> {
        let config = Config::load(&self.config).map_err(|e| {
            eprintln!("{e}");
            ExitCode::from(exit::BAD_INPUT)
        })?;
        let mut anchors = TrustAnchors::from_config(&config.card).map_err(|e| {
            eprintln!("card.trust_anchors: {e}");
            ExitCode::from(exit::BAD_INPUT)
        })?;
        if self.trust_virtual_root {
            anchors = VirtualRoot::Production
                .certificate_der()
                .map_err(|e| e.to_string())
                .and_then(|der| anchors.with_virtual_production_anchor(&der))
                .map_err(|e| {
                    eprintln!("cannot make the virtual root: {e}");
                    ExitCode::from(exit::BAD_INPUT)
                })?;
        }
        let clock: Arc<dyn Clock + Send + Sync> = match self.today {
            Some(d) => Arc::new(FixedClock(d.and_hms_opt(12, 0, 0).unwrap_or_default())),
            None => Arc::new(SystemClock),
        };
        Ok(WatchOptions {
            reader_pattern: self.reader.clone().or(config.card.reader),
            anchors,
            clock,
        })
    }
}

#[derive(Args)]
pub struct ReadArgs {
    #[command(flatten)]
    reader: ReaderArgs,
    /// Seconds to wait for a card when none is in the reader.
    #[arg(long, default_value_t = 0.0)]
    wait: f64,
    /// Read a sample card in this process instead of a reader (no pcscd needed).
    #[arg(long, value_name = "PROFILE")]
    simulate: Option<Profile>,
}

fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(code)
}

fn print_json(value: &impl serde::Serialize) {
    match serde_json::to_string(value) {
        Ok(line) => {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
        Err(e) => eprintln!("cannot write JSON: {e}"),
    }
}

pub fn read(args: &ReadArgs) -> ExitCode {
    let options = match args.reader.options() {
        Ok(o) => o,
        Err(code) => return code,
    };
    if let Some(profile) = args.simulate {
        let today = options.clock.now().date();
        let image = match profile.image(today) {
            Ok(i) => i,
            Err(e) => return fail(exit::READ_FAILED, e),
        };
        let mut card = VirtualCard::new(image, Quirks::default());
        let atr = card.atr().to_vec();
        return match read_card(&atr, VirtualLink::new(&mut card), today, &options.anchors) {
            Ok(reading) => {
                print_json(&CardReport::new(&reading, "simulated"));
                ExitCode::SUCCESS
            }
            Err(e) => fail(exit::READ_FAILED, format!("could not read the card: {e}")),
        };
    }
    read_from_reader(&options, Duration::from_secs_f64(args.wait.max(0.0)))
}

fn read_from_reader(options: &WatchOptions, wait: Duration) -> ExitCode {
    let ctx = match Context::establish(Scope::User) {
        Ok(c) => c,
        Err(e) => {
            return fail(
                exit::NO_SERVICE,
                format!(
                    "the card reader service is not running ({e}); start it with `systemctl start pcscd`"
                ),
            );
        }
    };
    let names: Vec<String> = match ctx.list_readers_owned() {
        Ok(n) => n
            .into_iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect(),
        Err(pcsc::Error::NoReadersAvailable) => Vec::new(),
        Err(e) => return fail(exit::NO_SERVICE, format!("cannot list card readers: {e}")),
    };
    let pattern = options.reader_pattern.as_deref();
    let Some(reader) = names.iter().find(|n| reader_matches(pattern, n)) else {
        return if names.is_empty() {
            fail(
                exit::NO_READER,
                "no card reader is connected; plug one in (any CCID reader, contact or contactless)",
            )
        } else {
            fail(
                exit::NO_READER,
                format!(
                    "no reader's name contains {:?}; connected: {}",
                    pattern.unwrap_or_default(),
                    names.join(", ")
                ),
            )
        };
    };
    let Ok(name) = CString::new(reader.as_str()) else {
        return fail(exit::NO_READER, format!("unusable reader name {reader:?}"));
    };
    let mut states = [ReaderState::new(name.clone(), State::UNAWARE)];
    let deadline = std::time::Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match ctx.get_status_change(left, &mut states) {
            Ok(()) | Err(pcsc::Error::Timeout) => {}
            Err(e) => {
                return fail(
                    exit::NO_SERVICE,
                    format!("the card reader service failed: {e}"),
                );
            }
        }
        states[0].sync_current_state();
        if states[0].event_state().contains(State::PRESENT) {
            break;
        }
        if left.is_zero() {
            return fail(
                exit::NO_CARD,
                format!("no card in {reader}; put a My Number Card on it"),
            );
        }
    }
    match read_in(&ctx, &name, options) {
        Ok(reading) => {
            print_json(&CardReport::new(&reading, reader));
            ExitCode::SUCCESS
        }
        Err(e) => fail(
            exit::READ_FAILED,
            format!("could not read the card in {reader}: {e}"),
        ),
    }
}

/// Prints every event as a JSON line until interrupted.
pub fn watch(args: &ReaderArgs) -> ExitCode {
    let options = match args.options() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let _watcher = Watcher::spawn(options, |event| print_json(&EventReport::from(&event)));
    loop {
        std::thread::park();
    }
}

#[derive(Args)]
pub struct VirtualCardArgs {
    /// The sample card to insert.
    #[arg(long, default_value = "valid")]
    profile: Profile,
    /// vpcd's port: 35963 is reader "Virtual PCD 00 00", 35964 "… 00 01".
    #[arg(long, default_value_t = vpcd::DEFAULT_PORT)]
    port: u16,
    /// The local date the card's dates are relative to (YYYY-MM-DD); default: today in Asia/Tokyo.
    #[arg(long)]
    today: Option<NaiveDate>,
    /// Milliseconds the card takes for every APDU.
    #[arg(long, default_value_t = 0)]
    slow_ms: u64,
    /// Hand data over with 61xx and GET RESPONSE.
    #[arg(long)]
    get_response: bool,
    /// Answer READ BINARY with 6Cxx when Le does not fit.
    #[arg(long)]
    wrong_le: bool,
    /// Leave the reader after answering this many APDUs.
    #[arg(long)]
    vanish_after: Option<u32>,
    /// Damage the authentication certificate's file: truncated or empty.
    #[arg(long, value_enum, default_value_t = CertificateDamage::Intact)]
    certificate: CertificateDamage,
    /// Write every APDU the card receives to this file, in hex, one a line.
    #[arg(long)]
    log: Option<PathBuf>,
    /// Print the root certificate (PEM) of `production` or `test` virtual cards, and exit.
    #[arg(long, value_name = "HIERARCHY")]
    print_root: Option<String>,
}

/// Opens the APDU log; each APDU is written as it arrives, so a killed card leaves its log.
fn open_log(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
}

pub fn virtual_card(args: &VirtualCardArgs) -> ExitCode {
    if let Some(which) = &args.print_root {
        let root = match which.as_str() {
            "production" => VirtualRoot::Production,
            "test" => VirtualRoot::Test,
            other => {
                return fail(
                    exit::BAD_INPUT,
                    format!("--print-root {other:?}: choose production or test"),
                );
            }
        };
        return match root.certificate_pem() {
            Ok(pem) => {
                print!("{pem}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(exit::READ_FAILED, e),
        };
    }
    let today = args.today.unwrap_or_else(|| SystemClock.now().date());
    let image = match args.profile.image(today) {
        Ok(i) => i,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let quirks = Quirks {
        delay: Duration::from_millis(args.slow_ms),
        get_response: args.get_response,
        wrong_le: args.wrong_le,
        vanish_after: args.vanish_after,
        certificate: args.certificate,
    };
    let mut card = VirtualCard::new(image, quirks);
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, args.port));
    let stream = match vpcd::connect(addr, Duration::from_secs(10)) {
        Ok(s) => s,
        Err(e) => {
            return fail(
                exit::NO_SERVICE,
                format!(
                    "cannot reach vpcd on {addr} ({e}); is pcscd running with the vpcd driver?"
                ),
            );
        }
    };
    let mut log = match args.log.as_deref().map(open_log).transpose() {
        Ok(l) => l,
        Err(e) => return fail(exit::BAD_INPUT, format!("cannot open the APDU log: {e}")),
    };
    eprintln!("virtual card {} inserted via {addr}", args.profile);
    let ended = vpcd::serve(stream, &mut card, |apdu| {
        if let Some(file) = log.as_mut() {
            let line: String = apdu.iter().map(|b| format!("{b:02X}")).collect();
            let _ = writeln!(file, "{line}");
        }
    });
    match ended {
        Ok(how) => {
            eprintln!("virtual card removed: {how:?}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(
            exit::READ_FAILED,
            format!("the vpcd connection failed: {e}"),
        ),
    }
}
