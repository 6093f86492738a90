//! The kiosk screen driven by iced_test's simulator: demo tray cards, touches, tickets, in both languages.

#[path = "common/shown.rs"]
mod shown;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDateTime;
use iced::Settings;
use iced_test::simulator::Simulator;
use madoguchi::clock::FixedClock;
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::domain::Visitor;
use madoguchi::fonts;
use madoguchi::i18n::Catalog;
use madoguchi::session::{Answer, Screen, Touch};
use madoguchi::ui::{App, Message, theme};
use shown::shown;

/// Thursday 6 May 2027, 10:15: open. Saturday 8 May: closed.
const OPEN: &str = "2027-05-06T10:15";
const CLOSED: &str = "2027-05-08T10:15";

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn app(at: &str, dir: &Path) -> App {
    let mut config =
        Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    config.tickets.database = dir.join("tickets.sqlite").into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.join("printed"));
    quiet(&mut config);
    App::new(config, Arc::new(FixedClock(local(at))), true)
}

fn settings() -> Settings {
    Settings {
        fonts: fonts::faces().map(Into::into).collect(),
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
        ui.click(shown(label))
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

/// Where a text is on a screen of `size`.
fn bounds_of(app: &App, label: &str, size: (f32, f32)) -> iced::Rectangle {
    let mut ui = Simulator::with_size(settings(), size, app.view());
    ui.find(shown(label))
        .unwrap_or_else(|e| panic!("no {label:?} on {:?}: {e:?}", app.session().screen()))
        .bounds()
}

/// The shipped kiosk.toml's session.idle_timeout_secs.
const CONFIG_IDLE_SECS: u32 = 60;

fn app_on(clock: Arc<madoguchi::clock::ManualClock>, dir: &Path) -> App {
    let mut config =
        Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    assert_eq!(config.session.idle_timeout_secs, CONFIG_IDLE_SECS);
    config.tickets.database = dir.join("tickets.sqlite").into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.join("printed"));
    quiet(&mut config);
    App::new(config, clock, true)
}

/// No sound card in CI: the voice goes nowhere in real time, and the fixed prompts' audio is
/// kept for every test of the run.
fn quiet(config: &mut Config) {
    config.accessibility.audio_device = "none".into();
    config.accessibility.speech_cache =
        Some(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("speech-cache"));
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(settings(), FULL_HD, app.view());
    ui.find(shown(label)).is_ok()
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
    // The sign's word, then the headline.
    assert!(shows(&app, "手続きが必要"));
    assert!(shows(&app, "電子証明書の更新の時期です"));
    assert!(shows(
        &app,
        "電子証明書の有効期限は2027年6月20日(日)です。あと45日です。"
    ));
    click(&mut app, "次へ");
    assert!(shows(&app, "どなたのカードですか。"));
    click(&mut app, "自分のカード");
    click(&mut app, "はい");
    // The holder is told "your card".
    assert!(shows(&app, "ご自分のマイナンバーカード(原本)"));
    assert!(shows(
        &app,
        "そろわないものがあっても、そのまま窓口でご相談ください。"
    ));
    click(&mut app, "整理券を発行する");
    assert_eq!(ticket_number(&app), "A-001");
    assert!(shows(&app, "A-001"));
    assert!(shows(
        &app,
        "1番窓口  市民課 窓口第一係(電子証明書・暗証番号)"
    ));
    // The card is still on the simulated reader: ticket and card.
    assert!(shows(&app, "整理券とカードをお取りください"));
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
    // The lock is the headline: the certificates' validity follows below.
    assert!(shows(&app, "A PIN on your card is locked"));
    assert!(shows(&app, "Action needed"));
    assert!(shows(
        &app,
        "Your user-authentication PIN (4 digits) is locked because a wrong PIN was entered three times in a row. The counter can reset it."
    ));
    click(&mut app, "Next");
    click(&mut app, "My own card");
    assert!(shows(&app, "Do you remember your card's PINs?"));
    click(&mut app, "Yes");
    assert!(shows(
        &app,
        "Since the certificates were issued, has your address, name, date of birth or sex changed?"
    ));
    click(&mut app, "No");
    assert!(shows(
        &app,
        "One ID issued by a public office (driving licence, passport, residence card, disability handbook, pension book, etc.; not expired)"
    ));
    // The locked PIN is not something to bring.
    assert!(shows(
        &app,
        "The PINs that are not locked (the locked one is reset at the counter)"
    ));
    click(&mut app, "Get a ticket");
    assert_eq!(ticket_number(&app), "A-001");
    assert!(shows(&app, "Please take your ticket and your card"));
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
    click(&mut app, "ほかの人のカード(本人に頼まれて来た)");
    click(&mut app, "English");
    assert!(shows(&app, "Do you have the inquiry-and-answer form?"));
    assert_eq!(
        app.session().answers().visitor,
        Some(madoguchi::domain::Visitor::Proxy)
    );
}

#[test]
fn without_a_card_a_lost_card_leads_to_the_card_counter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "カードを持っていない");
    click(&mut app, "なくした・盗まれた");
    // Without a card nobody is asked whose card "it" is.
    assert!(shows(&app, "どなたの手続きですか。"));
    click(&mut app, "自分のカード");
    // R-LOST-1: stop the card and tell the police, first, above the checklist.
    assert_eq!(app.session().screen(), &Screen::Checklist);
    let stop = bounds_of(&app, "まず、カードの利用を止めてください", FULL_HD);
    let list = bounds_of(&app, "窓口でのお手続き", FULL_HD);
    assert!(stop.y < list.y, "{stop:?} {list:?}");
    assert!(shows(&app, "0120-95-0178"));
    assert!(shows(
        &app,
        "手数料は1,000円です(カードの再交付800円と電子証明書200円)。"
    ));
    assert!(shows(
        &app,
        "警察に遺失届(盗難届)を出したときの受理番号(分かれば)"
    ));
    click(&mut app, "整理券を発行する");
    assert_eq!(ticket_number(&app), "B-001");
    // Nobody is told to take a card they do not have.
    assert!(!shows(&app, "整理券とカードをお取りください"));
    assert!(shows(&app, "整理券をお取りください"));
}

#[test]
fn a_card_left_at_home_gets_no_reissue_but_the_way_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "カードを持っていない");
    click(&mut app, "家に置いてきた");
    assert_eq!(app.session().screen(), &Screen::Conclusion);
    assert!(shows(&app, "カードを持って、もう一度お越しください"));
    assert!(!shows(&app, "整理券を発行する"));
    // A person is still one press away.
    click(&mut app, "窓口で相談する");
    assert_eq!(ticket_number(&app), "A-001");
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
        "ただいま受付時間外です。次の受付は2027年5月10日(月) 8:30からです。"
    ));
    assert!(!shows(&app, "整理券を発行する"));
}

