//! The kiosk screen driven by iced_test's simulator: demo tray cards, touches, tickets, in both languages.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDateTime;
use iced::Settings;
use iced_test::simulator::Simulator;
use madoguchi::clock::FixedClock;
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::printer::layout::{FONT_BOLD, FONT_REGULAR};
use madoguchi::session::Screen;
use madoguchi::ui::{App, Message, theme};

/// Thursday 6 May 2027, 10:15: open. Saturday 8 May: closed.
const OPEN: &str = "2027-05-06T10:15";
const CLOSED: &str = "2027-05-08T10:15";

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn app(at: &str, dir: &Path) -> App {
    let mut config =
        Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    config.tickets.database = dir.join("tickets.sqlite");
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.join("printed"));
    App::new(config, Arc::new(FixedClock(local(at))), true)
}

fn settings() -> Settings {
    Settings {
        fonts: vec![FONT_REGULAR.into(), FONT_BOLD.into()],
        default_font: theme::FONT,
        ..Settings::default()
    }
}

/// The screen the kiosk is designed for, and the smallest it must stay usable on.
const FULL_HD: (f32, f32) = (1920.0, 1080.0);
const SMALL: (f32, f32) = (1280.0, 800.0);

/// Clicks the text on the current screen and lets the app handle what follows, effects included.
fn click(app: &mut App, label: &str) {
    click_on(app, label, FULL_HD);
}

fn click_on(app: &mut App, label: &str, screen: (f32, f32)) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), screen, app.view());
        ui.click(label)
            .unwrap_or_else(|e| panic!("no {label:?} on {:?}: {e:?}", app.session().screen()));
        ui.into_messages().collect()
    };
    for message in messages {
        let effects = app.handle(message);
        for effect in effects {
            if let Some(reply) = app.carry_out_now(&effect) {
                let _ = app.handle(reply);
            }
        }
    }
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(settings(), FULL_HD, app.view());
    ui.find(label).is_ok()
}

fn ticket_number(app: &App) -> String {
    match app.session().screen() {
        Screen::Ticket { ticket, .. } => ticket.number.to_string(),
        other => panic!("no ticket: {other:?}"),
    }
}

#[test]
fn a_renewable_card_to_a_printed_ticket_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    assert!(shows(
        &app,
        "マイナンバーカードを読み取り機に置いてください"
    ));
    click(&mut app, "renewable");
    assert!(shows(&app, "！  電子証明書を更新できます"));
    assert!(shows(
        &app,
        "電子証明書の有効期限は2027年6月20日(日)です。あと45日です。"
    ));
    click(&mut app, "次へ");
    assert!(shows(&app, "どなたのカードですか。"));
    click(&mut app, "自分のカード");
    click(&mut app, "はい");
    assert!(shows(&app, "☐ マイナンバーカード(本人のもの・原本)"));
    click(&mut app, "整理券を発行する");
    assert_eq!(ticket_number(&app), "A-001");
    assert!(shows(&app, "A-001"));
    assert!(shows(
        &app,
        "1番窓口  市民課 窓口第一係(電子証明書・暗証番号)"
    ));
    assert!(dir.path().join("printed/A-001.png").exists());
    assert!(dir.path().join("printed/A-001.escpos").exists());
}

#[test]
fn the_same_path_in_english_after_switching_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "English");
    assert!(shows(&app, "Please put your My Number Card on the reader"));
    click(&mut app, "auth-pin-locked");
    assert!(shows(
        &app,
        "Your user-authentication PIN (4 digits) is locked after three wrong tries. The counter can reset it."
    ));
    click(&mut app, "Next");
    click(&mut app, "My own card");
    assert!(shows(&app, "Do you remember the PINs of your card?"));
    click(&mut app, "Yes");
    assert!(shows(
        &app,
        "Since the certificates were issued, has your address, name, date of birth or sex changed?"
    ));
    click(&mut app, "No");
    assert!(shows(
        &app,
        "☐ One ID issued by a public office (driving licence, passport, residence card, health-insurance card, etc.; not expired)"
    ));
    click(&mut app, "Get a ticket");
    assert_eq!(ticket_number(&app), "A-001");
    assert!(shows(&app, "Please take your ticket"));
    assert!(shows(
        &app,
        "Counter 1  Citizens Division, Section 1 (certificates and PINs)"
    ));
}

