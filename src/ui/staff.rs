//! The app's side of maintenance mode: staff touches carried out against the store, the printer and kiosk.toml, each one recorded in the audit trail.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDateTime;

use super::{App, Message};
use crate::card::CardReading;
use crate::card::watcher::CardEvent;
use crate::domain::TicketNumber;
use crate::maintenance::health::{PrinterCheck, ReadOutcome, ReaderStatus, check_printer};
use crate::maintenance::{Maintenance, Mode, PinKey, StaffScreen, Transition, ctl, desk};
use crate::printer::PrintReport;
use crate::session::Input;
use crate::tickets::{KioskSetting, SharedStore, TicketStore};

/// A touch on a staff screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffTouch {
    Pin(PinKey),
    Go(StaffScreen),
    Exit,
    CloseCounter(String),
    OpenCounter(String),
    PauseTicketing,
    ResumeTicketing,
    ReprintLast,
    Reprint(TicketNumber),
    Void(TicketNumber),
    TestPrint,
    CheckPrinter,
    Reload,
    DefaultLanguage(String),
    /// Carry out what is being confirmed (voiding a ticket, pausing ticketing).
    Confirm,
    /// Leave it.
    Cancel,
}

/// An action that cannot be undone with one press, waiting for staff to confirm it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirming {
    Void(TicketNumber),
    Pause,
}

/// Work that must not run on the UI thread: it may wait on the printer.
#[derive(Clone, Debug)]
pub enum StaffJob {
    /// Reprint a ticket (`None`: the day's last) and record it.
    Reprint(Option<TicketNumber>),
    TestPrint,
    CheckPrinter,
}

/// The outcome of the last staff action, shown at the top of the staff screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffNotice {
    pub ok: bool,
    /// A text key of the staff catalog.
    pub key: &'static str,
    /// What went wrong, as the part that failed said it.
    pub detail: Option<String>,
}

/// Maintenance mode's state inside the app.
pub struct Staffroom {
    pub maintenance: Maintenance,
    pub reader: ReaderStatus,
    pub config_path: Option<PathBuf>,
    pub config_loaded_at: NaiveDateTime,
    pub started: Instant,
    pub corner_since: Option<Instant>,
    pub ticketing_paused: bool,
    /// Ticketing paused from `/kiosks`, for this kiosk alone.
    pub remote_paused: bool,
    pub printer_check: Option<PrinterCheck>,
    /// The card on the reader during the card test; wiped when it leaves.
    pub card_test: Option<CardReading>,
    pub notice: Option<StaffNotice>,
    pub confirming: Option<Confirming>,
}

impl Staffroom {
    pub fn new(now: Instant, local: NaiveDateTime) -> Staffroom {
        Staffroom {
            maintenance: Maintenance::new(now),
            reader: ReaderStatus::default(),
            config_path: None,
            config_loaded_at: local,
            started: now,
            corner_since: None,
            ticketing_paused: false,
            remote_paused: false,
            printer_check: None,
            card_test: None,
            notice: None,
            confirming: None,
        }
    }

    /// Keeps the reader's status, and the card test's reading, from the watcher's events.
    pub fn card_event(&mut self, event: &CardEvent, local: NaiveDateTime) {
        match event {
            CardEvent::ReaderAttached { reader } => {
                tracing::info!("card reader attached: {reader}");
                self.reader.name = Some(reader.clone());
                self.reader.service_down = false;
            }
            CardEvent::ReaderDetached { reader } => {
                tracing::warn!("card reader detached: {reader}");
                self.reader.name = None;
                self.reader.card_in = false;
            }
            CardEvent::ServiceDown => {
                tracing::warn!("pcscd is not answering; waiting for it to return");
                self.reader.service_down = true;
                self.reader.name = None;
                self.reader.card_in = false;
            }
            CardEvent::ServiceUp => {
                tracing::info!("pcscd answers again");
                self.reader.service_down = false;
            }
            CardEvent::CardInserted { reader } => {
                tracing::debug!("card inserted in {reader}");
                self.reader.card_in = true;
            }
            CardEvent::ReadStarted { .. } => {}
            CardEvent::FactsReady { reading, .. } => {
                // How the read went, never what it found.
                tracing::info!(
                    "card read: {} APDUs in {} ms",
                    reading.apdus,
                    reading.elapsed.as_millis()
                );
                self.reader.last_read = Some((local, ReadOutcome::Read));
                if self.maintenance.mode() == &Mode::On(StaffScreen::CardTest) {
                    self.card_test = Some(reading.clone());
                }
            }
            CardEvent::ReadFailed { error, .. } => {
                tracing::warn!("a card could not be read: {error}");
                self.reader.last_read = Some((local, ReadOutcome::Failed(error.to_string())));
            }
            CardEvent::CardRemoved { .. } => {
                self.reader.card_in = false;
                self.card_test = None;
            }
        }
    }
}

