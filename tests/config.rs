//! kiosk.toml: the shipped file loads, and each kind of mistake is named with its key, line and column.

use std::path::{Path, PathBuf};

use madoguchi::config::{Config, ConfigError, Problem};
use madoguchi::domain::Procedure;
use madoguchi::i18n::{Catalog, FtlSource};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> String {
    std::fs::read_to_string(root().join("kiosk.toml")).unwrap()
}

fn parse(text: &str) -> Result<Config, Vec<Problem>> {
    Config::parse(text, &root(), Catalog::embedded())
}

/// The shipped file with `from` replaced by `to` (which must occur).
fn edited(from: &str, to: &str) -> String {
    let text = shipped();
    assert!(
        text.contains(from),
        "kiosk.toml no longer contains {from:?}"
    );
    text.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str, nth: usize) -> usize {
    let offset = text.match_indices(needle).nth(nth).unwrap().0;
    text[..offset].matches('\n').count() + 1
}

fn only_problem(text: &str) -> Problem {
    let problems = parse(text).expect_err("the configuration should be refused");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn shipped_configuration_loads_with_every_procedure_served_once() {
    let config = Config::load(&root().join("kiosk.toml")).unwrap();
    for p in Procedure::ALL {
        let serving: Vec<_> = config
            .windows
            .iter()
            .filter(|w| w.open && w.procedures.contains(&p))
            .collect();
        assert_eq!(serving.len(), 1, "{p:?}");
    }
    assert_eq!(config.languages.default, "ja");
    assert!(config.reception.holidays.last_listed().is_some());
}

#[test]
fn procedure_served_by_two_open_windows_is_named_where_it_is_repeated() {
    let text = edited(
        "procedures = [\"card_renewal\", \"card_application\", \"card_reissue\"]",
        "procedures = [\"cert_renewal\", \"card_renewal\", \"card_application\", \"card_reissue\"]",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "windows[1].procedures[0]");
    assert_eq!(p.position.line, line_of(&text, "\"cert_renewal\"", 1));
    assert!(
        p.message
            .contains("each procedure must be served by exactly one open window"),
        "{}",
        p.message
    );
}

#[test]
fn a_closed_window_does_not_count_as_serving() {
    let text = edited(
        "ticket_prefix = \"B\"",
        "ticket_prefix = \"B\"\nopen = false",
    );
    let problems = parse(&text).unwrap_err();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        problems
            .iter()
            .all(|p| p.key == "windows" && p.message.starts_with("no open window serves card_")),
        "{problems:#?}"
    );
}

#[test]
fn unknown_procedure_is_refused_with_the_allowed_ids() {
    let text = edited("\"sign_cert_issuance\"]", "\"sign_cert_renewal\"]");
    let p = only_problem(&text);
    assert_eq!(p.key, "windows[0].procedures[3]");
    assert_eq!(p.position.line, line_of(&text, "sign_cert_renewal", 0));
    assert!(
        p.message.contains("unknown variant `sign_cert_renewal`"),
        "{}",
        p.message
    );
    assert!(p.message.contains("`pin_reset`"), "{}", p.message);
}

#[test]
fn pin_reset_away_from_the_certificate_counter_is_refused() {
    let text = edited(
        "procedures = [\"pin_reset\", \"cert_renewal\"",
        "procedures = [\"cert_renewal\"",
    )
    .replacen(
        "procedures = [\"card_renewal\"",
        "procedures = [\"pin_reset\", \"card_renewal\"",
        1,
    );
    let problems = parse(&text).unwrap_err();
    assert!(
        problems
            .iter()
            .all(|p| p.message.contains("R-PIN-4") && p.key == "windows[0].procedures"),
        "{problems:#?}"
    );
    assert_eq!(problems.len(), 3);
}

