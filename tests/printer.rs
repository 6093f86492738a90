//! The ticket on paper: rendered, encoded as ESC/POS, decoded back, and sent to a fake printer on 127.0.0.1.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use madoguchi::card::Genuineness;
use madoguchi::config::{Config, Printer, PrinterDriver};
use madoguchi::domain::Procedure;
use madoguchi::i18n::Catalog;
use madoguchi::printer::layout::{Raster, render};
use madoguchi::printer::{self, TicketDetails, escpos, ticket_view};
use madoguchi::tickets::{Brief, Order, PrintOutcome, SqliteStore, Ticket, TicketStore};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Config {
    Config::load(&root().join("kiosk.toml")).unwrap()
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn ticket(procedures: &[Procedure], lang: &str, config: &Config) -> Ticket {
    let order = if procedures.is_empty() {
        Order::consultation(config, lang, Brief::default()).unwrap()
    } else {
        Order::for_procedures(config, procedures, lang).unwrap()
    };
    Ticket {
        id: 1,
        day: at("2027-05-06T10:15").date(),
        number: "A-007".parse().unwrap(),
        procedures: procedures.to_vec(),
        language: lang.into(),
        issued_at: at("2027-05-06T10:15"),
        printed_at: None,
        outcome: PrintOutcome::Pending,
        brief: Brief::default(),
        queue: madoguchi::queue::Progress::waiting(&order.window),
        phone_token: None,
    }
}

fn raster(
    procedures: &[Procedure],
    lang: &str,
    width: u32,
    genuineness: Option<Genuineness>,
) -> Raster {
    let config = config();
    let mut t = ticket(procedures, lang, &config);
    t.brief.genuineness = genuineness;
    let details = TicketDetails::for_procedures(procedures, &config);
    render(
        &ticket_view(&t, &details, &config, Catalog::embedded()),
        width,
    )
    .unwrap()
}

/// A small ESC/POS reader: the raster that `GS v 0` bands describe.
fn decode(bytes: &[u8]) -> Raster {
    let mut i = 0;
    let mut width = 0;
    let mut bits = Vec::new();
    let mut cut = false;
    while i < bytes.len() {
        match &bytes[i..] {
            [0x1B, 0x40, ..] => i += 2,
            [0x1D, 0x76, 0x30, 0x00, xl, xh, yl, yh, ..] => {
                let per_row = u16::from_le_bytes([*xl, *xh]) as usize;
                let rows = u16::from_le_bytes([*yl, *yh]) as usize;
                width = per_row as u32 * 8;
                bits.extend_from_slice(&bytes[i + 8..i + 8 + per_row * rows]);
                i += 8 + per_row * rows;
            }
            [0x1B, 0x64, _, ..] => i += 3,
            [0x1D, 0x56, 0x42, _, ..] => {
                cut = true;
                i += 4;
            }
            other => panic!("unexpected ESC/POS byte {:#04x} at {i}", other[0]),
        }
    }
    assert!(cut, "the ticket is never cut");
    let height = (bits.len() / (width as usize / 8)) as u32;
    Raster {
        width,
        height,
        bits,
    }
}

#[test]
fn escpos_bytes_decode_back_to_the_same_image() {
    for (width, lang) in [(576, "ja"), (384, "en")] {
        let r = raster(
            &[Procedure::PinReset, Procedure::CertRenewal],
            lang,
            width,
            None,
        );
        assert_eq!(r.width, width);
        let decoded = decode(&escpos::ticket_bytes(&r));
        assert_eq!(decoded, r, "{lang} at {width} dots");
    }
}

#[test]
fn the_qr_code_reads_back_as_the_procedures_page() {
    let r = raster(&[Procedure::CertRenewal], "ja", 576, None);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(r.width as usize, r.height as usize, |x, y| {
            if r.black(x as u32, y as u32) { 0 } else { 255 }
        });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, config().tickets.qr[&Procedure::CertRenewal]);
    // A procedure without a page has no code.
    let none = raster(&[Procedure::CardApplication], "ja", 576, None);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(
        none.width as usize,
        none.height as usize,
        |x, y| {
            if none.black(x as u32, y as u32) {
                0
            } else {
                255
            }
        },
    );
    assert!(image.detect_grids().is_empty());
}