pub(super) fn store_text<T>(r: Result<T, impl ToString>) -> Result<T, String> {
    r.map_err(|e| e.to_string())
}

impl App {
    pub(super) fn with_store<T>(
        &self,
        f: impl FnOnce(&dyn TicketStore) -> Result<T, String>,
    ) -> Result<T, String> {
        let store = self
            .store
            .as_ref()
            .ok_or("the ticket database could not be opened")?;
        let guard = store
            .lock()
            .map_err(|_| "the ticket database is unavailable".to_owned())?;
        f(guard.as_ref())
    }

    /// Records a staff action; the audit trail never holds a PIN or card data.
    fn audit(&self, action: &str, outcome: &str) {
        tracing::info!("maintenance: {action}: {outcome}");
        let local = self.clock.now();
        let _ = self.with_store(|s| store_text(s.record_action(local, action, outcome)));
    }

    fn notice(&mut self, action: &'static str, result: Result<(), String>) {
        self.notice_on(action, "", result);
    }

    /// Shows and records the outcome of `action` on `target` (a counter, a ticket number).
    fn notice_on(&mut self, action: &'static str, target: &str, result: Result<(), String>) {
        let recorded = if target.is_empty() {
            action.to_owned()
        } else {
            format!("{action} {target}")
        };
        self.audit(
            &recorded,
            match &result {
                Ok(()) => "ok",
                Err(e) => e,
            },
        );
        self.staff.notice = Some(match result {
            Ok(()) => StaffNotice {
                ok: true,
                key: action,
                detail: None,
            },
            Err(e) => StaffNotice {
                ok: false,
                key: action,
                detail: Some(e),
            },
        });
    }

    /// The counters staff closed for today.
    /// The counters read at once, on this thread: at start, and after staff close or open
    /// one, so the change shows before the next periodic read.
    pub(super) fn read_lobby_now(&mut self) {
        if let Ok(lobby) = self.lobby_now() {
            self.lobby = lobby;
        }
    }

    pub(super) fn lobby_now(&self) -> Result<super::lobby::Lobby, crate::tickets::StoreError> {
        super::read_lobby(self.store.as_ref(), &self.config, self.clock.now())
    }

    /// Whether the kiosk holds residents off: maintenance, or ticketing paused.
    pub(super) fn sync_pause(&mut self) {
        let paused = self.staff.ticketing_paused
            || self.staff.remote_paused
            || self.beacon.out_of_service
            || self.staff.maintenance.holds_the_kiosk();
        let local = self.clock.now();
        let _ = self.session.update(
            Input::Paused(paused),
            &self.config,
            self.clock.instant(),
            local,
        );
    }

    /// Pauses or resumes ticketing, kept in the store so a restart keeps it: from the staff
    /// screen and from `/kiosks` alike.
    pub(super) fn set_ticketing_paused(&mut self, pause: bool) -> Result<(), String> {
        let r = self.with_store(|s| {
            store_text(s.set_setting(KioskSetting::TicketingPaused, pause.then_some("yes")))
        });
        if r.is_ok() {
            self.staff.ticketing_paused = pause;
            self.sync_pause();
        }
        r
    }

    /// Staff's Resume at the kiosk: their own pause, and one from `/kiosks`, end (the person
    /// at the kiosk decides).
    fn resume_here(&mut self) -> Result<(), String> {
        if self.staff.remote_paused {
            let setting = KioskSetting::Held {
                kiosk: self.beacon.id.clone(),
                hold: crate::tickets::Hold::Paused,
            };
            self.with_store(|s| store_text(s.set_setting(setting, None)))?;
            self.staff.remote_paused = false;
        }
        self.set_ticketing_paused(false)
    }

    pub(super) fn open_pin_pad(&mut self) {
        self.staff.maintenance.open_pin_pad(self.clock.instant());
        self.sync_pause();
    }

