//! kiosk.toml: the municipality's own facts, typed and validated at start, with errors that name key, line and column.

mod reception;
mod source;

pub use reception::{
    ClockTime, ClosedDay, ConfigDate, Holidays, OpenDay, Reception, ReceptionHours, WeeklyHours,
};
pub use source::Position;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::de::DeTable;

use crate::domain::{Procedure, StandardItem, Visitor};
use crate::i18n::{Catalog, Localized};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    pub name: Localized,
    /// The office this kiosk stands in (本庁, a branch), in each language: `office.ja`, and
    /// `office.id` in Indonesian.
    #[serde(default)]
    pub office: Option<Localized>,
    /// The office's id when several offices share one PostgreSQL database (`office_id`).
    #[serde(default)]
    pub office_id: Option<String>,
}

impl Municipality {
    /// The office's id in a shared ticket database: its numbers and line are its own.
    pub fn office_id(&self) -> &str {
        self.office_id.as_deref().unwrap_or(DEFAULT_OFFICE)
    }
}

/// The office id of a kiosk.toml that names none.
pub const DEFAULT_OFFICE: &str = "main";

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    pub default: String,
    pub offered: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Seconds without a touch before a session ends, on screens with a question or a choice.
    #[serde(default = "Session::default_idle_timeout")]
    pub idle_timeout_secs: u32,
    /// The same on the screens residents read (the card's status, the checklist, the
    /// conclusion): a slow reader takes 35–47 s over a checklist alone.
    #[serde(default = "Session::default_reading_timeout")]
    pub reading_timeout_secs: u32,
    /// How long a card lifted mid-visit may be put back to carry on (0: lifting ends the visit).
    #[serde(default = "Session::default_put_back")]
    pub put_back_secs: u32,
}

impl Session {
    /// The warning before a session ends lasts 20 s (WCAG 2.2.1), so a timeout leaves at
    /// least 10 s before it.
    pub const IDLE_TIMEOUT_RANGE: std::ops::RangeInclusive<u32> = 30..=600;

    fn default_idle_timeout() -> u32 {
        60
    }

    fn default_reading_timeout() -> u32 {
        150
    }

    pub const PUT_BACK_RANGE: std::ops::RangeInclusive<u32> = 0..=120;

    fn default_put_back() -> u32 {
        30
    }
}

impl Default for Session {
    fn default() -> Self {
        Session {
            idle_timeout_secs: Session::default_idle_timeout(),
            reading_timeout_secs: Session::default_reading_timeout(),
            put_back_secs: Session::default_put_back(),
        }
    }
}

/// A counter (窓口) residents are sent to, with the procedures it serves.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub id: String,
    /// The number on the sign above the counter.
    pub number: u16,
    pub label: Localized,
    pub ticket_prefix: String,
    pub procedures: Vec<Procedure>,
    /// A closed window serves nothing; kept in the file for the days it opens again.
    #[serde(default = "default_true")]
    pub open: bool,
    #[serde(default)]
    pub telephone: Option<String>,
    /// At most this many tickets a day; then the kiosk says this counter's tickets are finished.
    #[serde(default)]
    pub daily_cap: Option<u32>,
    /// The desks that call this window's tickets, as the lobby display names them; by
    /// default one, the window's own number.
    #[serde(default)]
    pub desks: Option<Vec<String>>,
    /// Minutes a desk takes per resident, for the wait estimate before the day has its own
    /// figures.
    #[serde(default = "Window::default_minutes_per_visitor")]
    pub minutes_per_visitor: u32,
    /// Issue no ticket once the people waiting would take longer than the time left before
    /// the window closes (needs `queue.calling`).
    #[serde(default)]
    pub stop_when_full: bool,
}

impl Window {
    fn default_minutes_per_visitor() -> u32 {
        10
    }

    /// The desks that call this window.
    pub fn desks(&self) -> Vec<String> {
        self.desks
            .clone()
            .unwrap_or_else(|| vec![self.number.to_string()])
    }
}