#[test]
fn with_a_public_url_the_ticket_carries_its_phone_page_as_a_second_code() {
    let mut config = config();
    config.server.public_url = Some("https://madoguchi.city.example.jp/".into());
    let mut t = ticket(&[Procedure::CertRenewal], "en", &config);
    t.phone_token = Some("0123456789abcdef0123456789abcdef".into());
    let details = TicketDetails::for_procedures(&t.procedures, &config);
    let view = ticket_view(&t, &details, &config, Catalog::embedded());
    assert_eq!(
        view.qr[0].1,
        "Scan to check your place in line on your phone"
    );
    let r = render(&view, 576).unwrap();
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(r.width as usize, r.height as usize, |x, y| {
            if r.black(x as u32, y as u32) { 0 } else { 255 }
        });
    let mut read: Vec<String> = image
        .detect_grids()
        .iter()
        .map(|g| g.decode().unwrap().1)
        .collect();
    read.sort();
    assert_eq!(
        read,
        [
            "https://madoguchi.city.example.jp/t/0123456789abcdef0123456789abcdef".to_owned(),
            config.tickets.qr[&Procedure::CertRenewal].clone(),
        ]
    );
    // Without a public address, no phone code.
    config.server.public_url = None;
    let view = ticket_view(&t, &details, &config, Catalog::embedded());
    assert_eq!(view.qr.len(), 1);
}

/// Compares with the reviewed reference in tests/reference; MADOGUCHI_UPDATE_REFERENCE=1
/// writes a new one (look at it before committing).
fn matches_reference(name: &str, r: &Raster) {
    let path = root().join("tests/reference").join(name);
    if std::env::var_os("MADOGUCHI_UPDATE_REFERENCE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, r.png().unwrap()).unwrap();
        return;
    }
    let reference = tiny_skia::Pixmap::load_png(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; write it with MADOGUCHI_UPDATE_REFERENCE=1",
            path.display()
        )
    });
    assert_eq!(
        (reference.width(), reference.height()),
        (r.width, r.height),
        "{name}: size"
    );
    let differing = reference
        .pixels()
        .iter()
        .enumerate()
        .filter(|(i, px)| {
            let (x, y) = (*i as u32 % r.width, *i as u32 / r.width);
            (px.red() < 128) != r.black(x, y)
        })
        .count();
    assert_eq!(
        differing, 0,
        "{name}: {differing} dots differ from the reviewed reference"
    );
}

#[test]
fn tickets_match_the_reviewed_references() {
    let both = [Procedure::PinReset, Procedure::CertRenewal];
    matches_reference("ticket-ja-80mm.png", &raster(&both, "ja", 576, None));
    matches_reference(
        "ticket-en-80mm-unverified.png",
        &raster(
            &[Procedure::CertRenewal],
            "en",
            576,
            Some(Genuineness::Unverified),
        ),
    );
    matches_reference(
        "ticket-ja-58mm-reissue.png",
        &raster(&[Procedure::CardReissue], "ja", 384, None),
    );
    // Readings over the kanji; Chinese shapes; Devanagari's conjuncts.
    let both = [Procedure::PinReset, Procedure::CertRenewal];
    for lang in ["ja-easy", "zh-Hant", "ne"] {
        matches_reference(
            &format!("ticket-{lang}-58mm.png"),
            &raster(&both, lang, 384, None),
        );
    }
}

/// The longest ticket (both certificate procedures and a checklist) in every offered
/// language on 58 mm paper: the text wraps inside the margins, nothing runs off the paper.
#[test]
fn every_language_s_ticket_fits_58_mm_paper_inside_its_margins() {
    let both = [Procedure::PinReset, Procedure::CertRenewal];
    for lang in &config().languages.offered {
        let r = raster(&both, lang, 384, None);
        // The layout's margin is 16 dots at 80 mm, 10.7 at 58 mm.
        let inked_outside = (0..r.height)
            .flat_map(|y| (0..10).chain(r.width - 10..r.width).map(move |x| (x, y)))
            .filter(|(x, y)| r.black(*x, *y))
            .count();
        assert_eq!(inked_outside, 0, "{lang}: ink in the margins");
        if std::env::var_os("MADOGUCHI_SCREENS").is_some() {
            let dir = PathBuf::from(std::env::var_os("MADOGUCHI_SCREENS").unwrap());
            std::fs::write(dir.join(format!("paper-{lang}-58mm.png")), r.png().unwrap()).unwrap();
        }
    }
}