#[test]
fn a_card_lifted_mid_question_asks_for_it_back_then_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "English");
    click(&mut app, "renewable");
    click(&mut app, "Next");
    click(&mut app, "My own card");
    let question = app.session().screen().clone();
    click(&mut app, "remove card");
    assert!(shows(&app, "Please put your card back on the reader"));
    click(&mut app, "renewable");
    assert_eq!(app.session().screen(), &question);
    assert!(shows(&app, "Yes"));
    // Or the resident is done: "Finish" ends the visit without waiting out the seconds.
    click(&mut app, "remove card");
    click(&mut app, "Finish");
    assert_eq!(app.session().screen(), &Screen::Waiting);
}

#[test]
fn an_unreadable_card_twice_leads_with_help_at_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "unreadable");
    assert!(shows(&app, "カードを読み取れませんでした"));
    assert!(shows(&app, "カードを取り出して、もう一度置いてください。"));
    click(&mut app, "remove card");
    click(&mut app, "unreadable");
    // The second time: no "try again", but help.
    assert!(!shows(&app, "カードを取り出して、もう一度置いてください。"));
    assert!(shows(
        &app,
        "何度か読み取れませんでした。窓口でお手伝いしますので、相談の整理券をお取りください。"
    ));
    // Once: the screen's own button, not a second one in the header (the second walk).
    let asks = app
        .script()
        .options
        .iter()
        .filter(|o| o.touch == Touch::AskCounter)
        .count();
    assert_eq!(asks, 1);
    click(&mut app, "窓口で相談する");
    assert_eq!(ticket_number(&app), "A-001");
    let printed = std::fs::read(dir.path().join("printed/A-001.escpos")).unwrap();
    assert!(!printed.is_empty());
}

#[test]
fn ask_at_the_counter_is_in_the_same_place_on_every_resident_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    let mut seen = Vec::new();
    seen.push(bounds_of(&app, "窓口で相談する", FULL_HD));
    click(&mut app, "renewable");
    seen.push(bounds_of(&app, "窓口で相談する", FULL_HD));
    click(&mut app, "次へ");
    seen.push(bounds_of(&app, "窓口で相談する", FULL_HD));
    click(&mut app, "自分のカード");
    seen.push(bounds_of(&app, "窓口で相談する", FULL_HD));
    click(&mut app, "はい");
    assert_eq!(app.session().screen(), &Screen::Checklist);
    seen.push(bounds_of(&app, "窓口で相談する", FULL_HD));
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");
    click(&mut app, "窓口で相談する");
    let Screen::Ticket { ticket, .. } = app.session().screen() else {
        panic!("{:?}", app.session().screen())
    };
    assert!(ticket.procedures.is_empty());
    assert_eq!(
        ticket.brief.asked_from,
        Some(madoguchi::tickets::AskedFrom::Checklist)
    );
}

#[test]
fn yes_and_no_stay_in_the_same_places_on_every_question() {
    for lang in ["ja", "en"] {
        let (yes, no, next, own) = if lang == "ja" {
            ("はい", "いいえ", "次へ", "自分のカード")
        } else {
            ("Yes", "No", "Next", "My own card")
        };
        for size in [FULL_HD, SMALL] {
            let dir = tempfile::tempdir().unwrap();
            let mut app = app(OPEN, dir.path());
            if lang == "en" {
                click_on(&mut app, "English", size);
            }
            click_on(&mut app, "valid", size);
            click_on(&mut app, next, size);
            click_on(&mut app, own, size);
            let mut places = Vec::new();
            while matches!(app.session().screen(), Screen::Question(_)) {
                places.push((bounds_of(&app, yes, size), bounds_of(&app, no, size)));
                click_on(&mut app, no, size);
            }
            assert!(places.len() >= 2, "{lang} {size:?}: {places:?}");
            assert!(
                places.windows(2).all(|w| w[0] == w[1]),
                "{lang} {size:?}: {places:?}"
            );
            // No beside Yes, on the left.
            assert!(places[0].1.x < places[0].0.x);
        }
    }
}

#[test]
fn the_idle_warning_is_a_dialog_over_the_screen_that_moves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let clock = std::sync::Arc::new(madoguchi::clock::ManualClock::new(local(OPEN)));
    let mut app = app_on(clock.clone(), dir.path());
    click(&mut app, "renewable");
    click(&mut app, "次へ");
    let back = bounds_of(&app, "戻る", FULL_HD);
    let idle = u64::from(CONFIG_IDLE_SECS);
    clock.advance(std::time::Duration::from_secs(idle - 20));
    let _ = app.handle(Message::Tick);
    assert!(shows(&app, "まだお手続きを続けますか?"));
    assert!(shows(&app, "20秒後に最初の画面に戻ります。"));
    assert_eq!(bounds_of(&app, "戻る", FULL_HD), back, "nothing moved");
    click(&mut app, "続ける");
    assert!(!shows(&app, "まだお手続きを続けますか?"));
    assert_eq!(
        app.session().screen(),
        &Screen::Question(madoguchi::domain::Question::Visitor)
    );
}

/// The screen's snapshot hash equals the one recorded in tests/snapshots (recorded on the
/// first run, after the screens were looked at; delete a file to record it again). With
/// MADOGUCHI_SCREENS set to a folder, each screen is also saved there as a PNG to look at.
fn matches_snapshot(app: &App, name: &str) {
    let mut ui = Simulator::with_size(settings(), FULL_HD, app.view());
    let snapshot = ui.snapshot(&app.theme()).unwrap();
    save_for_looking(&snapshot, name);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    assert!(
        snapshot.matches_hash(&path).unwrap(),
        "{name}: the screen differs from its recorded snapshot"
    );
}

/// Sends a touch as the screen's button would, and carries out what follows.
fn touch(app: &mut App, touch: Touch) {
    for effect in app.handle(Message::Touch(touch)) {
        if let Some(reply) = app.carry_out_now(&effect) {
            let _ = app.handle(reply);
        }
    }
}

/// A language's own name as the screen holds it (Korean with its words kept whole).
fn shown_name(lang: &str) -> String {
    let name = Catalog::embedded().text(lang, "language-name", &[]);
    fonts::keep_words(fonts::typeface(lang), &name).into_owned()
}

