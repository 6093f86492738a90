//! The `madoguchi advise` and `check-config` commands, run as a resident's kiosk or an IT engineer would.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn kiosk_toml() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")
}

fn madoguchi(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn advise(request: &str) -> Output {
    madoguchi(
        &["advise", "--config", kiosk_toml().to_str().unwrap()],
        request,
    )
}

fn answer(request: &str) -> Value {
    let out = advise(request);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Exit status 2, and the first line of stderr.
fn refusal(request: &str) -> String {
    let out = advise(request);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr.lines().next().unwrap_or_default().to_owned()
}

const CARD: &str = r#""card": {"kind": "my_number_card", "auth_cert_expiry": "2027-07-15",
    "card_expiry": "2032-07-15", "auth_pin_tries_left": 3, "sign_pin_tries_left": 5}"#;

#[test]
fn advise_answers_the_contract_fields() {
    let a = answer(&format!(
        r#"{{"today": "2027-05-06", "now": "2027-05-06T10:15", {CARD},
            "answers": {{"visitor": "holder", "knows_pins": true}}}}"#
    ));
    assert_eq!(a["status"], "renewable");
    assert_eq!(a["cert_expiry"], "2027-07-15");
    assert_eq!(a["renewal_from"], "2027-04-16");
    assert_eq!(a["days_left"], 70);
    assert_eq!(a["procedures"], serde_json::json!(["cert_renewal"]));
    assert_eq!(a["window"], "certificates");
    assert_eq!(
        a["checklist"],
        serde_json::json!(["card", "pins", "expiry_notice"])
    );
    assert_eq!(a["visits"], 1);
    assert_eq!(a["same_day"], true);
    assert_eq!(a["fee_yen"], 0);
    assert_eq!(a["pending_questions"], serde_json::json!([]));
    assert_eq!(a["counter_open"], true);
    assert_eq!(a["next_open"], "2027-05-07T08:30");
    assert_eq!(a["closes_at"], "2027-05-06T17:15");
    let ja = a["messages"]["ja"].as_str().unwrap();
    assert!(
        ja.starts_with("電子証明書の有効期限は2027年7月15日(木)です。"),
        "{ja}"
    );
    let en = a["messages"]["en"].as_str().unwrap();
    assert!(en.contains("Thursday 15 July 2027"), "{en}");
    // Unasked, the visitor is the holder: "your card".
    assert_eq!(
        a["checklist_text"]["ja"][0],
        "ご自分のマイナンバーカード(原本)"
    );
}

/// Every offered language has its message and checklist, each written in that language: its
/// date as the language writes it, and no text of another language in its place.
#[test]
fn advise_gives_the_message_and_checklist_in_every_offered_language() {
    let a = answer(&format!(
        r#"{{"today": "2027-05-06", "now": "2027-05-06T10:15", {CARD},
            "answers": {{"visitor": "holder", "knows_pins": true}}}}"#
    ));
    let dates = [
        ("ja", "2027年7月15日(木)"),
        ("ja-easy", "2027年《ねん》7月《がつ》15日《にち》"),
        ("en", "Thursday 15 July 2027"),
        ("zh-Hans", "2027年7月15日星期四"),
        ("zh-Hant", "2027年7月15日 星期四"),
        ("ko", "2027년 7월 15일 목요일"),
        ("vi", "Thứ Năm, 15 tháng 7, 2027"),
        ("pt-BR", "quinta-feira, 15 de julho de 2027"),
        ("tl", "Huwebes, Hulyo 15, 2027"),
        ("ne", "2027 जुलाई 15, बिहिबार"),
        ("id", "Kamis, 15 Juli 2027"),
    ];
    let messages = a["messages"].as_object().unwrap();
    assert_eq!(messages.len(), dates.len(), "{messages:#?}");
    let mut seen = std::collections::BTreeSet::new();
    for (lang, date) in dates {
        let message = messages[lang].as_str().unwrap();
        assert!(message.contains(date), "{lang}: {message}");
        assert!(
            seen.insert(message.to_owned()),
            "{lang}: the same text as another"
        );
        let checklist = a["checklist_text"][lang].as_array().unwrap();
        assert_eq!(checklist.len(), 3, "{lang}");
    }
}

