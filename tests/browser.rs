//! `madoguchi server` in a real headless Chromium (Debian's, over WebDriver): a clerk signs in, calls the next ticket by key, and the lobby display and the resident's phone page change by themselves; screenshots of all three in target/screenshots.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::browser::{Driver, screenshot_dir};
use common::postgres::{Pair, PgCluster, unique};
use common::server::{self, Server};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, Locator};
use madoguchi::domain::Procedure;
use madoguchi::tickets::Ticket;

const NOW: &str = "2027-05-06T10:15";
const PASSWORD: &str = "correct horse battery";

fn at(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn issue(
    path: &Path,
    procedures: &[Procedure],
    language: &str,
    flag: bool,
    minutes: i64,
) -> Ticket {
    server::issue_from_kiosk(path, procedures, language, flag, at(NOW), minutes)
}

/// Waits until the first element matching `css` has text containing `expected`.
async fn shows(client: &Client, css: &str, expected: &str) -> String {
    let started = Instant::now();
    let mut last = String::new();
    while started.elapsed() < Duration::from_secs(15) {
        if let Ok(element) = client.find(Locator::Css(css)).await
            && let Ok(text) = element.text().await
        {
            if text.contains(expected) {
                return text;
            }
            last = text;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{css} never showed {expected:?}; it showed {last:?}");
}

async fn press_key(client: &Client, key: char) {
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    client.perform_actions(keys).await.unwrap();
}

async fn save(client: &Client, name: &str) {
    let png = client.screenshot().await.unwrap();
    std::fs::write(screenshot_dir().join(name), png).unwrap();
}

/// Whether the page's red "lost" banner is hidden.
async fn banner_hidden(client: &Client) -> bool {
    is_hidden(client, "lost").await
}

/// On the sign-in page: `name` signs in.
async fn sign_in_as(client: &Client, name: &str) {
    for (field, value) in [("name", name), ("password", PASSWORD)] {
        client
            .find(Locator::Css(&format!("input[name={field}]")))
            .await
            .unwrap()
            .send_keys(value)
            .await
            .unwrap();
    }
    client
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// On the sign-in page: sato signs in and sits at the first counter offered.
async fn sign_in_at_the_first_seat(console: &Client) {
    sign_in_as(console, "sato").await;
    shows(console, "main.seats h1", "担当する窓口を選んでください").await;
    console
        .find(Locator::Css("button[name=seat]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Runs the browser's half of a test (the store is blocking and is set up before).
fn in_browser(test: impl std::future::Future<Output = ()>) {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(test);
}

#[test]
fn a_clerk_calls_by_key_and_the_display_and_the_phone_page_follow() {
    let dir = tempfile::tempdir().unwrap();
    // The office-wide store: PostgreSQL, as a lobby with several kiosks runs it.
    let database = PgCluster::shared().create_database(&unique("browser"));
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[("\ncalling = false", "\ncalling = true")],
    );
    server::add_staff(&path, "sato", "certificates", PASSWORD);
    issue(&path, &[Procedure::CertRenewal], "ja", false, 32);
    let english = issue(
        &path,
        &[Procedure::PinReset, Procedure::CertRenewal],
        "en",
        true,
        24,
    );
    issue(&path, &[Procedure::CertIssuance], "ja", false, 15);
    issue(&path, &[Procedure::CertRenewal], "en", false, 6);
    let server = Server::start(&path, Some(NOW));
    in_browser(async {
        let driver = Driver::shared();

        // The lobby's TV, and the phone of the English-speaking resident with A-002.
        let display = driver.browser(1920, 1080).await;
        display.goto(&server.url("/display")).await.unwrap();
        shows(&display, "#now", "まだ呼び出しはありません").await;
        let phone = driver.browser(390, 844).await;
        phone
            .goto(&server.url(&format!("/t/{}", english.phone_token.as_deref().unwrap())))
            .await
            .unwrap();
        shows(&phone, ".headline", "1 person is ahead of you.").await;

        // The clerk signs in, sits at counter 1 and calls by key.
        let console = driver.browser(1366, 768).await;
        console.goto(&server.url("/counter")).await.unwrap();
        assert!(
            console.current_url().await.unwrap().path() == "/signin",
            "sent to sign in first"
        );
        sign_in_at_the_first_seat(&console).await;
        shows(&console, ".queue h2", "4").await;
        let waiting = console
            .find(Locator::Css("ol.waiting"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        for shown in [
            "A-001",
            "32分待ち",
            "英語",
            "カードを確認",
            "暗証番号の再設定",
            "来庁2回の手続き",
            "ご自分のマイナンバーカード(原本)",
        ] {
            assert!(
                waiting.contains(shown),
                "{shown:?} not in the waiting list:\n{waiting}"
            );
        }

        press_key(&console, 'c').await;
        shows(&console, "#said", "A-001 を呼び出しました。").await;
        shows(&display, "#now .number", "A-001").await;
        shows(&display, "#now .counter", "1番窓口").await;
        shows(&phone, ".headline", "You are next.").await;

        press_key(&console, 'd').await;
        shows(&console, "#said", "A-001 を完了にしました。").await;
        press_key(&console, 'c').await;
        shows(&console, ".current .number", "A-002").await;
        shows(&display, "#now .number", "A-002").await;
        shows(&display, "#recent", "A-001").await;
        let turn = shows(
            &phone,
            ".headline",
            "It's your turn. Please go to Counter 1.",
        )
        .await;
        assert!(!turn.contains("sato"));
        save(&phone, "phone-your-turn.png").await;
        // A recall announces again.
        press_key(&console, 'r').await;
        shows(&console, "#said", "A-002 を呼び出しました。").await;

        // Announcements: one at a time, in the order of the calls; Japanese, then the
        // resident's language when it is another.
        let started = Instant::now();
        let announced = loop {
            let made = display
                .execute("return window.announced", vec![])
                .await
                .unwrap();
            if made.as_array().is_some_and(|a| a.len() >= 3)
                || started.elapsed() > Duration::from_secs(60)
            {
                break made;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let made = announced.as_array().unwrap();
        let numbers: Vec<&str> = made.iter().map(|m| m["number"].as_str().unwrap()).collect();
        assert_eq!(numbers, ["A-001", "A-002", "A-002"]);
        assert_eq!(
            made[0]["phrases"],
            serde_json::json!(["受付番号 A の 1 番の方、1 番窓口へお越しください。"])
        );
        assert_eq!(
            made[1]["phrases"],
            serde_json::json!([
                "受付番号 A の 2 番の方、1 番窓口へお越しください。",
                "Number A-2, please go to counter 1."
            ])
        );
        for pair in made.windows(2) {
            assert!(
                pair[1]["start"].as_f64() >= pair[0]["end"].as_f64(),
                "announcements overlap: {pair:?}"
            );
        }
        // Each was played as the server spoke it, for as long as it lasts.
        for m in made {
            assert_eq!(m["voice"], true, "{m}");
            let ms = m["end"].as_f64().unwrap() - m["start"].as_f64().unwrap();
            assert!(ms > 3_000.0, "{m}");
        }

        // The screenshots the README shows.
        press_key(&console, 's').await;
        shows(&console, "#said", "A-002 の対応を始めました。").await;
        save(&console, "counter-console.png").await;
        let recent = display
            .find(Locator::Css("#recent"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !recent.contains("A-002"),
            "the number on top is not listed again: {recent}"
        );
        save(&display, "display-calling.png").await;

        // A clerk who signs out is signed out.
        console
            .find(Locator::Css("form[action='/signout'] button"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        shows(&console, "h1", "サインイン").await;
        console.goto(&server.url("/counter")).await.unwrap();
        assert_eq!(console.current_url().await.unwrap().path(), "/signin");

        for client in [console, display, phone] {
            client.close().await.unwrap();
        }
    });
}

#[test]
fn a_display_that_loses_the_server_says_so_and_comes_back_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    // Demo mode keeps its tickets in its data folder: the server reads the same file.
    let data = dir.path().join("demo-data");
    std::fs::create_dir_all(&data).unwrap();
    let database = data.join("tickets.sqlite").display().to_string();
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[("\ncalling = false", "\ncalling = true")],
    );
    issue(&path, &[Procedure::CertRenewal], "ja", false, 5);
    let server = Server::start(&path, Some(NOW));
    let addr = server.addr.clone();
    in_browser(async move {
        let display = Driver::shared().browser(1280, 720).await;
        display.goto(&server.url("/display")).await.unwrap();
        shows(&display, "#lines", "1").await;
        assert!(banner_hidden(&display).await);
        drop(server);
        let started = Instant::now();
        while banner_hidden(&display).await {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "the display never said it lost the server"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        save(&display, "display-lost.png").await;
        // The same address again: the page reconnects without anyone touching it.
        let again = Server::start_on(&path, Some(NOW), &addr);
        let started = Instant::now();
        while !banner_hidden(&display).await {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the display never reconnected"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        drop(again);
        display.close().await.unwrap();
    });
}

/// Opens an event stream by hand and keeps it open: the status the server answered, and the
/// connection (dropping it closes the stream).
fn hold_stream(addr: &str, path: &str) -> (u16, std::net::TcpStream) {
    use std::io::{BufRead, BufReader, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut status = String::new();
    BufReader::new(stream.try_clone().unwrap())
        .read_line(&mut status)
        .unwrap();
    let code = status
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, stream)
}

/// The security review's second finding: residents' phone streams and the display shared one
/// limit. Holding it full with one ticket's token left a display that loaded meanwhile with
/// its stream closed for good (browsers do not retry after a 503), and its 10-second refresh
/// hid the red banner, so the TV looked well and never showed a call again. Now the phones'
/// places are their own, one page holds at most three, and a display refused by a full lobby
/// keeps its banner and opens its stream again by itself once there is room.
#[test]
fn phones_filling_their_streams_never_silence_the_display() {
    let dir = tempfile::tempdir().unwrap();
    // Demo mode keeps its tickets in its data folder: the server reads the same file.
    let data = dir.path().join("demo-data");
    std::fs::create_dir_all(&data).unwrap();
    let database = data.join("tickets.sqlite").display().to_string();
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[
            ("\ncalling = false", "\ncalling = true"),
            (
                "\n# public_url",
                "\nphone_streams = 6\nlobby_streams = 1\n# public_url",
            ),
        ],
    );
    let tickets: Vec<Ticket> = (0..3)
        .map(|n| issue(&path, &[Procedure::CertRenewal], "ja", false, 10 - n))
        .collect();
    let server = Server::start(&path, Some(NOW));
    let addr = server.addr.clone();
    let events = |t: &Ticket| format!("/t/{}/events", t.phone_token.as_deref().unwrap());
    // One page holds three places and no more; two pages fill the phones' six.
    let mut phones = Vec::new();
    for ticket in &tickets[..2] {
        for _ in 0..3 {
            let (status, stream) = hold_stream(&addr, &events(ticket));
            assert_eq!(status, 200);
            phones.push(stream);
        }
    }
    assert_eq!(hold_stream(&addr, &events(&tickets[0])).0, 429);
    assert_eq!(hold_stream(&addr, &events(&tickets[2])).0, 503);
    // The lobby's one place is taken too: the display loaded now is refused (503).
    let (status, lobby) = hold_stream(&addr, "/api/events");
    assert_eq!(status, 200);
    in_browser(async move {
        let display = Driver::shared().browser(1280, 720).await;
        display.goto(&server.url("/display")).await.unwrap();
        shows(&display, "#lines", "3").await;
        // Past the page's 10-second refresh, which reads the lines well: the banner stays.
        tokio::time::sleep(Duration::from_secs(12)).await;
        assert!(
            !banner_hidden(&display).await,
            "the banner went while no call can arrive"
        );
        save(&display, "display-refused.png").await;
        drop(lobby);
        let started = Instant::now();
        while !banner_hidden(&display).await {
            assert!(
                started.elapsed() < Duration::from_secs(40),
                "the display never opened its stream again"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        // With every phone place still held, the next call reaches the display.
        let called = common::run_on(
            &path,
            &[
                "ticket",
                "call",
                "--window",
                "certificates",
                "--counter",
                "1",
                "--by",
                "sato",
                "--now",
                NOW,
            ],
        );
        assert!(called.status.success(), "{called:?}");
        shows(&display, "#now .number", "A-001").await;
        save(&display, "display-after-refusal.png").await;
        drop(phones);
        display.close().await.unwrap();
    });
}

/// Four weeks of visits at the certificates window before 2027-05-06, waits growing through
/// the morning: the typical week's history, as an office's old machine would export it.
fn old_machine_history(dir: &Path) -> std::path::PathBuf {
    use chrono::Datelike;
    let mut csv = String::from("window,issued_at,called_at,finished_at\n");
    let mut day = at("2027-04-05T00:00").date();
    while day < at("2027-05-06T00:00").date() {
        if day.weekday().number_from_monday() <= 5 {
            for hour in 9..16u32 {
                for n in 0..3u32 {
                    let issued = day.and_hms_opt(hour, 10 * n, 0).unwrap();
                    let wait = i64::from((hour - 8) * 4 + n + day.weekday().number_from_monday());
                    let called = issued + chrono::Duration::minutes(wait);
                    let done = called + chrono::Duration::minutes(5);
                    csv.push_str(&format!(
                        "certificates,{},{},{}\n",
                        issued.format("%Y-%m-%d %H:%M"),
                        called.format("%Y-%m-%d %H:%M"),
                        done.format("%Y-%m-%d %H:%M")
                    ));
                }
            }
        }
        day = day.succ_opt().unwrap();
    }
    let file = dir.join("history.csv");
    std::fs::write(&file, csv).unwrap();
    file
}

#[test]
fn the_wait_page_follows_a_call_and_writes_every_cell_of_its_heat_map() {
    let dir = tempfile::tempdir().unwrap();
    let database = PgCluster::shared().create_database(&unique("now"));
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[("\ncalling = false", "\ncalling = true")],
    );
    let history = old_machine_history(dir.path());
    let imported = common::run_on(
        &path,
        &[
            "db",
            "import-history",
            history.to_str().unwrap(),
            "--now",
            NOW,
        ],
    );
    assert!(imported.status.success(), "{imported:?}");
    for _ in 0..3 {
        let out = common::run_on(
            &path,
            &[
                "ticket",
                "issue",
                "--procedure",
                "cert_renewal",
                "--now",
                NOW,
            ],
        );
        assert!(out.status.success(), "{out:?}");
    }
    let server = Server::start(&path, Some(NOW));
    in_browser(async {
        let driver = Driver::shared();
        let phone = driver.browser(390, 844).await;
        phone.goto(&server.url("/now?lang=ja")).await.unwrap();
        let waiting = "section[data-office=main] tr[data-window=certificates] .waiting";
        shows(&phone, waiting, "3").await;
        shows(&phone, "section[data-office=main] .status", "受付中").await;
        let desk = driver.browser(1280, 900).await;
        desk.goto(&server.url("/now?lang=en")).await.unwrap();
        shows(&desk, waiting, "3").await;
        shows(&desk, ".typical", "Usually quiet: Monday 9:00").await;

        // Every cell of the heat map carries its minutes as text (or a dash), never colour alone.
        let cells = desk
            .execute(
                "const t = [...document.querySelectorAll('svg.heat g.cell text')]; \
                 return [t.length, t.every(x => x.textContent.trim().length > 0)];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(cells[0], 5 * 7, "five weekdays of seven hours: {cells}");
        assert_eq!(cells[1], true, "a cell without its text: {cells}");
        save(&phone, "now-phone.png").await;
        save(&desk, "now-desktop.png").await;

        // A call: both pages show the new count by themselves.
        let out = common::run_on(
            &path,
            &[
                "ticket",
                "call",
                "--window",
                "certificates",
                "--counter",
                "1",
                "--now",
                NOW,
            ],
        );
        assert!(out.status.success(), "{out:?}");
        shows(&phone, waiting, "2").await;
        shows(&desk, waiting, "2").await;
        shows(
            &desk,
            "section[data-office=main] tr[data-window=certificates] .last",
            "A-001",
        )
        .await;
        assert!(banner_hidden(&desk).await);
        phone.close().await.unwrap();
        desk.close().await.unwrap();
    });
}

async fn is_hidden(client: &Client, id: &str) -> bool {
    client
        .execute(
            &format!("return document.getElementById('{id}').hidden"),
            vec![],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap()
}

async fn until(client: &Client, id: &str, hidden: bool, within: Duration, what: &str) -> Duration {
    let started = Instant::now();
    while is_hidden(client, id).await != hidden {
        assert!(started.elapsed() < within, "{what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    started.elapsed()
}

/// A desk's console and the lobby display open through a failover, then through the
/// database gone and back: the next call appears without a reload; while no database
/// answers, the display keeps its last lines under "not updated since".
#[test]
fn a_console_and_the_display_carry_on_through_a_failover_and_a_database_gone() {
    let dir = tempfile::tempdir().unwrap();
    let pair = Pair::start("console");
    let url = pair.url("console");
    let path = common::kiosk_toml(
        dir.path(),
        &url,
        &[("\ncalling = false", "\ncalling = true")],
    );
    server::add_staff(&path, "sato", "certificates", PASSWORD);
    for minutes in [12, 8] {
        issue(&path, &[Procedure::CertRenewal], "ja", false, minutes);
    }
    let server = Server::start(&path, Some(NOW));
    in_browser(async {
        let driver = Driver::shared();
        let display = driver.browser(1280, 720).await;
        display.goto(&server.url("/display")).await.unwrap();
        shows(&display, "#now", "まだ呼び出しはありません").await;
        let console = driver.browser(1366, 768).await;
        console.goto(&server.url("/signin")).await.unwrap();
        sign_in_at_the_first_seat(&console).await;
        shows(&console, ".queue h2", "2").await;
        press_key(&console, 'c').await;
        shows(&console, "#said", "A-001 を呼び出しました。").await;
        shows(&display, "#now .number", "A-001").await;

        // The primary is lost; the standby is promoted, as the city's IT would.
        let killed = Instant::now();
        let primary_pids = pair.primary.server_pids();
        for pid in primary_pids {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
        pair.standby.promote();
        // A kiosk issues on the promoted standby; the console hears of it without a reload.
        // (The store is blocking: on a thread of its own, outside the browser's runtime.)
        let kiosk_config = path.clone();
        let third = std::thread::spawn(move || {
            issue(&kiosk_config, &[Procedure::CertRenewal], "ja", false, 0)
        })
        .join()
        .unwrap();
        assert_eq!(third.number.to_string(), "A-003");
        shows(&console, "ol.waiting", "A-003").await;
        press_key(&console, 'd').await;
        shows(&console, "#said", "A-001 を完了にしました。").await;
        press_key(&console, 'c').await;
        shows(&console, ".current .number", "A-002").await;
        shows(&display, "#now .number", "A-002").await;
        let called_after = killed.elapsed();
        assert!(
            is_hidden(&display, "lost").await && is_hidden(&display, "stale").await,
            "no banner once the promoted standby answers"
        );
        save(&console, "console-after-failover.png").await;

        // Now no database at all: the display keeps its lines, said to be old.
        pair.standby.stop();
        let waited = until(
            &display,
            "stale",
            false,
            Duration::from_secs(25),
            "the display never said the database is gone",
        )
        .await;
        let banner = display
            .find(Locator::Css("#stale"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            banner.contains("データベースにつながりません") && !banner.contains("--:--"),
            "{banner}"
        );
        shows(&display, "#now .number", "A-002").await;
        save(&display, "display-database-gone.png").await;
        pair.standby.start();
        let back = until(
            &display,
            "stale",
            true,
            Duration::from_secs(25),
            "the display never came back",
        )
        .await;
        println!(
            "after the kill, A-002 called and shown {} ms later; the database gone: said within {} ms; back: banner gone {} ms after the restart",
            called_after.as_millis(),
            waited.as_millis(),
            back.as_millis()
        );
        for client in [console, display] {
            client.close().await.unwrap();
        }
    });
}

/// Where each line of every Japanese text on the page starts: (the text, the characters that
/// begin its lines, each character's width, the width of the box its lines fill), read from
/// the browser's own layout, character by character.
const LINE_STARTS: &str = r#"
const out = [];
for (const span of document.querySelectorAll('[lang="ja"]')) {
  if (span.querySelector('[lang]')) continue;
  const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
  let text = "", starts = [], widths = [], lastTop = null, node;
  while ((node = walker.nextNode())) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      widths.push(rect ? rect.width : 0);
      if (rect && rect.width > 0) {
        if (lastTop !== null && rect.top > lastTop + rect.height / 2) starts.push(text.length + i);
        lastTop = rect.top;
      }
    }
    text += node.data;
  }
  let box = span;
  while (box.parentElement && getComputedStyle(box).display === "inline") box = box.parentElement;
  const style = getComputedStyle(box);
  const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (starts.length) out.push([text, starts, widths, room]);
}
return out;
"#;

#[test]
fn a_japanese_console_line_breaks_between_phrases() {
    let dir = tempfile::tempdir().unwrap();
    let database = PgCluster::shared().create_database(&unique("phrases"));
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[("\ncalling = false", "\ncalling = true")],
    );
    server::add_staff(&path, "sato", "certificates", PASSWORD);
    issue(
        &path,
        &[Procedure::PinReset, Procedure::CertRenewal],
        "ja",
        true,
        12,
    );
    let server = Server::start(&path, Some(NOW));
    in_browser(async {
        let driver = Driver::shared();
        // A narrow window, so that the console's Japanese lines wrap.
        let console = driver.browser(420, 900).await;
        console.goto(&server.url("/counter")).await.unwrap();
        sign_in_at_the_first_seat(&console).await;
        shows(&console, ".queue h2", "1").await;
        let supports = console
            .execute("return CSS.supports('word-break', 'auto-phrase')", vec![])
            .await
            .unwrap();
        let lines = console.execute(LINE_STARTS, vec![]).await.unwrap();
        save(&console, "console-phrases").await;
        let lines: Vec<(String, Vec<usize>, Vec<f64>, f64)> =
            serde_json::from_value(lines).unwrap();
        let mut breaks = 0;
        let mut cuts = Vec::new();
        for (text, starts, widths, room) in &lines {
            let phrase = madoguchi::phrases::starts(madoguchi::phrases::Writing::Japanese, text);
            let chars: Vec<char> = text.chars().collect();
            for &at in starts {
                // The browser counts UTF-16 units; the console's Japanese is all in the BMP.
                breaks += 1;
                let after_space = at > 0 && chars[at - 1].is_whitespace();
                // A phrase wider than its box may be cut where it overflows.
                let from = (0..=at).rev().find(|&i| phrase[i]).unwrap_or(0);
                let to = (at + 1..chars.len())
                    .find(|&i| phrase[i])
                    .unwrap_or(chars.len());
                let wide = widths[from..to].iter().sum::<f64>() > *room;
                if !phrase[at] && !after_space && !wide {
                    let before: String = chars[at.saturating_sub(6)..at].iter().collect();
                    let after: String = chars[at..].iter().take(6).collect();
                    cuts.push(format!("{before}/{after} in {text:?}"));
                }
            }
        }
        assert!(
            breaks >= 3,
            "the narrow console wrapped only {breaks} Japanese lines: {lines:?}"
        );
        assert!(
            cuts.is_empty(),
            "lines start inside a phrase (auto-phrase supported: {supports}):\n{}",
            cuts.join("\n")
        );
    });
}

/// Waits up to `within` for `css` to show `expected`; how long it took.
async fn shows_within(client: &Client, css: &str, expected: &str, within: Duration) -> Duration {
    let started = Instant::now();
    let mut last = String::new();
    while started.elapsed() < within {
        if let Ok(element) = client.find(Locator::Css(css)).await
            && let Ok(text) = element.text().await
        {
            if text.contains(expected) {
                return started.elapsed();
            }
            last = text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css} never showed {expected:?} within {within:?}; it showed {last:?}");
}

/// The real kiosk in demo mode under Xvfb, its printer's socket closed, beside the server on
/// one SQLite file: `/kiosks` says "printer unreachable" and every clerk's console shows the
/// banner; an administrator pauses the kiosk from `/kiosks` and the kiosk shows its paused
/// screen within 5 s, with the audit entry; killed, it shows as silent after
/// `server.kiosk_silent_secs`.
#[test]
fn city_it_sees_a_kiosk_s_printer_fail_pauses_it_and_hears_it_go_silent() {
    let dir = tempfile::tempdir().unwrap();
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    // Demo mode keeps its tickets in its data folder: the server reads the same file.
    let data = dir.path().join("demo-data");
    std::fs::create_dir_all(&data).unwrap();
    let database = data.join("tickets.sqlite").display().to_string();
    let printer = format!("driver = \"tcp\"\naddress = \"{closed}\"");
    let path = common::kiosk_toml(
        dir.path(),
        &database,
        &[
            ("driver = \"file\"", &printer),
            ("[server]\n", "[server]\nkiosk_silent_secs = 30\n"),
            ("# id = \"honcho-lobby-1\"", "id = \"lobby-e2e\""),
        ],
    );
    server::add_staff(&path, "sato", "certificates", PASSWORD);
    server::add_staff(&path, "yamada", "certificates", PASSWORD);
    let out = common::run_on(&path, &["staff", "role", "yamada", "admin"]);
    assert!(out.status.success(), "{out:?}");
    let server = Server::start(&path, Some(NOW));
    let x = common::Xvfb::start(70 + std::process::id() % 9);
    let kiosk = common::KioskProcess::start_demo(common::bin(), &path, &data, &x.display);
    let started = Instant::now();
    let shots = screenshot_dir();
    in_browser(async {
        let driver = Driver::shared();
        let console = driver.browser(1366, 768).await;
        console.goto(&server.url("/counter")).await.unwrap();
        sign_in_at_the_first_seat(&console).await;
        shows_within(&console, "#kiosks", "lobby-e2e", Duration::from_secs(40)).await;
        let to_banner = started.elapsed();
        let banner = shows(&console, "#kiosks", "プリンターに接続できない").await;
        assert!(banner.contains("Printer unreachable"), "{banner}");
        println!("kiosk started → the console's banner: {to_banner:.1?}");
        assert!(
            to_banner < Duration::from_secs(30),
            "the banner took {to_banner:?}"
        );
        save(&console, "console-kiosk-banner.png").await;

        let admin = driver.browser(1366, 768).await;
        admin.goto(&server.url("/signin")).await.unwrap();
        sign_in_as(&admin, "yamada").await;
        shows(&admin, "main.seats h1", "担当する窓口を選んでください").await;
        admin.goto(&server.url("/kiosks")).await.unwrap();
        let row = "tr[data-kiosk=\"lobby-e2e\"]";
        shows(&admin, &format!("{row} .state"), "プリンターに接続できない").await;
        save(&admin, "kiosks-printer-unreachable.png").await;
        let mark = kiosk.mark();
        admin
            .find(Locator::Css(&format!("{row} button[value=pause]")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let clicked = Instant::now();
        let paused = kiosk.wait_for("out of service: residents", mark, Duration::from_secs(15));
        let (at, _) = paused.unwrap_or_else(|| panic!("the kiosk never paused:\n{}", kiosk.log()));
        let took = at.saturating_duration_since(clicked);
        println!("pause pressed on /kiosks → the kiosk's paused screen: {took:.1?}");
        assert!(took <= Duration::from_secs(5), "the pause took {took:?}");
        shows(&admin, &format!("{row} .state"), "発券一時停止中").await;
        shows(&admin, "table.orders", "done").await;
        x.screenshot(&shots.join("kiosk-paused-from-kiosks.png"));
        save(&admin, "kiosks-paused.png").await;

        drop(kiosk);
        let gone = Instant::now();
        shows_within(
            &admin,
            &format!("{row} .state"),
            "応答なし",
            Duration::from_secs(50),
        )
        .await;
        let silent = gone.elapsed();
        println!("kiosk killed → silent on /kiosks: {silent:.1?} (kiosk_silent_secs = 30)");
        // Its last heartbeat came up to 15 s before it was killed.
        assert!(
            silent >= Duration::from_secs(14),
            "silent too soon: {silent:?}"
        );
        shows_within(&console, "#kiosks", "応答なし", Duration::from_secs(10)).await;
        save(&admin, "kiosks-silent.png").await;
    });
    let config = madoguchi::config::Config::load(&path).unwrap();
    let store = madoguchi::tickets::open(&config, at(NOW)).unwrap();
    let audit: Vec<String> = store
        .recent_actions(50)
        .unwrap()
        .into_iter()
        .map(|e| format!("{} | {}", e.action, e.outcome))
        .collect();
    assert!(
        audit.contains(&"remote pause on kiosk lobby-e2e (asked by yamada) | done".to_owned()),
        "{audit:#?}"
    );
}
