//! In-process figures for the README's performance table: card to explanation, a soak of 10,000 sessions and its memory, durable ticket issue, ticket render and encode, and `advise` calls per second. `cargo bench --bench figures` prints their rows.
//!
//! Criterion drives the timed parts (warm-up, sample sizes, its own report on stdout); each run
//! it makes is also timed singly, because the targets are medians and p99s, which criterion
//! does not report. The soak is a plain loop: its figure is memory, not time.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDateTime};
use criterion::{Bencher, Criterion};
use madoguchi::card::profiles::Profile;
use madoguchi::clock::{FixedClock, ManualClock};
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::domain::{Procedure, Visitor};
use madoguchi::i18n::Catalog;
use madoguchi::printer::{TicketDetails, escpos, layout, ticket_view};
use madoguchi::session::{Answer, Screen, TICKET_SCREEN, Touch};
use madoguchi::tickets::{Order, SqliteStore, TicketStore};
use madoguchi::ui::{App, Message};

const OPEN: &str = "2027-05-06T10:15";

fn local() -> NaiveDateTime {
    NaiveDateTime::parse_from_str(OPEN, "%Y-%m-%dT%H:%M").unwrap()
}

/// Ten days the counters open, one after another (after the May holidays of 2027).
const SOAK_DAYS: [&str; 10] = [
    "2027-05-06",
    "2027-05-07",
    "2027-05-10",
    "2027-05-11",
    "2027-05-12",
    "2027-05-13",
    "2027-05-14",
    "2027-05-17",
    "2027-05-18",
    "2027-05-19",
];

fn day_opens(day: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("{day}T08:30"), "%Y-%m-%dT%H:%M").unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config(dir: &std::path::Path) -> Config {
    let mut c = Config::load(&root().join("kiosk.toml")).unwrap();
    c.tickets.database = dir.join("tickets.sqlite").into();
    c.printer.driver = PrinterDriver::None;
    // The voice has its own figures (`--bench speech`); here it would only add the engines'
    // time to every screen of the soak.
    c.accessibility.voice = madoguchi::config::VoiceMode::Off;
    c
}

/// Resident memory of this process, in kB (Linux).
fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn send(app: &mut App, message: Message) {
    for job in app.handle(message) {
        if let Some(reply) = app.carry_out_now(&job) {
            send(app, reply);
        }
    }
}

/// One resident, one of ten kinds of visit in turn. Each puts the card on and answers the
/// questions; then the ticket is taken and the visit ended by touch (kind 0), or the ticket
/// is left on screen until it times out (kind 5), or the resident walks away with the card in
/// and the idle timeout ends the visit (kinds 3 and 8: the take-card reminder sounds), or
/// starts over (the rest). The card comes off last. Returns the screen it ends on.
fn session(app: &mut App, clock: &ManualClock, idle: Duration, kind: usize) -> Screen {
    send(app, Message::DemoInsert(Profile::Renewable));
    send(app, Message::Touch(Touch::Continue));
    send(
        app,
        Message::Touch(Touch::Answer(Answer::Visitor(Visitor::Holder))),
    );
    send(app, Message::Touch(Touch::Answer(Answer::Yes)));
    match kind {
        0 => {
            send(app, Message::Touch(Touch::GetTicket));
            send(app, Message::DemoRemove);
            send(app, Message::Touch(Touch::Continue));
        }
        5 => {
            send(app, Message::Touch(Touch::GetTicket));
            send(app, Message::DemoRemove);
            clock.advance(TICKET_SCREEN);
            send(app, Message::Tick);
        }
        3 | 8 => {
            clock.advance(idle);
            send(app, Message::Tick);
            send(app, Message::Tick);
            send(app, Message::DemoRemove);
        }
        _ => {
            send(app, Message::Touch(Touch::StartOver));
            send(app, Message::DemoRemove);
        }
    }
    // A second passes before the next resident.
    clock.advance(Duration::from_secs(1));
    send(app, Message::Tick);
    app.session().screen().clone()
}

