//! The fault-injection matrix: cards that leave mid-read or misbehave, readers and pcscd going away, printer faults at issue time, storage that is read-only, locked or full, a process killed while issuing, PostgreSQL stopped, killed or stalled, desks calling at once, and the clock changing day or stepping back. Each case checks what the resident sees and that nothing is lost, and the whole matrix is written to target/tmp/fault-matrix.md (scripts/reliability-table puts it into docs/reliability.md).

mod common;
#[path = "faults/database.rs"]
mod database;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use common::postgres::PgCluster;
use common::{KioskProcess, Pcscd, Xvfb, bin};
use madoguchi::card::profiles::Profile;
use madoguchi::card::virtual_card::{CertificateDamage, Quirks};
use madoguchi::card::watcher::CardEvent;
use madoguchi::clock::{Clock, ManualClock};
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::domain::Database;
use madoguchi::session::{Answer, Screen, TICKET_SCREEN, Touch};
use madoguchi::tickets::{PrintOutcome, SqliteStore, StoreError, TicketStore};
use madoguchi::ui::{App, Message};

/// The kiosk's log line when it is ready for the next resident.
const WAITING: &str = "showing the Waiting screen";

const OPEN: &str = "2027-05-06T10:15";

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

struct Kiosk {
    app: App,
    clock: Arc<ManualClock>,
    config: Config,
}

fn config(db: &Path, printed: &Path) -> Config {
    let mut config =
        Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    config.tickets.database = db.to_owned().into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(printed.to_owned());
    config
}

fn kiosk_with(config: Config) -> Kiosk {
    let clock = Arc::new(ManualClock::new(local(OPEN)));
    Kiosk {
        app: App::new(config.clone(), clock.clone(), true),
        clock,
        config,
    }
}

fn kiosk(dir: &Path) -> Kiosk {
    kiosk_with(config(&dir.join("tickets.sqlite"), &dir.join("printed")))
}

impl Kiosk {
    fn send(&mut self, message: Message) {
        for job in self.app.handle(message) {
            if let Some(reply) = self.app.carry_out_now(&job) {
                self.send(reply);
            }
        }
    }

    fn touch(&mut self, t: Touch) {
        self.send(Message::Touch(t));
    }

    fn screen(&self) -> Screen {
        self.app.session().screen().clone()
    }

    /// A renewable card's resident, to the checklist.
    fn walk_to_checklist(&mut self) {
        self.send(Message::DemoInsert(Profile::Renewable));
        self.touch(Touch::Continue);
        self.touch(Touch::Answer(Answer::Visitor(
            madoguchi::domain::Visitor::Holder,
        )));
        self.touch(Touch::Answer(Answer::Yes));
        assert_eq!(self.screen(), Screen::Checklist, "reached the checklist");
    }

    fn numbers(&self) -> Vec<String> {
        let store = madoguchi::tickets::open(&self.config, self.clock.now()).unwrap();
        store
            .tickets_on(self.clock.now().date())
            .unwrap()
            .into_iter()
            .map(|t| t.number.to_string())
            .collect()
    }
}

/// One row of the matrix.
struct Row {
    area: &'static str,
    case: String,
    expected: String,
    observed: String,
    passed: bool,
}

fn screen_name(s: &Screen) -> String {
    match s {
        Screen::Ticket { ticket, print } => format!("Ticket {} ({})", ticket.number, print.outcome),
        Screen::NoTicket(e) => format!("NoTicket ({e})"),
        Screen::Slip { reason, print, .. } => {
            format!(
                "Slip without a number ({reason}; printing: {})",
                print.outcome
            )
        }
        Screen::CouldNotRead { failures, .. } => format!("CouldNotRead (failures {failures})"),
        other => format!("{other:?}"),
    }
}

// ---- cards -------------------------------------------------------------------------------

fn card_removed_at_every_apdu() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk(dir.path());
    // A full read of the renewable card: count its APDUs.
    k.send(Message::DemoInsert(Profile::Renewable));
    let full = match k.app.session().reading() {
        Some(r) => r.apdus,
        None => 0,
    };
    k.send(Message::DemoRemove);
    let mut bad = Vec::new();
    for after in 0..full {
        let quirks = Quirks {
            vanish_after: Some(after),
            ..Quirks::default()
        };
        k.send(Message::DemoInsertFaulty(Profile::Renewable, quirks));
        let seen = k.screen();
        let fine = matches!(
            seen,
            Screen::Waiting | Screen::CouldNotRead { .. } | Screen::TakeCard
        ) && k.app.session().reading().is_none();
        if !fine {
            bad.push(format!("after {after}: {}", screen_name(&seen)));
        }
        k.send(Message::DemoRemove);
        if k.screen() != Screen::Waiting {
            bad.push(format!(
                "after {after}, card out: {}",
                screen_name(&k.screen())
            ));
        }
    }
    Row {
        area: "card",
        case: format!("card removed after each of the {full} APDUs of a read (every position)"),
        expected: "\"could not read\" or the start screen; no partial facts kept; the start screen once the card is out".into(),
        observed: if bad.is_empty() {
            format!("{full} positions: could not read / start screen, nothing kept")
        } else {
            bad.join("; ")
        },
        passed: full > 10 && bad.is_empty(),
    }
}

