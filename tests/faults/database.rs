//! The fault matrix's rows for a city's database: a primary and a streaming standby with failover, TLS with a test CA, and the kiosk with no writable database.

use std::io::BufRead;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::common::postgres::{Pair, PgCluster, test_pki};
use super::{OPEN, Row, bin, config_file, config_of, local};
use madoguchi::domain::Database;
use madoguchi::session::{Screen, Touch};
use madoguchi::tickets::{PgStore, StoreError, TicketStore};
use madoguchi::ui::Message;

/// A kiosk process issuing, and every number it was given with the moment it heard of it.
struct Issuer {
    child: std::process::Child,
    given: Arc<Mutex<Vec<(Instant, String)>>>,
}

fn issuer(config: &std::path::Path, procedure: &str) -> Issuer {
    let mut child = Command::new(bin())
        .args(["ticket", "issue", "--count", "100000", "--keep-going", "60"])
        .args(["--now", OPEN, "--procedure", procedure])
        .arg("--config")
        .arg(config)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let given = Arc::new(Mutex::new(Vec::new()));
    let out = child.stdout.take().unwrap();
    let record = given.clone();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            if let Some(number) = line.split_whitespace().next() {
                record
                    .lock()
                    .unwrap()
                    .push((Instant::now(), number.to_owned()));
            }
        }
    });
    Issuer { child, given }
}