#[test]
fn missing_english_label_is_named_with_its_key() {
    let text = edited(
        "label.en = \"Citizens Division, My Number Card counter\"\n",
        "",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "windows[1].label");
    assert!(
        p.message.contains("add windows[1].label.en"),
        "{}",
        p.message
    );
}

#[test]
fn bad_time_of_day_says_how_to_write_one() {
    let text = edited(
        "tuesday = { open = \"08:30\"",
        "tuesday = { open = \"8:30am\"",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "reception.hours.tuesday.open");
    assert_eq!(p.position.line, line_of(&text, "8:30am", 0));
    assert!(p.message.contains("\"HH:MM\""), "{}", p.message);
}

#[test]
fn closing_before_opening_is_refused() {
    let text = edited(
        "wednesday = { open = \"08:30\", close = \"17:15\" }",
        "wednesday = { open = \"17:15\", close = \"08:30\" }",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "reception.hours.wednesday");
    assert_eq!(p.position.line, line_of(&text, "wednesday =", 0));
}

#[test]
fn idle_timeout_out_of_range_names_the_range() {
    let text = edited("idle_timeout_secs = 60", "idle_timeout_secs = 5");
    let p = only_problem(&text);
    assert_eq!(p.key, "session.idle_timeout_secs");
    assert!(p.message.contains("30 to 600"), "{}", p.message);
}

#[test]
fn default_language_must_be_offered_and_offered_ones_must_have_texts() {
    let text = edited(
        "offered = [\"ja\", \"ja-easy\", \"en\", \"zh-Hans\", \"zh-Hant\", \"ko\", \"vi\", \"pt-BR\", \"tl\", \"ne\", \"id\"]",
        "offered = [\"en\", \"xx\"]",
    );
    let problems = parse(&text).unwrap_err();
    let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
    assert!(keys.contains(&"languages.offered[1]"), "{problems:#?}");
    assert!(keys.contains(&"languages.default"), "{problems:#?}");
}

#[test]
fn unknown_key_is_refused_with_the_known_ones() {
    let text = edited("idle_timeout_secs = 60", "idle_timeout = 60");
    let p = only_problem(&text);
    assert_eq!(p.key, "session.idle_timeout");
    assert!(
        p.message.contains("unknown field `idle_timeout`"),
        "{}",
        p.message
    );
    assert!(p.message.contains("idle_timeout_secs"), "{}", p.message);
}

#[test]
fn missing_required_key_is_named() {
    let text = edited("ticket_prefix = \"A\"\n", "");
    let p = only_problem(&text);
    assert_eq!(p.key, "windows[0]");
    assert!(p.message.contains("ticket_prefix"), "{}", p.message);
}

#[test]
fn clashing_ticket_prefixes_are_refused() {
    let text = edited("ticket_prefix = \"B\"", "ticket_prefix = \"A\"");
    let p = only_problem(&text);
    assert_eq!(p.key, "windows[1].ticket_prefix");
    assert_eq!(p.position.line, line_of(&text, "ticket_prefix", 1));
}

#[test]
fn toml_syntax_error_gives_its_line() {
    let text = edited("[session]", "[session");
    let p = only_problem(&text);
    assert_eq!(p.position.line, line_of(&text, "[session", 0));
    assert!(p.message.contains("not valid TOML"), "{}", p.message);
}

#[test]
fn local_extra_cannot_reuse_a_standard_item_id() {
    let text = edited("id = \"seal\"", "id = \"official_id\"");
    let p = only_problem(&text);
    assert_eq!(p.key, "checklist.extras[0].id");
    assert!(
        p.message.contains("standard checklist item"),
        "{}",
        p.message
    );
}

#[test]
fn missing_holiday_list_is_named_with_what_to_do() {
    let text = edited(
        "holidays = \"assets/holidays/syukujitsu.csv\"",
        "holidays = \"assets/holidays/missing.csv\"",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "reception.holidays");
    assert_eq!(p.position.line, line_of(&text, "missing.csv", 0));
    assert!(p.message.contains("syukujitsu.csv"), "{}", p.message);
}

