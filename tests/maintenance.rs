//! Maintenance mode through iced_test's simulator on a real SQLite file: the PIN pad, the lock-out and its persistence, every staff screen and action, and `madoguchi ctl` against the running binary.

#[path = "common/shown.rs"]
mod shown;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use iced::Settings;
use iced_test::simulator::Simulator;
use madoguchi::clock::FixedClock;
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::fonts;
use madoguchi::maintenance::Mode;
use madoguchi::maintenance::StaffScreen;
use madoguchi::queue::State;
use madoguchi::session::{OutOfService, Screen};
use madoguchi::tickets::{SqliteStore, TicketStore};
use madoguchi::ui::{App, Message, theme};
use shown::shown;

/// Thursday 6 May 2027, 10:15: the counters are open.
const OPEN: &str = "2027-05-06T10:15";
/// The example kiosk.toml's staff PIN.
const PIN: &str = "123456";

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config(dir: &Path) -> Config {
    let mut config = Config::load(&root().join("kiosk.toml")).unwrap();
    config.tickets.database = dir.join("tickets.sqlite").into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.join("printed"));
    config
}

fn app_with(config: Config) -> App {
    App::new(config, Arc::new(FixedClock(local(OPEN))), true)
}

fn settings() -> Settings {
    Settings {
        fonts: fonts::faces().map(Into::into).collect(),
        default_font: theme::FONT,
        ..Settings::default()
    }
}

/// Lets the app handle a message and carries out what it hands off, as the running app does.
fn send(app: &mut App, message: Message) {
    for job in app.handle(message) {
        if let Some(reply) = app.carry_out_now(&job) {
            send(app, reply);
        }
    }
}

fn click(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), app.view());
        ui.click(shown(label)).unwrap_or_else(|e| {
            panic!(
                "no {label:?} on {:?} / {:?}: {e:?}",
                app.staffroom().maintenance.mode(),
                app.session().screen()
            )
        });
        ui.into_messages().collect()
    };
    for m in messages {
        send(app, m);
    }
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), app.view());
    ui.find(shown(label)).is_ok()
}

/// Where a text is on the screen.
fn bounds_of(app: &App, label: &str) -> iced::Rectangle {
    let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), app.view());
    ui.find(shown(label))
        .unwrap_or_else(|e| panic!("no {label:?}: {e:?}"))
        .bounds()
}

/// With MADOGUCHI_SCREENS set to a folder, the screen is saved there as a PNG to look at.
fn look(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("MADOGUCHI_SCREENS") {
        let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), app.view());
        let shot = ui.snapshot(&iced::Theme::Light).unwrap();
        let _ = std::fs::remove_file(Path::new(&dir).join(format!("{name}-tiny-skia.png")));
        shot.matches_image(Path::new(&dir).join(name)).unwrap();
    }
}

fn type_pin(app: &mut App, pin: &str) {
    for d in pin.chars() {
        click(app, &d.to_string());
    }
    click(app, "決定");
}

fn enter(app: &mut App) {
    send(app, Message::StaffShortcut);
    assert!(shows(app, "職員用暗証番号を入力してください"));
    type_pin(app, PIN);
    assert_eq!(
        app.staffroom().maintenance.mode(),
        &Mode::On(StaffScreen::Status)
    );
}

fn audit(dir: &Path) -> Vec<(String, String)> {
    let store = SqliteStore::open(&dir.join("tickets.sqlite"), "main", local(OPEN)).unwrap();
    store
        .recent_actions(100)
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.outcome))
        .collect()
}

/// A resident's renewable card to a ticket; returns its number.
fn resident_ticket(app: &mut App) -> String {
    click(app, "renewable");
    click(app, "次へ");
    click(app, "自分のカード");
    click(app, "はい");
    click(app, "整理券を発行する");
    let number = match app.session().screen() {
        Screen::Ticket { ticket, .. } => ticket.number.to_string(),
        other => panic!("no ticket: {other:?}"),
    };
    click(app, "remove card");
    number
}