fn quirky_card(name: &str, quirks: Quirks, profile: Profile) -> Row {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk(dir.path());
    let started = Instant::now();
    k.send(Message::DemoInsertFaulty(profile, quirks.clone()));
    let took = started.elapsed();
    let seen = k.screen();
    let apdus = k.app.session().reading().map_or(0, |r| r.apdus);
    let passed = seen == Screen::Status && apdus > 0;
    Row {
        area: "card",
        case: name.into(),
        expected: "the status screen with the card's facts".into(),
        observed: format!(
            "{} after {} APDUs in {} ms",
            screen_name(&seen),
            apdus,
            took.as_millis()
        ),
        passed,
    }
}

fn damaged_certificate(name: &str, damage: CertificateDamage) -> Row {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk(dir.path());
    let quirks = Quirks {
        certificate: damage,
        ..Quirks::default()
    };
    k.send(Message::DemoInsertFaulty(Profile::Renewable, quirks));
    let seen = k.screen();
    let kept = k.app.session().reading().is_some();
    k.send(Message::DemoRemove);
    let after = k.screen();
    Row {
        area: "card",
        case: name.into(),
        expected: "\"could not read\" with reinsert advice, no facts kept; the start screen once the card is out".into(),
        observed: format!(
            "{}, facts kept: {kept}; card out: {}",
            screen_name(&seen),
            screen_name(&after)
        ),
        passed: matches!(seen, Screen::CouldNotRead { failures: 1, .. })
            && !kept
            && after == Screen::Waiting,
    }
}

fn garbage_card_twice() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk(dir.path());
    k.send(Message::DemoInsert(Profile::Unreadable));
    let first = k.screen();
    k.send(Message::DemoRemove);
    k.send(Message::DemoInsert(Profile::Unreadable));
    let second = k.screen();
    k.touch(Touch::AskCounter);
    let after = k.screen();
    Row {
        area: "card",
        case: "a card that answers garbage, read twice".into(),
        expected: "\"could not read\" with reinsert advice; the second time a ticket for help"
            .into(),
        observed: format!(
            "{}; then {}; help: {}",
            screen_name(&first),
            screen_name(&second),
            screen_name(&after)
        ),
        passed: matches!(first, Screen::CouldNotRead { failures: 1, .. })
            && matches!(second, Screen::CouldNotRead { failures: 2, .. })
            && matches!(after, Screen::Ticket { .. }),
    }
}

// ---- reader and pcscd ----------------------------------------------------------------------

fn reader_and_pcscd_go_and_return() -> Vec<Row> {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk(dir.path());
    let reader = || "Simulated reader".to_owned();
    let mut rows = Vec::new();
    for (case, gone, back) in [
        (
            "the app, given the watcher's events: the reader unplugged mid-session and plugged in again",
            vec![CardEvent::ReaderDetached { reader: reader() }],
            vec![CardEvent::ReaderAttached { reader: reader() }],
        ),
        (
            "the app, given the watcher's events: pcscd killed mid-session and restarted",
            vec![CardEvent::ServiceDown],
            vec![
                CardEvent::ServiceUp,
                CardEvent::ReaderAttached { reader: reader() },
            ],
        ),
    ] {
        k.walk_to_checklist();
        for e in gone {
            k.send(Message::Card(e));
        }
        let during = k.screen();
        let forgot = k.app.session().reading().is_none();
        // The card itself is gone with the reader.
        k.send(Message::DemoRemove);
        for e in back {
            k.send(Message::Card(e));
        }
        let after = k.screen();
        rows.push(Row {
            area: "reader",
            case: case.into(),
            expected: "out of service at once, the card's facts forgotten; the start screen when it returns".into(),
            observed: format!(
                "{}, facts forgotten: {forgot}; then {}",
                screen_name(&during),
                screen_name(&after)
            ),
            passed: matches!(during, Screen::OutOfService(_)) && forgot && after == Screen::Waiting,
        });
    }
    rows
}

/// How the reader's service goes away in a whole-process case.
#[derive(Clone, Copy)]
enum ServiceLoss {
    /// pcscd dies (`kill -9`) and is started again.
    PcscdKilled,
    /// pcscd comes back without the reader, then with it.
    ReaderUnplugged,
}

impl ServiceLoss {
    fn name(self) -> &'static str {
        match self {
            ServiceLoss::PcscdKilled => "pcscd-killed",
            ServiceLoss::ReaderUnplugged => "reader-unplugged",
        }
    }
}

