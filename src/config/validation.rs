//! Checking kiosk.toml beyond its shape: every problem with its key, line and column, and what to write instead.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use toml::de::DeTable;

use crate::domain::{Procedure, StandardItem};
use crate::i18n::Catalog;

use super::reception::{Holidays, Reception};
use super::schema::{Config, LostCard, Printer, PrinterDriver, Session, Tickets, check_private};
use super::source::{self, Position};
use super::{ConfigError, Problem};

impl Config {
    /// Reads and validates kiosk.toml; the holiday list's path is taken relative to it.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
            path: path.to_owned(),
            source: Arc::new(e),
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        Config::parse(&text, base, Catalog::embedded()).map_err(|problems| ConfigError::Invalid {
            path: path.to_owned(),
            problems,
        })
    }

    /// Parses and validates configuration text. `base` is the folder relative paths start from;
    /// `catalog` tells which languages have texts.
    pub fn parse(text: &str, base: &Path, catalog: &Catalog) -> Result<Config, Vec<Problem>> {
        let root = DeTable::parse(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            vec![Problem {
                key: "(syntax)".to_owned(),
                position: Position::of(text, at),
                message: format!("{}; this is not valid TOML here", e.message()),
            }]
        })?;
        let deserializer = toml::Deserializer::parse(text).map_err(|e| {
            vec![Problem {
                key: "(syntax)".to_owned(),
                position: Position::of(text, e.span().map_or(0, |s| s.start)),
                message: e.message().to_owned(),
            }]
        })?;
        let mut config: Config = serde_path_to_error::deserialize(deserializer).map_err(|e| {
            let key = e.path().to_string();
            let at = e
                .inner()
                .span()
                .map_or_else(|| source::span_of(&root, &key).start, |s| s.start);
            vec![Problem {
                position: Position::of(text, at),
                message: explain_serde_message(e.inner().message()),
                key,
            }]
        })?;
        let mut found = Validation {
            text,
            root: &root,
            problems: Vec::new(),
        };
        found.check(&config, catalog);
        found.load_holidays(&mut config, base);
        found.load_trust_anchors(&mut config, base);
        if let crate::domain::Database::Sqlite(path) = &config.tickets.database {
            config.tickets.database = crate::domain::Database::Sqlite(base.join(path));
        }
        if let Some(file) = &config.tickets.password_file {
            config.tickets.password_file = Some(base.join(file));
        }
        found.tickets(&config.tickets);
        if let Some(dir) = &config.printer.directory {
            config.printer.directory = Some(base.join(dir));
        }
        config.maintenance.socket = Some(match &config.maintenance.socket {
            Some(socket) => base.join(socket),
            None => match &config.tickets.database {
                crate::domain::Database::Sqlite(path) => path.with_file_name("madoguchi.sock"),
                crate::domain::Database::Postgres(_) => base.join("madoguchi.sock"),
            },
        });
        let cache = match (&config.accessibility.speech_cache, &config.tickets.database) {
            (Some(dir), _) => base.join(dir),
            (None, crate::domain::Database::Sqlite(path)) => path.with_file_name("speech-cache"),
            (None, crate::domain::Database::Postgres(_)) => base.join("speech-cache"),
        };
        config.accessibility.speech_cache = Some(cache);
        if let Some(folder) = config.accessibility.audio_device.strip_prefix("file:") {
            config.accessibility.audio_device = format!("file:{}", base.join(folder).display());
        }
        if config.accessibility.volume > 100 {
            found.problem(
                "accessibility.volume",
                format!(
                    "volume = {} is more than 100; give a percent from 0 to 100",
                    config.accessibility.volume
                ),
            );
        }
        if found.problems.is_empty() {
            Ok(config)
        } else {
            Err(found.problems)
        }
    }
}

/// serde's messages say what was found; add what is allowed where it does not.
fn explain_serde_message(message: &str) -> String {
    if let Some(field) = message.strip_prefix("missing field ") {
        format!("{message}: add {field} here; it is required")
    } else {
        message.to_owned()
    }
}