#[test]
fn the_right_pin_opens_maintenance_and_residents_are_held_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    assert!(shows(&app, "保守モード"));
    // The PIN never reaches the record; the entry does.
    let records = audit(dir.path());
    assert!(
        records.contains(&("enter".into(), "ok".into())),
        "{records:?}"
    );
    assert!(
        !records
            .iter()
            .any(|(a, o)| a.contains(PIN) || o.contains(PIN))
    );
    // Behind the staff screens residents are not served: the session is paused.
    assert_eq!(
        app.session().screen(),
        &Screen::OutOfService(OutOfService::PausedByStaff)
    );
    click(&mut app, "保守モードを終了する");
    assert_eq!(app.staffroom().maintenance.mode(), &Mode::Off);
    assert_eq!(app.session().screen(), &Screen::Waiting);
}

#[test]
fn wrong_pins_count_down_then_lock_entry_even_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    send(&mut app, Message::StaffShortcut);
    // The keys stay where they were when a notice appears, and no language is offered.
    let seven = bounds_of(&app, "7");
    assert!(!shows(&app, "English"));
    for tries_left in (1..=4).rev() {
        type_pin(&mut app, "999999");
        assert_eq!(bounds_of(&app, "7"), seven, "the keypad moved");
        assert!(
            shows(
                &app,
                &format!(
                    "暗証番号が違います。あと{tries_left}回まちがえると5分間入れなくなります。"
                )
            ),
            "after a wrong PIN, {tries_left} left"
        );
    }
    type_pin(&mut app, "999999");
    assert!(shows(
        &app,
        "暗証番号を5回まちがえたため、10:20まで入れません。"
    ));
    // The right PIN does not open a locked entry.
    type_pin(&mut app, PIN);
    assert!(matches!(
        app.staffroom().maintenance.mode(),
        Mode::PinPad { .. }
    ));
    drop(app);

    // A restart keeps the lock.
    let mut again = app_with(config(dir.path()));
    send(&mut again, Message::StaffShortcut);
    type_pin(&mut again, PIN);
    assert!(shows(
        &again,
        "暗証番号を5回まちがえたため、10:20まで入れません。"
    ));
    assert!(matches!(
        again.staffroom().maintenance.mode(),
        Mode::PinPad { .. }
    ));

    // Five minutes later the right PIN opens it.
    let later = App::new(
        config(dir.path()),
        Arc::new(FixedClock(local("2027-05-06T10:21"))),
        true,
    );
    let mut later = later;
    send(&mut later, Message::StaffShortcut);
    type_pin(&mut later, PIN);
    assert_eq!(
        later.staffroom().maintenance.mode(),
        &Mode::On(StaffScreen::Status)
    );
    let records = audit(dir.path());
    assert_eq!(records.iter().filter(|(_, o)| o == "wrong PIN").count(), 4);
    assert_eq!(
        records
            .iter()
            .filter(|(_, o)| o == "locked for 5 minutes")
            .count(),
        1
    );
}

#[test]
fn cancel_on_the_pin_pad_returns_to_the_residents() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    send(&mut app, Message::StaffShortcut);
    click(&mut app, "やめる");
    assert_eq!(app.staffroom().maintenance.mode(), &Mode::Off);
    assert!(shows(
        &app,
        "マイナンバーカードを読み取り機に置いてください"
    ));
}

#[test]
fn holding_the_hidden_corner_for_five_seconds_opens_the_pin_pad() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    // A touch let go early does nothing.
    send(&mut app, Message::Corner(true));
    send(&mut app, Message::Corner(false));
    std::thread::sleep(Duration::from_secs(5));
    send(&mut app, Message::Tick);
    assert_eq!(app.staffroom().maintenance.mode(), &Mode::Off);
    // Held: on the tick after five seconds the pad opens.
    send(&mut app, Message::Corner(true));
    send(&mut app, Message::Tick);
    assert_eq!(app.staffroom().maintenance.mode(), &Mode::Off);
    std::thread::sleep(Duration::from_secs(5));
    send(&mut app, Message::Tick);
    assert!(shows(&app, "職員用暗証番号を入力してください"));
}

/// A network printer that answers every status request with "paper end" on the paper status.
fn printer_out_of_paper() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut request = [0u8; 3];
            while stream.read_exact(&mut request).is_ok() {
                let answer = if request == [0x10, 0x04, 4] {
                    0x72
                } else {
                    0x12
                };
                let _ = stream.write_all(&[answer]);
            }
        }
    });
    address
}