/// `[queue]`: how the office calls numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Queue {
    /// Desks call numbers through madoguchi (`madoguchi ticket call`, the counter console):
    /// then the kiosk tells residents how many wait and about how long. Off, the numbers
    /// are never called, and nothing about waiting is shown.
    #[serde(default)]
    pub calling: bool,
}

fn default_true() -> bool {
    true
}

/// A local checklist item (e.g. Kagoshima's seal for a PIN reset, R-PIN-3), shown only
/// for the procedures, visitors and visit it names.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalItem {
    pub id: String,
    pub procedures: Vec<Procedure>,
    /// Empty: whoever comes.
    #[serde(default)]
    pub visitors: Vec<Visitor>,
    /// `true`: only on the visit with the holder's inquiry form; `false`: only without it.
    #[serde(default)]
    pub inquiry_form: Option<bool>,
    pub label: Localized,
}

impl LocalItem {
    pub fn applies(&self, procedures: &[Procedure], visitor: Visitor, form_at_hand: bool) -> bool {
        self.procedures.iter().any(|p| procedures.contains(p))
            && (self.visitors.is_empty() || self.visitors.contains(&visitor))
            && self.inquiry_form.is_none_or(|f| f == form_at_hand)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    #[serde(default)]
    pub extras: Vec<LocalItem>,
    /// A local note under a standard item (e.g. when the proof of representation is not needed).
    #[serde(default)]
    pub notes: BTreeMap<StandardItem, Localized>,
}

/// Another office where the same procedures are handled (R-LOCAL-3).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub name: Localized,
    #[serde(default)]
    pub telephone: Option<String>,
    pub procedures: Vec<Procedure>,
}

/// The card reader, and the roots staff training cards chain to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardReader {
    /// Part of the reader's name (any case) to use when several readers are attached.
    #[serde(default)]
    pub reader: Option<String>,
    /// Root certificates (PEM or DER, relative to kiosk.toml) of the JPKI test hierarchy
    /// for staff training cards: cards under them read as test cards, never as residents'.
    #[serde(default)]
    pub trust_anchors: Vec<PathBuf>,
    /// The anchors' certificates, DER, as loaded.
    #[serde(skip)]
    pub anchors: Vec<Vec<u8>>,
}

/// Where tickets are kept and how they are numbered.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tickets {
    /// The SQLite file, relative to kiosk.toml (created on first start), or a
    /// `postgresql://user@host/db` URL shared by the office's kiosks and desks.
    pub database: crate::domain::Database,
    /// The PostgreSQL password, in a file only its owner may read (libpq's `.pgpass` is
    /// used when this is left out).
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// The first number of each day.
    #[serde(default = "Tickets::default_start")]
    pub start_number: u32,
    /// A page to point residents to, per procedure: printed as a QR code.
    #[serde(default)]
    pub qr: BTreeMap<Procedure, String>,
}

/// How the ticket printer is reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrinterDriver {
    /// A USB printer device (`/dev/usb/lp0`).
    Usb,
    /// A network printer's raw port (9100).
    Tcp,
    /// Writes each ticket's bytes and a PNG preview into a folder (demos, tests).
    File,
    /// No printer: the number is shown on screen only.
    #[default]
    None,
}

/// The receipt printer.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Printer {
    #[serde(default)]
    pub driver: PrinterDriver,
    /// For `usb`.
    #[serde(default)]
    pub device: Option<PathBuf>,
    /// For `tcp`: host:port.
    #[serde(default)]
    pub address: Option<String>,
    /// For `file`, relative to kiosk.toml.
    #[serde(default)]
    pub directory: Option<PathBuf>,
    /// 80 mm paper is 576 dots wide, 58 mm is 384.
    #[serde(default = "Printer::default_width")]
    pub paper_width_mm: u32,
}

impl Printer {
    fn default_width() -> u32 {
        80
    }

    /// Dots across the paper at 203 dpi.
    pub fn width_dots(&self) -> u32 {
        if self.paper_width_mm == 58 { 384 } else { 576 }
    }
}

impl Default for Printer {
    fn default() -> Self {
        Printer {
            driver: PrinterDriver::None,
            device: None,
            address: None,
            directory: None,
            paper_width_mm: Printer::default_width(),
        }
    }
}