struct Validation<'a> {
    text: &'a str,
    root: &'a toml::Spanned<DeTable<'a>>,
    problems: Vec<Problem>,
}

impl Validation<'_> {
    fn problem(&mut self, key: impl Into<String>, message: impl Into<String>) {
        let key = key.into();
        let span = source::span_of(self.root, &key);
        self.problems.push(Problem {
            position: Position::of(self.text, span.start),
            key,
            message: message.into(),
        });
    }

    fn check(&mut self, config: &Config, catalog: &Catalog) {
        self.languages(config, catalog);
        self.office(config);
        self.texts(config);
        self.windows(config);
        self.reception(&config.reception);
        self.session(&config.session);
        self.extras(config);
        self.printer(&config.printer);
        if let Some(id) = &config.consultation.window
            && !config.windows.iter().any(|w| &w.id == id && w.open)
        {
            let ids: Vec<&str> = config
                .windows
                .iter()
                .filter(|w| w.open)
                .map(|w| w.id.as_str())
                .collect();
            self.problem(
                "consultation.window",
                format!(
                    "{id:?} is not the id of an open window; use one of: {}",
                    ids.join(", ")
                ),
            );
        }
        if config.lost_card.hotline.trim().is_empty() {
            self.problem(
                "lost_card.hotline",
                format!(
                    "give the number that suspends a lost card, e.g. \"{}\"",
                    LostCard::NATIONAL_HOTLINE
                ),
            );
        }
        if let Some(hash) = &config.maintenance.pin_hash
            && let Err(e) = crate::secret::pin::check_hash(hash)
        {
            self.problem("maintenance.pin_hash", e);
        }
        if let Some(id) = &config.kiosk.id
            && let Err(e) = crate::config::Kiosk::check_id(id)
        {
            self.problem("kiosk.id", e);
        }
        // A heartbeat comes every 15 s and the server reads them every 3: under two
        // heartbeats' time, a working kiosk would be called silent between two of them.
        if !(30..=86_400).contains(&config.server.kiosk_silent_secs) {
            self.problem(
                "server.kiosk_silent_secs",
                "give 30 or more seconds (two heartbeats: a kiosk writes one every 15), at most a day; 60 is usual",
            );
        }
        for (key, value) in [
            ("server.signin_per_minute", config.server.signin_per_minute),
            ("server.api_per_minute", config.server.api_per_minute),
        ] {
            if !(1..=100_000).contains(&value) {
                self.problem(
                    key,
                    "give 1 to 100000 requests a minute for each client address",
                );
            }
        }
        if let Some(url) = &config.server.public_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
                | url.contains(['?', '#', ' '])
        {
            self.problem(
                "server.public_url",
                format!(
                    "{url:?} is not the address phones reach the server at; write it as \"https://madoguchi.city.example.jp\" (no query, no spaces)"
                ),
            );
        }
        for (i, office) in config.other_offices.iter().enumerate() {
            if office.procedures.is_empty() {
                self.problem(
                    format!("other_offices[{i}].procedures"),
                    "list at least one procedure this office handles",
                );
            }
            if office
                .office_id
                .as_deref()
                .is_some_and(|id| id.len() > 32 || !is_identifier(id))
            {
                self.problem(
                    format!("other_offices[{i}].office_id"),
                    "write the municipality.office_id of that office's kiosk.toml (up to 32 lower-case letters, digits and _)",
                );
            }
            if office
                .distance_km
                .is_some_and(|d| !(d.is_finite() && (0.0..=1000.0).contains(&d)))
            {
                self.problem(
                    format!("other_offices[{i}].distance_km"),
                    "write the distance in kilometres, e.g. 4.2",
                );
            }
        }
        for (i, origin) in config.server.embed_origins.iter().enumerate() {
            if !is_origin(origin) {
                self.problem(
                    format!("server.embed_origins[{i}]"),
                    format!(
                        "{origin:?} is not a site's origin; write it as \"https://www.city.example.jp\" (scheme and host, no path)"
                    ),
                );
            }
        }
        let server = &config.server;
        let streams = server.phone_streams + server.lobby_streams + server.public_streams;
        if streams >= server.max_connections {
            self.problem(
                "server.max_connections",
                format!(
                    "{} connections cannot hold the {streams} live streams allowed (phone_streams + lobby_streams + public_streams) and the pages' requests beside them; raise it or lower those",
                    server.max_connections
                ),
            );
        }
        if !(1..=104).contains(&config.server.typical_weeks) {
            self.problem(
                "server.typical_weeks",
                "give the weeks of history the typical week is figured from, 1 to 104 (8 is usual)",
            );
        }
    }

    fn languages(&mut self, config: &Config, catalog: &Catalog) {
        let langs = &config.languages;
        let available = catalog.languages().join(", ");
        if langs.offered.is_empty() {
            self.problem(
                "languages.offered",
                format!("offer at least one language; available: {available}"),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, lang) in langs.offered.iter().enumerate() {
            if !catalog.has(lang) {
                self.problem(
                    format!("languages.offered[{i}]"),
                    format!("{lang:?} has no texts in locales/; available: {available}"),
                );
            }
            if !seen.insert(lang) {
                self.problem(
                    format!("languages.offered[{i}]"),
                    format!("{lang:?} is listed twice"),
                );
            }
        }
        if !langs.offered.contains(&langs.default) {
            self.problem(
                "languages.default",
                format!(
                    "{:?} is not among languages.offered ({})",
                    langs.default,
                    langs.offered.join(", ")
                ),
            );
        }
    }

    /// Every text of kiosk.toml must exist in Japanese, and in English when English is
    /// offered: the other languages fall back to it (Localized::get).
    fn texts(&mut self, config: &Config) {
        let mut required = vec![crate::i18n::PRIMARY_LANGUAGE];
        if config.languages.offered.iter().any(|l| l == "en") {
            required.push("en");
        }
        for (key, text) in config.city_text_fields() {
            for lang in &required {
                match text.0.get(*lang) {
                    Some(s) if !s.trim().is_empty() => {}
                    _ => self.problem(
                        key.clone(),
                        format!(
                            "add {key}.{lang} = \"…\": every text needs Japanese, and English when English is offered"
                        ),
                    ),
                }
            }
        }
    }

    fn windows(&mut self, config: &Config) {
        if config.windows.is_empty() {
            self.problem("windows", "add at least one [[windows]] table");
        }
        let mut ids = BTreeMap::new();
        let mut numbers = BTreeMap::new();
        let mut prefixes = BTreeMap::new();
        let mut served: BTreeMap<Procedure, usize> = BTreeMap::new();
        for (i, w) in config.windows.iter().enumerate() {
            if !is_identifier(&w.id) {
                self.problem(
                    format!("windows[{i}].id"),
                    format!(
                        "{:?} is not an id; use lower-case letters, digits and _",
                        w.id
                    ),
                );
            }
            if let Some(first) = ids.insert(w.id.as_str(), i) {
                self.problem(
                    format!("windows[{i}].id"),
                    format!("{:?} is already the id of windows[{first}]", w.id),
                );
            }
            if let Some(first) = numbers.insert(w.number, i) {
                self.problem(
                    format!("windows[{i}].number"),
                    format!("{} is already the number of windows[{first}]; each counter has its own number", w.number),
                );
            }
            let prefix_ok = (1..=3).contains(&w.ticket_prefix.len())
                && w.ticket_prefix
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            if !prefix_ok {
                self.problem(
                    format!("windows[{i}].ticket_prefix"),
                    format!("{:?} is not a ticket prefix; use 1 to 3 capital letters or digits, e.g. \"A\"", w.ticket_prefix),
                );
            }
            if let Some(first) = prefixes.insert(w.ticket_prefix.as_str(), i) {
                self.problem(
                    format!("windows[{i}].ticket_prefix"),
                    format!("{:?} is already the prefix of windows[{first}]; ticket numbers would clash", w.ticket_prefix),
                );
            }
            if w.daily_cap == Some(0) {
                self.problem(
                    format!("windows[{i}].daily_cap"),
                    "0 would issue no tickets at all; leave daily_cap out for no limit, or close the window with open = false",
                );
            }
            if let Some(desks) = &w.desks {
                let mut seen = BTreeSet::new();
                if desks.is_empty() {
                    self.problem(
                        format!("windows[{i}].desks"),
                        "list at least one desk, or leave desks out for one desk named by the window's number",
                    );
                }
                for d in desks {
                    let ok = (1..=8).contains(&d.chars().count())
                        && d.chars().all(|c| c.is_alphanumeric() || c == '-');
                    if !ok {
                        self.problem(
                            format!("windows[{i}].desks"),
                            format!("{d:?} is not a desk name; use 1 to 8 letters or digits, as on the desk's sign, e.g. \"3\""),
                        );
                    } else if !seen.insert(d) {
                        self.problem(
                            format!("windows[{i}].desks"),
                            format!("desk {d:?} is listed twice"),
                        );
                    }
                }
            }
            if w.minutes_per_visitor == 0 || w.minutes_per_visitor > 240 {
                self.problem(
                    format!("windows[{i}].minutes_per_visitor"),
                    format!(
                        "{} is not a time per resident; use 1 to 240 minutes",
                        w.minutes_per_visitor
                    ),
                );
            }
            if w.stop_when_full && !config.queue.calling {
                self.problem(
                    format!("windows[{i}].stop_when_full"),
                    "stop_when_full needs the numbers to be called through madoguchi: set calling = true in [queue], or leave stop_when_full out",
                );
            }
            if !w.open {
                continue;
            }
            for (j, p) in w.procedures.iter().enumerate() {
                // Keep the first window that serves it, so later ones are named as repeats.
                let first = *served.entry(*p).or_insert(i);
                if first != i || w.procedures[..j].contains(p) {
                    let message = if first == i {
                        format!("{} is listed twice", p.id())
                    } else {
                        format!(
                            "{} is already served by the open window {:?}; each procedure must be served by exactly one open window",
                            p.id(),
                            config.windows[first].id
                        )
                    };
                    self.problem(format!("windows[{i}].procedures[{j}]"), message);
                }
            }
        }
        for p in Procedure::ALL {
            if !served.contains_key(&p) {
                self.problem(
                    "windows",
                    format!(
                        "no open window serves {}; add it to the procedures of one open [[windows]]",
                        p.id()
                    ),
                );
            }
        }
        // R-PIN-4: the PIN reset is done in the same visit, at the same counter, as the
        // certificate procedure that needs the PINs.
        if let Some(&reset) = served.get(&Procedure::PinReset) {
            for p in Procedure::ALL.into_iter().filter(|p| p.needs_pins()) {
                if let Some(&other) = served.get(&p).filter(|&&o| o != reset) {
                    self.problem(
                        format!("windows[{other}].procedures"),
                        format!(
                            "{} is served by {:?} but pin_reset by {:?}; a PIN reset is done at the same counter as the certificate procedure that needs it (R-PIN-4)",
                            p.id(),
                            config.windows[other].id,
                            config.windows[reset].id
                        ),
                    );
                }
            }
        }
    }

    fn reception(&mut self, reception: &Reception) {
        let mut any_day = !reception.open_days.is_empty();
        for (day, hours) in reception.hours.days() {
            if let Some(h) = hours {
                any_day = true;
                if h.open >= h.close {
                    self.problem(
                        format!("reception.hours.{day}"),
                        format!(
                            "opens at {} but closes at {}; the opening must come first",
                            h.open, h.close
                        ),
                    );
                }
            }
        }
        if !any_day {
            self.problem(
                "reception.hours",
                "no weekday has reception hours; add e.g. monday = { open = \"08:30\", close = \"17:15\" }",
            );
        }
        let mut dates = BTreeSet::new();
        for (i, day) in reception.open_days.iter().enumerate() {
            if day.open >= day.close {
                self.problem(
                    format!("reception.open_days[{i}]"),
                    format!(
                        "opens at {} but closes at {}; the opening must come first",
                        day.open, day.close
                    ),
                );
            }
            if !dates.insert(day.date) {
                self.problem(
                    format!("reception.open_days[{i}].date"),
                    "this date is listed twice",
                );
            }
        }
    }

    /// The PostgreSQL password stays out of kiosk.toml, in a file only its owner can read;
    /// and the first number of a day fits every store.
    fn tickets(&mut self, tickets: &Tickets) {
        if !(1..=99_999).contains(&tickets.start_number) {
            self.problem(
                "tickets.start_number",
                format!(
                    "{} is not a first number; use 1 to 99999",
                    tickets.start_number
                ),
            );
        }
        if let crate::domain::Database::Postgres(url) = &tickets.database {
            match crate::domain::tls_settings(url) {
                Err(e) => self.problem("tickets.database", e),
                Ok((_, tls)) => {
                    if let Some(root) = tls.root
                        && std::fs::File::open(&root).is_err()
                    {
                        self.problem(
                            "tickets.database",
                            format!(
                                "sslrootcert={} cannot be read; put the CA certificate (PEM) that signed the database server's there",
                                root.display()
                            ),
                        );
                    }
                }
            }
        }
        if let crate::domain::Database::Postgres(url) = &tickets.database
            && crate::domain::has_password(url)
        {
            self.problem(
                "tickets.database",
                "the URL holds a password; take it out, and put it in tickets.password_file (chmod 600) or the service user's ~/.pgpass",
            );
        }
        if let Some(file) = &tickets.password_file {
            if matches!(tickets.database, crate::domain::Database::Sqlite(_)) {
                self.problem(
                    "tickets.password_file",
                    "a password is only for a postgresql:// database; leave it out for an SQLite file",
                );
            } else if let Err(message) = check_private(file) {
                self.problem("tickets.password_file", message);
            }
        }
    }

    fn office(&mut self, config: &Config) {
        let m = &config.municipality;
        if let Some(id) = &m.office_id
            && (id.len() > 32 || !is_identifier(id))
        {
            self.problem(
                "municipality.office_id",
                format!(
                    "{id:?} is not an office id; use up to 32 lower-case letters, digits and _"
                ),
            );
        }
        // `office.id` was once the database id; it is now the office's name in Indonesian.
        // An id where a name should be is a file written for the old meaning.
        if m.office_id.is_none()
            && let Some(old) = m.office.as_ref().and_then(|o| o.0.get("id"))
            && is_identifier(old)
        {
            self.problem(
                "municipality.office.id",
                format!(
                    "office.id is the office's name in Indonesian; {old:?} looks like a database id: \
                     write it as office_id = {old:?}"
                ),
            );
        }
    }

    fn printer(&mut self, printer: &Printer) {
        if ![58, 80].contains(&printer.paper_width_mm) {
            self.problem(
                "printer.paper_width_mm",
                format!(
                    "{} mm is not a receipt width; use 80 or 58",
                    printer.paper_width_mm
                ),
            );
        }
        match printer.driver {
            PrinterDriver::Usb if printer.device.is_none() => self.problem(
                "printer",
                "driver \"usb\" needs device = \"/dev/usb/lp0\" (the printer's device)",
            ),
            PrinterDriver::Tcp => match &printer.address {
                None => self.problem(
                    "printer",
                    "driver \"tcp\" needs address = \"host:9100\" (the printer's raw port)",
                ),
                Some(a)
                    if a.rsplit_once(':')
                        .is_none_or(|(_, p)| p.parse::<u16>().is_err()) =>
                {
                    self.problem(
                        "printer.address",
                        format!("{a:?} is not host:port; write e.g. \"192.168.10.20:9100\""),
                    )
                }
                Some(_) => {}
            },
            PrinterDriver::File if printer.directory.is_none() => self.problem(
                "printer",
                "driver \"file\" needs directory = \"…\" (where the tickets are written)",
            ),
            _ => {}
        }
    }

    fn session(&mut self, session: &Session) {
        let range = Session::IDLE_TIMEOUT_RANGE;
        for (key, secs) in [
            ("session.idle_timeout_secs", session.idle_timeout_secs),
            ("session.reading_timeout_secs", session.reading_timeout_secs),
        ] {
            if !range.contains(&secs) {
                self.problem(
                    key,
                    format!(
                        "{secs} seconds is out of range; use {} to {} seconds",
                        range.start(),
                        range.end()
                    ),
                );
            }
        }
        let put_back = Session::PUT_BACK_RANGE;
        if !put_back.contains(&session.put_back_secs) {
            self.problem(
                "session.put_back_secs",
                format!(
                    "{} seconds is out of range; use {} to {} seconds (0: lifting the card ends the visit)",
                    session.put_back_secs,
                    put_back.start(),
                    put_back.end()
                ),
            );
        }
    }

    fn extras(&mut self, config: &Config) {
        let mut ids = BTreeSet::new();
        for (i, x) in config.checklist.extras.iter().enumerate() {
            if !is_identifier(&x.id) {
                self.problem(
                    format!("checklist.extras[{i}].id"),
                    format!(
                        "{:?} is not an id; use lower-case letters, digits and _",
                        x.id
                    ),
                );
            }
            if StandardItem::ALL.iter().any(|s| s.id() == x.id) {
                self.problem(
                    format!("checklist.extras[{i}].id"),
                    format!(
                        "{:?} is a standard checklist item already; choose another id",
                        x.id
                    ),
                );
            }
            if !ids.insert(x.id.as_str()) {
                self.problem(
                    format!("checklist.extras[{i}].id"),
                    format!("{:?} is listed twice", x.id),
                );
            }
            if x.procedures.is_empty() {
                self.problem(
                    format!("checklist.extras[{i}].procedures"),
                    "list at least one procedure this item is needed for",
                );
            }
        }
    }

    fn load_holidays(&mut self, config: &mut Config, base: &Path) {
        let path = base.join(&config.reception.holidays_file);
        let shown = path.display();
        let result = match std::fs::read(&path) {
            Err(e) => Err(format!(
                "cannot read {shown}: {e}; point it at the Cabinet Office holiday list (syukujitsu.csv)"
            )),
            Ok(bytes) => match String::from_utf8(bytes) {
                Err(_) => Err(format!(
                    "{shown} is not UTF-8; the Cabinet Office publishes it in Shift_JIS: convert it with `iconv -f SHIFT_JIS -t UTF-8`"
                )),
                Ok(text) => Holidays::parse(&text).map_err(|e| format!("{shown}: {e}")),
            },
        };
        match result {
            Ok(holidays) => config.reception.holidays = holidays,
            Err(message) => self.problem("reception.holidays", message),
        }
    }
}

