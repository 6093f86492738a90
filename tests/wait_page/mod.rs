//! `/now`, `/api/now` and the typical week, over HTTP on 127.0.0.1, on SQLite (one office) and on the test-started PostgreSQL (three offices sharing it). A module of tests/server.rs, so both share one PostgreSQL cluster.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::common::postgres::{PgCluster, unique};
use super::common::server::{self, Server};
use super::{Kind, NOW, call_next, madoguchi};
use madoguchi::config::Config;
use madoguchi::i18n::Catalog;

/// The main office's kiosk.toml, and on PostgreSQL two branches on the same database.
fn city(kind: Kind, dir: &Path, edits: &[(&str, &str)]) -> Vec<PathBuf> {
    let database = match kind {
        Kind::Sqlite => dir.join("tickets.sqlite").display().to_string(),
        Kind::Postgres => PgCluster::shared().create_database(&unique("now")),
    };
    let offices: &[&str] = match kind {
        Kind::Sqlite => &["main"],
        Kind::Postgres => &["main", "taniyama", "ishiki"],
    };
    offices
        .iter()
        .map(|office| {
            let own = dir.join(office);
            std::fs::create_dir_all(&own).unwrap();
            let id = format!("office_id = \"{office}\"\n\n[languages]");
            let mut all = vec![
                ("\ncalling = false", "\ncalling = true"),
                ("[languages]", id.as_str()),
            ];
            all.extend_from_slice(edits);
            super::common::kiosk_toml(&own, &database, &all)
        })
        .collect()
}

fn json(addr: &str, path: &str) -> serde_json::Value {
    let answer = server::get(addr, path);
    assert_eq!(answer.status, 200, "{path}: {}", answer.body);
    serde_json::from_str(&answer.body).unwrap()
}