#[test]
fn shift_jis_holiday_list_is_refused_with_the_conversion_to_do() {
    let dir = tempfile::tempdir().unwrap();
    // "2027/1/1,元日" with 元日 in Shift_JIS.
    let mut bytes = b"2027/1/1,".to_vec();
    bytes.extend([0x8c, 0xb3, 0x93, 0xfa, b'\n']);
    std::fs::write(dir.path().join("sjis.csv"), bytes).unwrap();
    let text = edited("\"assets/holidays/syukujitsu.csv\"", "\"sjis.csv\"");
    let problems = Config::parse(&text, dir.path(), Catalog::embedded()).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].message.contains("iconv -f SHIFT_JIS"),
        "{}",
        problems[0].message
    );
}

#[test]
fn load_error_display_reads_file_line_column_key_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    let text = edited("idle_timeout_secs = 60", "idle_timeout_secs = 5000").replace(
        "\"assets/holidays/",
        &format!("\"{}/assets/holidays/", root().display()),
    );
    std::fs::write(&path, &text).unwrap();
    let err = Config::load(&path).unwrap_err();
    let line = line_of(&text, "idle_timeout_secs = 5000", 0);
    let shown = err.to_string();
    assert!(matches!(err, ConfigError::Invalid { .. }));
    assert!(
        shown.starts_with(&format!(
            "{}:{line}:21: session.idle_timeout_secs: ",
            path.display()
        )),
        "{shown}"
    );
}

#[test]
fn unreadable_file_says_which_path() {
    let err = Config::load(Path::new("/nonexistent/kiosk.toml")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("/nonexistent/kiosk.toml: cannot read"),
        "{err}"
    );
}

/// kiosk.toml's texts need Japanese, and English when it is offered; the other languages
/// fall back to the English with the Japanese beside it, and check-config warns.
#[test]
fn a_city_text_missing_in_an_optional_language_falls_back_with_a_warning() {
    let text = edited("name.ko = \"가고시마시\"\n", "");
    let config = parse(&text).unwrap();
    assert_eq!(
        config.municipality.name.get("ko"),
        "Kagoshima City (鹿児島市)"
    );
    assert_eq!(
        config.text_warnings(),
        vec![
            "municipality.name.ko is not given: residents reading ko see the English with the Japanese beside it"
        ]
    );
    // English is required once it is offered, and names what to add.
    let problems = parse(&edited("name.en = \"Kagoshima City\"\n", "")).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.key == "municipality.name" && p.message.contains("add municipality.name.en")),
        "{problems:#?}"
    );
}

#[test]
fn easy_japanese_without_a_reading_is_a_warning_naming_the_kanji() {
    let config = parse(&edited(
        "name.\"ja-easy\" = \"鹿児島市《かごしまし》\"",
        "name.\"ja-easy\" = \"鹿児島市\"",
    ))
    .unwrap();
    assert!(
        config
            .text_warnings()
            .iter()
            .any(|w| w.starts_with("municipality.name.ja-easy: 鹿児島市 has no reading")),
        "{:#?}",
        config.text_warnings()
    );
}

