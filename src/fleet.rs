//! The kiosks of a city as its IT staff see them: the heartbeat each kiosk writes to the store, what in it needs a person, and what an administrator may ask a kiosk to do from afar.
//!
//! Nothing about any resident is in a heartbeat: device states, the kiosk's own counts, and
//! the name of the screen it shows.

use std::time::Duration;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::domain::TicketNumber;

/// How often a running kiosk writes its heartbeat.
pub const BEAT_EVERY: Duration = Duration::from_secs(15);
/// How often a kiosk looks for what it was asked to do, so it is done within 5 s.
pub const ORDERS_EVERY: Duration = Duration::from_secs(2);
/// What the kiosk's printer last said, as city IT reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrinterHealth {
    #[default]
    Ok,
    PaperLow,
    PaperOut,
    CoverOpen,
    /// No answer on its socket or device.
    Unreachable,
    /// Another fault the printer reported (offline, cutter, …).
    Fault,
    /// The kiosk has no printer (kiosk.toml's `printer.driver = "none"`).
    None,
}

impl PrinterHealth {
    pub const ALL: [PrinterHealth; 7] = [
        PrinterHealth::Ok,
        PrinterHealth::PaperLow,
        PrinterHealth::PaperOut,
        PrinterHealth::CoverOpen,
        PrinterHealth::Unreachable,
        PrinterHealth::Fault,
        PrinterHealth::None,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PrinterHealth::Ok => "ok",
            PrinterHealth::PaperLow => "paper_low",
            PrinterHealth::PaperOut => "paper_out",
            PrinterHealth::CoverOpen => "cover_open",
            PrinterHealth::Unreachable => "unreachable",
            PrinterHealth::Fault => "fault",
            PrinterHealth::None => "none",
        }
    }
}

/// What a kiosk has done since it started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub cards_read: u64,
    pub read_failures: u64,
    pub tickets_printed: u64,
    pub print_failures: u64,
}

/// One kiosk's state as it writes it every [`BEAT_EVERY`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heartbeat {
    pub kiosk: String,
    /// The kiosk's own clock when it wrote this.
    pub at: NaiveDateTime,
    /// Counts up with each beat of one run: the server tells a live kiosk from a silent one
    /// by this changing, not by comparing two machines' clocks.
    pub beat: u64,
    pub printer: PrinterHealth,
    pub reader: bool,
    pub pcscd: bool,
    /// Every offered language has its voice's engine.
    pub voice: bool,
    pub paused: bool,
    pub out_of_service: bool,
    pub version: String,
    pub uptime_secs: u64,
    /// The screen's name ("Waiting", "Checklist"): never what is on it.
    pub screen: String,
    pub counts: Counts,
}

#[cfg(test)]
impl Heartbeat {
    /// A working kiosk's first heartbeat, at 10:00 on 6 May 2027, for the tests.
    pub(crate) fn sample(kiosk: &str) -> Heartbeat {
        Heartbeat {
            kiosk: kiosk.into(),
            at: chrono::NaiveDate::from_ymd_opt(2027, 5, 6)
                .and_then(|d| d.and_hms_opt(10, 0, 0))
                .unwrap_or_default(),
            beat: 1,
            printer: PrinterHealth::Ok,
            reader: true,
            pcscd: true,
            voice: true,
            paused: false,
            out_of_service: false,
            version: "1.0.0".into(),
            uptime_secs: 60,
            screen: "Waiting".into(),
            counts: Counts::default(),
        }
    }
}

/// A heartbeat as the store keeps it, with the office of the kiosk that wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSeen {
    pub office: String,
    pub heartbeat: Heartbeat,
}

/// What is wrong with a kiosk, worst first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trouble {
    /// No heartbeat for longer than `server.kiosk_silent_secs`: off, hung or cut off.
    Silent,
    PaperOut,
    CoverOpen,
    PrinterUnreachable,
    PrinterFault,
    ReaderMissing,
    PcscdDown,
    /// Taken out of service by staff.
    OutOfService,
    /// Ticketing paused by staff.
    Paused,
    PaperLow,
    NoVoice,
}

impl Trouble {
    pub fn id(self) -> &'static str {
        match self {
            Trouble::Silent => "silent",
            Trouble::PaperOut => "paper_out",
            Trouble::CoverOpen => "cover_open",
            Trouble::PrinterUnreachable => "printer_unreachable",
            Trouble::PrinterFault => "printer_fault",
            Trouble::ReaderMissing => "reader_missing",
            Trouble::PcscdDown => "pcscd_down",
            Trouble::OutOfService => "out_of_service",
            Trouble::Paused => "paused",
            Trouble::PaperLow => "paper_low",
            Trouble::NoVoice => "no_voice",
        }
    }

    /// Someone must go to the kiosk: the console's banner tells every clerk of the office.
    /// A pause or an out-of-service staff chose is known to them already.
    pub fn needs_a_person(self) -> bool {
        matches!(
            self,
            Trouble::Silent
                | Trouble::PaperOut
                | Trouble::CoverOpen
                | Trouble::PrinterUnreachable
                | Trouble::PrinterFault
                | Trouble::ReaderMissing
                | Trouble::PcscdDown
        )
    }
}