/// Picks `lang` as a resident does: its own button in the header, or "Language / 言語 …" and
/// then its name on the chooser. Returns how many touches it took.
fn choose_language(app: &mut App, lang: &str, screen: (f32, f32)) -> usize {
    let name = shown_name(lang);
    let in_header = {
        let mut ui = Simulator::with_size(settings(), screen, app.view());
        ui.find(shown(&name)).is_ok()
    };
    if in_header {
        click_on(app, &name, screen);
        return 1;
    }
    click_on(app, "Language", screen);
    assert!(app.session().choosing_language());
    click_on(app, &name, screen);
    2
}

#[test]
fn main_screens_match_their_snapshots_in_every_language() {
    let offered = app_config().languages.offered;
    assert_eq!(
        offered.len(),
        11,
        "the shipped kiosk.toml offers every language"
    );
    for lang in &offered {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path());
        let touches = choose_language(&mut app, lang, FULL_HD);
        assert!(touches <= 2, "{lang}: {touches} touches");
        assert_eq!(app.session().language(), lang);
        assert!(!app.session().choosing_language());
        matches_snapshot(&app, &format!("waiting-{lang}"));
        app.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::Renewable,
        ));
        matches_snapshot(&app, &format!("status-{lang}"));
        touch(&mut app, Touch::Continue);
        matches_snapshot(&app, &format!("question-{lang}"));
        touch(&mut app, Touch::Answer(Answer::Visitor(Visitor::Holder)));
        touch(&mut app, Touch::Answer(Answer::Yes));
        assert_eq!(app.session().screen(), &Screen::Checklist, "{lang}");
        matches_snapshot(&app, &format!("checklist-{lang}"));
        touch(&mut app, Touch::GetTicket);
        matches_snapshot(&app, &format!("ticket-{lang}"));
        // The ticket and the queue carry the language chosen.
        let Screen::Ticket { ticket, .. } = app.session().screen() else {
            panic!("{lang}: no ticket");
        };
        assert_eq!(&ticket.language, lang);
    }
}

#[test]
fn the_chooser_shows_every_offered_language_in_its_own_name_and_closes_without_a_change() {
    let catalog = Catalog::embedded();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path()).without_demo_tray();
    click(&mut app, "Language");
    look(&app, "languages-1280", SMALL);
    look(&app, "languages-1920", FULL_HD);
    for lang in &app_config().languages.offered {
        let name = shown_name(lang);
        assert!(in_view(&app, &name, SMALL), "{lang}: {name}");
    }
    click(&mut app, "戻る");
    assert!(!app.session().choosing_language());
    assert_eq!(app.session().language(), "ja");
    assert!(shows(&app, &catalog.text("ja", "waiting-title", &[])));
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

/// The text is on screen whole, not scrolled out of view or under the foot of the screen.
fn in_view(app: &App, label: &str, size: (f32, f32)) -> bool {
    let mut ui = Simulator::with_size(settings(), size, app.view());
    let Ok(found) = ui.find(shown(label)) else {
        panic!("no {label:?} on {:?}", app.session().screen());
    };
    // Whole: what shows is the text's own box, to a rounding.
    let b = found.bounds();
    let seen = found.visible_bounds().is_some_and(|v| {
        (v.y - b.y).abs() < 0.5 && (v.height - b.height).abs() < 0.5 && v.width + 0.5 >= b.width
    });
    if !seen {
        eprintln!(
            "{label:?}: bounds {:?}, visible {:?}",
            found.bounds(),
            found.visible_bounds()
        );
    }
    seen
}

#[test]
fn the_key_content_of_each_screen_is_in_view_on_a_1280_by_800_screen() {
    let catalog = Catalog::embedded();
    // Indonesian and Portuguese have the longest texts of the eleven.
    for lang in ["ja", "en", "id", "pt-BR"] {
        let t = |key: &str| catalog.text(lang, key, &[]);
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path()).without_demo_tray();
        if lang != "ja" {
            choose_language(&mut app, lang, SMALL);
        }
        assert!(in_view(&app, &t("waiting-title"), SMALL), "{lang}");
        assert!(in_view(&app, &t("counters-open"), SMALL), "{lang}");
        app.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::AuthPinLocked,
        ));
        assert!(in_view(&app, &t("headline-pin_locked"), SMALL), "{lang}");
        let pin = catalog.text(lang, "pin-auth-locked", &[]);
        look(&app, &format!("small-locked-{lang}"), SMALL);
        assert!(in_view(&app, &pin, SMALL), "{lang}: {pin}");
        click_on(&mut app, &t("next"), SMALL);
        assert!(in_view(&app, &t("question-visitor"), SMALL), "{lang}");
        for answer in ["holder", "legal_representative", "proxy"] {
            let a = t(&format!("answer-visitor-{answer}"));
            assert!(in_view(&app, &a, SMALL), "{lang}: {a}");
        }
        click_on(&mut app, &t("answer-visitor-holder"), SMALL);
        while let Screen::Question(q) = app.session().screen().clone() {
            let title = t(&format!("question-{}", q.id()));
            assert!(in_view(&app, &title, SMALL), "{lang}: {title}");
            click_on(&mut app, &t("yes"), SMALL);
        }
        assert_eq!(app.session().screen(), &Screen::Checklist);
        let advice = app
            .session()
            .advice(local(OPEN).date(), &app_config())
            .unwrap();
        let first = madoguchi::advise::checklist_line(
            &advice.checklist[0],
            lang,
            app.session().answers().visitor,
            &app_config(),
            catalog,
        );
        assert!(in_view(&app, &t("ticket-bring"), SMALL), "{lang}");
        assert!(in_view(&app, &first, SMALL), "{lang}: {first}");
        click_on(&mut app, &t("get-ticket"), SMALL);
        assert!(in_view(&app, &ticket_number(&app), SMALL), "{lang}");
        let counter = format!(
            "{}  {}",
            catalog.text(
                lang,
                "ticket-counter",
                &[("number", madoguchi::i18n::Arg::Count(1))]
            ),
            app_config().window("certificates").unwrap().label.get(lang)
        );
        look(&app, &format!("small-ticket-{lang}"), SMALL);
        assert!(in_view(&app, &counter, SMALL), "{lang}: {counter}");
        assert!(
            in_view(&app, &t("take-your-ticket-and-card"), SMALL),
            "{lang}"
        );
    }
}

/// The shipped kiosk.toml, as the tests' app reads it.
fn app_config() -> Config {
    Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap()
}