/// `kill -9` of the primary while 10 kiosk processes issue, then `pg_ctl promote` of the
/// standby, which every kiosk must carry on with.
pub fn failover_during_ten_issuers() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let pair = Pair::start("failover");
    let url = pair.url("failover");
    let config = config_file(&url, dir.path());
    let mut issuers: Vec<Issuer> = (0..10)
        .map(|i| {
            issuer(
                &config,
                if i % 2 == 0 {
                    "cert_renewal"
                } else {
                    "card_renewal"
                },
            )
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    let killed = Instant::now();
    super::signal(&pair.primary.server_pids(), "-KILL");
    pair.standby.promote();
    let promoted = killed.elapsed();
    // Each kiosk goes on: wait for every one's first ticket after the kill.
    let deadline = killed + Duration::from_secs(60);
    // A number read just after the kill may have been committed just before it; the first
    // ticket after the kill ends the longest pause in the kiosk's numbers after the kill
    // (the outage), once the kiosk has issued well past it.
    let after_kill = |i: &Issuer| {
        let given = i.given.lock().unwrap();
        let resumed = given
            .windows(2)
            .filter(|w| w[1].0 > killed)
            .max_by_key(|w| w[1].0 - w[0].0)
            .map(|w| w[1].0)?;
        (given.iter().filter(|(at, _)| *at > resumed).count() >= 20).then_some(resumed)
    };
    while issuers.iter().any(|i| after_kill(i).is_none()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(500));
    for i in &mut issuers {
        let _ = i.child.kill();
        let _ = i.child.wait();
    }
    let carried_on = issuers.iter().filter(|i| after_kill(i).is_some()).count();
    let first = issuers
        .iter()
        .filter_map(after_kill)
        .min()
        .map(|at| at - killed);
    let acknowledged: Vec<String> = issuers
        .iter()
        .flat_map(|i| {
            i.given
                .lock()
                .unwrap()
                .iter()
                .map(|(_, n)| n.clone())
                .collect::<Vec<_>>()
        })
        .collect();
    let before_kill = issuers
        .iter()
        .map(|i| {
            i.given
                .lock()
                .unwrap()
                .iter()
                .filter(|(at, _)| *at <= killed)
                .count()
        })
        .sum::<usize>();
    let mut c = config_of(&config);
    c.tickets.database = Database::Postgres(pair.standby.url("failover"));
    let store = madoguchi::tickets::open(&c, local(OPEN)).unwrap();
    let stored: std::collections::BTreeSet<String> = store
        .tickets_on(local(OPEN).date())
        .unwrap()
        .into_iter()
        .map(|t| t.number.to_string())
        .collect();
    let missing = acknowledged.iter().filter(|n| !stored.contains(*n)).count();
    let distinct: std::collections::BTreeSet<&String> = acknowledged.iter().collect();
    let given_twice = acknowledged.len() - distinct.len();
    let (count, contiguous) = super::contiguous_per_window(store.as_ref(), local(OPEN).date());
    let first_ms = first.map_or(u128::MAX, |d| d.as_millis());
    Row {
        area: "postgresql",
        case: "failover: the primary killed (`kill -9`) while 10 kiosk processes issue, on a multi-host URL \
               (`target_session_attrs=read-write`), synchronous replication to a streaming standby, which is then \
               promoted (`pg_ctl promote`)"
            .into(),
        expected: "every kiosk carries on with the promoted standby; no acknowledged ticket missing on it; no number \
                   given twice; numbers contiguous per window; the first ticket after the kill within 15 s, the promote included"
            .into(),
        observed: format!(
            "{carried_on} of 10 kiosks carried on; promoted {} ms after the kill, first ticket {first_ms} ms after it; {} acknowledged \
             ({before_kill} before the kill), {missing} missing on the standby, {given_twice} given twice; \
             {count} stored, contiguous per window: {contiguous}",
            promoted.as_millis(),
            acknowledged.len()
        ),
        passed: carried_on == 10
            && missing == 0
            && given_twice == 0
            && contiguous
            && before_kill > 50
            && first.is_some_and(|d| d < Duration::from_secs(15)),
    }
}

/// Issues once on `url`, and says how it went.
fn issue_on(url: &str, dir: &std::path::Path) -> Result<String, StoreError> {
    let config = config_of(&config_file(url, dir));
    let store = PgStore::open(url, None, "main", local(OPEN))?;
    let order = madoguchi::tickets::Order::for_procedures(
        &config,
        &[madoguchi::domain::Procedure::CertRenewal],
        "ja",
    )
    .unwrap();
    store
        .issue(&order, local(OPEN))
        .map(|t| t.number.to_string())
}

/// TLS to the database: the right CA works; the wrong CA, the wrong host name and
/// `sslmode=require` against a plain server are each refused in words naming the problem.
pub fn tls_rows() -> Vec<Row> {
    let dir = tempfile::tempdir().unwrap();
    let pki = test_pki();
    let tls = PgCluster::with_tls(&pki.cert_pem, &pki.key_pem);
    tls.psql("postgres", "CREATE DATABASE tls");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, &pki.ca_pem).unwrap();
    let other = dir.path().join("other-ca.pem");
    std::fs::write(&other, &pki.other_ca_pem).unwrap();
    let url = |host: &str, query: String| {
        format!("postgresql://postgres@{host}:{}/tls?{query}", tls.port)
    };
    let plain = PgCluster::new();
    plain.create_database("plain");
    let outcome = |r: &Result<String, StoreError>| match r {
        Ok(n) => format!("issued {n}"),
        Err(e) => format!("refused: {e}"),
    };
    let mut rows = Vec::new();
    let right = issue_on(
        &url(
            "127.0.0.1",
            format!("sslmode=verify-full&sslrootcert={}", ca.display()),
        ),
        dir.path(),
    );
    rows.push(Row {
        area: "postgresql",
        case: "TLS: a server with a certificate signed by the test CA, `sslmode=verify-full`"
            .into(),
        expected:
            "a ticket, over an encrypted connection (the server's pg_hba.conf rejects any other)"
                .into(),
        observed: outcome(&right),
        passed: right.is_ok(),
    });
    let wrong_ca = issue_on(
        &url(
            "127.0.0.1",
            format!("sslmode=verify-ca&sslrootcert={}", other.display()),
        ),
        dir.path(),
    );
    rows.push(Row {
        area: "postgresql",
        case: "TLS: the wrong CA in `sslrootcert`".into(),
        expected: "refused, naming the host and that the certificate is not signed by that CA".into(),
        observed: outcome(&wrong_ca),
        passed: matches!(&wrong_ca, Err(e) if e.to_string().contains("127.0.0.1") && e.to_string().contains("not signed by the CA")),
    });
    let wrong_name = issue_on(
        &url(
            "localhost",
            format!("sslmode=verify-full&sslrootcert={}", ca.display()),
        ),
        dir.path(),
    );
    rows.push(Row {
        area: "postgresql",
        case: "TLS: the server reached by a name its certificate does not hold (`localhost`; it holds 127.0.0.1)".into(),
        expected: "refused, naming the host and the names the certificate is for".into(),
        observed: outcome(&wrong_name),
        passed: matches!(&wrong_name, Err(e) if e.to_string().contains("certificate is for 127.0.0.1, not for localhost")),
    });
    let by_ca_only = issue_on(
        &url(
            "localhost",
            format!("sslmode=verify-ca&sslrootcert={}", ca.display()),
        ),
        dir.path(),
    );
    rows.push(Row {
        area: "postgresql",
        case: "TLS: the same name with `sslmode=verify-ca` (the CA checked, not the name)".into(),
        expected: "a ticket".into(),
        observed: outcome(&by_ca_only),
        passed: by_ca_only.is_ok(),
    });
    let on_plain = issue_on(
        &format!(
            "postgresql://postgres@127.0.0.1:{}/plain?sslmode=require",
            plain.port
        ),
        dir.path(),
    );
    rows.push(Row {
        area: "postgresql",
        case: "TLS: `sslmode=require` against a server without TLS".into(),
        expected: "refused: the server does not offer TLS, with the two ways out".into(),
        observed: outcome(&on_plain),
        passed: matches!(&on_plain, Err(e) if e.to_string().contains("does not offer TLS") && e.to_string().contains("sslmode=disable")),
    });
    rows
}