/// The real kiosk binary under Xvfb, on a real pcscd with a virtual card read to the
/// status screen, when pcscd dies or the reader goes: what the kiosk shows, and how long it
/// takes to be ready again once the service is back, with nobody touching it.
fn whole_kiosk_loses_the_reader(loss: ServiceLoss) -> Row {
    let case = match loss {
        ServiceLoss::PcscdKilled => {
            "the kiosk process: pcscd killed (`kill -9`) mid-session, then restarted"
        }
        ServiceLoss::ReaderUnplugged => {
            "the kiosk process: the reader gone mid-session (pcscd back without it), then back"
        }
    };
    let expected = "out of service at once; the start screen by itself within 5 s of pcscd and the reader being back";
    let row = |observed: String, passed: bool| Row {
        area: "reader",
        // The kiosk's log, when quoted, goes to the test's output, not into the table.
        observed: observed
            .split_once('\n')
            .map(|(first, log)| {
                eprintln!("{case}: the kiosk's log:\n{log}");
                first.to_owned()
            })
            .unwrap_or(observed),
        case: case.into(),
        expected: expected.into(),
        passed,
    };
    let mut pcscd = Pcscd::start();
    let x = Xvfb::start(80 + std::process::id() % 9);
    let kiosk = KioskProcess::start(bin(), &pcscd.kiosk_config(), &x.display);
    let wait = Duration::from_secs(10);
    if kiosk.wait_for(WAITING, 0, wait).is_none() {
        return row(format!("never ready\n{}", kiosk.log()), false);
    }
    let mark = kiosk.mark();
    let card = pcscd.insert(Profile::Renewable, &[]);
    if kiosk.wait_for("-> Status", mark, wait).is_none() {
        return row(format!("the card was not read\n{}", kiosk.log()), false);
    }
    let gone = Instant::now();
    match loss {
        ServiceLoss::PcscdKilled => pcscd.kill(),
        ServiceLoss::ReaderUnplugged => {
            pcscd.stop();
            pcscd.resume_without_readers();
        }
    }
    let out = kiosk.wait_for("out of service", mark, wait);
    // The card went with the reader; it must not be read again when the reader returns.
    drop(card);
    let Some((out_at, _)) = out else {
        return row(format!("still in service\n{}", kiosk.log()), false);
    };
    // With pcscd gone, or up with no reader, the kiosk must stay out of service, not offer a
    // start. The 2 s also let the frame follow the log line, for the screenshot.
    let out_mark = kiosk.mark();
    let premature = kiosk.wait_for(WAITING, out_mark, Duration::from_secs(2));
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/fault-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    x.screenshot(&shots.join(format!("out-of-service-{}.png", loss.name())));
    if premature.is_some() {
        return row(
            format!("the start screen with no reader\n{}", kiosk.log()),
            false,
        );
    }
    let mark = kiosk.mark();
    pcscd.stop();
    let back = Instant::now();
    pcscd.resume();
    let ready = kiosk.wait_for(WAITING, mark, wait);
    let Some((ready_at, _)) = ready else {
        return row(
            format!("out of service, never back\n{}", kiosk.log()),
            false,
        );
    };
    let noticed = out_at.saturating_duration_since(gone);
    let recovered = ready_at.saturating_duration_since(back);
    row(
        format!(
            "OutOfService after {} ms, still 2 s later{}; Waiting {:.1} s after pcscd was started again",
            noticed.as_millis(),
            match loss {
                ServiceLoss::PcscdKilled => "",
                ServiceLoss::ReaderUnplugged => " with pcscd up and no reader",
            },
            recovered.as_secs_f64()
        ),
        recovered <= Duration::from_secs(5),
    )
}

// ---- printer --------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum PrinterFault {
    PaperEnd,
    CoverOpen,
    Mute,
}

/// A network printer with a fault, answering every connection.
fn faulty_printer(fault: PrinterFault) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                let mut request = [0u8; 3];
                while stream.read_exact(&mut request).is_ok() {
                    let answer = match (fault, request) {
                        (PrinterFault::Mute, _) => continue,
                        (PrinterFault::PaperEnd, [0x10, 0x04, 4]) => 0x72,
                        (PrinterFault::CoverOpen, [0x10, 0x04, 2]) => 0x16,
                        _ => 0x12,
                    };
                    let _ = stream.write_all(&[answer]);
                }
            });
        }
    });
    address
}

fn printer_fault(name: &str, address: String) -> Row {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config(&dir.path().join("t.sqlite"), &dir.path().join("p"));
    config.printer.driver = PrinterDriver::Tcp;
    config.printer.address = Some(address);
    let mut k = kiosk_with(config);
    k.walk_to_checklist();
    let started = Instant::now();
    k.touch(Touch::GetTicket);
    let took = started.elapsed();
    let seen = k.screen();
    let stored = k.numbers();
    let outcome = match &seen {
        Screen::Ticket { print, .. } => print.outcome.clone(),
        _ => PrintOutcome::Pending,
    };
    Row {
        area: "printer",
        case: format!("{name}, at issue time"),
        expected: "the number on screen with \"could not print: note this number\"; the ticket kept, marked failed; within the 5 s deadline".into(),
        observed: format!(
            "{}; stored {:?}; {} ms",
            screen_name(&seen),
            stored,
            took.as_millis()
        ),
        passed: matches!(seen, Screen::Ticket { .. })
            && matches!(outcome, PrintOutcome::Failed(_))
            && stored == ["A-001"]
            && took < Duration::from_secs(6),
    }
}

