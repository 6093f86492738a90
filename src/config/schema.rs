//! The shape of kiosk.toml: one type per section, with its defaults, read by serde; and the PostgreSQL password file it names, read only when its owner alone may read it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::{Procedure, StandardItem, Visitor};
use crate::i18n::Localized;

use super::reception::Reception;

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
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Queue {
    /// Desks call numbers through madoguchi (`madoguchi ticket call`, the counter console):
    /// then the kiosk tells residents how many wait and about how long. Off, the numbers
    /// are never called, and nothing about waiting is shown.
    #[serde(default)]
    pub calling: bool,
    /// When the resident's wait is estimated above this many minutes (or the window is
    /// full for today), the checklist and the ticket name the branches that do the same
    /// procedures, with their own lines.
    #[serde(default = "Queue::default_suggest_after")]
    pub suggest_other_office_after_minutes: u32,
}

impl Queue {
    fn default_suggest_after() -> u32 {
        40
    }
}

impl Default for Queue {
    fn default() -> Queue {
        Queue {
            calling: false,
            suggest_other_office_after_minutes: Queue::default_suggest_after(),
        }
    }
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub name: Localized,
    #[serde(default)]
    pub telephone: Option<String>,
    pub procedures: Vec<Procedure>,
    /// Its `municipality.office_id` in the shared database: then the kiosk shows its live
    /// line beside its name.
    #[serde(default)]
    pub office_id: Option<String>,
    /// How far it is from this office, shown beside its name; offices are listed nearest
    /// first (those without a distance after, in kiosk.toml's order).
    #[serde(default)]
    pub distance_km: Option<f64>,
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

/// `[kiosk]`: this kiosk among the city's, as `/kiosks` and the metrics name it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kiosk {
    /// Its id: 1 to 64 ASCII letters, digits, `.`, `_` or `-`; by default the host name.
    #[serde(default)]
    pub id: Option<String>,
}

impl Kiosk {
    const MAX_ID_CHARS: usize = 64;

    /// The id this kiosk writes its heartbeat under.
    pub fn id(&self) -> String {
        self.id.clone().unwrap_or_else(host_name)
    }

    /// Checks a kiosk id: a host name fits, markup does not.
    pub fn check_id(id: &str) -> Result<(), String> {
        let chars = id.chars().count();
        if chars == 0 || chars > Kiosk::MAX_ID_CHARS {
            return Err(format!(
                "a kiosk id has 1 to {} characters; this one has {chars}",
                Kiosk::MAX_ID_CHARS
            ));
        }
        match id
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        {
            Some(c) => Err(format!(
                "a kiosk id is ASCII letters, digits, '.', '_' or '-'; {c:?} is not allowed"
            )),
            None => Ok(()),
        }
    }
}

/// The machine's host name, cut to what a kiosk id allows ("kiosk" when it has none).
fn host_name() -> String {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let id: String = name
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .take(Kiosk::MAX_ID_CHARS)
        .collect();
    if id.is_empty() { "kiosk".into() } else { id }
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
    /// Live phone pages open at once (their event streams).
    #[serde(default = "Server::default_phone_streams")]
    pub phone_streams: usize,
    /// Live lobby displays, counter consoles and `/api/events` streams open at once: places
    /// of their own, which phones cannot take.
    #[serde(default = "Server::default_lobby_streams")]
    pub lobby_streams: usize,
    /// Live streams from one address (of each kind). Phones on the lobby's Wi-Fi may share
    /// one address, so this is generous.
    #[serde(default = "Server::default_streams_per_address")]
    pub streams_per_address: usize,
    /// Live public wait pages (`/now`) open at once: places of their own, so a city's
    /// web traffic never takes the phones' or the lobby's.
    #[serde(default = "Server::default_public_streams")]
    pub public_streams: usize,
    /// Reverse proxies whose `X-Forwarded-For` names the client (the city's nginx).
    #[serde(default)]
    pub proxies: Vec<std::net::IpAddr>,
    /// Connections open at once; past this a new one is closed at once.
    #[serde(default = "Server::default_max_connections")]
    pub max_connections: usize,
    /// Seconds a client has to send a request's headers (and, on a kept-alive connection,
    /// to start the next request) before the connection is closed.
    #[serde(default = "Server::default_timeout_secs")]
    pub header_timeout_secs: u64,
    /// Seconds a client has to send a request's body (408 past it).
    #[serde(default = "Server::default_timeout_secs")]
    pub body_timeout_secs: u64,
    /// The city's sites that may show `/now` in a frame (`https://www.city.example.jp`);
    /// none: no site may.
    #[serde(default)]
    pub embed_origins: Vec<String>,
    /// Weeks of finished visits the typical week on `/now` is figured from.
    #[serde(default = "Server::default_typical_weeks")]
    pub typical_weeks: u32,
    /// Seconds without a kiosk's heartbeat (written every 15) before `/kiosks` calls it
    /// silent.
    #[serde(default = "Server::default_kiosk_silent_secs")]
    pub kiosk_silent_secs: u64,
    /// Sign-ins one client address may try a minute (a burst of as many at once).
    #[serde(default = "Server::default_signin_per_minute")]
    pub signin_per_minute: u32,
    /// API calls with a token one client address may make a minute.
    #[serde(default = "Server::default_api_per_minute")]
    pub api_per_minute: u32,
    /// Serve `/metrics` in Prometheus's text format.
    #[serde(default)]
    pub metrics: bool,
    /// The addresses (or ranges, `10.0.0.0/24`) that may read `/metrics`; others get 403.
    #[serde(default = "Server::default_metrics_allow")]
    pub metrics_allow: Vec<AddressRange>,
}