#[test]
fn the_status_screen_says_the_printer_is_out_of_paper_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config(dir.path());
    config.printer.driver = PrinterDriver::Tcp;
    config.printer.address = Some(printer_out_of_paper());
    let mut app = app_with(config);
    enter(&mut app);
    // The status screen asks the printer as it opens.
    click(&mut app, "状態");
    look(&app, "staff-status");
    assert!(shows(&app, "プリンター: 使えません"));
    assert!(shows(
        &app,
        "用紙がありません。ロール紙を補充してください。"
    ));
    assert!(shows(&app, "カード読み取り機: 正常"));
    assert!(shows(&app, "保存先(データベース): 正常"));
    // The printer screen says the same, and a test page fails for the same reason.
    click(&mut app, "プリンター");
    click(&mut app, "テスト印刷する");
    assert!(shows(
        &app,
        "テスト印刷: できませんでした (failed:paper_end)"
    ));
}

#[test]
fn a_database_that_opened_but_cannot_be_read_is_reported_not_shown_as_empty_lists() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    assert!(shows(&app, "保存先(データベース): 正常"));
    // Another program damages the schema under the running kiosk.
    rusqlite::Connection::open(dir.path().join("tickets.sqlite"))
        .unwrap()
        .execute_batch("DROP TABLE audit")
        .unwrap();
    click(&mut app, "状態");
    look(&app, "staff-status-unreadable");
    assert!(shows(&app, "保存先(データベース): 使えません"));
    assert!(shows_prefix(
        &app,
        "データベースを読み出せません(the ticket database failed: no such table: audit)"
    ));
}

#[test]
fn a_database_server_that_does_not_answer_is_named_on_the_status_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config(dir.path());
    // Nothing listens on port 1: the server is down, as in a failover or a network cut.
    config.tickets.database = madoguchi::domain::Database::Postgres(
        "postgresql://madoguchi@127.0.0.1:1/madoguchi?sslmode=disable".into(),
    );
    let mut app = app_with(config);
    enter(&mut app);
    click(&mut app, "状態");
    look(&app, "staff-status-database-unreachable");
    assert!(shows(&app, "保存先(データベース): 使えません"));
    let said = app.script().said.join("\n");
    assert!(
        shows_prefix(&app, "データベースにつながりません。"),
        "{said}"
    );
}

#[test]
fn a_counter_closed_for_today_gives_residents_no_ticket_but_the_branches() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    click(&mut app, "窓口");
    let first = &app_config_window_label();
    assert!(shows(&app, &format!("{first}: 受付中")));
    // The certificate counter is the first in kiosk.toml.
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), app.view());
        ui.click(shown("本日休止にする")).unwrap();
        ui.into_messages().collect()
    };
    for m in messages {
        send(&mut app, m);
    }
    assert!(shows(&app, &format!("{first}: 本日休止")));
    look(&app, "staff-counters");
    click(&mut app, "保守モードを終了する");

    click(&mut app, "renewable");
    click(&mut app, "次へ");
    click(&mut app, "自分のカード");
    click(&mut app, "はい");
    assert_eq!(app.session().screen(), &Screen::Checklist);
    assert!(shows(
        &app,
        "この手続きの窓口は、本日お休みです。上に記した支所などをご利用ください。"
    ));
    assert!(!shows(&app, "整理券を発行する"));
    let records = audit(dir.path());
    assert!(
        records.contains(&("close-counter certificates".into(), "ok".into())),
        "{records:?}"
    );
}

/// "1番窓口 市民課 窓口第一係(電子証明書・暗証番号)": the first counter as staff see it.
fn app_config_window_label() -> String {
    let config = Config::load(&root().join("kiosk.toml")).unwrap();
    let w = &config.windows[0];
    format!("{}番窓口  {}", w.number, w.label.get("ja"))
}