#[test]
fn every_step_to_a_ticket_is_reachable_on_a_1280_by_800_screen() {
    let catalog = Catalog::embedded();
    for lang in ["ja", "en", "id", "pt-BR", "vi", "tl"] {
        let t = |key: &str| catalog.text(lang, key, &[]);
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path()).without_demo_tray();
        if lang != "ja" {
            choose_language(&mut app, lang, SMALL);
        }
        app.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::Renewable,
        ));
        for (label, name) in [
            (t("next"), "status"),
            (t("answer-visitor-holder"), "question"),
            (t("yes"), "visitor"),
            (t("get-ticket"), "checklist"),
        ] {
            {
                let mut ui = Simulator::with_size(settings(), SMALL, app.view());
                let shot = ui.snapshot(&iced::Theme::Light).unwrap();
                save_for_looking(&shot, &format!("small-{name}-{lang}"));
            }
            click_on(&mut app, &label, SMALL);
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

        // Starting over with the card still in is its status again; finishing asks for it
        // back, in every language.
        choose(&mut app);
        click(&mut app, "valid");
        click(&mut app, &catalog.text(lang, "start-over", &[]));
        says(&app, "headline-valid", lang);
        for key in ["next", "answer-visitor-holder", "yes", "no"] {
            click(&mut app, &catalog.text(lang, key, &[]));
        }
        says(&app, "conclusion-title", lang);
        click(&mut app, &catalog.text(lang, "finish", &[]));
        says(&app, "take-card-title", lang);
        says(
            &app,
            "take-card-title",
            if lang == "ja" { "en" } else { "ja" },
        );
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
        config.tickets.database = dir.path().join("tickets.sqlite").into();
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

/// Saves the screen at `size` when MADOGUCHI_SCREENS names a folder.
fn look(app: &App, name: &str, size: (f32, f32)) {
    let mut ui = Simulator::with_size(settings(), size, app.view());
    let shot = ui.snapshot(&app.theme()).unwrap();
    save_for_looking(&shot, &format!("{name}-{}", size.0 as u32));
}

/// The screens this walk-through added, in both languages and at both sizes: each says its
/// headline in view (screenshots of each with MADOGUCHI_SCREENS).
#[test]
fn the_conclusion_lost_card_put_back_and_help_screens_say_their_words_at_both_sizes() {
    use madoguchi::card::profiles::Profile;
    use madoguchi::i18n::Catalog;
    let catalog = Catalog::embedded();
    for lang in ["ja", "en"] {
        let t = |key: &str| catalog.text(lang, key, &[]);
        for size in [FULL_HD, SMALL] {
            let fresh = || {
                let dir = tempfile::tempdir().unwrap();
                let mut app = app(OPEN, dir.path()).without_demo_tray();
                if lang == "en" {
                    click_on(&mut app, "English", size);
                }
                (dir, app)
            };
            // Nothing to do: the conclusion.
            let (_d, mut app) = fresh();
            app.handle(Message::DemoInsert(Profile::Valid));
            look(&app, &format!("status-valid-{lang}"), size);
            click_on(&mut app, &t("next"), size);
            click_on(&mut app, &t("answer-visitor-holder"), size);
            click_on(&mut app, &t("yes"), size);
            look(&app, &format!("question-no-{lang}"), size);
            click_on(&mut app, &t("no"), size);
            assert!(in_view(&app, &t("conclusion-title"), size), "{lang}");
            assert!(in_view(&app, &t("conclusion-fine"), size), "{lang}");
            look(&app, &format!("conclusion-{lang}"), size);
            // An unverified card: the conclusion sends the resident to a person.
            let (_d, mut app) = fresh();
            app.handle(Message::DemoInsert(Profile::Unverifiable));
            click_on(&mut app, &t("next"), size);
            click_on(&mut app, &t("answer-visitor-holder"), size);
            click_on(&mut app, &t("yes"), size);
            click_on(&mut app, &t("no"), size);
            assert!(
                in_view(&app, &t("conclusion-title-unverified"), size),
                "{lang}"
            );
            assert!(in_view(&app, &t("conclusion-unverified"), size), "{lang}");
            look(&app, &format!("conclusion-unverified-{lang}"), size);
            // A lost card: stop it first.
            let (_d, mut app) = fresh();
            click_on(&mut app, &t("no-card"), size);
            look(&app, &format!("no-card-reason-{lang}"), size);
            click_on(&mut app, &t("answer-no_card_reason-lost"), size);
            click_on(&mut app, &t("answer-visitor-holder"), size);
            assert!(in_view(&app, &t("headline-lost"), size), "{lang}");
            assert!(in_view(&app, "0120-95-0178", size), "{lang}");
            look(&app, &format!("lost-{lang}"), size);
            // The card lifted mid-question.
            let (_d, mut app) = fresh();
            app.handle(Message::DemoInsert(Profile::Renewable));
            click_on(&mut app, &t("next"), size);
            click_on(&mut app, &t("answer-visitor-proxy"), size);
            look(&app, &format!("question-inquiry-form-{lang}"), size);
            app.handle(Message::DemoRemove);
            assert!(in_view(&app, &t("put-back-title"), size), "{lang}");
            look(&app, &format!("put-back-{lang}"), size);
            // Read twice in vain: help.
            let (_d, mut app) = fresh();
            app.handle(Message::DemoInsert(Profile::Unreadable));
            app.handle(Message::DemoRemove);
            app.handle(Message::DemoInsert(Profile::Unreadable));
            assert!(in_view(&app, &t("help-offer"), size), "{lang}");
            look(&app, &format!("could-not-read-{lang}"), size);
            // A card expiring with its certificates.
            let (_d, mut app) = fresh();
            app.handle(Message::DemoInsert(Profile::CardExpiresWithCert));
            assert!(in_view(&app, &t("headline-new_card_due"), size), "{lang}");
            look(&app, &format!("status-new-card-{lang}"), size);
        }
    }
}

/// How far ink reaches below the baseline, in ems: the lowest inked row under `probe` (letters
/// with descenders) less that under `base` (letters sitting on the baseline), drawn side by
/// side in the face that draws English on the screen.
fn descender_depth(font: iced::Font, size: f32, base: &str, probe: &str) -> f32 {
    use iced::widget::{row, text};
    let element: iced::Element<'_, ()> = row![
        text(base.to_owned()).size(size).font(font),
        text(probe.to_owned()).size(size).font(font),
    ]
    .spacing(40)
    .padding(20)
    .into();
    let mut ui = Simulator::with_size(settings(), (800.0, 200.0), element);
    let shot = ui.snapshot(&iced::Theme::Light).unwrap();
    let dir = tempfile::tempdir().unwrap();
    shot.matches_image(dir.path().join("line")).unwrap();
    let png = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let pixmap = tiny_skia::Pixmap::load_png(&png).unwrap();
    let (w, h) = (pixmap.width() as usize, pixmap.height() as usize);
    let inked = |x: usize, y: usize| pixmap.pixels()[y * w + x].red() < 128;
    // Columns of ink form two groups: the base letters, then the probe.
    let lowest_in = |from: usize, to: usize| {
        (0..h)
            .rev()
            .find(|&y| (from..to).any(|x| inked(x, y)))
            .unwrap()
    };
    let columns: Vec<usize> = (0..w).filter(|&x| (0..h).any(|y| inked(x, y))).collect();
    let split = columns
        .windows(2)
        .find(|p| p[1] - p[0] > 40)
        .map(|p| p[1])
        .unwrap();
    let scale = h as f32 / 200.0;
    let depth = lowest_in(split, w) as f32 - lowest_in(0, split) as f32;
    depth / (size * scale)
}