#[test]
fn switching_language_mid_question_keeps_the_answers_so_far() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "renewable");
    click(&mut app, "次へ");
    click(&mut app, "ほかの人のカード(頼まれて来た)");
    click(&mut app, "English");
    assert!(shows(
        &app,
        "Do you have the inquiry-and-answer form, filled in and sealed by the holder?"
    ));
    assert_eq!(
        app.session().answers().visitor,
        Some(madoguchi::rules::Visitor::Proxy)
    );
}

#[test]
fn without_a_card_a_lost_card_leads_to_the_card_counter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "カードを持っていない");
    click(&mut app, "なくした");
    click(&mut app, "自分のカード");
    assert!(shows(
        &app,
        "手数料は1,000円です(カードの再交付800円と電子証明書200円)。"
    ));
    click(&mut app, "整理券を発行する");
    assert_eq!(ticket_number(&app), "B-001");
}

#[test]
fn outside_reception_hours_there_is_no_ticket_button_but_the_next_opening() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(CLOSED, dir.path());
    click(&mut app, "expired");
    click(&mut app, "次へ");
    click(&mut app, "自分のカード");
    click(&mut app, "はい");
    assert!(shows(&app, "受付時間外のため、整理券は発行できません。"));
    assert!(shows(
        &app,
        "ただいま受付時間外です。次の受付は2027年5月10日(月) 08:30からです。"
    ));
    assert!(!shows(&app, "整理券を発行する"));
}

#[test]
fn taking_the_card_out_mid_question_returns_to_the_start_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "English");
    click(&mut app, "renewable");
    click(&mut app, "Next");
    click(&mut app, "remove card");
    assert!(shows(
        &app,
        "マイナンバーカードを読み取り機に置いてください"
    ));
}

#[test]
fn an_unreadable_card_twice_offers_help_at_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "unreadable");
    assert!(shows(&app, "読み取れませんでした"));
    assert!(!shows(&app, "窓口で相談する整理券"));
    click(&mut app, "remove card");
    click(&mut app, "unreadable");
    click(&mut app, "窓口で相談する整理券");
    assert_eq!(ticket_number(&app), "A-001");
}

/// The screen's snapshot hash equals the one recorded in tests/snapshots (recorded on the
/// first run, after the screens were looked at; delete a file to record it again). With
/// MADOGUCHI_SCREENS set to a folder, each screen is also saved there as a PNG to look at.
fn matches_snapshot(app: &App, name: &str) {
    let mut ui = Simulator::with_size(settings(), FULL_HD, app.view());
    let snapshot = ui.snapshot(&iced::Theme::Light).unwrap();
    save_for_looking(&snapshot, name);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    assert!(
        snapshot.matches_hash(&path).unwrap(),
        "{name}: the screen differs from its recorded snapshot"
    );
}

#[test]
fn main_screens_match_their_snapshots_in_both_languages() {
    for lang in ["ja", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path());
        if lang == "en" {
            click(&mut app, "English");
        }
        matches_snapshot(&app, &format!("waiting-{lang}"));
        click(&mut app, "renewable");
        matches_snapshot(&app, &format!("status-{lang}"));
        let (next, own, yes, get) = if lang == "ja" {
            ("次へ", "自分のカード", "はい", "整理券を発行する")
        } else {
            ("Next", "My own card", "Yes", "Get a ticket")
        };
        click(&mut app, next);
        matches_snapshot(&app, &format!("question-{lang}"));
        click(&mut app, own);
        click(&mut app, yes);
        matches_snapshot(&app, &format!("checklist-{lang}"));
        click(&mut app, get);
        matches_snapshot(&app, &format!("ticket-{lang}"));
    }
}

/// With MADOGUCHI_SCREENS set to a folder, a screen is saved there as a PNG to look at.
fn save_for_looking(snapshot: &iced_test::simulator::Snapshot, name: &str) {
    if let Some(dir) = std::env::var_os("MADOGUCHI_SCREENS") {
        // The simulator names the file after the renderer, and compares instead of writing
        // when it is there already.
        let _ = std::fs::remove_file(Path::new(&dir).join(format!("{name}-tiny-skia.png")));
        snapshot.matches_image(Path::new(&dir).join(name)).unwrap();
    }
}