/// How the fake printer answers.
#[derive(Clone, Copy, Debug)]
enum Behaviour {
    Ready,
    PaperEnd,
    CoverOpen,
    /// Takes every byte and never answers a status request.
    Mute,
    /// Fine before the job, out of paper after it.
    PaperRunsOut,
}

/// A network printer on 127.0.0.1 that answers `DLE EOT` as told and keeps what it is sent.
fn fake_printer(behaviour: Behaviour) -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let received = Arc::new(Mutex::new(Vec::new()));
    let sink = received.clone();
    std::thread::spawn(move || {
        let Ok((mut stream, _)) = listener.accept() else {
            return;
        };
        let mut statuses = 0;
        let mut buf = [0u8; 4096];
        let mut pending: Vec<u8> = Vec::new();
        loop {
            let n = match stream.read(&mut buf) {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            pending.extend_from_slice(&buf[..n]);
            // Parse whole commands as a printer does: image data is skipped by its length,
            // so a 10 04 inside it is not a status request.
            loop {
                let len = match &pending[..] {
                    [0x10, 0x04, _, ..] => 3,
                    [0x1B, 0x40, ..] => 2,
                    [0x1B, 0x64, _, ..] => 3,
                    [0x1D, 0x56, 0x42, _, ..] => 4,
                    [0x1D, 0x76, 0x30, 0x00, xl, xh, yl, yh, ..] => {
                        8 + u16::from_le_bytes([*xl, *xh]) as usize
                            * u16::from_le_bytes([*yl, *yh]) as usize
                    }
                    _ => break,
                };
                if pending.len() < len {
                    break;
                }
                let command: Vec<u8> = pending.drain(..len).collect();
                if command[..2] != [0x10, 0x04] {
                    sink.lock().unwrap().extend_from_slice(&command);
                    continue;
                }
                statuses += 1;
                let after_job = statuses > 3;
                let answer = match (behaviour, command[2]) {
                    (Behaviour::Mute, _) => continue,
                    (Behaviour::PaperEnd, 4) => 0x72,
                    (Behaviour::PaperRunsOut, 4) if after_job => 0x72,
                    (Behaviour::CoverOpen, 1) => 0x1A,
                    (Behaviour::CoverOpen, 2) => 0x16,
                    _ => 0x12,
                };
                let _ = stream.write_all(&[answer]);
            }
        }
    });
    (address, received)
}

fn tcp_printer(address: &str) -> Printer {
    Printer {
        driver: PrinterDriver::Tcp,
        address: Some(address.into()),
        ..Printer::default()
    }
}

#[test]
fn a_ready_printer_gets_exactly_the_ticket_bytes() {
    let (address, received) = fake_printer(Behaviour::Ready);
    let r = raster(&[Procedure::CertRenewal], "ja", 576, None);
    let report = printer::print(&tcp_printer(&address), &r, "A-007");
    assert_eq!(report.outcome, PrintOutcome::Printed);
    std::thread::sleep(Duration::from_millis(100));
    let got = received.lock().unwrap();
    let sent = escpos::ticket_bytes(&r);
    assert_eq!(got.len(), sent.len());
    assert!(
        *got == sent,
        "the printer received other bytes than the ticket's"
    );
}