// P4 of the walk-through: "Sunday" read "Sundav". BIZ UDPGothic keeps its Latin descenders
// inside the Japanese em box (0.12 em); English is drawn in a Latin face whose g, p and y
// reach a Latin depth (about 0.24 em). The ticket uses the same faces.
#[test]
fn english_descenders_reach_a_latin_depth_below_the_baseline_on_screen() {
    let english = theme::font("en", false);
    for size in [theme::BODY, theme::TITLE] {
        let depth = descender_depth(english, size, "xxxx", "gpyq");
        assert!(
            depth >= 0.2,
            "{size} px: ink reaches {depth:.3} em below the baseline"
        );
    }
    // The Japanese face, for the record of why: its Latin g/p/y stop at 0.12 em.
    let japanese = descender_depth(theme::FONT, theme::BODY, "xxxx", "gpyq");
    assert!(japanese < 0.15, "{japanese:.3} em");
}

/// kiosk.toml as shipped, with numbers called through madoguchi, on a file store in `dir`.
fn calling_config(dir: &Path) -> Config {
    let mut config = app_config();
    config.tickets.database = dir.join("tickets.sqlite").into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.join("printed"));
    config.queue.calling = true;
    config
}

/// Tickets issued by another kiosk before this one shows its checklist.
fn waiting_at_certificates(config: &Config, count: usize, at: &str) {
    let store = madoguchi::tickets::open(config, local(at)).unwrap();
    let order = madoguchi::tickets::Order::for_procedures(
        config,
        &[madoguchi::domain::Procedure::CertRenewal],
        "ja",
    )
    .unwrap();
    for _ in 0..count {
        store.issue(&order, local(at)).unwrap();
    }
}

#[test]
fn with_numbers_called_the_checklist_and_the_ticket_tell_the_wait_in_both_languages() {
    use madoguchi::printer::{layout, ticket_view};
    use madoguchi::session::Effect;
    use madoguchi::ui::Job;
    for (lang, line, on_ticket) in [
        (
            "ja",
            "今、2人がお待ちです。待ち時間の目安は10〜20分です。",
            "前に2人 (目安 10〜20分)",
        ),
        (
            "en",
            "2 people are waiting now. Expected wait: 10 to 20 minutes.",
            "2 people ahead of you (wait: 10 to 20 minutes)",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let config = calling_config(dir.path());
        waiting_at_certificates(&config, 2, OPEN);
        let mut app = App::new(config.clone(), Arc::new(FixedClock(local(OPEN))), true);
        if lang == "en" {
            click(&mut app, "English");
        }
        click(&mut app, "renewable");
        click(&mut app, if lang == "ja" { "次へ" } else { "Next" });
        click(
            &mut app,
            if lang == "ja" {
                "自分のカード"
            } else {
                "My own card"
            },
        );
        click(&mut app, if lang == "ja" { "はい" } else { "Yes" });
        assert!(shows(&app, line), "{lang}: the wait before the ticket");
        look(&app, &format!("checklist-wait-{lang}"), FULL_HD);
        // Take the ticket, keeping what went to the printer to compare.
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(settings(), FULL_HD, app.view());
            ui.click(shown(if lang == "ja" {
                "整理券を発行する"
            } else {
                "Get a ticket"
            }))
            .unwrap();
            ui.into_messages().collect()
        };
        let mut details = None;
        for message in messages {
            for job in app.handle(message) {
                if let Job::Session(Effect::IssueTicket { details: d, .. }) = &job {
                    details = Some(d.clone());
                }
                if let Some(reply) = app.carry_out_now(&job) {
                    let _ = app.handle(reply);
                }
            }
        }
        assert_eq!(ticket_number(&app), "A-003");
        let Screen::Ticket { ticket, .. } = app.session().screen() else {
            unreachable!()
        };
        let mut expected = ticket_view(
            ticket,
            &details.unwrap(),
            &config,
            madoguchi::i18n::Catalog::embedded(),
        );
        assert_eq!(expected.wait, None, "the wait is the issuer's to add");
        expected.wait = Some(on_ticket.to_owned());
        let png = layout::render(&expected, config.printer.width_dots())
            .unwrap()
            .png()
            .unwrap();
        let printed = std::fs::read(dir.path().join("printed/A-003.png")).unwrap();
        assert!(
            printed == png,
            "{lang}: the printed ticket carries the line {on_ticket:?}"
        );
        if let Some(folder) = std::env::var_os("MADOGUCHI_SCREENS") {
            std::fs::write(
                PathBuf::from(folder).join(format!("ticket-wait-{lang}.png")),
                printed,
            )
            .unwrap();
        }
    }
}

#[test]
fn with_numbers_not_called_nothing_about_waiting_shows() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = calling_config(dir.path());
    config.queue.calling = false;
    waiting_at_certificates(&config, 2, OPEN);
    let mut app = App::new(config, Arc::new(FixedClock(local(OPEN))), true);
    click(&mut app, "renewable");
    click(&mut app, "次へ");
    click(&mut app, "自分のカード");
    click(&mut app, "はい");
    assert!(shows(&app, "整理券を発行する"));
    assert!(!shows(
        &app,
        "今、2人がお待ちです。待ち時間の目安は10〜20分です。"
    ));
}