/// Languages are data: a new folder under locales/ is a language kiosk.toml may offer.
#[test]
fn a_new_locale_folder_is_a_language_the_configuration_may_offer() {
    let mut sources = Vec::new();
    for lang in ["ja", "en"] {
        for entry in std::fs::read_dir(root().join("locales").join(lang)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            sources.push(FtlSource {
                lang: lang.into(),
                file: file.clone(),
                text: text.clone(),
            });
            if lang == "en" && !madoguchi::i18n::STAFF_FILES.contains(&file.as_str()) {
                // Stands in for a French translation (of the residents' texts: staff texts
                // are Japanese and English only).
                sources.push(FtlSource {
                    lang: "fr".into(),
                    file,
                    text,
                });
            }
        }
    }
    let catalog = Catalog::from_sources(sources);
    assert!(catalog.parity_problems().is_empty());
    let text = edited(
        "offered = [\"ja\", \"ja-easy\", \"en\", \"zh-Hans\", \"zh-Hant\", \"ko\", \"vi\", \"pt-BR\", \"tl\", \"ne\", \"id\"]",
        "offered = [\"ja\", \"en\", \"fr\"]",
    );
    let config = Config::parse(&text, &root(), &catalog).unwrap();
    // The city's texts have no French: a warning for each, and the English with the
    // Japanese beside it on screen.
    let warnings = config.text_warnings();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("municipality.name.fr is not given")),
        "{warnings:#?}"
    );
    assert_eq!(warnings.len(), config.city_texts().len(), "{warnings:#?}");
    // Without the folder, the language is refused by name.
    let problems = parse(&text).unwrap_err();
    assert!(
        problems.iter().any(|p| p.key == "languages.offered[2]"),
        "{problems:#?}"
    );
}

#[test]
fn a_trust_anchor_that_is_not_a_certificate_is_refused_by_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("root.pem"),
        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let text = edited(
        "trust_anchors = []",
        "trust_anchors = [\"root.pem\", \"missing.der\"]",
    )
    .replace(
        "\"assets/holidays/",
        &format!("\"{}/assets/holidays/", root().display()),
    );
    let problems = Config::parse(&text, dir.path(), Catalog::embedded()).unwrap_err();
    let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        ["card.trust_anchors[0]", "card.trust_anchors[1]"],
        "{problems:#?}"
    );
    assert!(
        problems[0].message.contains("not an X.509 certificate"),
        "{}",
        problems[0].message
    );
    assert!(
        problems[1].message.contains("cannot read"),
        "{}",
        problems[1].message
    );
}

#[test]
fn a_training_root_is_loaded_as_a_trust_anchor() {
    let dir = tempfile::tempdir().unwrap();
    let pem = madoguchi::card::profiles::VirtualRoot::Test
        .certificate_pem()
        .unwrap();
    std::fs::write(dir.path().join("training.pem"), pem).unwrap();
    let text = edited("trust_anchors = []", "trust_anchors = [\"training.pem\"]").replace(
        "\"assets/holidays/",
        &format!("\"{}/assets/holidays/", root().display()),
    );
    let config = Config::parse(&text, dir.path(), Catalog::embedded()).unwrap();
    assert_eq!(config.card.anchors.len(), 1);
}

#[test]
fn the_shipped_office_is_main_and_a_window_without_desks_has_its_own_number() {
    let config = Config::load(&root().join("kiosk.toml")).unwrap();
    assert_eq!(config.municipality.office_id(), "main");
    assert_eq!(config.window("certificates").unwrap().desks(), ["1"]);
    assert_eq!(config.window("cards").unwrap().desks(), ["2"]);
    assert!(!config.queue.calling);
}

const SQLITE_DATABASE: &str = "database = \"tickets.sqlite\"";

#[test]
fn a_password_in_the_database_url_is_refused_with_where_it_goes() {
    let text = edited(
        SQLITE_DATABASE,
        "database = \"postgresql://madoguchi:secret@db.city.local/madoguchi?sslmode=require\"",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "tickets.database");
    assert!(p.message.contains("password_file"), "{}", p.message);
    assert!(
        !p.message.contains("secret"),
        "the password is never repeated"
    );
}

#[test]
fn a_password_file_others_can_read_is_refused_and_a_private_one_is_used() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("db-password");
    std::fs::write(&file, "s3cret\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let text = edited(
        SQLITE_DATABASE,
        &format!(
            "database = \"postgresql://madoguchi@db.city.local/madoguchi?sslmode=require\"\npassword_file = \"{}\"",
            file.display()
        ),
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "tickets.password_file");
    assert!(p.message.contains("chmod 600"), "{}", p.message);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let config = parse(&text).unwrap();
    assert_eq!(
        config.tickets.password().unwrap().as_deref(),
        Some("s3cret")
    );
    assert_eq!(
        config.tickets.database.to_string(),
        "postgresql://madoguchi@db.city.local/madoguchi?sslmode=require"
    );
}