/// What is wrong with the kiosk that wrote `beat`, worst first; `silent` when no new beat
/// came within `server.kiosk_silent_secs`. A silent kiosk's last beat is not current: only
/// its silence is told.
pub fn troubles(beat: &Heartbeat, silent: bool) -> Vec<Trouble> {
    if silent {
        return vec![Trouble::Silent];
    }
    let mut found = Vec::new();
    match beat.printer {
        PrinterHealth::PaperOut => found.push(Trouble::PaperOut),
        PrinterHealth::CoverOpen => found.push(Trouble::CoverOpen),
        PrinterHealth::Unreachable => found.push(Trouble::PrinterUnreachable),
        PrinterHealth::Fault => found.push(Trouble::PrinterFault),
        PrinterHealth::PaperLow => found.push(Trouble::PaperLow),
        PrinterHealth::Ok | PrinterHealth::None => {}
    }
    if !beat.pcscd {
        found.push(Trouble::PcscdDown);
    } else if !beat.reader {
        found.push(Trouble::ReaderMissing);
    }
    if beat.out_of_service {
        found.push(Trouble::OutOfService);
    }
    if beat.paused {
        found.push(Trouble::Paused);
    }
    if !beat.voice {
        found.push(Trouble::NoVoice);
    }
    found.sort();
    found
}

/// What an administrator may ask a kiosk to do from `/kiosks`. The kiosk does it as when
/// staff touch the same button in maintenance mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoteAction {
    Pause,
    Resume,
    OutOfService,
    BackInService,
    /// Prints this ticket of today again.
    Reprint(TicketNumber),
}

impl RemoteAction {
    pub fn id(&self) -> &'static str {
        match self {
            RemoteAction::Pause => "pause",
            RemoteAction::Resume => "resume",
            RemoteAction::OutOfService => "out-of-service",
            RemoteAction::BackInService => "in-service",
            RemoteAction::Reprint(_) => "reprint",
        }
    }

    /// The action a form or the store names; a reprint names its ticket.
    pub fn parse(id: &str, ticket: Option<&str>) -> Result<RemoteAction, String> {
        Ok(match id {
            "pause" => RemoteAction::Pause,
            "resume" => RemoteAction::Resume,
            "out-of-service" => RemoteAction::OutOfService,
            "in-service" => RemoteAction::BackInService,
            "reprint" => {
                let number = ticket
                    .filter(|t| !t.is_empty())
                    .ok_or("a reprint names its ticket, such as A-012")?;
                RemoteAction::Reprint(
                    number
                        .parse()
                        .map_err(|e| format!("{:?} is not a ticket number ({e})", clip(number)))?,
                )
            }
            other => {
                return Err(format!(
                    "{:?} is not an action; a kiosk can be asked to pause, resume, out-of-service, in-service or reprint",
                    clip(other)
                ));
            }
        })
    }

    /// The ticket a reprint names.
    pub fn ticket(&self) -> Option<&TicketNumber> {
        match self {
            RemoteAction::Reprint(number) => Some(number),
            _ => None,
        }
    }
}

impl std::fmt::Display for RemoteAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RemoteAction::Reprint(number) => write!(f, "reprint {number}"),
            other => f.write_str(other.id()),
        }
    }
}

/// A request's text, cut short before it is repeated in an answer.
fn clip(text: &str) -> String {
    text.chars().take(40).collect()
}

/// An action asked of a kiosk, and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskOrder {
    pub id: i64,
    pub kiosk: String,
    pub action: RemoteAction,
    /// The administrator who asked.
    pub by: String,
    pub asked_at: NaiveDateTime,
    /// When the kiosk did it (or found it could not), and how it went.
    pub done: Option<(NaiveDateTime, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn beat() -> Heartbeat {
        Heartbeat::sample("lobby-1")
    }

    #[test]
    fn a_kiosk_with_everything_working_has_no_trouble() {
        assert!(troubles(&beat(), false).is_empty());
    }

    #[test]
    fn a_silent_kiosk_is_only_silent_whatever_its_last_beat_said() {
        let mut b = beat();
        b.printer = PrinterHealth::PaperOut;
        assert_eq!(troubles(&b, true), vec![Trouble::Silent]);
    }

    #[test]
    fn troubles_come_worst_first_and_only_some_call_a_person() {
        let mut b = beat();
        b.printer = PrinterHealth::PaperLow;
        b.reader = false;
        b.paused = true;
        b.voice = false;
        let found = troubles(&b, false);
        assert_eq!(
            found,
            vec![
                Trouble::ReaderMissing,
                Trouble::Paused,
                Trouble::PaperLow,
                Trouble::NoVoice
            ]
        );
        let called: Vec<_> = found.into_iter().filter(|t| t.needs_a_person()).collect();
        assert_eq!(called, vec![Trouble::ReaderMissing]);
        // Without pcscd no reader can be seen: the service is named, not the reader.
        b.pcscd = false;
        assert!(troubles(&b, false).contains(&Trouble::PcscdDown));
        assert!(!troubles(&b, false).contains(&Trouble::ReaderMissing));
    }

    #[test]
    fn a_heartbeat_round_trips_through_its_json() {
        let b = beat();
        let text = serde_json::to_string(&b).unwrap();
        assert!(text.contains("\"printer\":\"ok\""), "{text}");
        assert_eq!(serde_json::from_str::<Heartbeat>(&text).unwrap(), b);
    }

    #[test]
    fn actions_are_read_from_their_names_and_a_reprint_needs_its_ticket() {
        for id in ["pause", "resume", "out-of-service", "in-service"] {
            assert_eq!(RemoteAction::parse(id, None).unwrap().id(), id);
        }
        let reprint = RemoteAction::parse("reprint", Some("A-012")).unwrap();
        assert_eq!(reprint.to_string(), "reprint A-012");
        assert!(RemoteAction::parse("reprint", None).is_err());
        assert!(RemoteAction::parse("reprint", Some("<b>")).is_err());
        let e = RemoteAction::parse("reboot", None).unwrap_err();
        assert!(e.contains("pause, resume"), "{e}");
    }
}