#[test]
fn each_printer_fault_is_reported_and_the_ticket_stays_issued() {
    let dir = tempfile::tempdir().unwrap();
    let store =
        SqliteStore::open(&dir.path().join("t.sqlite"), "main", at("2027-05-06T10:15")).unwrap();
    let config = config();
    let order = Order::for_procedures(&config, &[Procedure::CertRenewal], "ja").unwrap();
    let closed_port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "paper end",
            fake_printer(Behaviour::PaperEnd).0,
            "paper_end",
        ),
        (
            "cover open",
            fake_printer(Behaviour::CoverOpen).0,
            "cover_open",
        ),
        ("unreachable", closed_port, "unreachable"),
        (
            "never answers",
            fake_printer(Behaviour::Mute).0,
            "no_answer",
        ),
        (
            "paper runs out on this ticket",
            fake_printer(Behaviour::PaperRunsOut).0,
            "paper_end",
        ),
    ];
    for (case, address, reason) in cases {
        let ticket = store.issue(&order, at("2027-05-06T10:15")).unwrap();
        let view = ticket_view(
            &ticket,
            &TicketDetails::for_procedures(&ticket.procedures, &config),
            &config,
            Catalog::embedded(),
        );
        let r = render(&view, 576).unwrap();
        let started = Instant::now();
        let report = printer::print(&tcp_printer(&address), &r, &ticket.number.to_string());
        let took = started.elapsed();
        assert_eq!(
            report.outcome,
            PrintOutcome::Failed(reason.into()),
            "{case}"
        );
        assert!(took < printer::PRINT_DEADLINE, "{case} took {took:?}");
        store
            .record_print(ticket.id, &report.outcome, at("2027-05-06T10:15"))
            .unwrap();
        let kept = store.find(ticket.day, &ticket.number).unwrap();
        assert_eq!(kept.outcome, PrintOutcome::Failed(reason.into()), "{case}");
        println!(
            "{case}: {} reported as {reason} in {} ms",
            ticket.number,
            took.as_millis()
        );
    }
    // When the printer is fixed, a reprint of a failed ticket uses its number.
    let failed = store
        .tickets_on(at("2027-05-06T10:15").date())
        .unwrap()
        .remove(0);
    let (address, received) = fake_printer(Behaviour::Ready);
    let view = ticket_view(
        &failed,
        &TicketDetails::for_procedures(&failed.procedures, &config),
        &config,
        Catalog::embedded(),
    );
    let r = render(&view, 576).unwrap();
    let report = printer::print(&tcp_printer(&address), &r, &failed.number.to_string());
    assert_eq!(report.outcome, PrintOutcome::Printed);
    store
        .record_print(failed.id, &report.outcome, at("2027-05-06T10:20"))
        .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(decode(&received.lock().unwrap()), r);
    let numbers: Vec<String> = store
        .tickets_on(failed.day)
        .unwrap()
        .iter()
        .map(|t| t.number.to_string())
        .collect();
    assert_eq!(numbers, ["A-001", "A-002", "A-003", "A-004", "A-005"]);
}

#[test]
fn ticket_issue_print_with_the_file_driver_writes_bytes_and_a_preview() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("kiosk.toml"))
        .unwrap()
        .replace(
            "\"assets/holidays/",
            &format!("\"{}/assets/holidays/", root().display()),
        );
    let config_path = dir.path().join("kiosk.toml");
    std::fs::write(&config_path, text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args([
            "ticket",
            "issue",
            "--procedure",
            "card_reissue",
            "--lang",
            "en",
            "--print",
        ])
        .args(["--now", "2027-05-06T10:15", "--config"])
        .arg(&config_path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.trim(),
        "B-001 counter 2 Citizens Division, My Number Card counter (printed)"
    );
    let printed = dir.path().join("printed-tickets");
    let bytes = std::fs::read(printed.join("B-001.escpos")).unwrap();
    let png = tiny_skia::Pixmap::load_png(printed.join("B-001.png")).unwrap();
    let decoded = decode(&bytes);
    assert_eq!((png.width(), png.height()), (decoded.width, decoded.height));
    assert_eq!(decoded.width, 576);
    let listed = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["ticket", "list", "--date", "2027-05-06", "--config"])
        .arg(&config_path)
        .output()
        .unwrap();
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert!(
        listed.contains("B-001\tcards\tcard_reissue\ten\t10:15:00\t"),
        "{listed}"
    );
    assert!(
        listed.trim_end().ends_with("\tprinted\twaiting\t-"),
        "{listed}"
    );
}

#[test]
fn a_missing_usb_printer_fails_at_once() {
    let printer = Printer {
        driver: PrinterDriver::Usb,
        device: Some(Path::new("/dev/usb/lp-missing").into()),
        ..Printer::default()
    };
    let r = raster(&[Procedure::CertRenewal], "ja", 576, None);
    let report = printer::print(&printer, &r, "A-001");
    assert_eq!(report.outcome, PrintOutcome::Failed("unplugged".into()));
}