#[test]
fn a_window_full_before_closing_says_so_and_issues_no_ticket() {
    use madoguchi::printer::TicketDetails;
    use madoguchi::tickets::{Order, StoreError};
    let late = "2027-05-06T16:45";
    let dir = tempfile::tempdir().unwrap();
    let mut config = calling_config(dir.path());
    for w in &mut config.windows {
        w.stop_when_full = true;
        w.minutes_per_visitor = 20;
    }
    // Two waiting at 20 minutes each: 40 minutes, and the counters close at 17:15.
    waiting_at_certificates(&config, 2, late);
    let mut app = App::new(config.clone(), Arc::new(FixedClock(local(late))), true);
    click(&mut app, "renewable");
    click(&mut app, "次へ");
    click(&mut app, "自分のカード");
    click(&mut app, "はい");
    assert!(shows(
        &app,
        "この窓口は、お待ちの方で本日の受付時間がいっぱいになりました。申し訳ありませんが、今日は整理券を発行できません。"
    ));
    assert!(shows(&app, "次の受付は2027年5月7日(金) 8:30からです。"));
    assert!(!shows(&app, "整理券を発行する"));
    // A kiosk that had shown the button a moment earlier is refused at issue, too.
    let store = std::sync::Mutex::new(madoguchi::tickets::open(&config, local(late)).unwrap());
    let order =
        Order::for_procedures(&config, &[madoguchi::domain::Procedure::CertRenewal], "ja").unwrap();
    let details = TicketDetails::for_procedures(&order.procedures, &config);
    let refused = madoguchi::ui::issue_now(&store, &config, &order, &details, local(late));
    assert!(
        matches!(refused, Err(StoreError::FullForToday { .. })),
        "{:?}",
        refused.map(|t| t.ticket.number)
    );
    // Earlier in the day the same line fits.
    let morning =
        madoguchi::ui::issue_now(&store, &config, &order, &details, local("2027-05-06T14:00"));
    assert_eq!(morning.unwrap().ticket.number.to_string(), "A-003");
}

/// Each numbered choice's label on the screen now: found whole, inside a 1280×800 screen,
/// and no taller than two lines of larger text (a button holds two).
fn choices_fit(app: &App, lang: &str) {
    let script = app.script();
    assert!(!script.options.is_empty(), "{lang}: no choices");
    let mut ui = Simulator::with_size(settings(), SMALL, app.view());
    // The button's height less its padding: two lines of larger text.
    let room = theme::BUTTON_HEIGHT * theme::LARGER - 16.0 + 1.0;
    for choice in &script.options {
        // Korean words are kept whole in labels, but not in the chooser's words.
        let kept = fonts::keep_words(fonts::typeface(&choice.lang), &choice.label).into_owned();
        let (label, found) = match ui.find(shown(&kept)) {
            Ok(found) => (kept, found),
            Err(_) => {
                let found = ui
                    .find(shown(&choice.label))
                    .unwrap_or_else(|e| panic!("{lang}: {kept:?} not on screen: {e:?}"));
                (choice.label.clone(), found)
            }
        };
        let b = found.bounds();
        assert!(
            b.x >= 0.0 && b.x + b.width <= SMALL.0 && b.y >= 0.0 && b.y + b.height <= SMALL.1,
            "{lang} {:?}: {label:?} at {b:?} is outside 1280×800",
            app.session().screen()
        );
        assert!(
            b.height <= room,
            "{lang}: {label:?} takes {} px, more than its button's {room}",
            b.height
        );
    }
}

/// The city's name ends before the header's first button (English's) begins.
fn header_fits(app: &App, lang: &str) {
    let name = app_config().municipality.name.get(lang);
    let name = fonts::keep_words(fonts::typeface(lang), &name).into_owned();
    let name = bounds_of(app, &name, SMALL);
    let english = bounds_of(app, "English", SMALL);
    assert!(
        name.x + name.width <= english.x,
        "{lang}: the city's name {name:?} runs under the header's buttons ({english:?})"
    );
}

#[test]
fn larger_text_reflows_every_screen_of_a_visit_within_1280_by_800() {
    // (Filipino's answers hold Japanese terms in another face, which the simulator finds
    // only in pieces.)
    for lang in [
        "ja", "en", "vi", "pt-BR", "id", "ne", "ko", "zh-Hans", "zh-Hant",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path()).without_demo_tray();
        choose_language(&mut app, lang, SMALL);
        let _ = app.handle(Message::Touch(Touch::LargerText));
        assert!(app.session().look().larger_text);
        choices_fit(&app, lang);
        header_fits(&app, lang);
        look(&app, &format!("larger-waiting-{lang}"), SMALL);
        let _ = app.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::Renewable,
        ));
        choices_fit(&app, lang);
        look(&app, &format!("larger-status-{lang}"), SMALL);
        let _ = app.handle(Message::Touch(Touch::Continue));
        while matches!(app.session().screen(), Screen::Question(_)) {
            choices_fit(&app, lang);
            let answer = match app.session().screen() {
                Screen::Question(madoguchi::domain::Question::Visitor) => {
                    Answer::Visitor(Visitor::Holder)
                }
                _ => Answer::Yes,
            };
            let _ = app.handle(Message::Touch(Touch::Answer(answer)));
        }
        assert_eq!(app.session().screen(), &Screen::Checklist);
        choices_fit(&app, lang);
        header_fits(&app, lang);
        look(&app, &format!("larger-checklist-{lang}"), SMALL);
        // "Get a ticket" is key 1.
        let get = app.script().options[0].label.clone();
        click_on(
            &mut app,
            &fonts::keep_words(fonts::typeface(lang), &get),
            SMALL,
        );
        assert!(matches!(app.session().screen(), Screen::Ticket { .. }));
        choices_fit(&app, lang);
        look(&app, &format!("larger-ticket-{lang}"), SMALL);
        // The look lasts the visit only.
        let _ = app.handle(Message::DemoRemove);
        let _ = app.handle(Message::Touch(Touch::Continue));
        assert!(!app.session().look().larger_text, "{lang}");
    }
}

#[test]
fn high_contrast_draws_every_screen_white_on_black() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(OPEN, dir.path());
    click(&mut app, "白黒反転");
    assert!(app.session().look().high_contrast);
    assert_eq!(
        *theme::palette(&app.theme()),
        theme::HIGH_CONTRAST,
        "the app's theme carries the palette"
    );
    matches_snapshot(&app, "contrast-waiting");
    click(&mut app, "renewable");
    matches_snapshot(&app, "contrast-status");
    click(&mut app, "次へ");
    matches_snapshot(&app, "contrast-question");
}

#[test]
fn a_resident_s_own_language_stays_in_the_header_lit_after_a_touch_on_english() {
    for lang in ["vi", "zh-Hans", "pt-BR"] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path());
        assert_eq!(choose_language(&mut app, lang, SMALL), 2, "{lang}");
        app.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::Renewable,
        ));
        click_on(&mut app, "English", SMALL);
        assert_eq!(app.session().language(), "en");
        // One touch back, from the header of any screen, at the smallest screen.
        touch(&mut app, Touch::Continue);
        assert_eq!(
            choose_language(&mut app, lang, SMALL),
            1,
            "{lang}: no way back from English"
        );
        assert_eq!(app.session().language(), lang);
        assert!(matches!(app.session().screen(), Screen::Question(_)));
    }
}

