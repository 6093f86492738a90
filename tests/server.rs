//! `madoguchi server` over HTTP on 127.0.0.1, on a real SQLite file and a real PostgreSQL: the queue's JSON, its live events, the lobby display, and bad requests answered 4xx.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::postgres::{PgCluster, unique};

const NOW: &str = "2027-05-06T10:15";

#[derive(Clone, Copy)]
enum Kind {
    Sqlite,
    Postgres,
}

/// kiosk.toml as shipped, numbers called through madoguchi, on a store of its own.
fn config_file(kind: Kind, dir: &Path) -> PathBuf {
    let database = match kind {
        Kind::Sqlite => dir.join("tickets.sqlite").display().to_string(),
        Kind::Postgres => PgCluster::shared().create_database(&unique("server")),
    };
    common::kiosk_toml(dir, &database, &[("\ncalling = false", "\ncalling = true")])
}

fn madoguchi(config: &Path, args: &[&str]) -> String {
    let out = common::run_on(config, &[args, &["--now", NOW]].concat());
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The server on a free port of 127.0.0.1, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(config: &Path) -> Server {
        let mut child = Command::new(common::bin())
            .args([
                "server",
                "--listen",
                "127.0.0.1:0",
                "--now",
                NOW,
                "--config",
            ])
            .arg(config)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("the server said {line:?}"))
            .to_owned();
        Server { child, addr }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        common::terminate(&mut self.child);
    }
}

/// One request, as raw bytes on a new connection; the status and the body.
fn http(addr: &str, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_owned());
    (status, body)
}

fn get(addr: &str, path: &str) -> (u16, String) {
    http(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    )
}

fn the_queue_json_gives_each_windows_line(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let config = config_file(kind, dir.path());
    for _ in 0..3 {
        madoguchi(&config, &["ticket", "issue", "--procedure", "cert_renewal"]);
    }
    madoguchi(
        &config,
        &[
            "ticket",
            "call",
            "--window",
            "certificates",
            "--counter",
            "1",
        ],
    );
    let server = Server::start(&config);
    let (status, body) = get(&server.addr, "/api/queue");
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let w = &json["windows"][0];
    assert_eq!(w["id"], "certificates");
    assert_eq!(w["waiting"], 2);
    assert_eq!(w["called"], 1);
    assert_eq!(w["last_called"], "A-001");
    assert_eq!(w["last_called_counter"], "1");
    assert_eq!(w["estimated_wait_minutes"], 20);
}

fn a_call_reaches_the_event_stream_with_its_announcement(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let config = config_file(kind, dir.path());
    madoguchi(
        &config,
        &[
            "ticket",
            "issue",
            "--procedure",
            "cert_renewal",
            "--lang",
            "en",
        ],
    );
    let server = Server::start(&config);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /api/events?windows=certificates HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.addr
    )
    .unwrap();
    let mut lines = BufReader::new(stream);
    let mut header = String::new();
    lines.read_line(&mut header).unwrap();
    assert!(header.starts_with("HTTP/1.1 200"), "{header}");
    // The stream is open before the call is made.
    std::thread::sleep(Duration::from_millis(300));
    let called = Instant::now();
    madoguchi(
        &config,
        &[
            "ticket",
            "call",
            "--window",
            "certificates",
            "--counter",
            "1",
        ],
    );
    let mut kind_line = None;
    let mut data = None;
    while data.is_none() && called.elapsed() < Duration::from_secs(10) {
        let mut line = String::new();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        // Chunk sizes of the chunked body come between the event's lines.
        if let Some(k) = line.trim().strip_prefix("event: ") {
            kind_line = Some(k.to_owned());
        } else if let Some(d) = line.trim().strip_prefix("data: ")
            && kind_line.as_deref() == Some("called")
        {
            data = Some(d.to_owned());
        }
    }
    let data: serde_json::Value = serde_json::from_str(&data.expect("a called event")).unwrap();
    assert_eq!(data["number"], "A-001");
    assert_eq!(data["counter"], "1");
    assert_eq!(data["language"], "en");
    assert_eq!(
        data["announce"][0]["text"],
        "受付番号 A の 1 番の方、1 番窓口へお越しください。"
    );
    assert_eq!(
        data["announce"][1]["text"],
        "Number A-1, please go to counter 1."
    );
    assert_eq!(data["labels"][1]["text"], "Counter 1");
}

fn the_display_shows_the_latest_call_and_the_lines(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let config = config_file(kind, dir.path());
    for _ in 0..2 {
        madoguchi(&config, &["ticket", "issue", "--procedure", "cert_renewal"]);
    }
    madoguchi(&config, &["ticket", "issue", "--procedure", "card_renewal"]);
    madoguchi(
        &config,
        &[
            "ticket",
            "call",
            "--window",
            "certificates",
            "--counter",
            "1",
        ],
    );
    let server = Server::start(&config);
    let (status, page) = get(&server.addr, "/display");
    assert_eq!(status, 200);
    for said in [
        "呼び出し中の番号",
        "Now calling",
        "<div class=\"number\">A-001</div>",
        "<span>1番窓口</span><span>Counter 1</span>",
        "new EventSource(\"/api/events\" + query)",
    ] {
        assert!(page.contains(said), "{said:?} not on the display");
    }
    let (status, lines) = get(&server.addr, "/display/lines?windows=cards");
    assert_eq!(status, 200);
    assert!(lines.contains("<b>1</b>"), "{lines}");
    assert!(
        !lines.contains("市民課 窓口第一係"),
        "only the cards window: {lines}"
    );
}

fn bad_requests_are_answered_4xx_with_what_is_wrong(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let config = config_file(kind, dir.path());
    let server = Server::start(&config);
    let a = &server.addr;
    let (status, body) = get(a, "/display?windows=certificates,nope");
    assert_eq!(status, 400);
    assert!(
        body.contains("\"nope\" is not a window; the windows are certificates, cards"),
        "{body}"
    );
    let long = "x".repeat(600);
    assert_eq!(get(a, &format!("/display?windows={long}")).0, 400);
    assert_eq!(get(a, "/api/events?windows=%FF%FE").0, 400);
    assert_eq!(get(a, "/no/such/page").0, 404);
    let (status, _) = http(
        a,
        &format!(
            "POST /api/queue HTTP/1.1\r\nHost: {a}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
        ),
    );
    assert_eq!(status, 405);
    let (status, _) = http(a, "NONSENSE\r\n\r\n");
    assert!((400..500).contains(&status), "{status}");
    // Still serving after all that.
    assert_eq!(get(a, "/healthz"), (200, "ok".to_owned()));
}

macro_rules! on_both_stores {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test] fn $name() { super::$name(super::Kind::Sqlite); })*
        }
        mod postgres {
            $(#[test] fn $name() { super::$name(super::Kind::Postgres); })*
        }
    };
}

on_both_stores!(
    the_queue_json_gives_each_windows_line,
    a_call_reaches_the_event_stream_with_its_announcement,
    the_display_shows_the_latest_call_and_the_lines,
    bad_requests_are_answered_4xx_with_what_is_wrong,
);