/// `/api/now` once it lists `offices` offices.
fn board(addr: &str, offices: usize) -> serde_json::Value {
    let start = Instant::now();
    loop {
        let answer = server::get(addr, "/api/now");
        if answer.status == 200 {
            let now: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
            if now["offices"].as_array().map_or(0, Vec::len) == offices {
                return now;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the board never listed {offices} offices: {}",
            answer.body
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn office<'a>(now: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    now["offices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("no office {id} in {now}"))
}

pub fn every_offices_line_agrees_with_queue_status(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(kind, dir.path(), &[]);
    // Three at the main office, one called; at the branches, one and two.
    for (n, config) in configs.iter().enumerate() {
        for _ in 0..[3, 1, 2][n] {
            madoguchi(config, &["ticket", "issue", "--procedure", "cert_renewal"]);
        }
    }
    call_next(&configs[0]);
    if let Some(ishiki) = configs.get(2) {
        call_next(ishiki);
    }
    let server = Server::start(&configs[0], Some(NOW));
    let now = board(&server.addr, configs.len());
    for config in &configs {
        let id = Config::load(config)
            .unwrap()
            .municipality
            .office_id()
            .to_owned();
        let status: serde_json::Value =
            serde_json::from_str(&madoguchi(config, &["queue", "status", "--json"])).unwrap();
        let shown = office(&now, &id);
        assert_eq!(shown["open"], true, "{shown}");
        assert!(shown["next_opening"].is_null());
        assert!(shown["updated_at"].as_str().unwrap().ends_with("+09:00"));
        for window in status["windows"].as_array().unwrap() {
            let w = shown["windows"]
                .as_array()
                .unwrap()
                .iter()
                .find(|w| w["id"] == window["id"])
                .unwrap_or_else(|| panic!("{id}: no window {}", window["id"]));
            assert_eq!(w["waiting"], window["waiting"], "{id} {}", window["id"]);
            assert_eq!(
                w["last_called"], window["last_called"],
                "{id} {}",
                window["id"]
            );
            let minutes = window["estimated_wait_minutes"].as_u64().unwrap();
            let band = w["band_minutes"].as_array().unwrap();
            let lo = band[0].as_u64().unwrap();
            assert!(
                lo <= minutes && band[1].as_u64().is_none_or(|hi| minutes <= hi),
                "{id}: {minutes} min in {band:?}"
            );
        }
    }
    let main = office(&now, "main");
    assert_eq!(main["name"]["ja"], "本庁 市民課");
    assert_eq!(main["windows"][0]["waiting"], 2);
    assert_eq!(main["windows"][0]["last_called"], "A-001");
    // One office alone, and the page shows the same figures.
    let alone = json(&server.addr, "/api/now/main");
    assert_eq!(alone["offices"].as_array().unwrap().len(), 1);
    assert_eq!(alone["offices"][0], *main);
    let page = server::get(&server.addr, "/now");
    assert_eq!(page.status, 200);
    assert!(page.read().contains("<html lang=\"ja\">"), "{}", page.body);
    assert!(page.read().contains("本庁 市民課"));
    if configs.len() > 1 {
        // A call at a branch reaches this server's board by its poll of the other offices.
        call_next(&configs[1]);
        let start = Instant::now();
        while office(&json(&server.addr, "/api/now"), "taniyama")["windows"][0]["waiting"] != 0 {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the branch's call never reached the board"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(page.read().contains("data-office=\"taniyama\""));
        let branch = server::get(&server.addr, "/now/ishiki");
        assert_eq!(branch.status, 200);
        assert!(branch.read().contains("data-office=\"ishiki\""));
        assert!(!branch.read().contains("data-office=\"main\""));
    }
}

pub fn a_closed_office_says_when_it_opens(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(kind, dir.path(), &[]);
    madoguchi(
        &configs[0],
        &["ticket", "issue", "--procedure", "cert_renewal"],
    );
    // Thursday 18:00, after closing: the next opening is Friday 08:30.
    let server = Server::start(&configs[0], Some("2027-05-06T18:00"));
    let now = board(&server.addr, 1);
    let main = office(&now, "main");
    assert_eq!(main["open"], false);
    assert_eq!(main["next_opening"], "2027-05-07T08:30:00+09:00");
    let page = server::get(&server.addr, "/now");
    assert!(page.read().contains("次の受付開始は"), "{}", page.body);
    assert!(page.read().contains("5月7日"), "{}", page.body);
    let page = server::get(&server.addr, "/now?lang=en");
    assert!(page.read().contains("Closed now. Opens"), "{}", page.body);
}

pub fn every_language_gives_its_page_and_an_unknown_one_japanese(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(kind, dir.path(), &[]);
    let config = Config::load(&configs[0]).unwrap();
    let server = Server::start(&configs[0], Some(NOW));
    board(&server.addr, 1);
    let catalog = Catalog::embedded();
    let html_lang = |l: &str| match l {
        "ja-easy" => "ja".to_owned(),
        "tl" => "fil".to_owned(),
        other => other.to_owned(),
    };
    for lang in &config.languages.offered {
        let page = server::get(&server.addr, &format!("/now?lang={lang}"));
        assert_eq!(page.status, 200, "{lang}");
        assert!(
            page.read()
                .contains(&format!("<html lang=\"{}\">", html_lang(lang))),
            "{lang}: {}",
            &page.body[..200]
        );
        let title = catalog.text(lang, "now-title", &[]);
        if lang == "ja-easy" {
            assert!(
                page.read().contains("<ruby>窓口<rt>まどぐち</rt></ruby>"),
                "{lang}"
            );
        } else {
            assert!(page.read().contains(&title), "{lang}: no {title:?}");
        }
    }
    let unknown = server::get(&server.addr, "/now?lang=xx-Klingon");
    assert_eq!(unknown.status, 200);
    assert!(unknown.read().contains("<html lang=\"ja\">"));
    let asked = server::request(
        &server.addr,
        "GET",
        "/now",
        &[("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")],
        "",
    );
    assert!(
        asked.read().contains("<html lang=\"ko\">"),
        "{}",
        &asked.body[..200]
    );
}

pub fn an_unknown_office_is_404_and_hostile_queries_are_4xx(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(kind, dir.path(), &[]);
    let server = Server::start(&configs[0], Some(NOW));
    board(&server.addr, 1);
    let api = server::get(&server.addr, "/api/now/nowhere");
    assert_eq!(api.status, 404);
    assert_eq!(api.header("content-type"), Some("application/json"));
    let error: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert!(
        error["error"].as_str().unwrap().contains("main"),
        "{}",
        api.body
    );
    assert_eq!(server::get(&server.addr, "/now/nowhere").status, 404);
    let long = "a".repeat(5000);
    for path in [
        "/now?lang=%ff%fe".to_owned(),
        format!("/now?lang={long}"),
        "/now?lang=en&lang=ja".to_owned(),
        "/now?embed[]=1".to_owned(),
        "/now?lang=%3Cscript%3E".to_owned(),
        "/now/..%2f..%2fetc%2fpasswd".to_owned(),
        "/now/%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_owned(),
        "/api/now/%00".to_owned(),
        "/now/events?office=%3Cscript%3E".to_owned(),
        "/now/events?office=main&office=x".to_owned(),
    ] {
        let answer = server::get(&server.addr, &path);
        assert!(
            (200..500).contains(&answer.status),
            "{path}: {}",
            answer.status
        );
        assert!(
            !answer.read().contains("<script>alert"),
            "{path} echoed its script"
        );
    }
}

pub fn the_etag_is_honoured_until_the_line_changes(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(kind, dir.path(), &[]);
    madoguchi(
        &configs[0],
        &["ticket", "issue", "--procedure", "cert_renewal"],
    );
    let server = Server::start(&configs[0], Some(NOW));
    board(&server.addr, 1);
    for path in ["/api/now", "/now?lang=en"] {
        let first = server::get(&server.addr, path);
        let etag = first.header("etag").expect("an ETag").to_owned();
        assert_eq!(first.header("cache-control"), Some("no-cache"));
        let again = server::request(&server.addr, "GET", path, &[("If-None-Match", &etag)], "");
        assert_eq!(again.status, 304, "{path}");
        assert!(again.body.is_empty());
    }
    let etag = server::get(&server.addr, "/api/now")
        .header("etag")
        .unwrap()
        .to_owned();
    call_next(&configs[0]);
    let start = Instant::now();
    loop {
        let answer = server::request(
            &server.addr,
            "GET",
            "/api/now",
            &[("If-None-Match", &etag)],
            "",
        );
        if answer.status == 200 {
            let now: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
            assert_eq!(office(&now, "main")["windows"][0]["last_called"], "A-001");
            assert_ne!(answer.header("etag"), Some(etag.as_str()));
            break;
        }
        assert_eq!(answer.status, 304);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the call never changed the ETag"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub fn a_call_reaches_the_live_wait_page(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(kind, dir.path(), &[]);
    for _ in 0..2 {
        madoguchi(
            &configs[0],
            &["ticket", "issue", "--procedure", "cert_renewal"],
        );
    }
    let server = Server::start(&configs[0], Some(NOW));
    board(&server.addr, 1);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /now/events?office=main HTTP/1.1\r\nHost: x\r\n\r\n"
    )
    .unwrap();
    let mut lines = BufReader::new(stream);
    let mut next_waiting = || -> u64 {
        loop {
            let mut line = String::new();
            assert!(lines.read_line(&mut line).unwrap() > 0, "the stream ended");
            if let Some(data) = line.trim().strip_prefix("data: ") {
                let now: serde_json::Value = serde_json::from_str(data).unwrap();
                return now["offices"][0]["windows"][0]["waiting"].as_u64().unwrap();
            }
        }
    };
    assert_eq!(next_waiting(), 2, "the current figures come first");
    call_next(&configs[0]);
    assert_eq!(next_waiting(), 1, "then the call");
}

pub fn the_page_is_embeddable_only_where_the_city_says(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(kind, dir.path(), &[]);
    let server = Server::start(&configs[0], Some(NOW));
    board(&server.addr, 1);
    let page = server::get(&server.addr, "/now");
    assert!(
        page.header("content-security-policy")
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert!(page.read().contains("<header>"));
    drop(server);
    let dir = tempfile::tempdir().unwrap();
    let configs = city(
        kind,
        dir.path(),
        &[(
            "\n# public_url",
            "\nembed_origins = [\"https://www.city.kagoshima.lg.jp\"]\n# public_url",
        )],
    );
    let server = Server::start(&configs[0], Some(NOW));
    board(&server.addr, 1);
    let page = server::get(&server.addr, "/now?embed=1&lang=en");
    let policy = page.header("content-security-policy").unwrap();
    assert!(
        policy.contains("frame-ancestors https://www.city.kagoshima.lg.jp;"),
        "{policy}"
    );
    assert_eq!(page.header("x-frame-options"), None);
    assert!(!page.read().contains("<header>"), "embedded: no chrome");
    assert!(page.read().contains("data-office=\"main\""));
    // Every other page still refuses to be framed.
    let display = server::get(&server.addr, "/display");
    assert_eq!(display.header("x-frame-options"), Some("DENY"));
}

/// A deterministic history: 13 weeks of weekdays before 2027-05-06, 09:00–16:00, waits from
/// a small generator, longer after a holiday; plus one visit dated today.
fn history() -> (String, Vec<(String, u32, f64)>) {
    use chrono::{Datelike, NaiveDate};
    let after_holiday = ["2027-02-12", "2027-02-24", "2027-03-23", "2027-04-30"];
    let holidays = [
        "2027-02-11",
        "2027-02-23",
        "2027-03-22",
        "2027-04-29",
        "2027-05-03",
        "2027-05-04",
        "2027-05-05",
    ];
    let mut seed: u64 = 7;
    let mut rand = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) % n
    };
    let mut csv = String::from("window,issued_at,called_at,finished_at,outcome\n");
    let mut expected = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(2027, 2, 4).unwrap();
    while day < NaiveDate::from_ymd_opt(2027, 5, 6).unwrap() {
        let text = day.format("%Y-%m-%d").to_string();
        if day.weekday().number_from_monday() <= 5 && !holidays.contains(&text.as_str()) {
            let row = if after_holiday.contains(&text.as_str()) {
                "after_holiday".to_owned()
            } else {
                ["monday", "tuesday", "wednesday", "thursday", "friday"]
                    [day.weekday().num_days_from_monday() as usize]
                    .to_owned()
            };
            for hour in 9..16 {
                for _ in 0..(1 + rand(3)) {
                    let issued = day.and_hms_opt(hour, rand(50) as u32, 0).unwrap();
                    let base = if row == "after_holiday" {
                        30
                    } else {
                        5 * (hour - 8) as u64
                    };
                    let wait = (base + rand(20)) as i64 * 60 + rand(60) as i64;
                    let called = issued + chrono::Duration::seconds(wait);
                    let served = rand(10) > 0;
                    let finished = called + chrono::Duration::minutes(4);
                    csv.push_str(&format!(
                        "certificates,{},{},{},{}\n",
                        issued.format("%Y-%m-%d %H:%M:%S"),
                        called.format("%Y-%m-%dT%H:%M:%S"),
                        if served {
                            finished.format("%Y/%m/%d %H:%M:%S").to_string()
                        } else {
                            String::new()
                        },
                        if served { "served" } else { "no_show" }
                    ));
                    expected.push((row.clone(), hour, wait as f64 / 60.0));
                }
            }
        }
        day = day.succ_opt().unwrap();
    }
    // Today's: history only, never a ticket of today.
    csv.push_str("certificates,2027-05-06 09:00,2027-05-06 09:10,2027-05-06 09:15,served\n");
    (csv, expected)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len().is_multiple_of(2) {
        (v[mid - 1] + v[mid]) / 2.0
    } else {
        v[mid]
    }
}

fn typical_csv(config: &Path) -> String {
    madoguchi(config, &["report", "--typical", "--csv"])
}

pub fn the_typical_week_from_an_imported_history_matches_its_medians(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(
        kind,
        dir.path(),
        &[("\n# public_url", "\ntypical_weeks = 13\n# public_url")],
    );
    let config = &configs[0];
    let (csv, expected) = history();
    let file = dir.path().join("old-machine.csv");
    std::fs::write(&file, &csv).unwrap();
    let before = typical_csv(config);
    assert_eq!(
        before.lines().count(),
        1,
        "only the header before: {before}"
    );

    // Each bad file names its line and column, and imports nothing.
    let good_lines: Vec<&str> = csv.lines().collect();
    for (bad, named) in [
        (
            "lobby,2027-03-01 09:00,2027-03-01 09:10,2027-03-01 09:20,served",
            "column 1 (window)",
        ),
        (
            "certificates,2027-03-01 09:00,2027-03-01 08:10,2027-03-01 09:20,served",
            "column 3 (called_at)",
        ),
        (
            "certificates,2027-03-01 09:00,2027-03-01 09:10,2027-03-01 09:05,served",
            "column 4 (finished_at)",
        ),
        (
            "certificates,yesterday,2027-03-01 09:10,2027-03-01 09:20,served",
            "column 2 (issued_at)",
        ),
        (
            "certificates,2027-03-01 09:00,2027-03-01 09:10,2027-03-01 09:20,maybe",
            "column 5 (outcome)",
        ),
    ] {
        let mut lines = good_lines.clone();
        lines.insert(40, bad);
        let path = dir.path().join("bad.csv");
        std::fs::write(&path, lines.join("\n")).unwrap();
        let out = super::common::run_on(
            config,
            &["db", "import-history", path.to_str().unwrap(), "--now", NOW],
        );
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains(&format!("line 41, {named}")), "{bad}: {said}");
        assert!(said.contains("nothing was imported"), "{said}");
        assert_eq!(typical_csv(config), before, "{bad} left something behind");
    }

    let said = madoguchi(config, &["db", "import-history", file.to_str().unwrap()]);
    assert!(
        said.starts_with(&format!("imported {} visits", expected.len() + 1)),
        "{said}"
    );
    let mut by_cell: BTreeMap<(String, u32), Vec<f64>> = BTreeMap::new();
    for (row, hour, wait) in expected {
        by_cell.entry((row, hour)).or_default().push(wait);
    }
    let report = typical_csv(config);
    let mut seen = 0;
    for line in report.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f[0], "main");
        assert_eq!(f[1], "certificates");
        let key = (f[2].to_owned(), f[3].parse::<u32>().unwrap());
        let waits = by_cell
            .get(&key)
            .unwrap_or_else(|| panic!("an extra cell {key:?}"));
        assert_eq!(f[5].parse::<usize>().unwrap(), waits.len(), "{key:?}");
        let want = median(waits.clone());
        let got: f64 = f[4].parse().unwrap();
        assert!((got - want).abs() <= 0.05, "{key:?}: {got} against {want}");
        seen += 1;
    }
    assert_eq!(seen, by_cell.len(), "every cell is in the report");
    assert!(
        report.contains(",after_holiday,"),
        "four days after a holiday make a row"
    );

    // Imported visits are history: today has no ticket, and the next number is the first.
    let status: serde_json::Value =
        serde_json::from_str(&madoguchi(config, &["queue", "status", "--json"])).unwrap();
    assert_eq!(status["windows"][0]["served"], 0);
    assert_eq!(
        madoguchi(config, &["ticket", "issue", "--procedure", "cert_renewal"])
            .split_whitespace()
            .next(),
        Some("A-001")
    );

    // The page draws it: every cell carries its minutes (or a dash), and names quiet hours.
    let server = Server::start(config, Some(NOW));
    board(&server.addr, 1);
    let start = Instant::now();
    let page = loop {
        let page = server::get(&server.addr, "/now?lang=en");
        if page.read().contains("class=\"heat\"") || start.elapsed() > Duration::from_secs(10) {
            break page;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(page.read().contains("class=\"heat\""), "{}", page.body);
    // The quietest hour named first is the cell with the lowest median (of three visits or
    // more), as figured here.
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "after_holiday",
    ];
    let names = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Day after a holiday",
    ];
    let quietest = by_cell
        .iter()
        .filter(|(_, waits)| waits.len() >= 3)
        .map(|((day, hour), waits)| {
            let d = days.iter().position(|x| x == day).unwrap();
            (median(waits.clone()).round() as u32, d, *hour)
        })
        .min()
        .unwrap();
    let named = format!("Usually quiet: {} ", names[quietest.1]);
    assert!(
        page.read().contains(&named),
        "no {named:?} in {}",
        page.body
    );
    assert!(page.read().contains(">Day after a holiday<"));
    let cells = page.body.matches("<g class=\"cell\">").count();
    assert_eq!(cells, 6 * 7, "six rows of seven hours");
}