impl Tickets {
    fn default_start() -> u32 {
        1
    }

    /// The PostgreSQL password from `password_file` (its first line), when one is named; the
    /// error says what is wrong with the file.
    pub fn password(&self) -> Result<Option<String>, String> {
        let Some(file) = &self.password_file else {
            return Ok(None);
        };
        check_private(file)?;
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("the password file {} cannot be read: {e}", file.display()))?;
        Ok(Some(text.lines().next().unwrap_or("").to_owned()))
    }
}

/// A secret's file must be its owner's alone, as libpq asks of `.pgpass`.
pub fn check_private(file: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(file)
        .map_err(|e| format!("the password file {} cannot be read: {e}", file.display()))?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(format!(
            "the password file {} can be read by other users (mode {mode:o}); run chmod 600 on it",
            file.display()
        ));
    }
    Ok(())
}

/// Where on the screen staff press for five seconds to open the PIN pad.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Corner {
    #[default]
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}

/// Maintenance mode: how staff get in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Maintenance {
    /// The staff PIN's Argon2id hash from `madoguchi hash-pin`; without it only
    /// `madoguchi ctl` opens maintenance mode.
    #[serde(default)]
    pub pin_hash: Option<String>,
    #[serde(default)]
    pub corner: Corner,
    /// The control socket for `madoguchi ctl`, relative to kiosk.toml; by default beside
    /// the ticket database.
    #[serde(default)]
    pub socket: Option<PathBuf>,
}

/// When the kiosk speaks (`accessibility.voice`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VoiceMode {
    /// Never: no 「音声案内」 button, and keys do not turn the voice on.
    Off,
    /// When a resident presses 「音声案内」 or a key of the keypad, for the rest of the visit.
    #[default]
    OnRequest,
    /// Every screen speaks as it appears.
    Always,
}

impl VoiceMode {
    /// As kiosk.toml writes it.
    pub fn name(self) -> &'static str {
        match self {
            VoiceMode::Off => "off",
            VoiceMode::OnRequest => "on-request",
            VoiceMode::Always => "always",
        }
    }
}

/// `[accessibility]`: the voice, where it is heard, and how loud.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    #[serde(default)]
    pub voice: VoiceMode,
    /// The ALSA device the voice plays on ("default"; a handset such as
    /// "plughw:CARD=Headset" keeps a resident's details to them), "none", or "file:FOLDER"
    /// (each phrase written as a WAV, for testing without speakers).
    #[serde(default = "Accessibility::default_device")]
    pub audio_device: String,
    /// Percent, 0–100; the keypad's + and − change it for one visit.
    #[serde(default = "Accessibility::default_volume")]
    pub volume: u8,
    /// Where the fixed prompts' audio is kept between starts, relative to kiosk.toml; by
    /// default a `speech-cache` folder beside the ticket database.
    #[serde(default)]
    pub speech_cache: Option<PathBuf>,
    #[serde(default)]
    pub engines: crate::speech::Engines,
}

impl Accessibility {
    fn default_device() -> String {
        "default".into()
    }

    fn default_volume() -> u8 {
        80
    }
}

impl Default for Accessibility {
    fn default() -> Self {
        Accessibility {
            voice: VoiceMode::default(),
            audio_device: Accessibility::default_device(),
            volume: Accessibility::default_volume(),
            speech_cache: None,
            engines: crate::speech::Engines::default(),
        }
    }
}

/// `[server]`: `madoguchi server`, the lobby display and the desks' pages.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Server {
    /// The address and port to listen on.
    #[serde(default = "Server::default_listen")]
    pub listen: std::net::SocketAddr,
    /// The address residents' phones reach the server at (for the phone page's QR code).
    #[serde(default)]
    pub public_url: Option<String>,
}

impl Server {
    fn default_listen() -> std::net::SocketAddr {
        std::net::SocketAddr::from(([127, 0, 0, 1], 8080))
    }

    /// The address of the phone page a ticket's `phone_token` opens, when `public_url` is set.
    pub fn phone_page(&self, phone_token: &str) -> Option<String> {
        let base = self.public_url.as_deref()?.trim_end_matches('/');
        Some(format!("{base}/t/{phone_token}"))
    }
}

