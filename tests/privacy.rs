//! The privacy scan: sessions with every sample card, whose certificate serial, subject, CRL point and card record carry marker strings, then a search of everything the kiosk wrote (database, log, printed bytes, temporary files) for any of them: once in process, and once with the kiosk binary reading virtual cards through a real pcscd.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::NaiveDateTime;
use common::{KioskProcess, Pcscd, Xvfb, bin};
use madoguchi::card::profiles::{Profile, markers};
use madoguchi::clock::FixedClock;
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::domain::{NoCardReason, Question, Visitor};
use madoguchi::maintenance::{PinKey, StaffScreen};
use madoguchi::session::{Answer, Screen, Touch};
use madoguchi::ui::staff::StaffTouch;
use madoguchi::ui::{App, Message};

/// A log sink shared with the test: what the kiosk logged, as bytes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn send(app: &mut App, message: Message) {
    for job in app.handle(message) {
        if let Some(reply) = app.carry_out_now(&job) {
            send(app, reply);
        }
    }
}

/// Walks a session to its end the way a resident would: on, past every question, to a ticket
/// when one is offered.
fn serve(app: &mut App, profile: Profile) {
    send(app, Message::DemoInsert(profile));
    for _ in 0..20 {
        let touch = match app.session().screen() {
            Screen::Status | Screen::Ticket { .. } | Screen::NoTicket(_) => Touch::Continue,
            Screen::Question(Question::Visitor) => Touch::Answer(Answer::Visitor(Visitor::Holder)),
            Screen::Question(Question::NoCardReason) => {
                Touch::Answer(Answer::NoCardReason(NoCardReason::Lost))
            }
            Screen::Question(_) => Touch::Answer(Answer::Yes),
            Screen::Checklist => Touch::GetTicket,
            Screen::CouldNotRead { .. } => Touch::AskCounter,
            _ => break,
        };
        send(app, Message::Touch(touch));
    }
    send(app, Message::DemoRemove);
}

/// Every form a marker could be written in: as text, and the serial's bytes as hex.
fn marker_forms() -> Vec<(String, Vec<u8>)> {
    let serial_hex = markers::CERT_SERIAL
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    vec![
        ("subject".into(), markers::SUBJECT.as_bytes().to_vec()),
        (
            "card serial".into(),
            markers::CARD_SERIAL.as_bytes().to_vec(),
        ),
        ("CRL point".into(), markers::CRL_POINT.as_bytes().to_vec()),
        ("certificate serial".into(), markers::CERT_SERIAL.to_vec()),
        (
            "certificate serial, hex".into(),
            serial_hex.clone().into_bytes(),
        ),
        (
            "certificate serial, HEX".into(),
            serial_hex.to_uppercase().into_bytes(),
        ),
    ]
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn nothing_the_kiosk_writes_holds_a_card_holders_marker() {
    let dir = tempfile::tempdir().unwrap();
    let log = Captured::default();
    let sink = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || sink.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let mut config =
        Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    config.tickets.database = dir.path().join("tickets.sqlite").into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.path().join("printed"));
    let open = NaiveDateTime::parse_from_str("2027-05-06T10:15", "%Y-%m-%dT%H:%M").unwrap();
    let mut app = App::new(config, Arc::new(FixedClock(open)), true);
    for profile in Profile::ALL {
        serve(&mut app, profile);
    }
    // The staff card test shows a card's facts too: enter with the example PIN, read a card.
    send(&mut app, Message::StaffShortcut);
    for d in [1, 2, 3, 4, 5, 6] {
        send(&mut app, Message::Staff(StaffTouch::Pin(PinKey::Digit(d))));
    }
    send(&mut app, Message::Staff(StaffTouch::Pin(PinKey::Enter)));
    send(
        &mut app,
        Message::Staff(StaffTouch::Go(StaffScreen::CardTest)),
    );
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    assert!(
        app.staffroom().card_test.is_some(),
        "the card test read the card"
    );
    send(&mut app, Message::DemoRemove);
    send(&mut app, Message::Staff(StaffTouch::Exit));
    drop(app);

    let printed = files_under(&dir.path().join("printed"));
    assert!(
        printed
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "escpos")),
        "the sessions printed tickets"
    );
    let log = log.0.lock().unwrap().clone();
    assert!(
        contains(&log, b"card read:"),
        "the sessions were logged: {}",
        String::from_utf8_lossy(&log)
    );
    let mut scanned = vec![("the log".to_owned(), log)];
    for file in files_under(dir.path()) {
        scanned.push((file.display().to_string(), std::fs::read(&file).unwrap()));
    }
    let hits = hits_in(&scanned);
    assert!(hits.is_empty(), "card data was written: {hits:?}");
    println!(
        "privacy scan: {} files and the log ({} bytes in all) hold none of {} marker forms",
        scanned.len() - 1,
        scanned.iter().map(|(_, b)| b.len()).sum::<usize>(),
        marker_forms().len()
    );
}