/// What the kiosk shows after "get a ticket", and what went to the printer.
fn ticket_or_slip(k: &mut super::Kiosk) -> (Screen, Option<String>) {
    k.walk_to_checklist();
    let printed_before = printed_files(&k.config);
    k.touch(Touch::GetTicket);
    let shown = k.screen();
    k.touch(Touch::Continue);
    k.send(Message::DemoRemove);
    let new = printed_files(&k.config)
        .into_iter()
        .find(|f| !printed_before.contains(f));
    (shown, new)
}

fn printed_files(config: &madoguchi::config::Config) -> Vec<String> {
    config
        .printer
        .directory
        .as_ref()
        .and_then(|d| std::fs::read_dir(d).ok())
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".png"))
                .collect()
        })
        .unwrap_or_default()
}

fn slip_shown(screen: &Screen) -> bool {
    matches!(screen, Screen::Slip { reason, print, .. }
        if reason.is_outage() && print.outcome == madoguchi::tickets::PrintOutcome::Printed)
}

/// The standby up but not promoted, the primary gone: the kiosk writes nothing to the
/// standby and prints a slip without a number. Then, on the same pair, `check-config`'s
/// row.
pub fn standby_alone() -> Vec<Row> {
    let dir = tempfile::tempdir().unwrap();
    let pair = Pair::unsynchronised("alone");
    let mut config = super::config(
        &dir.path().join("unused.sqlite"),
        &dir.path().join("printed"),
    );
    config.tickets.database = Database::Postgres(pair.url("alone"));
    let mut k = super::kiosk_with(config);
    let (first, _) = ticket_or_slip(&mut k);
    super::signal(&pair.primary.server_pids(), "-KILL");
    let (alone, slip) = ticket_or_slip(&mut k);
    let on_standby = pair.standby.psql("alone", "SELECT count(*) FROM tickets");
    let alone_row = Row {
        area: "postgresql",
        case: "the primary gone and the standby up but not promoted (a multi-host URL with `target_session_attrs=read-write`)".into(),
        expected: "the kiosk writes nothing to the standby; a slip without a number is printed and the screen says to show it at the reception desk".into(),
        observed: format!(
            "{}; then {}, printed {}; tickets on the standby: {on_standby}",
            super::screen_name(&first),
            super::screen_name(&alone),
            slip.as_deref().unwrap_or("nothing")
        ),
        passed: matches!(first, Screen::Ticket { .. })
            && slip_shown(&alone)
            && slip.is_some()
            && on_standby == "1",
    };
    vec![alone_row, check_config_row(&pair, dir.path())]
}