#[test]
fn a_database_url_must_say_how_it_uses_tls() {
    let p = only_problem(&edited(
        SQLITE_DATABASE,
        "database = \"postgresql://madoguchi@db1.city.local,db2.city.local/madoguchi\"",
    ));
    assert_eq!(p.key, "tickets.database");
    assert!(
        p.message.contains("sslmode=verify-full") && p.message.contains("sslmode=disable"),
        "{}",
        p.message
    );
    let p = only_problem(&edited(
        SQLITE_DATABASE,
        "database = \"postgresql://madoguchi@db.city.local/madoguchi?sslmode=prefer\"",
    ));
    assert!(p.message.contains("plain text"), "{}", p.message);
    let p = only_problem(&edited(
        SQLITE_DATABASE,
        "database = \"postgresql://madoguchi@db.city.local/madoguchi?sslmode=verify-full&sslrootcert=/nowhere/ca.pem\"",
    ));
    assert!(
        p.message.contains("/nowhere/ca.pem") && p.message.contains("cannot be read"),
        "{}",
        p.message
    );
    // A multi-host URL following the primary, written out plain, is a configuration.
    parse(&edited(
        SQLITE_DATABASE,
        "database = \"postgresql://madoguchi@db1:5432,db2:5432/madoguchi?target_session_attrs=read-write&sslmode=disable\"",
    ))
    .unwrap();
}

#[test]
fn a_password_file_beside_an_sqlite_file_is_refused() {
    let text = edited(
        SQLITE_DATABASE,
        "database = \"tickets.sqlite\"\npassword_file = \"db-password\"",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "tickets.password_file");
    assert!(
        p.message.contains("only for a postgresql://"),
        "{}",
        p.message
    );
}

#[test]
fn an_office_id_must_be_a_plain_id() {
    let text = edited(
        "[municipality]\n",
        "[municipality]\noffice_id = \"Main Office\"\n",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "municipality.office_id");
    assert!(p.message.contains("lower-case letters"), "{}", p.message);
    let text = edited(
        "[municipality]\n",
        "[municipality]\noffice_id = \"taniyama\"\n",
    );
    let config = parse(&text).unwrap();
    assert_eq!(config.municipality.office_id(), "taniyama");
    // office.id is the office's name in Indonesian.
    assert_eq!(
        config.municipality.office.unwrap().get("id"),
        "Balai Kota (kantor pusat), Bagian Pelayanan Warga"
    );
}

/// A file written when `office.id` was the database id is refused with where the id goes now,
/// not read as an Indonesian name (which would put every office's numbers into one line).
#[test]
fn an_office_id_where_the_indonesian_name_goes_says_to_move_it() {
    let text = edited(
        "office.id = \"Balai Kota (kantor pusat), Bagian Pelayanan Warga\"",
        "office.id = \"taniyama\"",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "municipality.office.id");
    assert!(
        p.message.contains("office_id = \"taniyama\""),
        "{}",
        p.message
    );
}

#[test]
fn desks_are_named_once_each() {
    let text = edited("desks = [\"1\"]", "desks = [\"1\", \"1\"]");
    let p = only_problem(&text);
    assert_eq!(p.key, "windows[0].desks");
    assert!(p.message.contains("listed twice"), "{}", p.message);
    let text = edited("desks = [\"1\"]", "desks = []");
    assert!(only_problem(&text).message.contains("at least one desk"));
    let text = edited("desks = [\"1\"]", "desks = [\"1\", \"2\", \"3\"]");
    assert_eq!(
        parse(&text)
            .unwrap()
            .window("certificates")
            .unwrap()
            .desks(),
        ["1", "2", "3"]
    );
}