#[test]
fn staff_reprint_and_void_a_ticket_and_today_counts_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    let number = resident_ticket(&mut app);
    assert_eq!(number, "A-001");
    enter(&mut app);
    click(&mut app, "本日の発券");
    assert!(shows(
        &app,
        "発券 1枚 / 最後の番号 A-001 / 未印刷 0枚 / 無効 0枚"
    ));
    click(&mut app, "整理券");
    click(&mut app, "最後の整理券を再印刷する");
    assert!(shows(&app, "再印刷: 完了"));
    assert!(dir.path().join("printed/A-001-reprint.png").exists());
    look(&app, "staff-tickets");
    let row = bounds_of(&app, "A-001");
    click(&mut app, "無効にする");
    // One press asks, naming the ticket; nothing is voided yet and nothing moved.
    assert!(shows(
        &app,
        "整理券 A-001 を無効にしますか? 元に戻せません。"
    ));
    assert_eq!(bounds_of(&app, "A-001"), row);
    let store = SqliteStore::open(&dir.path().join("tickets.sqlite"), "main", local(OPEN)).unwrap();
    assert_ne!(
        store.tickets_on(local(OPEN).date()).unwrap()[0].queue.state,
        State::Void
    );
    click(&mut app, "A-001 を無効にする");
    assert!(shows(&app, "整理券の無効化: 完了"));
    assert_eq!(
        bounds_of(&app, "A-001"),
        row,
        "the list stays under the finger"
    );
    let store = SqliteStore::open(&dir.path().join("tickets.sqlite"), "main", local(OPEN)).unwrap();
    let t = store.tickets_on(local(OPEN).date()).unwrap();
    assert_eq!(t[0].queue.state, State::Void);
    assert_eq!(t[0].queue.called_by, None);
    // A void ticket is not printed again.
    click(&mut app, "最後の整理券を再印刷する");
    assert!(shows(
        &app,
        "再印刷: できませんでした (ticket A-001 is void; it is not printed again)"
    ));
    click(&mut app, "本日の発券");
    assert!(shows(
        &app,
        "発券 1枚 / 最後の番号 A-001 / 未印刷 0枚 / 無効 1枚"
    ));
    let records = audit(dir.path());
    assert!(
        records.contains(&("reprint A-001".into(), "ok".into())),
        "{records:?}"
    );
    assert!(
        records.contains(&("void A-001".into(), "ok".into())),
        "{records:?}"
    );
}

#[test]
fn pausing_ticketing_holds_residents_off_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    click(&mut app, "窓口");
    click(&mut app, "発券を一時停止する");
    // Pausing asks first.
    assert!(!app.staffroom().ticketing_paused);
    click(&mut app, "はい、一時停止する");
    assert!(app.staffroom().ticketing_paused);
    click(&mut app, "保守モードを終了する");
    assert_eq!(
        app.session().screen(),
        &Screen::OutOfService(OutOfService::PausedByStaff)
    );
    assert!(shows(&app, "ただいま準備中です"));
    drop(app);
    let mut again = app_with(config(dir.path()));
    assert_eq!(
        again.session().screen(),
        &Screen::OutOfService(OutOfService::PausedByStaff)
    );
    enter(&mut again);
    click(&mut again, "窓口");
    click(&mut again, "発券を再開する");
    click(&mut again, "保守モードを終了する");
    assert_eq!(again.session().screen(), &Screen::Waiting);
}

#[test]
fn a_test_page_is_printed_with_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    click(&mut app, "プリンター");
    assert!(shows(&app, "プリンター: 正常"));
    click(&mut app, "テスト印刷する");
    assert!(shows(&app, "テスト印刷: 完了"));
    assert!(dir.path().join("printed/test-page.png").exists());
    assert!(dir.path().join("printed/test-page.escpos").exists());
}

#[test]
fn the_card_test_shows_what_was_read_and_forgets_it_when_the_card_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    click(&mut app, "カード確認");
    assert!(shows(
        &app,
        "確認するカードを読み取り機に置いてください。読み取った内容がここに表示されます(カードを外すと消えます)。"
    ));
    click(&mut app, "renewable");
    assert!(shows(&app, "種類: マイナンバーカード"));
    assert!(shows(
        &app,
        "利用者証明用電子証明書の有効期限: 2027年6月20日(日)"
    ));
    assert!(shows(&app, "証明書の確認: 確認できました"));
    assert!(shows(&app, "暗証番号の残り回数: 利用者証明用 3 / 署名用 5"));
    // The resident's session did not take the card: staff hold the kiosk.
    assert_eq!(
        app.session().screen(),
        &Screen::OutOfService(OutOfService::PausedByStaff)
    );
    click(&mut app, "remove card");
    assert!(app.staffroom().card_test.is_none());
    assert!(!shows(&app, "種類: マイナンバーカード"));
}

