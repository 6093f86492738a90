//! The queue's figures on both stores: issuing with 10 kiosk processes at once, calling with 10 desks at once, an event's way from commit to a subscriber; and on PostgreSQL, issuing over TLS beside plain text, and a failover's kill to the first ticket after it.
//!
//! Prints rows of the README's performance table (scripts/bench prints its header). The
//! kiosks and desks are processes: this binary run again with `MADOGUCHI_BENCH_ROLE`. The
//! PostgreSQL server is Debian's, started by the bench on a free port with fsync on, reached
//! over TCP on 127.0.0.1.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use common::postgres::{Pair, PgCluster, test_pki};
use madoguchi::config::Config;
use madoguchi::domain::Database;
use madoguchi::domain::Procedure;
use madoguchi::tickets::{self, Order};

const PROCESSES: usize = 10;
const PER_PROCESS: usize = 200;
const EVENTS: usize = 300;
const PACE: Duration = Duration::from_millis(100);

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2027-05-06T10:15", "%Y-%m-%dT%H:%M").unwrap()
}

fn config(database: &str) -> Config {
    let mut config =
        Config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    config.tickets.database = Database::parse(database);
    for w in &mut config.windows {
        w.daily_cap = None;
    }
    config
}

fn order(config: &Config) -> Order {
    Order::for_procedures(config, &[Procedure::CertRenewal], "ja").unwrap()
}

/// A kiosk or a desk: times each of its `count` issues or calls, one per line in µs, with
/// `pace` between them (none: back to back).
fn role(role: &str, database: &str, count: usize, pace: Duration) {
    let config = config(database);
    let store = tickets::open(&config, now()).unwrap();
    let order = order(&config);
    // Start together: wait for the go file the parent writes once all are connected.
    let go = std::env::var("MADOGUCHI_BENCH_GO").unwrap();
    while !Path::new(&go).exists() {
        std::thread::sleep(Duration::from_millis(1));
    }
    let mut out = String::new();
    for _ in 0..count {
        let started = Instant::now();
        match role {
            "issuer" => {
                store.issue(&order, now()).unwrap();
            }
            _ => {
                store
                    .call_next("certificates", "1", "bench", now())
                    .unwrap()
                    .expect("a ticket to call");
            }
        }
        out.push_str(&format!("{}\n", started.elapsed().as_micros()));
        std::thread::sleep(pace);
    }
    print!("{out}");
}

/// Runs `PROCESSES` processes of `role` at once and returns every operation's time, in ms.
fn concurrently(role: &str, database: &str, dir: &Path, pace: Duration) -> Vec<f64> {
    let go = dir.join(format!("go-{role}"));
    let _ = std::fs::remove_file(&go);
    let children: Vec<_> = (0..PROCESSES)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .env("MADOGUCHI_BENCH_ROLE", role)
                .env("MADOGUCHI_BENCH_DATABASE", database)
                .env("MADOGUCHI_BENCH_COUNT", PER_PROCESS.to_string())
                .env("MADOGUCHI_BENCH_GO", &go)
                .env("MADOGUCHI_BENCH_PACE_MS", pace.as_millis().to_string())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    // Every process opens its store (and the schema exists) before the go.
    std::thread::sleep(Duration::from_millis(1500));
    std::fs::write(&go, "").unwrap();
    let mut ms = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "a {role} process failed");
        ms.extend(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter_map(|l| l.parse::<f64>().ok())
                .map(|us| us / 1000.0),
        );
    }
    ms
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn summary(mut ms: Vec<f64>) -> String {
    ms.sort_by(f64::total_cmp);
    format!(
        "median {:.2} ms, p99 {:.2} ms",
        percentile(&ms, 0.5),
        percentile(&ms, 0.99)
    )
}

/// The time from an issue's commit (as its issuer sees it) to a subscriber's callback.
fn event_latency(database: &str) -> Vec<f64> {
    let config = config(database);
    let store = tickets::open(&config, now()).unwrap();
    let order = order(&config);
    let committed: Arc<Mutex<Vec<(i64, Instant)>>> = Arc::default();
    let heard: Arc<Mutex<Vec<(i64, Instant)>>> = Arc::default();
    let into = heard.clone();
    let subscription = tickets::subscribe(
        &config,
        now(),
        store.last_event().unwrap(),
        move |e| into.lock().unwrap().push((e.ticket, Instant::now())),
        |_| {},
    );
    std::thread::sleep(Duration::from_millis(500));
    for _ in 0..EVENTS {
        let t = store.issue(&order, now()).unwrap();
        committed.lock().unwrap().push((t.id, Instant::now()));
        std::thread::sleep(Duration::from_millis(7));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while heard.lock().unwrap().len() < EVENTS && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(subscription);
    let heard = heard.lock().unwrap();
    let committed = committed.lock().unwrap();
    assert_eq!(heard.len(), EVENTS, "every event heard");
    committed
        .iter()
        .filter_map(|(id, at)| {
            let (_, when) = heard.iter().find(|(t, _)| t == id)?;
            // A notification can beat the issuer's own return by a hair: count that as 0.
            Some(when.saturating_duration_since(*at).as_secs_f64() * 1000.0)
        })
        .collect()
}

/// Issue over TLS (`verify-full`) and in plain text on one server that takes both, each
/// round with 10 kiosk processes, alternating so neither has the warmer server.
fn tls_beside_plain(dir: &Path) {
    let pki = test_pki();
    let cluster = PgCluster::serving_tls(&pki.cert_pem, &pki.key_pem, true, false);
    cluster.psql("postgres", "CREATE DATABASE tls");
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, &pki.ca_pem).unwrap();
    let base = format!("postgresql://postgres@127.0.0.1:{}/tls", cluster.port);
    let tls = format!("{base}?sslmode=verify-full&sslrootcert={}", ca.display());
    let plain = format!("{base}?sslmode=disable");
    let (mut on_tls, mut on_plain) = (Vec::new(), Vec::new());
    for _ in 0..2 {
        on_plain.extend(concurrently("issuer", &plain, dir, PACE));
        on_tls.extend(concurrently("issuer", &tls, dir, PACE));
    }
    let p99 = |mut ms: Vec<f64>| {
        ms.sort_by(f64::total_cmp);
        percentile(&ms, 0.99)
    };
    let added = p99(on_tls.clone()) - p99(on_plain.clone());
    println!(
        "| ticket issue over TLS (rustls, `verify-full`) beside plain text, one PostgreSQL 15 server (fsync on), 10 kiosk processes each every 100 ms, alternating rounds ({} tickets each) | TLS {}; plain {}; TLS adds {added:.2} ms at p99 | TLS adds < 2 ms at p99 |",
        on_tls.len(),
        summary(on_tls),
        summary(on_plain)
    );
}