// ---- storage --------------------------------------------------------------------------------

/// A small tmpfs for the database; `None` where mounting is not allowed.
struct Mount(PathBuf);

impl Mount {
    fn new(size: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().unwrap().keep();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Mount(dir))
    }

    fn remount(&self, mode: &str) {
        assert!(
            Command::new("mount")
                .args(["-o", &format!("remount,{mode}")])
                .arg(&self.0)
                .status()
                .unwrap()
                .success()
        );
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn not_run(area: &'static str, case: &str, why: &str) -> Row {
    Row {
        area,
        case: case.into(),
        expected: String::new(),
        observed: format!("not run: {why}"),
        passed: true,
    }
}

fn read_only_database() -> Row {
    let case = "the database's file system read-only when the kiosk starts, then writable again";
    let Some(mount) = Mount::new("16m") else {
        return not_run("storage", case, "mount refused (needs root)");
    };
    let dir = tempfile::tempdir().unwrap();
    let db = mount.0.join("t.sqlite");
    let mut first = kiosk_with(config(&db, &dir.path().join("p")));
    first.walk_to_checklist();
    first.touch(Touch::GetTicket);
    let issued = first.screen();
    drop(first);
    // As when the kernel remounts a failing disk read-only and the kiosk restarts.
    mount.remount("ro");
    let mut k = kiosk_with(config(&db, &dir.path().join("p")));
    k.walk_to_checklist();
    k.touch(Touch::GetTicket);
    let refused = k.screen();
    k.touch(Touch::Continue);
    k.send(Message::DemoRemove);
    mount.remount("rw");
    k.walk_to_checklist();
    k.touch(Touch::GetTicket);
    let recovered = k.screen();
    let stored = k.numbers();
    Row {
        area: "storage",
        case: case.into(),
        expected: "no number while read-only: a slip without a number, printed, and the screen says to show it at the reception desk; the same running kiosk issues the next number once writable, no gap, no repeat".into(),
        observed: format!(
            "{}; {}; {}; stored {:?}",
            screen_name(&issued),
            screen_name(&refused),
            screen_name(&recovered),
            stored
        ),
        passed: matches!(refused, Screen::Slip { .. })
            && matches!(recovered, Screen::Ticket { .. })
            && stored == ["A-001", "A-002"],
    }
}

fn full_disk() -> Row {
    let case = "the disk full (a 1 MB tmpfs filled up), then space freed";
    let Some(mount) = Mount::new("1m") else {
        return not_run("storage", case, "mount refused (needs root)");
    };
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk_with(config(&mount.0.join("t.sqlite"), &dir.path().join("p")));
    k.walk_to_checklist();
    k.touch(Touch::GetTicket);
    k.touch(Touch::Continue);
    k.send(Message::DemoRemove);
    // Fill what is left.
    let filler = mount.0.join("filler");
    let mut f = std::fs::File::create(&filler).unwrap();
    while f.write_all(&[0u8; 4096]).is_ok() {}
    drop(f);
    let mut refused = Vec::new();
    for _ in 0..3 {
        k.walk_to_checklist();
        k.touch(Touch::GetTicket);
        refused.push(k.screen());
        k.touch(Touch::Continue);
        k.send(Message::DemoRemove);
    }
    std::fs::remove_file(&filler).unwrap();
    k.walk_to_checklist();
    k.touch(Touch::GetTicket);
    let recovered = k.screen();
    let stored = k.numbers();
    let told = refused
        .iter()
        .filter(|s| matches!(s, Screen::Slip { .. }))
        .count();
    Row {
        area: "storage",
        case: case.into(),
        expected: "no number while full: a slip without a number (or a number when SQLite still had room); numbers contiguous after space is freed".into(),
        observed: format!(
            "{told} of 3 refused ({}); then {}; stored {:?}",
            refused.iter().map(screen_name).collect::<Vec<_>>().join(", "),
            screen_name(&recovered),
            stored
        ),
        passed: matches!(recovered, Screen::Ticket { .. })
            && stored
                .iter()
                .enumerate()
                .all(|(i, n)| *n == format!("A-{:03}", i + 1)),
    }
}

fn locked_database() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite");
    let mut k = kiosk_with(config(&db, &dir.path().join("p")));
    // Another process (the sqlite3 shell) holds the write lock for 10 s.
    let holder = Command::new("sqlite3")
        .arg(&db)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn();
    let Ok(mut holder) = holder else {
        return not_run(
            "storage",
            "the database locked by another process for 10 s",
            "sqlite3 not installed",
        );
    };
    let mut stdin = holder.stdin.take().unwrap();
    stdin.write_all(b"BEGIN EXCLUSIVE;\nINSERT INTO audit (at, action, outcome) VALUES ('', 'lock', 'test');\n").unwrap();
    stdin.flush().unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(10));
        let _ = stdin.write_all(b"ROLLBACK;\n.quit\n");
    });
    std::thread::sleep(Duration::from_millis(500));
    k.walk_to_checklist();
    let started = Instant::now();
    k.touch(Touch::GetTicket);
    let took = started.elapsed();
    let seen = k.screen();
    let _ = release.join();
    let _ = holder.wait();
    if !matches!(seen, Screen::Ticket { .. }) {
        k.touch(Touch::Continue);
        k.send(Message::DemoRemove);
        k.walk_to_checklist();
        k.touch(Touch::GetTicket);
    }
    let stored = k.numbers();
    Row {
        area: "storage",
        case: "the database locked by another process for 10 s".into(),
        expected: "the kiosk waits for the lock (up to 10 s) and issues, or prints a slip without a number; no duplicate, no gap".into(),
        observed: format!(
            "{} after {} ms; stored {:?}",
            screen_name(&seen),
            took.as_millis(),
            stored
        ),
        passed: took >= Duration::from_secs(5)
            && (matches!(seen, Screen::Ticket { .. })
                || matches!(
                    seen,
                    Screen::Slip {
                        reason: StoreError::Busy,
                        ..
                    }
                ))
            && stored == ["A-001"],
    }
}

