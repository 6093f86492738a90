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
use madoguchi::clock::FixedClock;
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::i18n::Catalog;
use madoguchi::printer::{TicketDetails, escpos, layout, ticket_view};
use madoguchi::rules::{Procedure, Visitor};
use madoguchi::session::{Answer, Screen, Touch};
use madoguchi::tickets::{Order, SqliteStore, TicketStore};
use madoguchi::ui::{App, Message};

const OPEN: &str = "2027-05-06T10:15";

fn local() -> NaiveDateTime {
    NaiveDateTime::parse_from_str(OPEN, "%Y-%m-%dT%H:%M").unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config(dir: &std::path::Path) -> Config {
    let mut c = Config::load(&root().join("kiosk.toml")).unwrap();
    c.tickets.database = dir.join("tickets.sqlite");
    c.printer.driver = PrinterDriver::None;
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

/// One resident: card on, status, questions, a ticket (every `ticket_every`th session; the
/// rest start over), card off.
fn session(app: &mut App, with_ticket: bool) {
    send(app, Message::DemoInsert(Profile::Renewable));
    send(app, Message::Touch(Touch::Continue));
    send(
        app,
        Message::Touch(Touch::Answer(Answer::Visitor(Visitor::Holder))),
    );
    send(app, Message::Touch(Touch::Answer(Answer::Yes)));
    if with_ticket {
        send(app, Message::Touch(Touch::GetTicket));
        send(app, Message::Touch(Touch::Continue));
    } else {
        send(app, Message::Touch(Touch::StartOver));
    }
    send(app, Message::DemoRemove);
    send(app, Message::Tick);
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
    // sessions, a ticket every tenth (the rest start over at the checklist).
    let soak_dir = tempfile::tempdir().unwrap();
    let mut app = App::new(config(soak_dir.path()), Arc::new(FixedClock(local())), true);
    let started = Instant::now();
    let mut after_warmup = 0;
    for i in 0..10_000 {
        session(&mut app, i % 10 == 0);
        if i == 999 {
            after_warmup = rss_kb();
        }
    }
    let after = rss_kb();
    let soak = (
        "soak: 10,000 sessions through the update loop (1,000 tickets)".into(),
        format!(
            "{:.1} s; RSS {:.1} MB after 1,000, {:.1} MB after 10,000 (growth {:+.2} MB)",
            started.elapsed().as_secs_f64(),
            after_warmup as f64 / 1024.0,
            after as f64 / 1024.0,
            (after as f64 - after_warmup as f64) / 1024.0
        ),
        "growth ≤ 5 MB".into(),
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
    let store = SqliteStore::open(&dir.path().join("issue.sqlite"), local()).unwrap();
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