/// A ticket's picture and what it says, with `brief` for the clerk.
fn with_brief(
    procedures: &[Procedure],
    lang: &str,
    width: u32,
    brief: Brief,
) -> (madoguchi::printer::layout::TicketView, Raster) {
    let config = config();
    let mut t = ticket(procedures, lang, &config);
    t.brief = brief;
    let details = TicketDetails::for_procedures(procedures, &config);
    let view = ticket_view(&t, &details, &config, Catalog::embedded());
    let r = render(&view, width).unwrap();
    (view, r)
}

// The review's P10/P11: the clerk reads what the kiosk learned, in Japanese, at 24 dots or
// more even on 58 mm paper, and never an empty 職員用 line.
#[test]
fn the_staff_block_is_in_japanese_and_at_least_24_dots_high_on_58_mm_paper() {
    use madoguchi::domain::{Status, Visitor};
    let brief = Brief {
        status: Some(Status::Renewable),
        auth_pin_locked: true,
        visitor: Some(Visitor::Proxy),
        inquiry_form: Some(true),
        ..Brief::default()
    };
    let (view, with) = with_brief(&[Procedure::CertRenewal], "en", 384, brief);
    assert_eq!(view.staff[0], "職員用");
    let joined = view.staff.join("\n");
    for part in [
        "手続き: 電子証明書の更新",
        "状態: 更新期間中",
        "利用者証明用暗証番号: ロック",
        "来庁者: 任意代理人",
        "照会書兼回答書: 持参",
        "案内した言語: 英語",
    ] {
        assert!(joined.contains(part), "{part:?} not in {joined}");
    }
    // Each line of the block takes at least a 24-dot line of type (24 × 1.3 dots), on 58 mm.
    let (plain, without) = with_brief(&[Procedure::CertRenewal], "ja", 384, Brief::default());
    assert!(plain.staff.is_empty(), "{:?}", plain.staff);
    let (ja_view, ja_with) = with_brief(
        &[Procedure::CertRenewal],
        "ja",
        384,
        Brief {
            status: Some(Status::Renewable),
            ..Brief::default()
        },
    );
    let lines = ja_view.staff.len() as u32;
    let added = ja_with.height - without.height;
    assert!(
        added >= lines * 31,
        "{lines} staff lines take {added} dots on 58 mm paper"
    );
    assert!(with.height > without.height);
}

#[test]
fn a_consultation_ticket_says_why_it_was_issued_and_has_no_dangling_staff_line() {
    use madoguchi::tickets::AskedFrom;
    let brief = Brief {
        asked_from: Some(AskedFrom::CouldNotRead),
        ..Brief::default()
    };
    let (view, _) = with_brief(&[], "en", 576, brief);
    let joined = view.staff.join("\n");
    assert!(joined.contains("相談(手続き未定)"), "{joined}");
    assert!(
        joined.contains("相談を押した画面: 読み取りエラー"),
        "{joined}"
    );
    assert!(
        joined.contains("キオスクではカードを読み取れませんでした"),
        "{joined}"
    );
    assert!(
        view.staff.iter().all(|l| !l.trim_end().ends_with(':')),
        "{joined}"
    );
}

// The second walk: an English resident with an unverifiable card was handed, in English, a
// message about them meant for staff. Staff read Japanese; the resident reads what to do.
#[test]
fn an_unverified_card_s_ticket_tells_staff_in_japanese_and_the_resident_only_what_to_do() {
    let brief = Brief {
        genuineness: Some(Genuineness::Unverified),
        ..Brief::default()
    };
    for lang in ["en", "vi", "zh-Hans"] {
        let (view, _) = with_brief(&[Procedure::PinReset], lang, 576, brief.clone());
        let warning = view.warning.unwrap_or_default();
        let catalog = Catalog::embedded();
        assert!(
            warning.contains(&catalog.text("ja", "ticket-check-card", &[])),
            "{lang}: {warning}"
        );
        assert!(
            !warning.contains(&catalog.text(lang, "ticket-check-card", &[])),
            "{lang}: the staff's warning in the resident's language: {warning}"
        );
        assert!(
            warning.contains(&catalog.text(lang, "conclusion-title-unverified", &[])),
            "{lang}: {warning}"
        );
    }
}