#[test]
fn a_broken_settings_file_is_refused_and_the_running_one_kept() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kiosk.toml");
    let good = std::fs::read_to_string(root().join("kiosk.toml")).unwrap();
    // Paths in the copy resolve against the repository, as in the original.
    let good = good.replace(
        "holidays = \"",
        &format!("holidays = \"{}/", root().display()),
    );
    std::fs::write(&file, &good).unwrap();
    let mut app = app_with(config(dir.path())).with_config_path(file.clone());
    enter(&mut app);
    click(&mut app, "設定");
    std::fs::write(
        &file,
        good.replace("idle_timeout_secs = 60", "idle_timeout_secs = \"soon\""),
    )
    .unwrap();
    click(&mut app, "設定ファイルを読み込み直す");
    assert!(shows_prefix(&app, "設定の読み込み直し: できませんでした ("));
    std::fs::write(&file, &good).unwrap();
    click(&mut app, "設定ファイルを読み込み直す");
    assert!(
        shows(&app, "設定の読み込み直し: 完了"),
        "{:?}",
        app.staffroom().notice
    );
    let records = audit(dir.path());
    assert!(
        records
            .iter()
            .any(|(a, o)| a == "reload" && o.contains("idle_timeout_secs")),
        "{records:?}"
    );
}

fn shows_prefix(app: &App, prefix: &str) -> bool {
    let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), app.view());
    let prefix = prefix.to_owned();
    ui.find(
        move |candidate: iced_test::selector::Candidate<'_>| match candidate {
            iced_test::selector::Candidate::Text { content, .. }
                if shown::as_read(content).starts_with(&prefix) =>
            {
                Some(())
            }
            _ => None,
        },
    )
    .is_ok()
}

#[test]
fn staff_choose_the_language_residents_see_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    click(&mut app, "設定");
    click(&mut app, "Show English first");
    // Staff screens stay in the language staff read them in.
    click(&mut app, "保守モードを終了する");
    assert!(shows(&app, "Please put your My Number Card on the reader"));
    drop(app);
    let again = app_with(config(dir.path()));
    assert!(shows(
        &again,
        "Please put your My Number Card on the reader"
    ));
}

/// The real binary, in demo mode under Xvfb, switched by `madoguchi ctl` over its socket.
#[test]
fn ctl_switches_maintenance_over_the_local_socket() {
    let dir = tempfile::tempdir().unwrap();
    let display = format!(":{}", 80 + std::process::id() % 9);
    let mut xvfb = Command::new("Xvfb")
        .args([display.as_str(), "-screen", "0", "1280x800x24"])
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb is not installed: apt-get install xvfb");
    std::thread::sleep(Duration::from_millis(800));
    let bin = env!("CARGO_BIN_EXE_madoguchi");
    let mut kiosk = Command::new(bin)
        .args(["run", "--demo", "--windowed", "--config"])
        .arg(root().join("kiosk.toml"))
        .arg("--data-dir")
        .arg(dir.path())
        .env("DISPLAY", &display)
        .env("ICED_BACKEND", "tiny-skia")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let socket = dir.path().join("madoguchi.sock");
    let ctl = |action: &str| {
        let out = Command::new(bin)
            .args(["ctl", "maintenance", action, "--socket"])
            .arg(&socket)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).trim().to_owned(),
            String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        )
    };
    // A cold, loaded machine can take a while to start the kiosk and draw its first frame.
    let mut ready = false;
    for _ in 0..600 {
        if ctl("status").0 == Some(0) {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let results = [
        ctl("status"),
        ctl("on"),
        ctl("status"),
        ctl("off"),
        ctl("status"),
    ];
    let mode = std::fs::metadata(&socket).map(|m| {
        use std::os::unix::fs::PermissionsExt;
        m.permissions().mode() & 0o777
    });
    let _ = kiosk.kill();
    let _ = kiosk.wait();
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    assert!(ready, "the kiosk's control socket never answered");
    let answers: Vec<&str> = results.iter().map(|(_, out, _)| out.as_str()).collect();
    assert_eq!(answers, ["off", "on", "on", "off", "off"]);
    assert_eq!(
        mode.unwrap(),
        0o600,
        "only the kiosk's user may open the socket"
    );
    let records = audit(dir.path());
    assert!(
        records.contains(&("enter".into(), "ok (ctl)".into())),
        "{records:?}"
    );
    assert!(
        records.contains(&("exit".into(), "ok (ctl)".into())),
        "{records:?}"
    );
}

#[test]
fn ctl_without_a_running_kiosk_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["ctl", "maintenance", "status", "--socket"])
        .arg(dir.path().join("none.sock"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no kiosk is running"));
}

#[test]
fn the_status_screen_shows_the_printer_as_soon_as_staff_are_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    // No visit to the Printer tab: the check ran on entering.
    assert!(app.staffroom().printer_check.is_some());
    assert!(!shows(&app, "プリンターの状態を確認しています…"));
    assert!(shows(&app, "プリンター: 正常"));
}