/// Runs `run` under criterion, one call at a time, and returns every call's time, sorted.
/// `run` times itself, so that what it does after (taking the card out) is not counted.
fn timed(c: &mut Criterion, id: &str, mut run: impl FnMut() -> Duration) -> Vec<Duration> {
    let mut times = Vec::new();
    c.bench_function(id, |b: &mut Bencher| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let took = run();
                total += took;
                times.push(took);
            }
            total
        })
    });
    times.sort();
    times
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path());
    let mut rows: Vec<(String, String, String)> = Vec::new();

    // Soak first, so the timing samples kept below do not count in its memory: 10,000
    // sessions of the ten kinds in turn; the clock moves only as the sessions make it.
    let soak_dir = tempfile::tempdir().unwrap();
    let soak_config = config(soak_dir.path());
    let idle = Duration::from_secs(u64::from(soak_config.session.idle_timeout_secs));
    let clock = Arc::new(ManualClock::new(local()));
    let mut app = App::new(soak_config, clock.clone(), true);
    let started = Instant::now();
    let mut after_warmup = 0;
    let mut astray = 0;
    for i in 0..10_000 {
        if i % 1_000 == 0 {
            // A thousand sessions take about four hours of the kiosk's time: one a day.
            clock.set(day_opens(SOAK_DAYS[i / 1_000]));
        }
        if session(&mut app, &clock, idle, i % 10) != Screen::Waiting {
            astray += 1;
        }
        if i == 999 {
            after_warmup = rss_kb();
        }
    }
    let after = rss_kb();
    let soak_store =
        SqliteStore::open(&soak_dir.path().join("tickets.sqlite"), "main", local()).unwrap();
    let tickets: usize = SOAK_DAYS
        .iter()
        .map(|d| {
            soak_store
                .tickets_on(day_opens(d).date())
                .map_or(0, |t| t.len())
        })
        .sum();
    let soak = (
        "soak: 10,000 sessions through the update loop over 10 opening days (2,000 tickets, 2,000 idle timeouts, 1,000 ticket-screen timeouts)".into(),
        format!(
            "{:.1} s; {tickets} tickets stored, {astray} sessions not back at Waiting; RSS {:.1} MB after 1,000, {:.1} MB after 10,000 (growth {:+.2} MB)",
            started.elapsed().as_secs_f64(),
            after_warmup as f64 / 1024.0,
            after as f64 / 1024.0,
            (after as f64 - after_warmup as f64) / 1024.0
        ),
        "growth ≤ 5 MB; 2,000 tickets stored; every session back at Waiting".into(),
    );
    drop(app);

    // Card inserted -> explanation ready (the Status screen's advice), simulated zero-latency card.
    let mut app = App::new(config(dir.path()), Arc::new(FixedClock(local())), true);
    let mut apdus = 0;
    let times = timed(&mut c, "card inserted to explanation", || {
        let started = Instant::now();
        send(&mut app, Message::DemoInsert(Profile::Renewable));
        let advice = app.session().advice(local().date(), &cfg);
        let took = started.elapsed();
        assert!(matches!(app.session().screen(), Screen::Status) && advice.is_some());
        apdus = app.session().reading().map_or(0, |r| r.apdus);
        send(&mut app, Message::DemoRemove);
        took
    });
    rows.push((
        format!(
            "card inserted → explanation (in process, zero-latency virtual card; {} runs)",
            times.len()
        ),
        format!(
            "median {} ms, p99 {} ms, {apdus} APDUs",
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99))
        ),
        "< 100 ms; ≤ 18 APDUs".into(),
    ));
    rows.push(soak);

    // Durable ticket issue (one transaction, synchronous=FULL); a new day every 100 tickets
    // keeps under the counters' daily caps.
    let store = SqliteStore::open(&dir.path().join("issue.sqlite"), "main", local()).unwrap();
    let order = Order::for_procedures(&cfg, &[Procedure::CertRenewal], "ja").unwrap();
    let mut issued = 0u64;
    let times = timed(&mut c, "durable ticket issue", || {
        let day = local() + Days::new(issued / 100);
        issued += 1;
        let started = Instant::now();
        black_box(store.issue(&order, day).unwrap());
        started.elapsed()
    });
    rows.push((
        format!(
            "durable ticket issue (SQLite WAL, synchronous=FULL; {} tickets)",
            times.len()
        ),
        format!(
            "median {} ms, p99 {} ms",
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99))
        ),
        "p99 < 20 ms".into(),
    ));

    // Ticket render + ESC/POS encode.
    let ticket = store.tickets_on(local().date()).unwrap().remove(0);
    let details = TicketDetails::for_procedures(&ticket.procedures, &cfg);
    let times = timed(&mut c, "ticket render and ESC/POS encode", || {
        let started = Instant::now();
        let view = ticket_view(&ticket, &details, &cfg, Catalog::embedded());
        let raster = layout::render(&view, 576).unwrap();
        let bytes = escpos::ticket_bytes(&raster);
        let took = started.elapsed();
        assert!(!black_box(bytes).is_empty());
        took
    });
    rows.push((
        "ticket render + ESC/POS encode (80 mm)".into(),
        format!(
            "median {} ms, p99 {} ms",
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99))
        ),
        "-".into(),
    ));

    // advise calls per second, round the demo requests.
    let requests: Vec<String> = std::fs::read_dir(root().join("assets/demo"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    let mut next = requests.iter().cycle();
    let times = timed(&mut c, "advise", || {
        let request = next.next().unwrap();
        let started = Instant::now();
        black_box(madoguchi::advise::answer(request, &cfg, Catalog::embedded()).unwrap());
        started.elapsed()
    });
    let total: Duration = times.iter().sum();
    rows.push((
        format!(
            "`advise` (rules, explanation in both languages, JSON; {} demo requests in turn)",
            requests.len()
        ),
        format!("{:.0} calls/s", times.len() as f64 / total.as_secs_f64()),
        "-".into(),
    ));

    c.final_summary();
    // Rows only: scripts/bench prints the header once over these and the whole-process rows.
    for (what, measured, target) in rows {
        println!("| {what} | {measured} | {target} |");
    }
}