impl Default for Server {
    fn default() -> Server {
        Server {
            listen: Server::default_listen(),
            public_url: None,
        }
    }
}

/// Where a resident who asks for a person is sent ("Ask at the counter").
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// The window that takes general questions; by default the one that resets PINs.
    #[serde(default)]
    pub window: Option<String>,
}

/// What a resident who lost the card is told first (R-LOST-1). The texts default to the
/// locales' own; an office may name its own hotline and receipt wording here.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LostCard {
    /// The number that suspends a card, day and night.
    #[serde(default = "LostCard::default_hotline")]
    pub hotline: String,
    /// The hotline's name; default: the national My Number hotline, in each language.
    #[serde(default)]
    pub hotline_name: Option<Localized>,
    /// The checklist line for the police report's receipt number; default: the locales' text.
    #[serde(default)]
    pub police_receipt: Option<Localized>,
}

impl LostCard {
    /// R-LOST-1: マイナンバー総合フリーダイヤル, open 24 hours for suspension.
    pub const NATIONAL_HOTLINE: &str = "0120-95-0178";

    fn default_hotline() -> String {
        LostCard::NATIONAL_HOTLINE.to_owned()
    }

    /// The hotline's name for a sentence: kiosk.toml's, or the locales' own.
    pub fn hotline_name_arg(&self) -> crate::i18n::Arg {
        match &self.hotline_name {
            Some(name) => crate::i18n::Arg::Local(name.clone()),
            None => crate::i18n::Arg::Key("lost-hotline-name".into()),
        }
    }
}

impl Default for LostCard {
    fn default() -> Self {
        LostCard {
            hotline: LostCard::default_hotline(),
            hotline_name: None,
            police_receipt: None,
        }
    }
}

/// The whole validated configuration.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub municipality: Municipality,
    pub languages: Languages,
    #[serde(default)]
    pub session: Session,
    pub windows: Vec<Window>,
    pub reception: Reception,
    #[serde(default)]
    pub checklist: Checklist,
    #[serde(default)]
    pub other_offices: Vec<Office>,
    #[serde(default)]
    pub card: CardReader,
    pub tickets: Tickets,
    #[serde(default)]
    pub printer: Printer,
    #[serde(default)]
    pub maintenance: Maintenance,
    #[serde(default)]
    pub consultation: Consultation,
    #[serde(default)]
    pub lost_card: LostCard,
    #[serde(default)]
    pub queue: Queue,
    #[serde(default)]
    pub server: Server,
    #[serde(default)]
    pub accessibility: Accessibility,
}

impl Config {
    /// The open window that takes residents who ask for a person: kiosk.toml's
    /// `consultation.window`, or the one that resets PINs.
    pub fn consultation_window(&self) -> Option<&Window> {
        match &self.consultation.window {
            Some(id) => self.window(id).filter(|w| w.open),
            None => self.window_for(Procedure::PinReset),
        }
    }

    /// The open window that serves `procedure` (load checks there is exactly one).
    pub fn window_for(&self, procedure: Procedure) -> Option<&Window> {
        self.windows
            .iter()
            .find(|w| w.open && w.procedures.contains(&procedure))
    }

    pub fn window(&self, id: &str) -> Option<&Window> {
        self.windows.iter().find(|w| w.id == id)
    }

    /// Window `id` as a transfer goes to it; the error lists the windows there are.
    pub fn transfer_target(&self, id: &str) -> Result<crate::domain::TransferTarget, String> {
        let to = self.window(id).ok_or_else(|| {
            let ids: Vec<&str> = self.windows.iter().map(|w| w.id.as_str()).collect();
            format!(
                "{id:?} is not in kiosk.toml; its windows are {}",
                ids.join(", ")
            )
        })?;
        Ok(crate::domain::TransferTarget {
            window: to.id.clone(),
            open: to.open,
            procedures: to.procedures.clone(),
        })
    }