#[test]
fn the_audit_trail_on_the_status_screen_is_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(config(dir.path()));
    enter(&mut app);
    click(&mut app, "窓口");
    click(&mut app, "状態");
    assert!(
        shows_containing(&app, "保守モードに入る: 完了"),
        "no words for 'enter ok'"
    );
    assert!(!shows_containing(&app, "enter"), "a raw code is shown");
}

fn shows_containing(app: &App, part: &str) -> bool {
    let mut ui = Simulator::with_size(settings(), (1920.0, 1080.0), app.view());
    let part = part.to_owned();
    ui.find(
        move |candidate: iced_test::selector::Candidate<'_>| match candidate {
            iced_test::selector::Candidate::Text { content, .. }
                if shown::as_read(content).contains(&part) =>
            {
                Some(())
            }
            _ => None,
        },
    )
    .is_ok()
}

/// What `/kiosks` asks of this kiosk, carried out as the running kiosk does: out of service
/// at its next look (within 2 s), holding across a restart, back in service, and a reprint
/// printed; each order marked done, and the heartbeat telling the new state.
#[test]
fn orders_from_kiosks_are_carried_out_at_the_next_look_and_out_of_service_outlives_a_restart() {
    use madoguchi::clock::ManualClock;
    use madoguchi::fleet::RemoteAction;
    use madoguchi::tickets::Kiosks as _;

    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.kiosk.id = Some("lobby-7".into());
    let clock = Arc::new(ManualClock::new(local(OPEN)));
    let mut app = App::new(cfg.clone(), clock.clone(), true);
    let number = resident_ticket(&mut app);
    let store = SqliteStore::open(&dir.path().join("tickets.sqlite"), "main", local(OPEN)).unwrap();
    let tick = |app: &mut App| {
        clock.advance(std::time::Duration::from_secs(1));
        send(app, Message::Tick);
    };
    // The ticket's screen gives way to the waiting one; the first look wrote a heartbeat.
    for _ in 0..60 {
        if app.session().screen() == &Screen::Waiting {
            break;
        }
        tick(&mut app);
    }
    assert_eq!(app.session().screen(), &Screen::Waiting);
    let beat = |store: &SqliteStore| {
        store
            .kiosks()
            .unwrap()
            .into_iter()
            .find(|k| k.heartbeat.kiosk == "lobby-7")
            .map(|k| k.heartbeat)
    };
    let first = beat(&store).expect("the kiosk wrote its heartbeat");
    assert!(
        !first.out_of_service && first.counts.tickets_printed == 1,
        "{first:?}"
    );

    store
        .ask_kiosk(
            "lobby-7",
            &RemoteAction::OutOfService,
            "yamada",
            local(OPEN),
        )
        .unwrap();
    store
        .ask_kiosk("another-kiosk", &RemoteAction::Pause, "yamada", local(OPEN))
        .unwrap();
    tick(&mut app);
    tick(&mut app);
    assert_eq!(
        app.session().screen(),
        &Screen::OutOfService(OutOfService::PausedByStaff)
    );
    assert!(store.kiosk_orders("lobby-7").unwrap().is_empty());
    assert_eq!(
        store.kiosk_orders("another-kiosk").unwrap().len(),
        1,
        "another kiosk's order is its own"
    );
    tick(&mut app);
    tick(&mut app);
    assert!(beat(&store).unwrap().out_of_service);

    // Restarted, it is still out of service.
    drop(app);
    let mut app = App::new(cfg.clone(), clock.clone(), true);
    assert_eq!(
        app.session().screen(),
        &Screen::OutOfService(OutOfService::PausedByStaff)
    );
    store
        .ask_kiosk(
            "lobby-7",
            &RemoteAction::BackInService,
            "yamada",
            local(OPEN),
        )
        .unwrap();
    let reprint = RemoteAction::parse("reprint", Some(&number)).unwrap();
    store
        .ask_kiosk("lobby-7", &reprint, "yamada", local(OPEN))
        .unwrap();
    let printed_before = std::fs::read_dir(dir.path().join("printed")).map_or(0, |d| d.count());
    for _ in 0..3 {
        tick(&mut app);
    }
    assert_eq!(app.session().screen(), &Screen::Waiting);
    let printed = std::fs::read_dir(dir.path().join("printed")).map_or(0, |d| d.count());
    assert!(printed > printed_before, "{printed_before} → {printed}");
    let done: Vec<String> = store
        .recent_kiosk_orders(10)
        .unwrap()
        .into_iter()
        .filter(|o| o.kiosk == "lobby-7")
        .map(|o| format!("{} {:?}", o.action, o.done.map(|(_, outcome)| outcome)))
        .collect();
    assert_eq!(
        done,
        vec![
            format!("reprint {number} Some(\"done\")"),
            "in-service Some(\"done\")".to_owned(),
            "out-of-service Some(\"done\")".to_owned(),
        ]
    );

    // A reprint still printing (its job not yet done) is not started again at the next look.
    store
        .ask_kiosk("lobby-7", &reprint, "yamada", local(OPEN))
        .unwrap();
    fn holding_reprints(app: &mut App, message: Message, held: &mut Vec<madoguchi::ui::Job>) {
        for job in app.handle(message) {
            if matches!(job, madoguchi::ui::Job::RemoteReprint(_)) {
                held.push(job);
            } else if let Some(reply) = app.carry_out_now(&job) {
                holding_reprints(app, reply, held);
            }
        }
    }
    let mut held = Vec::new();
    for _ in 0..8 {
        clock.advance(std::time::Duration::from_secs(1));
        holding_reprints(&mut app, Message::Tick, &mut held);
    }
    assert_eq!(held.len(), 1, "one reprint, however many looks");
    for job in held {
        if let Some(reply) = app.carry_out_now(&job) {
            send(&mut app, reply);
        }
    }
    assert!(store.kiosk_orders("lobby-7").unwrap().is_empty());

    // A pause from /kiosks holds this kiosk, across its restart, and no other kiosk.
    store
        .ask_kiosk("lobby-7", &RemoteAction::Pause, "yamada", local(OPEN))
        .unwrap();
    for _ in 0..3 {
        tick(&mut app);
    }
    let paused = Screen::OutOfService(OutOfService::PausedByStaff);
    assert_eq!(app.session().screen(), &paused);
    drop(app);
    let mut neighbour = cfg.clone();
    neighbour.kiosk.id = Some("lobby-8".into());
    let other = App::new(neighbour, clock.clone(), true);
    assert_eq!(other.session().screen(), &Screen::Waiting);
    let mut app = App::new(cfg.clone(), clock.clone(), true);
    assert_eq!(app.session().screen(), &paused);
    store
        .ask_kiosk("lobby-7", &RemoteAction::Resume, "yamada", local(OPEN))
        .unwrap();
    for _ in 0..3 {
        tick(&mut app);
    }
    assert_eq!(app.session().screen(), &Screen::Waiting);
}