/// `kill -9` of the primary while a kiosk issues on the multi-host URL, then
/// `pg_ctl promote` of the standby: the time to the first ticket after the kill, over 5
/// runs, the promote included.
fn failover() {
    let mut runs = Vec::new();
    for _ in 0..5 {
        let pair = Pair::start("failover");
        let config = config(&pair.url("failover"));
        let store = tickets::open(&config, now()).unwrap();
        let order = order(&config);
        for _ in 0..20 {
            store.issue(&order, now()).unwrap();
        }
        let killed = Instant::now();
        for pid in pair.primary.server_pids() {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
        pair.standby.promote();
        // As the kiosk does for each resident: try, and on failure try at the next one.
        while store.issue(&order, now()).is_err() {
            assert!(
                killed.elapsed() < Duration::from_secs(60),
                "no ticket after the failover"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        runs.push(killed.elapsed().as_secs_f64() * 1000.0);
    }
    runs.sort_by(f64::total_cmp);
    println!(
        "| failover: `kill -9` of the primary → the first ticket on the promoted standby (`pg_ctl promote` included; multi-host URL, synchronous replication; 5 runs) | median {:.0} ms, max {:.0} ms | < 15 s |",
        percentile(&runs, 0.5),
        runs[runs.len() - 1]
    );
}

fn main() {
    if let Ok(role_name) = std::env::var("MADOGUCHI_BENCH_ROLE") {
        let database = std::env::var("MADOGUCHI_BENCH_DATABASE").unwrap();
        let count = std::env::var("MADOGUCHI_BENCH_COUNT")
            .unwrap()
            .parse()
            .unwrap();
        let pace: u64 = std::env::var("MADOGUCHI_BENCH_PACE_MS")
            .unwrap()
            .parse()
            .unwrap();
        role(&role_name, &database, count, Duration::from_millis(pace));
        return;
    }
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::durable();
    let sqlite = dir.path().join("tickets.sqlite").display().to_string();
    let stores = [
        (
            "PostgreSQL over TCP (fsync on)",
            cluster.create_database("bench"),
        ),
        ("SQLite (one file, synchronous=FULL)", sqlite),
    ];
    let total = PROCESSES * PER_PROCESS;
    for (name, database) in &stores {
        let target = if name.starts_with("PostgreSQL") {
            "p99 < 20 ms"
        } else {
            "-"
        };
        // Back to back is the machine's limit; a ticket every 100 ms from each of 10 kiosks
        // is still a hundred times a busy lobby's pace.
        for (how, pace) in [
            ("back to back", Duration::ZERO),
            ("each every 100 ms", PACE),
        ] {
            let issued = concurrently("issuer", database, dir.path(), pace);
            assert_eq!(issued.len(), total);
            println!(
                "| ticket issue, {PROCESSES} kiosk processes at once, {how}, {name} ({total} tickets) | {} | {target} |",
                summary(issued)
            );
        }
        let called = concurrently("desk", database, dir.path(), Duration::ZERO);
        println!(
            "| call next, {PROCESSES} desk processes at once, back to back, {name} ({total} calls) | {} | - |",
            summary(called)
        );
        let store = tickets::open(&config(database), now()).unwrap();
        let day = store.tickets_on(now().date()).unwrap();
        let distinct: std::collections::BTreeSet<u32> = day.iter().map(|t| t.number.seq).collect();
        assert_eq!(distinct.len(), day.len(), "no number shared");
        let called = day
            .iter()
            .filter(|t| t.queue.state == madoguchi::queue::State::Called)
            .count();
        assert_eq!(called, total, "each call took its own ticket");
        let how = if name.starts_with("PostgreSQL") {
            "LISTEN/NOTIFY"
        } else {
            "PRAGMA data_version every 25 ms"
        };
        println!(
            "| event from commit to subscriber, {name}, {how} ({EVENTS} events) | {} | p99 < 200 ms |",
            summary(event_latency(database))
        );
    }
    tls_beside_plain(dir.path());
    failover();
}