#[test]
fn advise_without_now_leaves_out_the_counter_hours() {
    let a = answer(r#"{"today": "2027-05-06"}"#);
    assert_eq!(a["status"], "no_card");
    assert!(a.get("counter_open").is_none());
    assert!(a.get("next_open").is_none());
    assert_eq!(a["pending_questions"][0], "no_card_reason");
}

#[test]
fn counter_is_closed_on_a_national_holiday_a_weekend_and_the_year_end_break() {
    let at = |now: &str| {
        let today = &now[..10];
        answer(&format!(r#"{{"today": "{today}", "now": "{now}"}}"#))
    };
    // 3 May 2027 (Monday) is Constitution Day; 4 and 5 May are holidays too.
    let holiday = at("2027-05-03T10:00");
    assert_eq!(holiday["counter_open"], false);
    assert_eq!(holiday["next_open"], "2027-05-06T08:30");
    // Saturday.
    let saturday = at("2027-05-08T10:00");
    assert_eq!(saturday["counter_open"], false);
    assert_eq!(saturday["next_open"], "2027-05-10T08:30");
    // The year-end break: closed 29 December to 3 January.
    let year_end = at("2027-12-29T10:00");
    assert_eq!(year_end["counter_open"], false);
    assert_eq!(year_end["next_open"], "2028-01-04T08:30");
    // A special Sunday opening in the moving season.
    assert_eq!(at("2027-03-28T10:00")["counter_open"], true);
    // Before opening on a weekday, it opens the same morning.
    let early = at("2027-05-06T08:00");
    assert_eq!(early["counter_open"], false);
    assert_eq!(early["next_open"], "2027-05-06T08:30");
}

#[test]
fn invalid_json_is_refused_without_panic() {
    let line = refusal("{\"today\": \"2027-05-01\",");
    assert!(line.contains("not valid JSON"), "{line}");
    let line = refusal("");
    assert!(line.contains("not valid JSON"), "{line}");
    let line = refusal("[1, 2]");
    assert!(line.starts_with("request:"), "{line}");
}

#[test]
fn unknown_card_kind_names_the_field_and_the_allowed_values() {
    let line = refusal(r#"{"today": "2027-05-01", "card": {"kind": "passport"}}"#);
    assert!(
        line.starts_with("card.kind: unknown variant `passport`"),
        "{line}"
    );
    assert!(line.contains("`my_number_card`"), "{line}");
}

#[test]
fn unknown_answer_value_names_the_field() {
    let line = refusal(r#"{"today": "2027-05-01", "answers": {"visitor": "neighbour"}}"#);
    assert!(
        line.starts_with("answers.visitor: unknown variant `neighbour`"),
        "{line}"
    );
}

#[test]
fn misspelled_field_is_refused_rather_than_ignored() {
    let line = refusal(r#"{"today": "2027-05-01", "answers": {"knows_pin": false}}"#);
    assert!(
        line.starts_with("answers.knows_pin: unknown field `knows_pin`"),
        "{line}"
    );
}

#[test]
fn impossible_dates_name_their_field() {
    let line = refusal(r#"{"today": "2027-02-30"}"#);
    assert!(
        line.starts_with("today: \"2027-02-30\" is not a date"),
        "{line}"
    );
    let line = refusal(
        r#"{"today": "2027-05-01", "card": {"kind": "my_number_card", "auth_cert_expiry": "2027-13-01"}}"#,
    );
    assert!(line.starts_with("card.auth_cert_expiry:"), "{line}");
    let line = refusal(r#"{"today": "2027-05-01", "now": "2027-05-01T25:00"}"#);
    assert!(line.starts_with("now:"), "{line}");
}

#[test]
fn missing_today_is_named() {
    let line = refusal(r#"{"card": null}"#);
    assert!(line.contains("missing field `today`"), "{line}");
}

#[test]
fn now_on_another_day_than_today_is_refused() {
    let line = refusal(r#"{"today": "2027-05-01", "now": "2027-05-02T09:00"}"#);
    assert!(
        line.starts_with("now: its date 2027-05-02 is not today"),
        "{line}"
    );
}

#[test]
fn pin_tries_beyond_the_card_maximum_are_refused() {
    let line = refusal(
        r#"{"today": "2027-05-01", "card": {"kind": "my_number_card", "auth_cert_expiry": null, "auth_pin_tries_left": 4}}"#,
    );
    assert!(
        line.starts_with("card.auth_pin_tries_left: 4 is out of range"),
        "{line}"
    );
    let line = refusal(
        r#"{"today": "2027-05-01", "card": {"kind": "my_number_card", "auth_cert_expiry": null, "sign_pin_tries_left": 300}}"#,
    );
    assert!(line.starts_with("card.sign_pin_tries_left:"), "{line}");
}

#[test]
fn advise_with_a_broken_configuration_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, "[municipality]\nname.ja = 1\n").unwrap();
    let out = madoguchi(&["advise", "--config", path.to_str().unwrap()], "{}");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("{}:2:11: municipality.name.ja:", path.display())),
        "{stderr}"
    );
}

#[test]
fn check_config_accepts_the_shipped_file() {
    let out = madoguchi(&["check-config", kiosk_toml().to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("fine"), "{stdout}");
    assert!(stdout.contains("2 windows"), "{stdout}");
}

#[test]
fn check_config_prints_every_problem_and_exits_2() {
    let text = std::fs::read_to_string(kiosk_toml())
        .unwrap()
        .replace("idle_timeout_secs = 60", "idle_timeout_secs = 1")
        .replace("ticket_prefix = \"B\"", "ticket_prefix = \"b-1\"")
        .replace(
            "\"assets/holidays/",
            &format!("\"{}/assets/holidays/", env!("CARGO_MANIFEST_DIR")),
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    let out = madoguchi(&["check-config", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(
        stderr.contains("windows[1].ticket_prefix: \"b-1\" is not a ticket prefix"),
        "{stderr}"
    );
    assert!(
        stderr.contains("session.idle_timeout_secs: 1 seconds is out of range"),
        "{stderr}"
    );
}

#[test]
fn advise_words_the_card_for_who_came() {
    let request = |visitor: &str| {
        format!(
            r#"{{"today": "2027-05-06", "card": {{"kind": "my_number_card", "auth_cert_expiry": "2027-07-15", "card_expiry": "2032-07-15", "auth_pin_tries_left": 3, "sign_pin_tries_left": 5}}, "answers": {{"visitor": "{visitor}"}}}}"#
        )
    };
    let holder = answer(&request("holder"));
    assert_eq!(
        holder["checklist_text"]["en"][0],
        "Your My Number Card (the card itself, not a copy)"
    );
    let proxy = answer(&request("proxy"));
    assert_eq!(
        proxy["checklist_text"]["ja"][0],
        "マイナンバーカード(本人のもの・原本)"
    );
    assert_eq!(
        proxy["checklist_text"]["en"][0],
        "The holder's My Number Card (the card itself, not a copy)"
    );
}

#[test]
fn check_config_and_say_name_each_language_s_engine_and_voice() {
    let out = madoguchi(&["check-config", kiosk_toml().to_str().unwrap()], "");
    let stdout = String::from_utf8(out.stdout).unwrap();
    for line in [
        "  ja: Open JTalk",
        "  zh-Hans: espeak-ng 1.52",
        "  zh-Hant: espeak-ng 1.52",
        "  tl: espeak-ng (espeak-ng), voice en-us, reading the en texts",
    ] {
        assert!(stdout.contains(line), "{line:?} not in:\n{stdout}");
    }
    assert!(!stdout.contains("Mandarin voice is not"), "{stdout}");

    // `say --verbose`: the engine, its files, and the text as the engine gets it.
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("zh.wav");
    let out = madoguchi(
        &[
            "say",
            "--config",
            kiosk_toml().to_str().unwrap(),
            "--lang",
            "zh-Hant",
            "--verbose",
            "--out",
            wav.to_str().unwrap(),
            "上午8:30請到A-012號窗口",
        ],
        "",
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("as read: 上午8點30分請到A12號窗口"),
        "{stderr}"
    );
    assert!(stderr.contains("espeak-ng 1.52, voice cmn"), "{stderr}");
    assert!(std::fs::metadata(&wav).unwrap().len() > 44_100, "{stderr}");

    // Without the 1.52 library, Mandarin falls back to Debian's pinyin voice, and says so.
    let text = std::fs::read_to_string(kiosk_toml()).unwrap().replace(
        "\"assets/holidays/",
        &format!("\"{}/assets/holidays/", env!("CARGO_MANIFEST_DIR")),
    ) + "\n[accessibility.engines]\nmandarin = \"/nonexistent/mandarin\"\n";
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    let out = madoguchi(&["check-config", path.to_str().unwrap()], "");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("warning: the Mandarin voice is not in /nonexistent/mandarin")
            && stdout.contains("voice cmn-latn-pinyin"),
        "{stdout}"
    );
}

/// `madoguchi check-config | head -1`: the reader stops early and the command ends quietly,
/// as Unix tools do, with no panic on the closed pipe.
#[test]
fn a_command_piped_into_a_reader_that_stops_ends_without_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .arg("check-config")
        .arg(kiosk_toml())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes before the command has written a line.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("panicked"), "{said}");
    use std::os::unix::process::ExitStatusExt;
    assert!(
        out.status.success() || out.status.signal() == Some(libc::SIGPIPE),
        "{:?}: {said}",
        out.status
    );
}