/// On PostgreSQL (where the server sees the branches): a resident whose own wait is long is
/// shown, on their phone, the branches that do the same with their lines; one whose wait is
/// short is not.
pub fn the_phone_page_names_a_branch_when_the_wait_is_long() {
    let dir = tempfile::tempdir().unwrap();
    let configs = city(
        Kind::Postgres,
        dir.path(),
        &[(
            "\ncalling = true",
            "\ncalling = true\nsuggest_other_office_after_minutes = 15",
        )],
    );
    for _ in 0..4 {
        madoguchi(
            &configs[0],
            &["ticket", "issue", "--procedure", "cert_renewal"],
        );
    }
    madoguchi(
        &configs[1],
        &["ticket", "issue", "--procedure", "cert_renewal"],
    );
    let config = Config::load(&configs[0]).unwrap();
    let store = madoguchi::tickets::open(&config, super::at(NOW)).unwrap();
    let tickets = store.tickets_on(super::at(NOW).date()).unwrap();
    let token = |n: usize| tickets[n].phone_token.clone().unwrap();
    let server = Server::start(&configs[0], Some(NOW));
    board(&server.addr, 2);
    // The fourth has three ahead: about 30 minutes, past 15.
    let page = server::get(&server.addr, &format!("/t/{}", token(3)));
    assert_eq!(page.status, 200);
    assert!(
        page.read()
            .contains("同じ手続きは、ほかの庁舎でもできます。今の待ち状況："),
        "{}",
        page.body
    );
    assert!(
        page.read().contains("谷山支所：1人待ち、目安"),
        "{}",
        page.body
    );
    // The second has one ahead: no branch.
    let page = server::get(&server.addr, &format!("/t/{}", token(1)));
    assert!(!page.read().contains("ほかの庁舎"), "{}", page.body);
}
