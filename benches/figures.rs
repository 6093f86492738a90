//! In-process figures for the README's performance table: card to explanation, a soak of 10,000 sessions and its memory, durable ticket issue, ticket render and encode, and `advise` calls per second. `cargo bench --bench figures` prints one table.
//!
//! Plain timed loops rather than criterion: the targets are p99s and a memory growth, which
//! criterion does not report, and the README wants one table.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
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

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut rows: Vec<(String, String, String)> = Vec::new();

    // Card inserted -> explanation ready (the Status screen's advice), simulated zero-latency card.
    let mut app = App::new(config(dir.path()), Arc::new(FixedClock(local())), true);
    let mut times = Vec::new();
    let mut apdus = 0;
    for _ in 0..500 {
        let started = Instant::now();
        send(&mut app, Message::DemoInsert(Profile::Renewable));
        let advice = app.session().advice(local().date(), &config(dir.path()));
        times.push(started.elapsed());
        assert!(matches!(app.session().screen(), Screen::Status) && advice.is_some());
        apdus = app.session().reading().map_or(0, |r| r.apdus);
        send(&mut app, Message::DemoRemove);
    }
    times.sort();
    rows.push((
        "card inserted → explanation (in process, zero-latency virtual card)".into(),
        format!(
            "median {} ms, p99 {} ms, {apdus} APDUs",
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99))
        ),
        "< 100 ms; ≤ 18 APDUs".into(),
    ));

    // Soak: 10,000 sessions, a ticket every tenth (the rest start over at the checklist).
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
    rows.push((
        "soak: 10,000 sessions through the update loop (1,000 tickets)".into(),
        format!(
            "{:.1} s; RSS {:.1} MB after 1,000, {:.1} MB after 10,000 (growth {:+.2} MB)",
            started.elapsed().as_secs_f64(),
            after_warmup as f64 / 1024.0,
            after as f64 / 1024.0,
            (after as f64 - after_warmup as f64) / 1024.0
        ),
        "growth ≤ 5 MB".into(),
    ));
    drop(app);

    // Durable ticket issue (one transaction, synchronous=FULL).
    let store = SqliteStore::open(&dir.path().join("issue.sqlite"), local()).unwrap();
    let c = config(dir.path());
    let order = Order::for_procedures(&c, &[Procedure::CertRenewal], "ja").unwrap();
    let mut times = Vec::new();
    for _ in 0..999 {
        let started = Instant::now();
        store.issue(&order, local()).unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    rows.push((
        "durable ticket issue (SQLite WAL, synchronous=FULL)".into(),
        format!(
            "median {} ms, p99 {} ms",
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99))
        ),
        "p99 < 20 ms".into(),
    ));

    // Ticket render + ESC/POS encode.
    let ticket = store.tickets_on(local().date()).unwrap().remove(0);
    let details = TicketDetails::for_procedures(&ticket.procedures, &c);
    let mut times = Vec::new();
    for _ in 0..50 {
        let started = Instant::now();
        let view = ticket_view(&ticket, &details, &c, Catalog::embedded());
        let raster = layout::render(&view, 576).unwrap();
        let bytes = escpos::ticket_bytes(&raster);
        times.push(started.elapsed());
        assert!(!bytes.is_empty());
    }
    times.sort();
    rows.push((
        "ticket render + ESC/POS encode (80 mm)".into(),
        format!("median {} ms", ms(percentile(&times, 0.5))),
        "-".into(),
    ));

    // advise calls per second over the demo requests.
    let requests: Vec<String> = std::fs::read_dir(root().join("assets/demo"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    let started = Instant::now();
    let mut calls = 0u64;
    while started.elapsed() < Duration::from_secs(2) {
        for r in &requests {
            madoguchi::advise::answer(r, &c, Catalog::embedded()).unwrap();
            calls += 1;
        }
    }
    rows.push((
        "`advise` (rules, explanation in both languages, JSON)".into(),
        format!(
            "{:.0} calls/s",
            calls as f64 / started.elapsed().as_secs_f64()
        ),
        "-".into(),
    ));

    println!("| figure | measured | target |\n|---|---|---|");
    for (what, measured, target) in rows {
        println!("| {what} | {measured} | {target} |");
    }
}