/// Searches `scanned` for every marker form; the hits, as "marker in name".
fn hits_in(scanned: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut hits = Vec::new();
    for (name, bytes) in scanned {
        for (marker, form) in marker_forms() {
            if contains(bytes, &form) {
                hits.push(format!("{marker} in {name}"));
            }
        }
    }
    hits
}

/// The real kiosk binary under Xvfb, logging everything of its own at trace level, with its
/// own temporary folder, reads marked virtual cards through pcscd and vpcd; one resident
/// takes a ticket by touch. Then its log, database, printed tickets and temporary files are
/// searched for the markers.
#[test]
fn the_kiosk_process_reading_cards_through_pcscd_writes_no_card_holders_marker() {
    let pcscd = Pcscd::start();
    let config = pcscd.kiosk_config();
    let tmp = pcscd.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let x = Xvfb::start(60 + std::process::id() % 9);
    let kiosk = KioskProcess::start_with(
        bin(),
        &config,
        &x.display,
        &[
            ("MADOGUCHI_LOG", Path::new("info,madoguchi=trace")),
            ("TMPDIR", &tmp),
        ],
    );
    let wait = std::time::Duration::from_secs(10);
    let waiting = "showing the Waiting screen";
    assert!(
        kiosk.wait_for(waiting, 0, wait).is_some(),
        "{}",
        kiosk.log()
    );
    for profile in [
        Profile::Renewable,
        Profile::CardExpiresWithCert,
        Profile::SignPinLocked,
        Profile::Renewable,
    ] {
        let mark = kiosk.mark();
        let card = pcscd.insert(profile, &[]);
        assert!(
            kiosk.wait_for("-> Status", mark, wait).is_some(),
            "{profile}: {}",
            kiosk.log()
        );
        if kiosk.log().contains("ticket A-") {
            // One ticket is enough to scan a printed one; the rest leave at the status screen.
            drop(card);
        } else {
            kiosk.take_a_ticket_by_touch(&x).unwrap();
            drop(card);
            x.click(960, 1016); // 終わる
        }
        assert!(
            kiosk.wait_for(waiting, mark, wait).is_some(),
            "{profile}: {}",
            kiosk.log()
        );
    }
    let log = kiosk.log().into_bytes();
    drop(kiosk);
    let printed = files_under(&pcscd.dir.path().join("printed"));
    assert!(!printed.is_empty(), "a ticket was printed");
    assert!(
        contains(&log, b"card read:"),
        "the reads were logged: {}",
        String::from_utf8_lossy(&log)
    );
    let mut scanned = vec![("the kiosk's log".to_owned(), log)];
    let kiosk_files = printed.into_iter().chain(files_under(&tmp)).chain(
        files_under(pcscd.dir.path())
            .into_iter()
            .filter(|p| p.to_string_lossy().contains("t.sqlite")),
    );
    for file in kiosk_files {
        scanned.push((file.display().to_string(), std::fs::read(&file).unwrap()));
    }
    let hits = hits_in(&scanned);
    assert!(hits.is_empty(), "card data was written: {hits:?}");
    println!(
        "privacy scan, kiosk process: {} files and the log ({} bytes in all) hold none of {} marker forms",
        scanned.len() - 1,
        scanned.iter().map(|(_, b)| b.len()).sum::<usize>(),
        marker_forms().len()
    );
}