impl Validation<'_> {
    fn load_trust_anchors(&mut self, config: &mut Config, base: &Path) {
        let mut anchors = Vec::new();
        for (i, file) in config.card.trust_anchors.iter().enumerate() {
            let path = base.join(file);
            let shown = path.display();
            let der = std::fs::read(&path)
                .map_err(|e| format!("cannot read {shown}: {e}"))
                .and_then(|bytes| {
                    if bytes.starts_with(b"-----BEGIN") {
                        pem::parse(&bytes)
                            .map(|p| p.into_contents())
                            .map_err(|e| format!("{shown} is not a PEM certificate: {e}"))
                    } else {
                        Ok(bytes)
                    }
                })
                .and_then(|der| match myna_card::Certificate::parse(&der) {
                    Ok(_) => Ok(der),
                    Err(_) => Err(format!("{shown} is not an X.509 certificate (PEM or DER)")),
                });
            match der {
                Ok(der) => anchors.push(der),
                Err(message) => self.problem(
                    format!("card.trust_anchors[{i}]"),
                    format!("{message}; list root certificates of the JPKI test hierarchy only"),
                ),
            }
        }
        config.card.anchors = anchors;
    }
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// `https://host[:port]`: what a CSP `frame-ancestors` source may be, nothing that could
/// add a directive of its own.
fn is_origin(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    rest.starts_with(|c: char| c.is_ascii_alphanumeric())
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
}
