//! Ticket numbers in a real SQLite file: edge cases of the day, caps, concurrent and killed issuers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::NaiveDateTime;
use madoguchi::domain::Procedure;
use madoguchi::tickets::{Brief, Order, PrintOutcome, SqliteStore, StoreError, TicketStore};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn order(window: &str, prefix: &str, cap: Option<u32>) -> Order {
    Order {
        window: window.into(),
        prefix: prefix.into(),
        start: 1,
        daily_cap: cap,
        procedures: vec![Procedure::CertRenewal],
        language: "ja".into(),
        brief: Brief::default(),
    }
}

/// Issues a ticket at `when` and returns its number.
fn number(store: &SqliteStore, order: &Order, when: &str) -> String {
    store.issue(order, at(when)).unwrap().number.to_string()
}

fn numbers(store: &SqliteStore, day: &str) -> Vec<String> {
    store
        .tickets_on(at(&format!("{day}T12:00:00")).date())
        .unwrap()
        .iter()
        .map(|t| t.number.to_string())
        .collect()
}

#[test]
fn numbers_run_per_window_from_the_start_number() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(
        &dir.path().join("t.sqlite"),
        "main",
        at("2027-05-06T09:00:00"),
    )
    .unwrap();
    let a = order("certificates", "A", None);
    let mut b = order("cards", "B", None);
    b.start = 101;
    let now = at("2027-05-06T09:00:00");
    for o in [&a, &a, &b, &a, &b] {
        store.issue(o, now).unwrap();
    }
    assert_eq!(
        numbers(&store, "2027-05-06"),
        ["A-001", "A-002", "B-101", "A-003", "B-102"]
    );
}

#[test]
fn a_new_day_in_tokyo_starts_again_at_midnight() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(
        &dir.path().join("t.sqlite"),
        "main",
        at("2027-05-06T09:00:00"),
    )
    .unwrap();
    let a = order("certificates", "A", None);
    assert_eq!(number(&store, &a, "2027-05-06T23:59:59"), "A-001");
    assert_eq!(number(&store, &a, "2027-05-06T23:59:59"), "A-002");
    let next = store.issue(&a, at("2027-05-07T00:00:00")).unwrap();
    assert_eq!(next.number.to_string(), "A-001");
    assert_eq!(next.day, at("2027-05-07T00:00:00").date());
    assert_eq!(numbers(&store, "2027-05-06"), ["A-001", "A-002"]);
}

#[test]
fn the_daily_cap_ends_one_windows_tickets_until_the_next_day() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(
        &dir.path().join("t.sqlite"),
        "main",
        at("2027-05-06T09:00:00"),
    )
    .unwrap();
    let capped = order("cards", "B", Some(2));
    let other = order("certificates", "A", None);
    let now = at("2027-05-06T10:00:00");
    store.issue(&capped, now).unwrap();
    store.issue(&capped, now).unwrap();
    let refused = store.issue(&capped, now).unwrap_err();
    assert_eq!(
        refused,
        StoreError::CapReached {
            window: "cards".into(),
            cap: 2
        }
    );
    assert_eq!(
        refused.to_string(),
        "the tickets for window cards are finished for today (2 issued)"
    );
    // Refusing took no number: the other window and the next day go on.
    assert_eq!(
        store.issue(&other, now).unwrap().number.to_string(),
        "A-001"
    );
    let tomorrow = store.issue(&capped, at("2027-05-07T08:30:00")).unwrap();
    assert_eq!(tomorrow.number.to_string(), "B-001");
    assert_eq!(numbers(&store, "2027-05-06"), ["B-001", "B-002", "A-001"]);
}

#[test]
fn the_clock_stepping_back_never_repeats_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(
        &dir.path().join("t.sqlite"),
        "main",
        at("2027-05-06T09:00:00"),
    )
    .unwrap();
    let a = order("certificates", "A", None);
    store.issue(&a, at("2027-05-06T10:00:00")).unwrap();
    store.issue(&a, at("2027-05-06T10:30:00")).unwrap();
    // NTP steps the clock back an hour.
    let after = store.issue(&a, at("2027-05-06T09:30:00")).unwrap();
    assert_eq!(after.number.to_string(), "A-003");
    // Back across midnight: the day it lands in goes on from where it was.
    store.issue(&a, at("2027-05-07T00:10:00")).unwrap();
    let back = store.issue(&a, at("2027-05-06T23:50:00")).unwrap();
    assert_eq!(back.number.to_string(), "A-004");
    assert_eq!(
        numbers(&store, "2027-05-06"),
        ["A-001", "A-002", "A-003", "A-004"]
    );
    assert_eq!(numbers(&store, "2027-05-07"), ["A-001"]);
}