    pub(super) fn staff_touch(&mut self, touch: StaffTouch) -> Vec<StaffJob> {
        let now = self.clock.instant();
        let local = self.clock.now();
        let today = local.date();
        if let StaffTouch::Pin(key) = touch {
            let hash = self.config.maintenance.pin_hash.clone();
            let transition = {
                let store = self.store.clone();
                let guard = store.as_ref().and_then(|s| s.lock().ok());
                self.staff.maintenance.key(
                    key,
                    hash.as_deref(),
                    guard.as_ref().map(|g| g.as_ref()),
                    now,
                    local,
                )
            };
            let mut jobs = Vec::new();
            match transition {
                Transition::Entered => {
                    self.audit("enter", "ok");
                    // The Status screen shows the printer's state without a visit to its tab.
                    jobs.push(StaffJob::CheckPrinter);
                }
                Transition::WrongPin => self.audit("enter", "wrong PIN"),
                Transition::LockedOut => self.audit("enter", "locked for 5 minutes"),
                _ => {}
            }
            self.sync_pause();
            return jobs;
        }
        if !matches!(self.staff.maintenance.mode(), Mode::On(_)) {
            return Vec::new();
        }
        self.staff.maintenance.touched(now);
        let mut jobs = Vec::new();
        let touch = match touch {
            // One press asks; the confirmation names what it acts on.
            StaffTouch::Void(number) => {
                self.staff.notice = None;
                self.staff.confirming = Some(Confirming::Void(number));
                return jobs;
            }
            StaffTouch::PauseTicketing => {
                self.staff.notice = None;
                self.staff.confirming = Some(Confirming::Pause);
                return jobs;
            }
            StaffTouch::Confirm => match self.staff.confirming.take() {
                Some(Confirming::Void(number)) => {
                    let r = self.with_store(|s| {
                        let ticket = store_text(s.find(today, &number))?;
                        store_text(desk::void(s, &ticket, local))
                    });
                    self.notice_on("void", &number.to_string(), r);
                    return jobs;
                }
                Some(Confirming::Pause) => StaffTouch::PauseTicketing,
                None => return jobs,
            },
            other => {
                self.staff.confirming = None;
                other
            }
        };
        match touch {
            StaffTouch::Pin(_) | StaffTouch::Confirm | StaffTouch::Cancel => {}
            StaffTouch::Go(screen) => {
                self.staff.notice = None;
                self.staff.card_test = None;
                self.staff.maintenance.go(screen, now);
                if matches!(screen, StaffScreen::Status | StaffScreen::Printer) {
                    jobs.push(StaffJob::CheckPrinter);
                }
            }
            StaffTouch::Exit => {
                self.staff.maintenance.exit();
                self.staff.card_test = None;
                self.staff.notice = None;
                self.audit("exit", "ok");
            }
            StaffTouch::CloseCounter(window) => {
                let r = self.with_store(|s| store_text(s.set_counter_closed(today, &window, true)));
                self.read_lobby_now();
                self.notice_on("close-counter", &window, r);
            }
            StaffTouch::OpenCounter(window) => {
                let r =
                    self.with_store(|s| store_text(s.set_counter_closed(today, &window, false)));
                self.read_lobby_now();
                self.notice_on("open-counter", &window, r);
            }
            StaffTouch::PauseTicketing | StaffTouch::ResumeTicketing => {
                let pause = touch == StaffTouch::PauseTicketing;
                let r = if pause {
                    self.set_ticketing_paused(true)
                } else {
                    self.resume_here()
                };
                self.notice(if pause { "pause" } else { "resume" }, r);
            }
            StaffTouch::ReprintLast => jobs.push(StaffJob::Reprint(None)),
            StaffTouch::Reprint(number) => jobs.push(StaffJob::Reprint(Some(number))),
            StaffTouch::Void(_) => {}
            StaffTouch::TestPrint => jobs.push(StaffJob::TestPrint),
            StaffTouch::CheckPrinter => jobs.push(StaffJob::CheckPrinter),
            StaffTouch::Reload => self.reload(local),
            StaffTouch::DefaultLanguage(lang) => {
                let r = if self.config.languages.offered.contains(&lang) {
                    self.with_store(|s| {
                        store_text(s.set_setting(KioskSetting::DefaultLanguage, Some(&lang)))
                    })
                } else {
                    Err(format!("{lang} is not offered in kiosk.toml"))
                };
                if r.is_ok() {
                    self.session.set_default_language(&lang);
                }
                self.notice("default-language", r);
            }
        }
        self.sync_pause();
        jobs
    }