    /// Each of the city's own texts with its key in kiosk.toml.
    pub fn city_text_fields(&self) -> Vec<(String, &Localized)> {
        let mut texts: Vec<(String, &Localized)> =
            vec![("municipality.name".into(), &self.municipality.name)];
        if let Some(office) = &self.municipality.office {
            texts.push(("municipality.office".into(), office));
        }
        for (i, w) in self.windows.iter().enumerate() {
            texts.push((format!("windows[{i}].label"), &w.label));
        }
        for (i, x) in self.checklist.extras.iter().enumerate() {
            texts.push((format!("checklist.extras[{i}].label"), &x.label));
        }
        for (item, note) in &self.checklist.notes {
            texts.push((format!("checklist.notes.{}", item.id()), note));
        }
        for (i, o) in self.other_offices.iter().enumerate() {
            texts.push((format!("other_offices[{i}].name"), &o.name));
        }
        if let Some(name) = &self.lost_card.hotline_name {
            texts.push(("lost_card.hotline_name".into(), name));
        }
        if let Some(receipt) = &self.lost_card.police_receipt {
            texts.push(("lost_card.police_receipt".into(), receipt));
        }
        texts
    }

    /// The city's own texts.
    pub fn city_texts(&self) -> Vec<&Localized> {
        self.city_text_fields()
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    /// What residents of an offered language would miss in the city's texts: a text not
    /// given in it (shown in English with the Japanese beside it), easy Japanese without a
    /// reading, a character the language's typeface cannot draw. Warnings, not errors: the
    /// kiosk still works.
    pub fn text_warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        let optional = self
            .languages
            .offered
            .iter()
            .filter(|l| !["ja", "en"].contains(&l.as_str()));
        for lang in optional {
            for (key, text) in self.city_text_fields() {
                let Some(given) = text.0.get(lang.as_str()) else {
                    let shown = if lang == crate::i18n::EASY_JAPANESE {
                        "the Japanese without readings"
                    } else {
                        "the English with the Japanese beside it"
                    };
                    warnings.push(format!(
                        "{key}.{lang} is not given: residents reading {lang} see {shown}"
                    ));
                    continue;
                };
                if lang == crate::i18n::EASY_JAPANESE {
                    let unread: String = crate::furigana::unread_kanji(given).into_iter().collect();
                    if !unread.is_empty() {
                        warnings.push(format!(
                            "{key}.{lang}: {unread} has no reading; write it as 漢字《かんじ》"
                        ));
                    }
                }
                let missing: String = crate::fonts::missing_glyphs(lang, given)
                    .into_iter()
                    .collect();
                if !missing.is_empty() {
                    warnings.push(format!(
                        "{key}.{lang}: the {} typeface has no {missing}; run scripts/subset-fonts with this kiosk.toml",
                        crate::fonts::family(lang)
                    ));
                }
            }
        }
        warnings
    }

    pub fn checklist_extras(&self) -> &[LocalItem] {
        &self.checklist.extras
    }

    pub fn local_item(&self, id: &str) -> Option<&LocalItem> {
        self.checklist.extras.iter().find(|i| i.id == id)
    }

    /// The names of other offices that handle any of `procedures`.
    pub fn other_offices_for(&self, procedures: &[Procedure]) -> Vec<Localized> {
        self.other_offices
            .iter()
            .filter(|o| o.procedures.iter().any(|p| procedures.contains(p)))
            .map(|o| o.name.clone())
            .collect()
    }
}

/// One thing wrong in kiosk.toml, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The key path, such as `windows[1].procedures[0]`.
    pub key: String,
    pub position: Position,
    /// What is wrong and what is allowed.
    pub message: String,
}

#[derive(Clone, Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "{}: cannot read the configuration: {source}. Check the path, and that the kiosk's user may read it.",
        path.display()
    )]
    Read {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("{}", Problems { path, problems })]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

struct Problems<'a> {
    path: &'a Path,
    problems: &'a [Problem],
}

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(
                f,
                "{}:{}:{}: {}: {}",
                self.path.display(),
                p.position.line,
                p.position.column,
                p.key,
                p.message
            )?;
        }
        Ok(())
    }
}

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
