//! The server's figures: a call to the lobby display updated in a real Chromium, the server's memory with 200 open event streams, `/api/queue` requests per second and its latency during a sign-in flood, and the city's wait page (`/api/now` beside `/healthz` under wrk, 1,000 live `/now` pages, a call to the count in Chromium).
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

/// A desk's call of the next certificates ticket, through the API.
fn call_next(addr: &str, token: &str) -> server::Answer {
    server::request(
        addr,
        "POST",
        "/api/windows/certificates/call-next",
        &[("Authorization", &format!("Bearer {token}"))],
        r#"{"counter": "1"}"#,
    )
}

fn staff_token(config: &Path) -> String {
    server::add_staff(config, "bench", "certificates", "correct horse battery");
    let out = common::run_on(config, &["staff", "token", "bench", "--days", "3650"]);
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
            let answer = call_next(addr, token);
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

/// An event stream of `path`, open (its status line read).
fn open_stream(addr: &str, path: &str) -> BufReader<TcpStream> {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut reader = BufReader::new(s);
    let mut status = String::new();
    reader.read_line(&mut status).unwrap();
    assert!(status.starts_with("HTTP/1.1 200"), "{path}: {status}");
    reader
}

/// Opens `STREAMS` event streams; the server's memory then, and the time for one call to
/// reach every stream.
fn many_streams(server: &Server, token: &str) -> (f64, f64, f64) {
    let before = rss_mb(server.pid());
    let mut streams: Vec<BufReader<TcpStream>> = (0..STREAMS)
        .map(|_| open_stream(&server.addr, "/api/events"))
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let open = rss_mb(server.pid());
    let called = Instant::now();
    let answer = call_next(&server.addr, token);
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
    more_files();
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::durable();
    let database = cluster.create_database("server");
    // The figures are the server's, not the API's limit per address.
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[
            ("\ncalling = false", "\ncalling = true"),
            ("[server]\n", "[server]\napi_per_minute = 100000\n"),
        ],
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
    drop(server);
    signin_flood(&cluster);
    wait_page(&cluster);
}

/// One sign-in as a guessing script makes it: the form, then a wrong password, from
/// `address` (named by the proxy in front). Its status.
fn guess(addr: &str, address: &str, name: &str) -> u16 {
    server::sign_in_from(addr, address, name, "not the password").status
}

/// `GET /api/queue`'s latency, one request after another for `for_how_long`: sorted, in ms.
fn queue_latencies(addr: &str, for_how_long: Duration) -> Vec<f64> {
    let started = Instant::now();
    let mut latencies = Vec::new();
    while started.elapsed() < for_how_long {
        let asked = Instant::now();
        assert_eq!(server::get(addr, "/api/queue").status, 200);
        latencies.push(asked.elapsed().as_secs_f64() * 1000.0);
    }
    latencies.sort_by(f64::total_cmp);
    latencies
}

/// Flooding threads and how long they flood.
const FLOODERS: usize = 8;
const FLOOD: Duration = Duration::from_secs(8);

/// A normal request's latency while sign-ins flood in: from one address (held back by
/// `server.signin_per_minute`), then from a new address each time (past any per-address
/// limit: the bounded queue of password checks is what holds).
fn signin_flood(cluster: &PgCluster) {
    let dir = tempfile::tempdir().unwrap();
    let database = cluster.create_database("flood");
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[
            ("\ncalling = false", "\ncalling = true"),
            ("[server]\n", "[server]\nproxies = [\"127.0.0.1\"]\n"),
        ],
    );
    server::add_staff(&path, "sato", "certificates", "correct horse battery");
    let server = Server::start(&path, Some(NOW));
    let addr = server.addr.clone();
    let quiet = queue_latencies(&addr, Duration::from_secs(3));
    for (what, many) in [
        ("one address", false),
        ("a new address and name each time", true),
    ] {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flooders: Vec<_> = (0..FLOODERS)
            .map(|t| {
                let (addr, stop) = (addr.clone(), stop.clone());
                std::thread::spawn(move || {
                    let mut answers = std::collections::BTreeMap::<u16, usize>::new();
                    let mut n = 0u32;
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        n += 1;
                        // From many addresses, a new name each time: every try costs a
                        // password check, as no lock answers it first.
                        let (address, name) = if many {
                            (
                                format!("10.{t}.{}.{}", n / 250 % 250, n % 250 + 1),
                                format!("guess{t}x{n}"),
                            )
                        } else {
                            ("203.0.113.66".to_owned(), "sato".to_owned())
                        };
                        *answers.entry(guess(&addr, &address, &name)).or_default() += 1;
                    }
                    answers
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(500));
        let flooded = queue_latencies(&addr, FLOOD);
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let mut answers = std::collections::BTreeMap::<u16, usize>::new();
        for f in flooders {
            for (status, n) in f.join().unwrap() {
                *answers.entry(status).or_default() += n;
            }
        }
        let said: Vec<String> = answers.iter().map(|(s, n)| format!("{n}× {s}")).collect();
        println!(
            "| `GET /api/queue` latency while {FLOODERS} clients flood `/signin` from {what} (form + wrong password, {} s; PostgreSQL) | median {:.1} ms, p99 {:.1} ms (quiet: median {:.1} ms, p99 {:.1} ms); sign-ins answered {} | - |",
            FLOOD.as_secs(),
            percentile(&flooded, 0.5),
            percentile(&flooded, 0.99),
            percentile(&quiet, 0.5),
            percentile(&quiet, 0.99),
            said.join(", ")
        );
    }
}

/// Live `/now` pages the bench opens at once.
const LIVE_PAGES: usize = 1000;
/// Calls timed from the API to the count on `/now` in Chromium.
const NOW_CALLS: usize = 50;
const TICKETS_PER_OFFICE: usize = 100;

/// Three offices on one database, each listed and with its day's tickets; the main office's
/// kiosk.toml, which the server runs on.
fn city(dir: &Path, cluster: &PgCluster) -> std::path::PathBuf {
    let database = cluster.create_database("city");
    let mut main = None;
    for office in ["main", "taniyama", "ishiki"] {
        let own = dir.join(office);
        std::fs::create_dir_all(&own).unwrap();
        let id = format!("office_id = \"{office}\"\n\n[languages]");
        let path = common::kiosk_toml(
            &own,
            &database,
            &[
                ("\ncalling = false", "\ncalling = true"),
                ("[languages]", &id),
                (
                    "\n# public_url",
                    "\nstreams_per_address = 2000\npublic_streams = 1100\n# public_url",
                ),
            ],
        );
        let mut config = Config::load(&path).unwrap();
        for w in &mut config.windows {
            w.daily_cap = None;
        }
        let store = tickets::open(&config, now()).unwrap();
        madoguchi::city::publish(store.as_ref(), &config, now()).unwrap();
        let order = Order::for_procedures(&config, &[Procedure::CertRenewal], "en").unwrap();
        for _ in 0..TICKETS_PER_OFFICE {
            store.issue(&order, now()).unwrap();
        }
        main.get_or_insert(path);
    }
    main.unwrap()
}

/// `wrk` on `path` for 5 s (2 threads, 16 keep-alive connections): requests per second.
fn wrk_rps(addr: &str, path: &str) -> f64 {
    let out = std::process::Command::new("wrk")
        .args(["-t2", "-c16", "-d5s", &format!("http://{addr}{path}")])
        .output()
        .expect("wrk runs (apt-get install wrk)");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no Requests/sec from wrk: {text}"))
}

/// The next `data:` line of an event stream.
fn next_data(stream: &mut BufReader<TcpStream>) -> String {
    loop {
        let mut line = String::new();
        assert!(stream.read_line(&mut line).unwrap() > 0, "a stream ended");
        if let Some(data) = line.trim().strip_prefix("data: ") {
            return data.to_owned();
        }
    }
}

/// Opens `LIVE_PAGES` `/now` streams; the server's memory then, and each stream's time from
/// a call to its new figures, sorted.
fn live_pages(server: &Server, token: &str) -> (f64, f64, Vec<f64>) {
    let before = rss_mb(server.pid());
    let streams: Vec<BufReader<TcpStream>> = (0..LIVE_PAGES)
        .map(|_| {
            let mut reader = open_stream(&server.addr, "/now/events");
            // The figures as they are come first.
            next_data(&mut reader);
            reader
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let open = rss_mb(server.pid());
    let called = Instant::now();
    let latencies: Vec<f64> = std::thread::scope(|scope| {
        let readers: Vec<_> = streams
            .into_iter()
            .map(|mut stream| {
                scope.spawn(move || {
                    next_data(&mut stream);
                    called.elapsed().as_secs_f64() * 1000.0
                })
            })
            .collect();
        let answer = call_next(&server.addr, token);
        assert_eq!(answer.status, 200);
        readers.into_iter().map(|r| r.join().unwrap()).collect()
    });
    let mut latencies = latencies;
    latencies.sort_by(f64::total_cmp);
    (before, open, latencies)
}

/// Calls through the API and waits for `/now` in Chromium to show the new count; the time
/// from just before the request to the page's own record of changing.
fn call_to_now(addr: &str, token: &str) -> Vec<f64> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let page = Driver::shared().browser(1280, 900).await;
        page.goto(&format!("http://{addr}/now?lang=en")).await.unwrap();
        let waiting = "document.querySelector('section[data-office=main] tr[data-window=certificates] .waiting').textContent";
        let count = || async {
            page.execute(&format!("return live.up ? {waiting} : null"), vec![])
                .await
                .unwrap()
                .as_str()
                .and_then(|t| t.parse::<u64>().ok())
        };
        let started = Instant::now();
        let mut shown = loop {
            if let Some(n) = count().await
                && started.elapsed() > Duration::from_secs(1)
            {
                break n;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let mut latencies = Vec::new();
        for _ in 0..NOW_CALLS {
            let before = wall_ms();
            let answer = call_next(addr, token);
            assert_eq!(answer.status, 200, "{answer:?}");
            while count().await != Some(shown - 1) {
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            shown -= 1;
            let at = page
                .execute("return window.appliedAt", vec![])
                .await
                .unwrap()
                .as_f64()
                .unwrap();
            latencies.push((at - before).max(0.0));
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        page.close().await.unwrap();
        latencies.sort_by(f64::total_cmp);
        latencies
    })
}

/// The city's wait page: `/api/now` beside `/healthz` under wrk, 1,000 live pages, and a call
/// to the count in Chromium.
fn wait_page(cluster: &PgCluster) {
    let dir = tempfile::tempdir().unwrap();
    let path = city(dir.path(), cluster);
    let token = staff_token(&path);
    let server = Server::start(&path, Some(NOW));
    // The three offices are read once before the figures start.
    let started = Instant::now();
    while server::get(&server.addr, "/api/now")
        .body
        .matches("\"id\":\"")
        .count()
        < 3
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the offices were never read"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let health = wrk_rps(&server.addr, "/healthz");
    let now = wrk_rps(&server.addr, "/api/now");
    println!(
        "| `GET /api/now` (3 offices, {} tickets that day, PostgreSQL) beside `GET /healthz`, wrk 2 threads × 16 connections, 5 s each | {now:.0} requests/s against {health:.0} ({:.0}%) | at least 50% |",
        3 * TICKETS_PER_OFFICE,
        100.0 * now / health
    );
    let (idle, open, latencies) = live_pages(&server, &token);
    println!(
        "| {LIVE_PAGES} open live `/now` pages (`/now/events`) | RSS {open:.1} MB ({idle:.1} MB before them); a call reached them all: median {:.1} ms, p99 {:.1} ms | RSS < 60 MB, p99 < 500 ms |",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );
    let latencies = call_to_now(&server.addr, &token);
    println!(
        "| call → the new count on `/now` in headless Chromium ({NOW_CALLS} calls) | median {:.1} ms, p99 {:.1} ms | p99 < 1 s |",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );
}

/// Room for the live pages' connections, on both ends (the server inherits it).
fn more_files() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            limit.rlim_cur = limit.rlim_max.min(8192);
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}