#[test]
fn stopping_when_full_needs_the_numbers_called() {
    let text = edited(
        "minutes_per_visitor = 10",
        "minutes_per_visitor = 10\nstop_when_full = true",
    );
    let p = only_problem(&text);
    assert_eq!(p.key, "windows[0].stop_when_full");
    assert!(p.message.contains("calling = true"), "{}", p.message);
    let text = text.replacen("calling = false", "calling = true", 1);
    assert!(
        parse(&text)
            .unwrap()
            .window("certificates")
            .unwrap()
            .stop_when_full
    );
}

#[test]
fn the_wait_pages_settings_are_checked() {
    // A frame-ancestors source and nothing that could add a directive of its own.
    for bad in [
        "https://a.example; script-src *",
        "www.city.example.jp",
        "https://:",
        "javascript:x",
    ] {
        let text = edited(
            "\n# public_url",
            &format!("\nembed_origins = [{bad:?}]\n# public_url"),
        );
        let p = only_problem(&text);
        assert_eq!(p.key, "server.embed_origins[0]", "{bad}");
    }
    let p = only_problem(&edited(
        "\n# public_url",
        "\ntypical_weeks = 0\n# public_url",
    ));
    assert_eq!(p.key, "server.typical_weeks");
    // The live streams of all three kinds must fit among the connections.
    let p = only_problem(&edited(
        "\n# public_url",
        "\nmax_connections = 3000\n# public_url",
    ));
    assert_eq!(p.key, "server.max_connections");
    assert!(p.message.contains("3500 live streams"), "{}", p.message);
    let p = only_problem(&edited(
        "office_id = \"taniyama\"",
        "office_id = \"Taniyama Branch\"",
    ));
    assert_eq!(p.key, "other_offices[0].office_id");
    let p = only_problem(&edited("distance_km = 7.5", "distance_km = -1.0"));
    assert_eq!(p.key, "other_offices[0].distance_km");
    let config = parse(&edited(
        "\n# public_url",
        "\nembed_origins = [\"https://www.city.kagoshima.lg.jp\"]\n# public_url",
    ))
    .unwrap();
    assert_eq!(config.server.embed_origins.len(), 1);
    assert_eq!(config.queue.suggest_other_office_after_minutes, 40);
    assert_eq!(
        config.other_offices[0].office_id.as_deref(),
        Some("taniyama")
    );
}

/// City IT's keys: a kiosk id that could be markup, a silent time under two heartbeats, a
/// limit of no requests, and an address that is no address are each named with what fits.
#[test]
fn city_it_settings_out_of_range_are_named_with_what_fits() {
    let p = only_problem(&edited(
        "# id = \"honcho-lobby-1\"",
        "id = \"<b>lobby</b>\"",
    ));
    assert_eq!(p.key, "kiosk.id");
    assert!(p.message.contains("ASCII letters"), "{}", p.message);
    let p = only_problem(&edited(
        "\n# public_url",
        "\nkiosk_silent_secs = 20\n# public_url",
    ));
    assert_eq!(p.key, "server.kiosk_silent_secs");
    assert!(p.message.contains("30 or more"), "{}", p.message);
    let p = only_problem(&edited(
        "\n# public_url",
        "\nsignin_per_minute = 0\n# public_url",
    ));
    assert_eq!(p.key, "server.signin_per_minute");
    let problems = parse(&edited(
        "\n# public_url",
        "\nmetrics_allow = [\"prometheus.city.local\"]\n# public_url",
    ))
    .unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("\"10.0.0.0/24\"")),
        "{problems:?}"
    );
    assert!(parse(&edited(
        "\n# public_url",
        "\nmetrics = true\nmetrics_allow = [\"10.1.2.0/24\", \"::1\"]\nkiosk_silent_secs = 30\n# public_url",
    ))
    .is_ok());
}