/// `check-config` on the pair's URL names each host, and which answers as the primary.
fn check_config_said(url: &str, dir: &std::path::Path) -> String {
    let out = Command::new(bin())
        .arg("check-config")
        .arg(config_file(url, dir))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn check_config_row(pair: &Pair, dir: &std::path::Path) -> Row {
    let url = pair.url("alone");
    // The primary was killed just before: the standby alone answers, as a standby.
    let without = check_config_said(&url, dir);
    pair.standby.promote();
    let promoted = check_config_said(&url, dir);
    let (p, s) = (
        format!("127.0.0.1:{}", pair.primary.port),
        format!("127.0.0.1:{}", pair.standby.port),
    );
    let lines = |text: &str| -> String {
        text.lines()
            .filter(|l| {
                (l.contains("127.0.0.1:") && !l.starts_with("Tickets"))
                    || l.contains("plain text")
                    || l.contains("no host")
            })
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" / ")
    };
    Row {
        area: "postgresql",
        case: "`check-config` on a multi-host URL, the primary gone, before and after the standby is promoted".into(),
        expected: "each host named with how it answers; a warning while none is the primary; plain text warned about".into(),
        observed: format!("before: {}; after: {}", lines(&without), lines(&promoted)),
        passed: without.contains(&format!("{p}: does not answer"))
            && without.contains(&format!("{s}: a standby"))
            && without.contains("no host of tickets.database answers as a writable primary")
            && without.contains("cross the network in plain text")
            && promoted.contains(&format!("{s}: the primary"))
            && !promoted.contains("no host of tickets.database answers"),
    }
}

fn get(addr: &str, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(addr) else {
        return (0, String::new());
    };
    let _ = write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Both hosts down: the kiosk prints slips and `/readyz` answers 503; the primary back:
/// the same kiosk numbers again within 10 s, `/readyz` 200.
pub fn both_down_then_one_back() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let pair = Pair::unsynchronised("bothdown");
    let url = pair.url("bothdown");
    let mut config = super::config(
        &dir.path().join("unused.sqlite"),
        &dir.path().join("printed"),
    );
    config.tickets.database = Database::Postgres(url.clone());
    let server = super::common::server::Server::start(&config_file(&url, dir.path()), None);
    let mut k = super::kiosk_with(config);
    let (first, _) = ticket_or_slip(&mut k);
    let ready_before = get(&server.addr, "/readyz");
    pair.standby.stop();
    pair.primary.stop();
    let (down, slip) = ticket_or_slip(&mut k);
    // `/readyz` gives an answer again for 2 s: asked until it changes, within 5 s.
    let down_at = Instant::now();
    let mut ready_down = get(&server.addr, "/readyz");
    while ready_down.0 != 503 && down_at.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(200));
        ready_down = get(&server.addr, "/readyz");
    }
    pair.primary.start();
    let back = Instant::now();
    let mut after = Screen::Waiting;
    while back.elapsed() < Duration::from_secs(15) {
        after = ticket_or_slip(&mut k).0;
        if matches!(after, Screen::Ticket { .. }) {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let resumed = back.elapsed();
    let mut ready_after = get(&server.addr, "/readyz");
    while ready_after.0 != 200 && back.elapsed() < resumed + Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(200));
        ready_after = get(&server.addr, "/readyz");
    }
    let reason = serde_json::from_str::<serde_json::Value>(&ready_down.1)
        .ok()
        .and_then(|v| v["reason"].as_str().map(str::to_owned));
    Row {
        area: "postgresql",
        case: "both hosts down (primary and standby stopped), then the primary started again".into(),
        expected: "while down: a slip without a number, `/readyz` 503 with a JSON reason; once one is back: the same kiosk numbers again within 10 s, `/readyz` 200".into(),
        observed: format!(
            "{}; `/readyz` {}; down: {}, printed {}, `/readyz` {} {}; back: {} after {} ms, `/readyz` {}",
            super::screen_name(&first),
            ready_before.0,
            super::screen_name(&down),
            slip.as_deref().unwrap_or("nothing"),
            ready_down.0,
            ready_down.1.trim(),
            super::screen_name(&after),
            resumed.as_millis(),
            ready_after.0
        ),
        passed: matches!(first, Screen::Ticket { .. })
            && ready_before.0 == 200
            && slip_shown(&down)
            && slip.is_some()
            && ready_down.0 == 503
            && reason.as_deref() == Some("unreachable")
            && matches!(after, Screen::Ticket { .. })
            && resumed < Duration::from_secs(10)
            && ready_after.0 == 200,
    }
}