// The second walk: a card that did not chain to the J-LIS roots was first shown as
// 「✓ 問題なし / 電子証明書は有効です」, its warning three questions later.
#[test]
fn an_unverifiable_card_is_never_headlined_as_fine() {
    let catalog = Catalog::embedded();
    for lang in ["ja", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let mut unverified = app(OPEN, dir.path());
        if lang == "en" {
            click(&mut unverified, "English");
        }
        unverified.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::Unverifiable,
        ));
        assert_eq!(unverified.session().screen(), &Screen::Status);
        assert!(
            !shows(&unverified, &catalog.text(lang, "sign-fine", &[])),
            "{lang}"
        );
        assert!(
            !shows(&unverified, &catalog.text(lang, "headline-valid", &[])),
            "{lang}"
        );
        assert!(
            shows(
                &unverified,
                &catalog.text(lang, "conclusion-title-unverified", &[])
            ),
            "{lang}"
        );
        // A genuine valid card still is.
        let dir = tempfile::tempdir().unwrap();
        let mut genuine = app(OPEN, dir.path());
        if lang == "en" {
            click(&mut genuine, "English");
        }
        genuine.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::Valid,
        ));
        assert!(
            shows(&genuine, &catalog.text(lang, "sign-fine", &[])),
            "{lang}"
        );
    }
}

/// `label` as drawn in `lang` (Korean with its words kept whole).
fn drawn(lang: &str, label: &str) -> String {
    fonts::keep_words(fonts::typeface(lang), label).into_owned()
}

/// The label lies whole inside a button of the usual height and inside the screen.
fn fits(app: &App, label: &str, size: (f32, f32)) -> Result<(), String> {
    let mut ui = Simulator::with_size(settings(), size, app.view());
    let b = ui
        .find(label)
        .map_err(|e| format!("{label:?} not drawn: {e:?}"))?
        .bounds();
    // A button's content is its height less 8 px of padding above and below.
    let room = theme::BUTTON_HEIGHT - 16.0;
    if b.height > room + 0.5 || b.x < 0.0 || b.x + b.width > size.0 + 0.5 {
        return Err(format!("{label:?} at {b:?} does not fit"));
    }
    Ok(())
}