fn killed_while_issuing() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite");
    let bin = env!("CARGO_BIN_EXE_madoguchi");
    let config = config_file(&db.display().to_string(), dir.path());
    let mut kills = 0;
    for i in 0..20u64 {
        let mut child = Command::new(bin)
            .args([
                "ticket",
                "issue",
                "--procedure",
                "cert_renewal",
                "--count",
                "200",
                "--now",
                OPEN,
                "--config",
            ])
            .arg(&config)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + (i * 37) % 120));
        if child.kill().is_ok() {
            kills += 1;
        }
        let _ = child.wait();
    }
    let store = SqliteStore::open(&db, "main", local(OPEN)).unwrap();
    let tickets = store.tickets_on(local(OPEN).date()).unwrap();
    let seqs: Vec<u32> = tickets.iter().map(|t| t.number.seq).collect();
    let contiguous = seqs.iter().enumerate().all(|(i, s)| *s == i as u32 + 1);
    let check = Command::new("sqlite3")
        .arg(&db)
        .arg("PRAGMA integrity_check;")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| "sqlite3 not installed".into());
    Row {
        area: "storage",
        case: format!("`kill -9` while issuing ({kills} kills at varied moments)"),
        expected: "every committed number once, contiguous; the database intact".into(),
        observed: format!(
            "{} tickets, contiguous: {contiguous}; integrity_check: {check}",
            seqs.len()
        ),
        passed: !seqs.is_empty()
            && contiguous
            && (check == "ok" || check.starts_with("sqlite3 not")),
    }
}

// ---- PostgreSQL -----------------------------------------------------------------------------

/// kiosk.toml on `cluster`'s database `name`, printing to files in `dir`.
fn pg_config(cluster: &PgCluster, name: &str, dir: &Path) -> Config {
    let mut config = config(&dir.join("unused.sqlite"), &dir.join("printed"));
    config.tickets.database = Database::Postgres(cluster.create_database(name));
    config
}

/// kiosk.toml as shipped on `database` (a file or a URL), without a daily cap, as a file in
/// `dir` for the commands.
fn config_file(database: &str, dir: &Path) -> PathBuf {
    common::kiosk_toml(dir, database, &[("daily_cap = 150", "")])
}

fn signal(pids: &[i32], signal: &str) {
    for pid in pids {
        let _ = Command::new("kill")
            .args([signal, &pid.to_string()])
            .status();
    }
}

/// Numbers per window prefix, in order, and whether each runs 1, 2, 3, … with no repeat.
fn contiguous_per_window(store: &dyn TicketStore, day: chrono::NaiveDate) -> (usize, bool) {
    let tickets = store.tickets_on(day).unwrap();
    let mut per: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
    for t in &tickets {
        per.entry(t.number.prefix.clone())
            .or_default()
            .push(t.number.seq);
    }
    let ok = per.values_mut().all(|seqs| {
        seqs.sort_unstable();
        seqs.iter().enumerate().all(|(i, s)| *s == i as u32 + 1)
    });
    (tickets.len(), ok && !tickets.is_empty())
}

fn pg_stopped_while_serving() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::new();
    let mut k = kiosk_with(pg_config(&cluster, "kiosk", dir.path()));
    let serve = |k: &mut Kiosk| {
        k.walk_to_checklist();
        let started = Instant::now();
        k.touch(Touch::GetTicket);
        let shown = k.screen();
        k.touch(Touch::Continue);
        k.send(Message::DemoRemove);
        (shown, started.elapsed())
    };
    let (first, _) = serve(&mut k);
    cluster.stop();
    let (while_down, waited) = serve(&mut k);
    cluster.start();
    let back = Instant::now();
    let (after, _) = serve(&mut k);
    let back_in = back.elapsed();
    let stored = k.numbers();
    Row {
        area: "postgresql",
        case: "PostgreSQL stopped while residents are served, then started again".into(),
        expected: "no number while it is down: a slip without a number, to show at the reception desk; the same kiosk issues the next number by itself within 5 s of the database returning; no gap, no repeat".into(),
        observed: format!(
            "{}; {} after {} ms; {} {} ms after the server was back; stored {stored:?}",
            screen_name(&first),
            screen_name(&while_down),
            waited.as_millis(),
            screen_name(&after),
            back_in.as_millis()
        ),
        passed: matches!(&while_down, Screen::Slip { reason, .. } if reason.is_outage())
            && matches!(&after, Screen::Ticket { .. })
            && back_in < Duration::from_secs(5)
            && stored == ["A-001", "A-002"],
    }
}