#[test]
fn print_outcomes_are_recorded_and_a_ticket_is_found_by_number() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(
        &dir.path().join("t.sqlite"),
        "main",
        at("2027-05-06T09:00:00"),
    )
    .unwrap();
    let a = order("certificates", "A", None);
    let first = store.issue(&a, at("2027-05-06T10:00:00")).unwrap();
    let second = store.issue(&a, at("2027-05-06T10:01:00")).unwrap();
    store
        .record_print(first.id, &PrintOutcome::Printed, at("2027-05-06T10:00:02"))
        .unwrap();
    store
        .record_print(
            second.id,
            &PrintOutcome::Failed("paper_end".into()),
            at("2027-05-06T10:01:05"),
        )
        .unwrap();
    let found = store.find(first.day, &"A-001".parse().unwrap()).unwrap();
    assert_eq!(found.outcome, PrintOutcome::Printed);
    assert_eq!(found.printed_at, Some(at("2027-05-06T10:00:02")));
    assert_eq!(found.procedures, [Procedure::CertRenewal]);
    let failed = store.find(first.day, &"A-002".parse().unwrap()).unwrap();
    assert_eq!(failed.outcome, PrintOutcome::Failed("paper_end".into()));
    assert_eq!(failed.printed_at, None);
    assert!(matches!(
        store.find(first.day, &"A-009".parse().unwrap()),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn a_ticket_left_pending_by_a_dead_process_is_marked_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.sqlite");
    let day = at("2027-05-06T10:00:00").date();
    {
        let store = SqliteStore::open(&path, "main", at("2027-05-06T10:00:00")).unwrap();
        store
            .issue(&order("certificates", "A", None), at("2027-05-06T10:00:00"))
            .unwrap();
    }
    // A restart within the print timeout leaves it alone; a later one knows it was never printed.
    let soon = SqliteStore::open(&path, "main", at("2027-05-06T10:00:30")).unwrap();
    assert_eq!(
        soon.tickets_on(day).unwrap()[0].outcome,
        PrintOutcome::Pending
    );
    let later = SqliteStore::open(&path, "main", at("2027-05-06T10:05:00")).unwrap();
    assert_eq!(
        later.tickets_on(day).unwrap()[0].outcome,
        PrintOutcome::Interrupted
    );
}

/// kiosk.toml with its database in `dir` and no daily cap.
fn config_in(dir: &Path) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("kiosk.toml"))
        .unwrap()
        .replace(
            "\"assets/holidays/",
            &format!("\"{}/assets/holidays/", root.display()),
        )
        .replace("daily_cap = 150\n", "");
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn issuer(config: &Path, procedure: &str, count: u32) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_madoguchi"));
    c.args([
        "ticket",
        "issue",
        "--procedure",
        procedure,
        "--count",
        &count.to_string(),
    ])
    .args(["--now", "2027-05-06T10:00", "--config"])
    .arg(config)
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    c
}

/// Each window's numbers of the day, checked to be distinct and to run 1, 2, 3 … without a gap.
fn assert_contiguous(db: &Path) -> BTreeMap<String, u32> {
    let conn = rusqlite_check(db);
    let mut per_window: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (window, seq) in conn {
        per_window.entry(window).or_default().push(seq);
    }
    per_window
        .into_iter()
        .map(|(window, mut seqs)| {
            let distinct: BTreeSet<u32> = seqs.iter().copied().collect();
            assert_eq!(
                distinct.len(),
                seqs.len(),
                "{window}: a number was handed out twice"
            );
            seqs.sort_unstable();
            let expected: Vec<u32> = (1..=seqs.len() as u32).collect();
            assert_eq!(seqs, expected, "{window}: the numbers have a gap");
            (window, seqs.len() as u32)
        })
        .collect()
}