#[test]
fn every_step_to_a_ticket_is_reachable_on_a_1280_by_800_screen() {
    for lang in ["ja", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path());
        let (next, own, yes, get) = if lang == "ja" {
            ("次へ", "自分のカード", "はい", "整理券を発行する")
        } else {
            click_on(&mut app, "English", SMALL);
            ("Next", "My own card", "Yes", "Get a ticket")
        };
        click_on(&mut app, "renewable", SMALL);
        for (label, name) in [
            (next, "status"),
            (own, "question"),
            (yes, "visitor"),
            (get, "checklist"),
        ] {
            {
                let mut ui = Simulator::with_size(settings(), SMALL, app.view());
                let shot = ui.snapshot(&iced::Theme::Light).unwrap();
                save_for_looking(&shot, &format!("small-{name}-{lang}"));
            }
            click_on(&mut app, label, SMALL);
        }
        assert_eq!(ticket_number(&app), "A-001", "{lang}");
    }
}

/// The screens the happy path does not reach, each drawn with its own words in both languages.
/// Every ending returns to Japanese, so English is chosen again after each.
#[test]
fn reading_take_card_and_out_of_service_screens_say_their_words_in_both_languages() {
    use madoguchi::card::watcher::CardEvent;
    use madoguchi::i18n::Catalog;
    let catalog = Catalog::embedded();
    let reader = || "demo reader".to_owned();
    for lang in ["ja", "en"] {
        let says = |app: &App, key: &str, in_lang: &str| {
            let words = catalog.text(in_lang, key, &[]);
            assert!(
                shows(app, &words),
                "{in_lang}: {key} ({words:?}) not on {:?}",
                app.session().screen()
            );
        };
        let choose = |app: &mut App| {
            if lang == "en" {
                click(app, "English");
            }
        };
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path());
        choose(&mut app);
        app.handle(Message::Card(CardEvent::CardInserted { reader: reader() }));
        app.handle(Message::Card(CardEvent::ReadStarted { reader: reader() }));
        says(&app, "reading-title", lang);
        app.handle(Message::Card(CardEvent::CardRemoved { reader: reader() }));
        says(&app, "waiting-title", "ja");

        choose(&mut app);
        app.handle(Message::Card(CardEvent::ServiceDown));
        says(&app, "out-of-service-title", lang);
        {
            let mut ui = Simulator::with_size(settings(), FULL_HD, app.view());
            let shot = ui.snapshot(&iced::Theme::Light).unwrap();
            save_for_looking(&shot, &format!("out-of-service-{lang}"));
        }
        // pcscd back, and the reader found again on it.
        app.handle(Message::Card(CardEvent::ServiceUp));
        app.handle(Message::Card(CardEvent::ReaderAttached {
            reader: reader(),
        }));
        says(&app, "waiting-title", "ja");

        // Starting over with the card still in asks for it back.
        choose(&mut app);
        click(&mut app, "valid");
        click(&mut app, &catalog.text(lang, "start-over", &[]));
        says(&app, "take-card-title", lang);
        click(&mut app, "remove card");
        says(&app, "waiting-title", "ja");
    }
}

#[test]
fn a_counter_whose_tickets_are_finished_says_so_instead_of_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = {
        let mut config =
            Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
        config.tickets.database = dir.path().join("tickets.sqlite");
        config.printer.driver = PrinterDriver::None;
        for w in &mut config.windows {
            w.daily_cap = Some(1);
        }
        App::new(config, Arc::new(FixedClock(local(OPEN))), true)
    };
    for expected_ticket in [true, false] {
        click(&mut app, "renewable");
        click(&mut app, "次へ");
        click(&mut app, "自分のカード");
        click(&mut app, "はい");
        click(&mut app, "整理券を発行する");
        if expected_ticket {
            assert_eq!(ticket_number(&app), "A-001");
        } else {
            assert!(shows(
                &app,
                "この窓口の本日の整理券は終了しました。窓口の職員にお声がけください。"
            ));
        }
        click(&mut app, "remove card");
    }
}