fn pg_killed_during_ten_issuers() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::new();
    let url = cluster.create_database("issuers");
    let config = config_file(&url, dir.path());
    let issuers = |count: u32| -> Vec<std::process::Child> {
        (0..10)
            .map(|i| {
                Command::new(bin())
                    .args([
                        "ticket",
                        "issue",
                        "--count",
                        &count.to_string(),
                        "--now",
                        OPEN,
                    ])
                    .args([
                        "--procedure",
                        if i % 2 == 0 {
                            "cert_renewal"
                        } else {
                            "card_renewal"
                        },
                    ])
                    .arg("--config")
                    .arg(&config)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect()
    };
    let mut running = issuers(100_000);
    std::thread::sleep(Duration::from_millis(1500));
    signal(&cluster.server_pids(), "-KILL");
    let failed = running
        .iter_mut()
        .map(|c| c.wait().unwrap())
        .filter(|s| !s.success())
        .count();
    cluster.stop();
    cluster.start();
    // And once more after the crash: the numbers go on from the last committed one.
    for mut c in issuers(20) {
        c.wait().unwrap();
    }
    let mut c = config_of(&config);
    c.tickets.database = Database::Postgres(url);
    let store = madoguchi::tickets::open(&c, local(OPEN)).unwrap();
    let (count, contiguous) = contiguous_per_window(store.as_ref(), local(OPEN).date());
    Row {
        area: "postgresql",
        case: "PostgreSQL killed (`kill -9`, every server process) while 10 kiosk processes issue, then restarted and issuing again".into(),
        expected: "every committed number once, contiguous per window, before and after the crash".into(),
        observed: format!("{failed} of 10 issuers stopped with an error at the kill; {count} tickets, contiguous per window: {contiguous}"),
        passed: contiguous && count > 200,
    }
}

fn config_of(path: &Path) -> Config {
    Config::load(path).unwrap()
}

fn pg_stalled() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::new();
    let config = pg_config(&cluster, "stall", dir.path());
    let store = std::sync::Mutex::new(madoguchi::tickets::open(&config, local(OPEN)).unwrap());
    let order = madoguchi::tickets::Order::for_procedures(
        &config,
        &[madoguchi::domain::Procedure::CertRenewal],
        "ja",
    )
    .unwrap();
    let details = madoguchi::printer::TicketDetails::for_procedures(&order.procedures, &config);
    let issue = || madoguchi::ui::issue_now(&store, &config, &order, &details, local(OPEN));
    let first = issue().map(|t| t.ticket.number.to_string());
    let pids = cluster.server_pids();
    signal(&pids, "-STOP");
    let started = Instant::now();
    let stalled = issue().map(|t| t.ticket.number.to_string());
    let gave_up = started.elapsed();
    // The rest of the 10 s, then the server goes on.
    std::thread::sleep(Duration::from_secs(10).saturating_sub(gave_up));
    signal(&pids, "-CONT");
    let after = issue().map(|t| t.ticket.number.to_string());
    let (count, contiguous) =
        contiguous_per_window(store.lock().unwrap().as_ref(), local(OPEN).date());
    Row {
        area: "postgresql",
        case: "the database stalled: every server process stopped (SIGSTOP) for 10 s during an issue, then continued".into(),
        expected: format!(
            "the issue gives up within the {} s deadline, telling residents to go to the reception desk; nothing duplicated after SIGCONT",
            madoguchi::tickets::POSTGRES_DEADLINE.as_secs()
        ),
        observed: format!(
            "{first:?}; stalled: {} after {} ms; after SIGCONT {after:?}; {count} tickets, contiguous: {contiguous}",
            match &stalled {
                Ok(n) => format!("issued {n}"),
                Err(e) => e.to_string(),
            },
            gave_up.as_millis()
        ),
        passed: matches!(&stalled, Err(e) if e.is_outage())
            && gave_up < madoguchi::tickets::POSTGRES_DEADLINE + Duration::from_secs(1)
            && after.is_ok()
            && contiguous,
    }
}