/// The real kiosk under Xvfb, on a real pcscd with a virtual card, its database a server
/// that does not answer, run as systemd runs it (`NOTIFY_SOCKET`): a resident taken to the
/// checklist gets a slip, and the watchdog hears the kiosk alive all the while.
pub fn kiosk_process_without_a_database() -> Row {
    use std::os::unix::net::UnixDatagram;
    let case = "the kiosk process, its database not answering, run as systemd runs it (watchdog on `NOTIFY_SOCKET`)";
    let expected = "the card read and explained; a slip without a number printed; `WATCHDOG=1` every few seconds throughout (the degraded mode is not a crash)";
    let row = |observed: String, passed: bool| Row {
        area: "postgresql",
        case: case.into(),
        expected: expected.into(),
        observed,
        passed,
    };
    let pcscd = super::Pcscd::start();
    let config = pcscd.kiosk_config();
    let text = std::fs::read_to_string(&config).unwrap();
    let text = text
        .lines()
        .map(|l| {
            if l.starts_with("database = ") {
                // Nothing listens on port 1.
                "database = \"postgresql://madoguchi@127.0.0.1:1/madoguchi?sslmode=disable\""
                    .to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&config, text).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("notify");
    let watchdog = UnixDatagram::bind(&socket).unwrap();
    watchdog
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let pings = Arc::new(Mutex::new(Vec::<Instant>::new()));
    let heard = pings.clone();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stopping = stop.clone();
    let listener = std::thread::spawn(move || {
        let mut buf = [0u8; 64];
        while !stopping.load(std::sync::atomic::Ordering::Relaxed) {
            if let Ok(n) = watchdog.recv(&mut buf)
                && &buf[..n] == b"WATCHDOG=1"
            {
                heard.lock().unwrap().push(Instant::now());
            }
        }
    });
    let x = super::Xvfb::start(80 + std::process::id() % 9);
    let kiosk = super::KioskProcess::start_with(
        bin(),
        &config,
        &x.display,
        &[("NOTIFY_SOCKET", socket.as_path())],
    );
    let wait = Duration::from_secs(15);
    let started = Instant::now();
    let result = (|| {
        kiosk
            .wait_for(super::WAITING, 0, wait)
            .ok_or("never ready")?;
        let mark = kiosk.mark();
        let _card = pcscd.insert(madoguchi::card::profiles::Profile::Renewable, &[]);
        kiosk
            .wait_for("-> Status", mark, wait)
            .ok_or("the card was not read")?;
        let mark = kiosk.mark();
        match kiosk.take_a_ticket_by_touch(&x) {
            Err("the ticket") => {}
            Err(step) => return Err(step),
            Ok(()) => return Err("a numbered ticket, with no database"),
        }
        kiosk
            .wait_for("-> Slip", mark, wait)
            .ok_or("no slip screen")?;
        kiosk
            .wait_for(
                "a slip without a number instead, printing: printed",
                mark,
                wait,
            )
            .ok_or("the slip was not printed")?;
        // The resident reads the slip screen a while; the kiosk stays alive meanwhile.
        std::thread::sleep(Duration::from_secs(5));
        Ok(())
    })();
    let ran = started.elapsed();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = listener.join();
    let pings = pings.lock().unwrap().clone();
    let longest_gap = pings
        .windows(2)
        .map(|w| w[1] - w[0])
        .max()
        .unwrap_or(Duration::MAX);
    match result {
        Err(step) => {
            eprintln!("{case}: the kiosk's log:\n{}", kiosk.log());
            row(step.to_owned(), false)
        }
        Ok(()) => row(
            format!(
                "Status, then the checklist, then the slip screen with the slip printed; {} watchdog pings in {:.1} s, the longest gap {} ms",
                pings.len(),
                ran.as_secs_f64(),
                longest_gap.as_millis()
            ),
            pings.len() as f64 >= ran.as_secs_f64() / 3.0 && longest_gap < Duration::from_secs(5),
        ),
    }
}
