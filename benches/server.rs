//! The server's figures: a call to the lobby display updated in a real Chromium, the server's memory with 200 open event streams, and `/api/queue` requests per second.
//!
//! Prints rows of the README's performance table (scripts/bench prints its header). The
//! server is the release `madoguchi server` on a PostgreSQL cluster the bench starts (fsync
//! on), as a lobby runs it; the display is Debian's Chromium, headless, over WebDriver.

#[path = "../tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

use common::browser::Driver;
use common::postgres::PgCluster;
use common::server::{self, Server};
use madoguchi::config::Config;
use madoguchi::domain::Procedure;
use madoguchi::tickets::{self, Order};

const NOW: &str = "2027-05-06T10:15";
const CALLS: usize = 100;
const STREAMS: usize = 200;
const RPS_SECONDS: u64 = 5;
const RPS_CLIENTS: usize = 4;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn now() -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(NOW, "%Y-%m-%dT%H:%M").unwrap()
}

fn wall_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
        * 1000.0
}

/// The server's resident memory, from /proc.
fn rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb / 1024.0
}

fn staff_token(config: &Path) -> String {
    server::add_staff(config, "bench", "certificates", "correct horse battery");
    let out = common::run_on(config, &["staff", "token", "bench"]);
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Calls the next ticket through the API and waits for the display page to show it; the
/// time from just before the request to the page's own record of showing it.
fn call_to_display(addr: &str, token: &str) -> Vec<f64> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let display = Driver::shared().browser(1920, 1080).await;
        display
            .goto(&format!("http://{addr}/display"))
            .await
            .unwrap();
        // The event stream is open before the first call.
        let started = Instant::now();
        while display
            .execute(
                "return document.getElementById('lost').hidden && typeof window.shown === 'object'",
                vec![],
            )
            .await
            .unwrap()
            != serde_json::Value::Bool(true)
            || started.elapsed() < Duration::from_secs(1)
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut latencies = Vec::new();
        for _ in 0..CALLS {
            let before = wall_ms();
            let answer = server::request(
                addr,
                "POST",
                "/api/windows/certificates/call-next",
                &[("Authorization", &format!("Bearer {token}"))],
                r#"{"counter": "1"}"#,
            );
            assert_eq!(answer.status, 200, "{answer:?}");
            let number = serde_json::from_str::<serde_json::Value>(&answer.body).unwrap()["number"]
                .as_str()
                .unwrap()
                .to_owned();
            let shown = loop {
                let at = display
                    .execute(
                        "return window.shown[arguments[0]] || null",
                        vec![number.clone().into()],
                    )
                    .await
                    .unwrap();
                if let Some(ms) = at.as_f64() {
                    break ms;
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            };
            latencies.push((shown - before).max(0.0));
            // A lobby's pace is one call every few seconds; this is one every 150 ms.
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        display.close().await.unwrap();
        latencies
    })
}

/// Opens `STREAMS` event streams; the server's memory then, and the time for one call to
/// reach every stream.
fn many_streams(server: &Server, token: &str) -> (f64, f64, f64) {
    let before = rss_mb(server.pid());
    let mut streams: Vec<BufReader<TcpStream>> = (0..STREAMS)
        .map(|_| {
            let mut s = TcpStream::connect(&server.addr).unwrap();
            write!(
                s,
                "GET /api/events HTTP/1.1\r\nHost: {}\r\n\r\n",
                server.addr
            )
            .unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let mut reader = BufReader::new(s);
            let mut status = String::new();
            reader.read_line(&mut status).unwrap();
            assert!(status.starts_with("HTTP/1.1 200"), "{status}");
            reader
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let open = rss_mb(server.pid());
    let called = Instant::now();
    let answer = server::request(
        &server.addr,
        "POST",
        "/api/windows/certificates/call-next",
        &[("Authorization", &format!("Bearer {token}"))],
        r#"{"counter": "1"}"#,
    );
    assert_eq!(answer.status, 200);
    for stream in &mut streams {
        let mut line = String::new();
        while !line.contains("event: called") {
            line.clear();
            assert!(stream.read_line(&mut line).unwrap() > 0, "a stream ended");
        }
    }
    let fan_out = called.elapsed().as_secs_f64() * 1000.0;
    (before, open, fan_out)
}

/// `GET /api/queue` on `RPS_CLIENTS` keep-alive connections for `RPS_SECONDS`.
fn queue_rps(addr: &str) -> f64 {
    let until = Instant::now() + Duration::from_secs(RPS_SECONDS);
    let counts: Vec<u64> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..RPS_CLIENTS)
            .map(|_| {
                scope.spawn(move || {
                    let mut s = TcpStream::connect(addr).unwrap();
                    s.set_nodelay(true).unwrap();
                    let mut reader = BufReader::new(s.try_clone().unwrap());
                    let mut done = 0;
                    while Instant::now() < until {
                        write!(s, "GET /api/queue HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
                        let mut length = 0;
                        loop {
                            let mut line = String::new();
                            reader.read_line(&mut line).unwrap();
                            if line == "\r\n" {
                                break;
                            }
                            if let Some(v) =
                                line.to_ascii_lowercase().strip_prefix("content-length:")
                            {
                                length = v.trim().parse().unwrap();
                            }
                        }
                        let mut body = vec![0; length];
                        reader.read_exact(&mut body).unwrap();
                        done += 1;
                    }
                    done
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    counts.iter().sum::<u64>() as f64 / RPS_SECONDS as f64
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::durable();
    let database = cluster.create_database("server");
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[("\ncalling = false", "\ncalling = true")],
    );
    let mut config = Config::load(&path).unwrap();
    for w in &mut config.windows {
        w.daily_cap = None;
    }
    let store = tickets::open(&config, now()).unwrap();
    let order = Order::for_procedures(&config, &[Procedure::CertRenewal], "en").unwrap();
    for _ in 0..(CALLS + 1) {
        store.issue(&order, now()).unwrap();
    }
    drop(store);
    let token = staff_token(&path);
    let server = Server::start(&path, Some(NOW));
    let mut latencies = call_to_display(&server.addr, &token);
    latencies.sort_by(f64::total_cmp);
    println!(
        "| call (POST `/api/windows/…/call-next`) → number on the lobby display in headless Chromium, PostgreSQL (fsync on) ({CALLS} calls; `cargo bench --bench server`) | median {:.1} ms, p99 {:.1} ms | p99 < 300 ms |",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );
    let (idle, open, fan_out) = many_streams(&server, &token);
    println!(
        "| server memory with {STREAMS} open event streams (`/api/events`) | RSS {open:.1} MB ({idle:.1} MB before them); one call reached all {STREAMS} in {fan_out:.1} ms | < 40 MB |"
    );
    println!(
        "| `GET /api/queue` (the day's tickets read and summed per request), {RPS_CLIENTS} keep-alive clients, {RPS_SECONDS} s | {:.0} requests/s | - |",
        queue_rps(&server.addr)
    );
}