fn pg_two_desks_at_once() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::new();
    let config = pg_config(&cluster, "desks", dir.path());
    let store = madoguchi::tickets::open(&config, local(OPEN)).unwrap();
    let order = madoguchi::tickets::Order::for_procedures(
        &config,
        &[madoguchi::domain::Procedure::CertRenewal],
        "ja",
    )
    .unwrap();
    const TICKETS: u32 = 1000;
    for _ in 0..TICKETS {
        store.issue(&order, local(OPEN)).unwrap();
    }
    // Each pair of calls starts at the same instant.
    let barrier = Arc::new(std::sync::Barrier::new(2));
    let desks: Vec<_> = ["1", "2"]
        .into_iter()
        .map(|desk| {
            let store = madoguchi::tickets::open(&config, local(OPEN)).unwrap();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let mut called = Vec::new();
                for _ in 0..TICKETS / 2 {
                    barrier.wait();
                    if let Some(t) = store
                        .call_next("certificates", desk, desk, local(OPEN))
                        .unwrap()
                    {
                        called.push(t.number.seq);
                    }
                }
                called
            })
        })
        .collect();
    let all: Vec<u32> = desks.into_iter().flat_map(|d| d.join().unwrap()).collect();
    let distinct: std::collections::BTreeSet<u32> = all.iter().copied().collect();
    Row {
        area: "postgresql",
        case: format!(
            "two desks pressing Call at the same instant, {} times each",
            TICKETS / 2
        ),
        expected: "no ticket called twice, none skipped".into(),
        observed: format!(
            "{} calls, {} distinct tickets, all of 1..={TICKETS}: {}",
            all.len(),
            distinct.len(),
            distinct == (1..=TICKETS).collect()
        ),
        passed: all.len() == TICKETS as usize && distinct == (1..=TICKETS).collect(),
    }
}

fn pg_day_changes_with_tickets_waiting() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let cluster = PgCluster::new();
    let url = cluster.create_database("days");
    let file = config_file(&url, dir.path());
    let run = |args: &[&str]| {
        String::from_utf8_lossy(&common::run_on(&file, args).stdout)
            .trim()
            .to_owned()
    };
    for _ in 0..4 {
        run(&[
            "ticket",
            "issue",
            "--procedure",
            "cert_renewal",
            "--now",
            "2027-05-06T16:50",
        ]);
    }
    run(&[
        "ticket",
        "call",
        "--window",
        "certificates",
        "--counter",
        "1",
        "--now",
        "2027-05-06T17:00",
    ]);
    run(&["ticket", "done", "A-001", "--now", "2027-05-06T17:05"]);
    // The next morning's first kiosk or desk closes yesterday's line.
    let next = run(&[
        "ticket",
        "issue",
        "--procedure",
        "cert_renewal",
        "--now",
        "2027-05-07T08:31",
    ]);
    let yesterday = run(&["queue", "status", "--json", "--now", "2027-05-06T23:00"]);
    let json: serde_json::Value = serde_json::from_str(&yesterday).unwrap_or_default();
    let w = &json["windows"][0];
    Row {
        area: "postgresql",
        case: "the day changes with 3 tickets still waiting".into(),
        expected: "yesterday's waiting tickets closed as not served and counted; numbering starts again at A-001".into(),
        observed: format!(
            "next morning: {next:?}; yesterday: served {}, not served {}, waiting {}",
            w["served"], w["not_served"], w["waiting"]
        ),
        passed: next.starts_with("A-001")
            && w["served"] == 1
            && w["not_served"] == 3
            && w["waiting"] == 0,
    }
}

// ---- clock ----------------------------------------------------------------------------------

fn day_change_mid_session() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk(dir.path());
    k.clock.set(local("2027-05-06T17:00"));
    k.walk_to_checklist();
    k.touch(Touch::GetTicket);
    let first = k.screen();
    k.touch(Touch::Continue);
    k.send(Message::DemoRemove);
    // Past midnight, and the next morning with the counters open.
    k.walk_to_checklist();
    k.clock.set(local("2027-05-07T09:00"));
    k.touch(Touch::GetTicket);
    let next_day = k.screen();
    Row {
        area: "clock",
        case: "the day changes during a session".into(),
        expected:
            "the ticket is numbered for the new day (A-001 again); nothing of the old day lost"
                .into(),
        observed: format!("{}; then {}", screen_name(&first), screen_name(&next_day)),
        passed: matches!(&first, Screen::Ticket { ticket, .. } if ticket.number.to_string() == "A-001")
            && matches!(&next_day, Screen::Ticket { ticket, .. } if ticket.number.to_string() == "A-001" && ticket.day.to_string() == "2027-05-07"),
    }
}

fn clock_steps_back() -> Row {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk(dir.path());
    k.clock.set(local("2027-05-06T11:00"));
    k.walk_to_checklist();
    k.touch(Touch::GetTicket);
    k.touch(Touch::Continue);
    k.send(Message::DemoRemove);
    k.clock.set(local("2027-05-06T10:00"));
    k.walk_to_checklist();
    k.touch(Touch::GetTicket);
    let after = k.screen();
    let stored = k.numbers();
    // The wall clock steps back again while the ticket is on screen; the screen's 20 s still
    // run out on time, and not a second early.
    k.clock.set(local("2027-05-06T09:00"));
    k.clock.advance(TICKET_SCREEN - Duration::from_secs(1));
    k.send(Message::Tick);
    let before_due = k.screen();
    k.clock.advance(Duration::from_secs(1));
    k.send(Message::Tick);
    let when_due = k.screen();
    Row {
        area: "clock",
        case: "the clock steps back an hour between two tickets, and again while a ticket is on screen".into(),
        expected: "the next number follows on (no repeat); the ticket screen's 20 s run out on time (timeouts run on a monotonic clock)".into(),
        observed: format!(
            "{}; stored {:?}; after 19 s {}, after 20 s {}",
            screen_name(&after),
            stored,
            screen_name(&before_due),
            screen_name(&when_due)
        ),
        passed: stored == ["A-001", "A-002"]
            && matches!(before_due, Screen::Ticket { .. })
            && when_due == Screen::TakeCard,
    }
}