    fn reload(&mut self, local: NaiveDateTime) {
        let Some(path) = self.staff.config_path.clone() else {
            self.notice(
                "reload",
                Err("this kiosk was started without a configuration file".into()),
            );
            return;
        };
        match desk::reload(&path) {
            Ok(mut config) => {
                // The ticket database and the control socket stay those the kiosk opened.
                config.tickets.database = self.config.tickets.database.clone();
                config.maintenance.socket = self.config.maintenance.socket.clone();
                self.config = Arc::new(config);
                self.staff.config_loaded_at = local;
                self.notice("reload", Ok(()));
            }
            Err(e) => self.notice("reload", Err(e.to_string())),
        }
    }

    /// Runs a staff job; blocking (the printer), so the app calls it off the UI thread.
    pub fn staff_job_now(&self, job: &StaffJob) -> Message {
        run_staff_job(job, self.store.clone(), &self.config, self.clock.now())
    }

    pub(super) fn staff_job_done(&mut self, message: &Message) {
        match message {
            Message::PrinterChecked(check) => self.staff.printer_check = Some(check.clone()),
            Message::StaffPrinted {
                action,
                target,
                result,
            } => {
                let r = match result {
                    Ok(report) => match &report.outcome {
                        crate::tickets::PrintOutcome::Printed
                        | crate::tickets::PrintOutcome::NoPrinter => Ok(()),
                        other => Err(other.to_string()),
                    },
                    Err(e) => Err(e.clone()),
                };
                self.notice_on(action, target, r);
            }
            _ => {}
        }
    }

    /// A command from `madoguchi ctl`.
    /// Carries out `madoguchi ctl`; entering asks the printer, for the Status screen.
    pub(super) fn ctl(&mut self, request: &ctl::Request) -> Vec<StaffJob> {
        let now = self.clock.instant();
        let mut jobs = Vec::new();
        match request.command {
            ctl::Command::On => {
                self.staff.maintenance.enter_from_shell(now);
                self.audit("enter", "ok (ctl)");
                jobs.push(StaffJob::CheckPrinter);
            }
            ctl::Command::Off => {
                if self.staff.maintenance.exit() != Transition::None {
                    self.audit("exit", "ok (ctl)");
                }
            }
            ctl::Command::Status => {}
        }
        self.sync_pause();
        request.answer(match self.staff.maintenance.mode() {
            Mode::Off => "off",
            Mode::Covered => "on (covered: staff walked away)",
            Mode::PinPad { .. } => "off (PIN pad open)",
            Mode::On(_) => "on",
        });
        jobs
    }

    pub(super) fn staff_tick(&mut self) {
        let now = self.clock.instant();
        if let Some(since) = self.staff.corner_since
            && now.duration_since(since) >= crate::maintenance::HOLD_TO_ENTER
        {
            self.staff.corner_since = None;
            self.open_pin_pad();
        }
        if let Transition::Ended { why } = self.staff.maintenance.tick(now) {
            self.staff.card_test = None;
            self.audit("exit", why);
        }
        self.sync_pause();
    }
}

pub fn run_staff_job(
    job: &StaffJob,
    store: Option<SharedStore>,
    config: &crate::config::Config,
    local: NaiveDateTime,
) -> Message {
    let today = local.date();
    match job {
        StaffJob::CheckPrinter => Message::PrinterChecked(check_printer(&config.printer)),
        StaffJob::TestPrint => Message::StaffPrinted {
            action: "test-print",
            target: String::new(),
            result: store_text(desk::print_view(
                &desk::test_page(config, local),
                config,
                "test-page",
            )),
        },
        StaffJob::Reprint(number) => {
            let result = (|| -> Result<(String, PrintReport), String> {
                let store = store.ok_or("the ticket database could not be opened")?;
                let store = store
                    .lock()
                    .map_err(|_| "the ticket database is unavailable".to_owned())?;
                let ticket = match number {
                    Some(n) => store_text(store.find(today, n))?,
                    None => store_text(desk::last_ticket(store.as_ref(), today))?,
                };
                store_text(desk::reprint(store.as_ref(), config, &ticket, local))
                    .map(|report| (ticket.number.to_string(), report))
            })();
            let (target, result) = match result {
                Ok((number, report)) => (number, Ok(report)),
                Err(e) => (
                    number.as_ref().map(ToString::to_string).unwrap_or_default(),
                    Err(e),
                ),
            };
            Message::StaffPrinted {
                action: "reprint",
                target,
                result,
            }
        }
    }
}