/// An address, or a range of them in CIDR form (`192.168.10.0/24`, `fd00::/8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddressRange {
    network: std::net::IpAddr,
    prefix: u8,
}

impl AddressRange {
    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        use std::net::IpAddr;
        // An IPv4 client seen through an IPv6 socket is the IPv4 address it maps.
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        match (self.network, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl std::str::FromStr for AddressRange {
    type Err = String;

    fn from_str(text: &str) -> Result<AddressRange, String> {
        let bad = || {
            format!(
                "{text:?} is not an address or a range; write \"127.0.0.1\", \"10.0.0.0/24\" or \"::1\""
            )
        };
        let (address, prefix) = match text.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (text, None),
        };
        let network: std::net::IpAddr = address.trim().parse().map_err(|_| bad())?;
        let most = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= most)
                .ok_or_else(bad)?,
            None => most,
        };
        Ok(AddressRange { network, prefix })
    }
}

impl<'de> Deserialize<'de> for AddressRange {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<AddressRange, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Server {
    fn default_listen() -> std::net::SocketAddr {
        std::net::SocketAddr::from(([127, 0, 0, 1], 8080))
    }

    fn default_phone_streams() -> usize {
        2000
    }

    /// With the phones' and the lobby's, under `max_connections` with room for requests.
    fn default_public_streams() -> usize {
        1000
    }

    fn default_lobby_streams() -> usize {
        500
    }

    fn default_streams_per_address() -> usize {
        200
    }

    /// Room for every stream of both kinds and the pages' requests beside them.
    fn default_max_connections() -> usize {
        4096
    }

    fn default_timeout_secs() -> u64 {
        10
    }

    fn default_typical_weeks() -> u32 {
        8
    }

    /// Ample for a person at a desk, a handful of guesses for a script.
    fn default_signin_per_minute() -> u32 {
        10
    }

    /// Two a second for an integration, sustained.
    fn default_api_per_minute() -> u32 {
        120
    }

    fn default_kiosk_silent_secs() -> u64 {
        60
    }

    /// This machine only: a Prometheus elsewhere is let in by name.
    fn default_metrics_allow() -> Vec<AddressRange> {
        ["127.0.0.1", "::1"]
            .iter()
            .filter_map(|a| a.parse().ok())
            .collect()
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
            phone_streams: Server::default_phone_streams(),
            lobby_streams: Server::default_lobby_streams(),
            streams_per_address: Server::default_streams_per_address(),
            public_streams: Server::default_public_streams(),
            proxies: Vec::new(),
            max_connections: Server::default_max_connections(),
            header_timeout_secs: Server::default_timeout_secs(),
            body_timeout_secs: Server::default_timeout_secs(),
            embed_origins: Vec::new(),
            typical_weeks: Server::default_typical_weeks(),
            kiosk_silent_secs: Server::default_kiosk_silent_secs(),
            signin_per_minute: Server::default_signin_per_minute(),
            api_per_minute: Server::default_api_per_minute(),
            metrics: false,
            metrics_allow: Server::default_metrics_allow(),
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
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
    pub kiosk: Kiosk,
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

#[cfg(test)]
mod tests {
    use super::AddressRange;

    #[test]
    fn an_address_range_holds_its_own_addresses_and_no_others() {
        let lan: AddressRange = "192.168.10.0/24".parse().unwrap();
        assert!(lan.contains("192.168.10.77".parse().unwrap()));
        assert!(!lan.contains("192.168.11.1".parse().unwrap()));
        assert!(lan.contains("::ffff:192.168.10.5".parse().unwrap()));
        let one: AddressRange = "::1".parse().unwrap();
        assert!(one.contains("::1".parse().unwrap()));
        assert!(!one.contains("127.0.0.1".parse().unwrap()));
        let all: AddressRange = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains("203.0.113.9".parse().unwrap()));
        for bad in ["10.0.0.0/33", "localhost", "10.0.0/8", ""] {
            assert!(bad.parse::<AddressRange>().is_err(), "{bad}");
        }
    }
}