/// Temporary folders and the test server's port differ on every run; the report names them
/// `<tmp>` and `<port>`.
fn without_temp_paths(text: &str) -> String {
    let text = without_ports(text);
    let text = text.as_str();
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("/tmp/.tmp") {
        out.push_str(&rest[..at]);
        out.push_str("<tmp>");
        let after = &rest[at + "/tmp/.tmp".len()..];
        rest = after.find('/').map_or("", |slash| &after[slash..]);
    }
    out.push_str(rest);
    out
}

fn without_ports(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("127.0.0.1:") {
        out.push_str(&rest[..at + "127.0.0.1:".len()]);
        rest = rest[at + "127.0.0.1:".len()..].trim_start_matches(|c: char| c.is_ascii_digit());
        out.push_str("<port>");
    }
    out.push_str(rest);
    out
}

fn write_report(rows: &[Row]) {
    let mut table =
        String::from("| area | case | expected | observed | result |\n|---|---|---|---|---|\n");
    for r in rows {
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            r.area,
            r.case,
            r.expected,
            without_temp_paths(&r.observed)
                .replace('|', "/")
                .replace('\n', " "),
            if r.passed { "pass" } else { "**FAIL**" }
        ));
    }
    // The table goes under target/, so a test run leaves the tree as it found it;
    // scripts/reliability-table puts it into docs/reliability.md on purpose.
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fault-matrix.md");
    let generated = format!(
        "Generated by `scripts/reliability-table` (`cargo test --test faults`, {} cases).\n\n{table}",
        rows.len()
    );
    std::fs::write(&path, generated).unwrap();
    println!("the fault matrix is in {}", path.display());
}

#[test]
fn the_fault_matrix_passes_and_its_table_is_written() {
    let mut rows = vec![card_removed_at_every_apdu()];
    rows.push(quirky_card(
        "answers chained with 61xx (GET RESPONSE)",
        Quirks {
            get_response: true,
            ..Quirks::default()
        },
        Profile::Renewable,
    ));
    rows.push(quirky_card(
        "6Cxx: wrong Le first",
        Quirks {
            wrong_le: true,
            ..Quirks::default()
        },
        Profile::Renewable,
    ));
    rows.push(quirky_card(
        "500 ms per APDU",
        Quirks {
            delay: Duration::from_millis(500),
            ..Quirks::default()
        },
        Profile::Renewable,
    ));
    rows.push(damaged_certificate(
        "the authentication certificate's file truncated to half",
        CertificateDamage::Truncated,
    ));
    rows.push(damaged_certificate(
        "the authentication certificate's file empty",
        CertificateDamage::Empty,
    ));
    rows.push(garbage_card_twice());
    rows.extend(reader_and_pcscd_go_and_return());
    rows.push(whole_kiosk_loses_the_reader(ServiceLoss::PcscdKilled));
    rows.push(whole_kiosk_loses_the_reader(ServiceLoss::ReaderUnplugged));
    rows.push(printer_fault(
        "paper end",
        faulty_printer(PrinterFault::PaperEnd),
    ));
    rows.push(printer_fault(
        "cover open",
        faulty_printer(PrinterFault::CoverOpen),
    ));
    rows.push(printer_fault(
        "unreachable (nothing listening)",
        "127.0.0.1:9".into(),
    ));
    rows.push(printer_fault(
        "accepts bytes, never answers",
        faulty_printer(PrinterFault::Mute),
    ));
    rows.push(read_only_database());
    rows.push(locked_database());
    rows.push(full_disk());
    rows.push(killed_while_issuing());
    rows.push(pg_stopped_while_serving());
    rows.push(pg_killed_during_ten_issuers());
    rows.push(pg_stalled());
    rows.push(pg_two_desks_at_once());
    rows.push(pg_day_changes_with_tickets_waiting());
    rows.push(database::failover_during_ten_issuers());
    rows.extend(database::standby_alone());
    rows.push(database::both_down_then_one_back());
    rows.push(database::kiosk_process_without_a_database());
    rows.extend(database::tls_rows());
    rows.push(day_change_mid_session());
    rows.push(clock_steps_back());
    write_report(&rows);
    for r in &rows {
        println!(
            "{}: {}: {}",
            if r.passed { "pass" } else { "FAIL" },
            r.case,
            r.observed
        );
    }
    let failed: Vec<&str> = rows
        .iter()
        .filter(|r| !r.passed)
        .map(|r| r.case.as_str())
        .collect();
    assert!(failed.is_empty(), "failed: {failed:?}");
}