/// Every (window, seq) of the day, after SQLite's own integrity check.
fn rusqlite_check(db: &Path) -> Vec<(String, u32)> {
    let out = Command::new("sqlite3")
        .arg(db)
        .arg("PRAGMA integrity_check; SELECT window || ' ' || seq FROM tickets WHERE day = '2027-05-06';")
        .output();
    let text = match out {
        Ok(o) if o.status.success() => String::from_utf8(o.stdout).unwrap(),
        _ => {
            // Without the sqlite3 tool, read through the library.
            let store = SqliteStore::open(db, "main", at("2027-05-06T10:00:00")).unwrap();
            let mut text = "ok\n".to_owned();
            for t in store.tickets_on(at("2027-05-06T10:00:00").date()).unwrap() {
                text.push_str(&format!("{} {}\n", t.window(), t.number.seq));
            }
            text
        }
    };
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("ok"), "integrity check: {text}");
    lines
        .map(|l| {
            let (w, s) = l.split_once(' ').unwrap();
            (w.to_owned(), s.parse().unwrap())
        })
        .collect()
}

#[test]
fn four_processes_issuing_500_each_never_share_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let config = config_in(dir.path());
    let started = std::time::Instant::now();
    let children: Vec<_> = [
        "cert_renewal",
        "card_application",
        "pin_reset",
        "card_reissue",
    ]
    .iter()
    .map(|p| issuer(&config, p, 500).spawn().unwrap())
    .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "an issuer failed: {:?}: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let took = started.elapsed();
    let counts = assert_contiguous(&dir.path().join("tickets.sqlite"));
    assert_eq!(counts.get("certificates"), Some(&1000));
    assert_eq!(counts.get("cards"), Some(&1000));
    println!(
        "2,000 tickets from 4 processes in {:.1} s ({:.1} ms a ticket, synchronous=FULL)",
        took.as_secs_f64(),
        took.as_secs_f64() * 1000.0 / 2000.0
    );
}

/// A tiny deterministic generator, so a failing run can be repeated.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn killing_issuers_at_random_moments_never_repeats_or_skips_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let config = config_in(dir.path());
    let mut rng = XorShift(0x5EED_CAFE);
    for round in 0..200 {
        let procedure = if round % 2 == 0 {
            "cert_renewal"
        } else {
            "card_application"
        };
        let mut child = issuer(&config, procedure, 1_000_000).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(5 + rng.below(40)));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let counts = assert_contiguous(&dir.path().join("tickets.sqlite"));
    assert!(counts.values().all(|n| *n > 0), "{counts:?}");
    // Every one of them was taken and never printed, and is recorded so once the
    // print timeout has passed.
    let store = SqliteStore::open(
        &dir.path().join("tickets.sqlite"),
        "main",
        at("2027-05-06T10:05:00"),
    )
    .unwrap();
    let tickets = store.tickets_on(at("2027-05-06T10:05:00").date()).unwrap();
    assert!(
        tickets
            .iter()
            .all(|t| t.outcome == PrintOutcome::Interrupted)
    );
    println!("200 killed issuers left {counts:?} tickets, all numbered without repeat or gap");
}

// A database written before tickets carried a brief opens, keeps its tickets (with an empty
// brief), and takes new ones with theirs.
#[test]
fn a_database_from_before_the_brief_gains_it_and_keeps_its_tickets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    let old = rusqlite::Connection::open(&path).unwrap();
    old.execute_batch(
        "CREATE TABLE tickets (
            id INTEGER PRIMARY KEY, day TEXT NOT NULL, window TEXT NOT NULL,
            prefix TEXT NOT NULL, seq INTEGER NOT NULL, procedures TEXT NOT NULL,
            language TEXT NOT NULL, issued_at TEXT NOT NULL, printed_at TEXT,
            outcome TEXT NOT NULL, session TEXT NOT NULL, UNIQUE (day, window, seq));
         CREATE TABLE counters (day TEXT NOT NULL, window TEXT NOT NULL, last INTEGER NOT NULL,
            PRIMARY KEY (day, window));
         INSERT INTO tickets VALUES (1, '2027-05-06', 'certificates', 'A', 1, '[\"cert_renewal\"]',
            'ja', '2027-05-06T09:00:00', NULL, 'printed', 'old');
         INSERT INTO counters VALUES ('2027-05-06', 'certificates', 1);",
    )
    .unwrap();
    drop(old);
    let store = SqliteStore::open(&path, "main", at("2027-05-06T10:00:00")).unwrap();
    let kept = store.tickets_on(at("2027-05-06T10:00:00").date()).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].brief, Brief::default());
    let mut o = order("certificates", "A", None);
    o.brief.auth_pin_locked = true;
    let t = store.issue(&o, at("2027-05-06T10:01:00")).unwrap();
    assert_eq!(t.number.to_string(), "A-002");
    assert_eq!(store.find(t.day, &t.number).unwrap().brief, o.brief);
}