// The second walk, at 1280×800: 「カードを持っていな」, "Language" spilling into the next button,
// and the Vietnamese city name wrapped over 日本語.
#[test]
fn at_1280_every_button_label_fits_and_the_header_never_overlaps_in_every_language() {
    let catalog = Catalog::embedded();
    let mut problems = Vec::new();
    // Easy Japanese is drawn a phrase at a time under its readings, and wraps only between
    // phrases: its labels are no single text to measure here.
    for lang in app_config()
        .languages
        .offered
        .into_iter()
        .filter(|l| l != "ja-easy")
    {
        let t = |key: &str| drawn(&lang, &catalog.text(&lang, key, &[]));
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(OPEN, dir.path()).without_demo_tray();
        app.handle(Message::Resized(SMALL.0));
        choose_language(&mut app, &lang, SMALL);
        let header: Vec<String> = ["ja", "en", lang.as_str()]
            .iter()
            .map(|l| shown_name(l))
            .chain([t("ask-counter"), t("listen")])
            .collect();
        let mut check = |app: &App, labels: &[String]| {
            for label in labels {
                if let Err(e) = fits(app, label, SMALL) {
                    problems.push(format!("{lang} {:?}: {e}", app.session().screen()));
                }
            }
            // The city's name, where it is drawn, ends before the first language button.
            let city = drawn(&lang, &app_config().municipality.name.get(&lang));
            let mut ui = Simulator::with_size(settings(), SMALL, app.view());
            let first = ui.find(shown(shown_name("ja"))).unwrap().bounds();
            if let Ok(name) = ui.find(shown(&city)) {
                let n = name.bounds();
                // Two lines fit the header's band (16 + 96 + 16 px); three run out of it.
                if n.x + n.width > first.x || n.y + n.height > 128.5 {
                    problems.push(format!("{lang}: the city's name {n:?} runs into {first:?}"));
                }
            }
        };
        let waiting: Vec<String> = header
            .iter()
            .cloned()
            .chain([t("no-card"), t("larger-text"), t("high-contrast")])
            .collect();
        check(&app, &waiting);
        app.handle(Message::DemoInsert(
            madoguchi::card::profiles::Profile::Renewable,
        ));
        let status: Vec<String> = header
            .iter()
            .cloned()
            .chain([t("start-over"), t("next")])
            .collect();
        check(&app, &status);
        look(&app, &format!("small-status-header-{lang}"), SMALL);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Another office sharing the kiosk's database: its listing written, and `waiting` tickets
/// for certificates at `at`.
fn branch(config: &Config, office: &str, waiting: usize, at: &str) {
    let mut branch = config.clone();
    branch.municipality.office_id = Some(office.to_owned());
    let store = madoguchi::tickets::open(&branch, local(at)).unwrap();
    madoguchi::city::publish(store.as_ref(), &branch, local(at)).unwrap();
    let order = madoguchi::tickets::Order::for_procedures(
        &branch,
        &[madoguchi::domain::Procedure::CertRenewal],
        "ja",
    )
    .unwrap();
    for _ in 0..waiting {
        store.issue(&order, local(at)).unwrap();
    }
}

/// To the checklist of a renewal, on the kiosk's own card.
fn to_the_checklist(app: &mut App) {
    click(app, "renewable");
    click(app, "次へ");
    click(app, "自分のカード");
    click(app, "はい");
}

#[test]
fn a_long_line_or_a_full_day_names_the_branches_with_their_lines_and_hides_old_figures() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = calling_config(dir.path());
    for w in &mut config.windows {
        w.minutes_per_visitor = 20;
    }
    // Three waiting at 20 minutes each: an hour, past the 40 minutes that suggest a branch.
    waiting_at_certificates(&config, 3, OPEN);
    branch(&config, "taniyama", 1, OPEN);
    branch(&config, "ishiki", 0, OPEN);
    let clock = Arc::new(madoguchi::clock::ManualClock::new(local(OPEN)));
    let mut app = App::new(config.clone(), clock.clone(), true);
    to_the_checklist(&mut app);
    assert!(shows(
        &app,
        "同じ手続きは、ほかの庁舎でもできます。今の待ち状況："
    ));
    // Nearest first: Ishiki (6.0 km) above Taniyama (7.5 km); Yoshino shares no figures.
    let ishiki = "伊敷支所：待ち時間なし（約6km）";
    let taniyama = "谷山支所：1人待ち、目安10〜20分（約7.5km）";
    assert!(shows(&app, ishiki), "{ishiki}");
    assert!(shows(&app, taniyama), "{taniyama}");
    let spoken = app.script().said.join("\n");
    let (i, t) = (
        spoken.find("伊敷支所").unwrap(),
        spoken.find("谷山支所：").unwrap(),
    );
    assert!(i < t, "nearest first: {spoken}");
    look(&app, "checklist-branches", FULL_HD);
    // The ticket carries the same lines, under the wait.
    {
        use madoguchi::printer::{TicketDetails, layout, ticket_view};
        let catalog = madoguchi::i18n::Catalog::embedded();
        let store = std::sync::Mutex::new(madoguchi::tickets::open(&config, local(OPEN)).unwrap());
        let order = madoguchi::tickets::Order::for_procedures(
            &config,
            &[madoguchi::domain::Procedure::CertRenewal],
            "ja",
        )
        .unwrap();
        let details = TicketDetails::for_procedures(&order.procedures, &config);
        let line = madoguchi::tickets::window_line(
            store.lock().unwrap().as_ref(),
            &config,
            "certificates",
            local(OPEN).date(),
        )
        .unwrap()
        .unwrap();
        let issued =
            madoguchi::ui::issue_now(&store, &config, &order, &details, local(OPEN)).unwrap();
        let mut view = ticket_view(&issued.ticket, &details, &config, catalog);
        view.wait = line.told_on_ticket("ja", catalog);
        view.elsewhere = vec![
            "同じ手続きは、ほかの庁舎でもできます。今の待ち状況：".to_owned(),
            ishiki.to_owned(),
            taniyama.to_owned(),
        ];
        let expected = layout::render(&view, config.printer.width_dots()).unwrap();
        if let Some(folder) = std::env::var_os("MADOGUCHI_SCREENS") {
            std::fs::write(
                PathBuf::from(folder).join("ticket-branches-ja.png"),
                expected.png().unwrap(),
            )
            .unwrap();
        }
        assert!(
            issued.printed == Some(expected),
            "the printed ticket names the branches"
        );
    }
    // Figures three minutes old are not shown.
    let mut app = App::new(config, clock.clone(), true);
    to_the_checklist(&mut app);
    assert!(shows(&app, taniyama));
    clock.advance(std::time::Duration::from_secs(180));
    assert!(!shows(&app, taniyama), "stale figures are hidden");
    assert!(!shows(
        &app,
        "同じ手続きは、ほかの庁舎でもできます。今の待ち状況："
    ));

    // A window full for today names them too, even with a short estimate.
    let late = "2027-05-06T16:45";
    let dir = tempfile::tempdir().unwrap();
    let mut config = calling_config(dir.path());
    for w in &mut config.windows {
        w.stop_when_full = true;
        w.minutes_per_visitor = 20;
    }
    waiting_at_certificates(&config, 2, late);
    branch(&config, "taniyama", 0, late);
    let mut app = App::new(config, Arc::new(FixedClock(local(late))), true);
    to_the_checklist(&mut app);
    assert!(shows(
        &app,
        "この窓口は、お待ちの方で本日の受付時間がいっぱいになりました。申し訳ありませんが、今日は整理券を発行できません。"
    ));
    assert!(shows(&app, "谷山支所：待ち時間なし（約7.5km）"));
}

#[test]
fn with_no_database_the_resident_gets_a_slip_without_a_number_and_the_screen_says_so() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that is not there: the database cannot be opened, as when no server answers.
    let mut config = app_config();
    config.tickets.database = dir.path().join("gone").join("tickets.sqlite").into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.path().join("printed"));
    quiet(&mut config);
    for (lang, title, line) in [
        (
            "ja",
            "番号なしの用紙をお取りください",
            "番号なし：この紙を受付窓口の職員にお見せください",
        ),
        (
            "en",
            "Please take the slip. It has no number.",
            "No number: please show this paper to the staff at the reception desk.",
        ),
    ] {
        let mut app = App::new(config.clone(), Arc::new(FixedClock(local(OPEN))), true);
        if lang == "en" {
            click(&mut app, "English");
        }
        click(&mut app, "renewable");
        click(&mut app, if lang == "ja" { "次へ" } else { "Next" });
        click(
            &mut app,
            if lang == "ja" {
                "自分のカード"
            } else {
                "My own card"
            },
        );
        click(&mut app, if lang == "ja" { "はい" } else { "Yes" });
        click(
            &mut app,
            if lang == "ja" {
                "整理券を発行する"
            } else {
                "Get a ticket"
            },
        );
        assert!(
            matches!(app.session().screen(), Screen::Slip { .. }),
            "{:?}",
            app.session().screen()
        );
        assert!(shows(&app, title), "{lang}: {title}");
        assert!(shows(&app, line), "{lang}: {line}");
        let counter = if lang == "ja" {
            "窓口第一係"
        } else {
            "Counter"
        };
        assert!(
            app.script().said.iter().any(|s| s.contains(line)),
            "the voice says it too: {:?}",
            app.script().said
        );
        assert!(
            app.script().said.iter().any(|s| s.contains(counter)),
            "{:?}",
            app.script().said
        );
        look(&app, &format!("slip-{lang}"), FULL_HD);
        click(&mut app, "remove card");
    }
    let printed: Vec<_> = std::fs::read_dir(dir.path().join("printed"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("slip-") && n.ends_with(".png"))
        .collect();
    assert!(!printed.is_empty(), "a slip went to the printer");
    // What the slip says: everything a ticket does, but no number.
    let catalog = madoguchi::i18n::Catalog::embedded();
    let order = madoguchi::tickets::Order::for_procedures(
        &config,
        &[madoguchi::domain::Procedure::CertRenewal],
        "en",
    )
    .unwrap();
    let details = madoguchi::printer::TicketDetails::for_procedures(&order.procedures, &config);
    let view = madoguchi::printer::slip_view(&order, &details, &config, catalog, local(OPEN));
    assert!(view.number.is_empty(), "a slip never carries a number");
    assert!(
        view.number_label
            .contains("No number: please show this paper to the staff at the reception desk.")
    );
    assert!(
        view.number_label
            .contains("番号なし：この紙を受付窓口の職員にお見せください")
    );
    assert!(!view.checklist.is_empty(), "the checklist is on it");
    assert!(
        view.staff
            .iter()
            .any(|l| l.contains("番号なしで印刷した用紙"))
    );
    assert!(
        view.qr.iter().all(|(url, _)| !url.contains("/t/")),
        "no phone page"
    );
    if let Some(folder) = std::env::var_os("MADOGUCHI_SCREENS") {
        for (width, name) in [(576, "80mm"), (384, "58mm")] {
            let raster = madoguchi::printer::layout::render(&view, width).unwrap();
            std::fs::write(
                PathBuf::from(&folder).join(format!("slip-en-{name}.png")),
                raster.png().unwrap(),
            )
            .unwrap();
        }
    }
}
