//! The kiosk's screen (iced), the only module that imports iced: the app's state, and how each message updates it and carries out the session's effects.

pub mod hidden_cursor;
pub mod keypad;
pub mod lobby;
pub mod ruby;
pub mod screen;
pub mod sign;
pub mod sound;
pub mod spoken;
pub mod staff;
pub mod theme;

mod demo;
mod fleet;
mod subscriptions;
mod view;
mod voice;
mod widgets;
mod window;

pub use demo::DEMO_CARDS;
pub use widgets::{keyed_label, language_chooser_button, language_name, notice, notices_in_pairs};
pub use window::{run, run_broken_configuration};

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use iced::Task;
use iced::widget::image;

use crate::card::TrustAnchors;
use crate::card::profiles::{Profile, VirtualRoot};
use crate::card::simulated::SimulatedReader;
use crate::card::virtual_card::Quirks;
use crate::card::watcher::CardEvent;
use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Catalog;
use crate::maintenance::Mode;
use crate::maintenance::ctl;
use crate::maintenance::health::PrinterCheck;
use crate::printer::layout::Raster;
use crate::printer::{self, PrintReport, TicketDetails, layout, ticket_view};
use crate::session::{Effect, Input, Screen, Session, Touch};
use crate::speech::{Speaker, SpeechCache};
use crate::tickets::KioskSetting;
use crate::tickets::{Order, PrintOutcome, SharedStore, StoreError, Ticket, TicketStore};

use demo::{Demo, preview_image};
use staff::{StaffJob, StaffTouch, Staffroom};
use subscriptions::read_lobby;
use widgets::BODY_SCROLL;

/// Everything that reaches the app.
#[derive(Clone, Debug)]
pub enum Message {
    Touch(Touch),
    /// A key of the keypad (or a keyboard).
    Key(keypad::Key),
    Card(CardEvent),
    Tick,
    Issued(Result<Handed, StoreError>),
    /// The counters as read off the UI thread (closed today, their lines).
    Lobby(Result<lobby::Lobby, StoreError>),
    /// What the staff screens show from the database, read off the UI thread.
    StaffData(Box<screen::staff::StaffData>),
    /// Demo mode: a sample card put on, or taken off, the simulated reader.
    DemoInsert(Profile),
    /// A sample card with faults (slow, chained answers, leaving mid-read): for tests.
    DemoInsertFaulty(Profile, Quirks),
    DemoRemove,
    Staff(StaffTouch),
    /// The hidden corner pressed (true) or let go (false).
    Corner(bool),
    /// Ctrl+Alt+M.
    StaffShortcut,
    /// The window's width, in logical pixels (at start and on every resize).
    Resized(f32),
    Ctl(ctl::Request),
    PrinterChecked(PrinterCheck),
    StaffPrinted {
        action: &'static str,
        target: String,
        result: Result<PrintReport, String>,
    },
    /// The heartbeat written, and what administrators asked of this kiosk.
    Fleet(Box<fleet::FleetRead>),
    /// A reprint asked from `/kiosks`, and how it went (already in the store).
    RemoteReprinted {
        order: i64,
        number: String,
        done: Result<(), String>,
    },
}

/// Work the app hands off the UI thread: the session's, or the staff's.
#[derive(Clone, Debug)]
pub enum Job {
    Session(Effect),
    Staff(StaffJob),
    /// Read the counters' state again.
    Lobby,
    /// Read what the staff screens show again.
    StaffData,
    /// Write the heartbeat, read the orders from `/kiosks`.
    Fleet(fleet::FleetJob),
    /// Print a ticket again, as `/kiosks` asked.
    RemoteReprint(Box<crate::fleet::KioskOrder>),
}

/// What the resident was handed: a numbered ticket, or a slip without a number when no
/// database took it.
#[derive(Clone, Debug)]
pub enum Handed {
    Ticket(IssuedTicket),
    Slip(PrintedSlip),
}

/// A slip printed because no database took the ticket.
#[derive(Clone, Debug)]
pub struct PrintedSlip {
    /// Why no database took it.
    pub reason: StoreError,
    /// The window it is for.
    pub window: String,
    pub report: PrintReport,
    pub printed: Option<Raster>,
}

/// A ticket committed to the store, how its printing went, and the picture that was printed.
#[derive(Clone, Debug)]
pub struct IssuedTicket {
    pub ticket: Box<Ticket>,
    pub report: PrintReport,
    /// What went to the printer; `None` when the layout itself failed.
    pub printed: Option<Raster>,
}

/// The running kiosk.
pub struct App {
    config: Arc<Config>,
    session: Session,
    clock: Arc<dyn Clock + Send + Sync>,
    store: Option<SharedStore>,
    /// Why the store could not be opened; it is tried again when a ticket is wanted.
    store_error: Option<StoreError>,
    demo: Option<Demo>,
    /// When the take-card chime last played.
    last_chime: Option<Instant>,
    /// Demo mode: the printed ticket, shown beside the Ticket screen.
    preview: Option<image::Handle>,
    staff: Staffroom,
    /// The counters as last read, which the screens draw from.
    lobby: lobby::Lobby,
    lobby_refresh: lobby::Refresh,
    /// What the staff screens show, as last read; None until the first read.
    staff_data: Option<screen::staff::StaffData>,
    staff_refresh: lobby::Refresh,
    /// The voice; `None` where kiosk.toml turns it off.
    speaker: Option<Speaker>,
    /// Where the chime goes: the voice's device, whether or not the voice is on.
    chime: crate::speech::Sink,
    /// The voiceless language whose "the voice is in English" was said this visit.
    told_voice_in: Option<String>,
    /// The window's width: the header leaves out the city's name when its buttons need
    /// the room (1280 wide, in the longer languages).
    width: f32,
    /// This kiosk as the city's IT staff see it.
    beacon: fleet::Beacon,
}

impl App {
    /// A kiosk on `config`; in demo mode on the simulated reader, whose cards read as genuine.
    pub fn new(config: Config, clock: Arc<dyn Clock + Send + Sync>, demo: bool) -> App {
        let now = clock.instant();
        let local = clock.now();
        let (store, store_error) = match crate::tickets::open_for_today(&config, local) {
            Ok(s) => (Some(Arc::new(Mutex::new(s))), None),
            Err(e) => {
                tracing::error!("{e}");
                (None, Some(e))
            }
        };
        let mut anchors = TrustAnchors::from_config(&config.card).unwrap_or_default();
        if demo
            && let Ok(der) = VirtualRoot::Production.certificate_der()
            && let Ok(with_virtual) = anchors.clone().with_virtual_production_anchor(&der)
        {
            anchors = with_virtual;
        }
        let chime = crate::speech::Sink::parse(&config.accessibility.audio_device);
        let beacon = fleet::Beacon::new(&config);
        let mut app = App {
            session: Session::new(&config, now),
            config: Arc::new(config),
            clock: clock.clone(),
            store,
            store_error,
            demo: None,
            last_chime: None,
            preview: None,
            staff: Staffroom::new(now, local),
            lobby: lobby::Lobby::default(),
            lobby_refresh: lobby::Refresh::default(),
            staff_data: None,
            staff_refresh: lobby::Refresh::default(),
            speaker: None,
            chime,
            told_voice_in: None,
            width: 1920.0,
            beacon,
        };
        let a = &app.config.accessibility;
        if a.voice != crate::config::VoiceMode::Off {
            app.speaker = Some(Speaker::new(
                a.engines.clone(),
                SpeechCache::new(a.speech_cache.clone()),
                crate::speech::Sink::parse(&a.audio_device),
                a.volume,
            ));
        }
        app.restore_staff_settings();
        app.restore_holds();
        app.sync_pause();
        app.read_lobby_now();
        if demo {
            let events = Arc::new(Mutex::new(Vec::new()));
            let sink = events.clone();
            let reader = SimulatedReader::new(anchors, clock, move |e| {
                if let Ok(mut v) = sink.lock() {
                    v.push(e);
                }
            });
            app.demo = Some(Demo {
                reader,
                events,
                tray: true,
            });
            // At boot the reader only announces itself: nothing to carry out.
            let _ = app.drain_demo();
        }
        // The boot's own screen change does not pass through `handle`.
        if app.session.screen() == &Screen::Waiting {
            log_screen_change("OutOfService", "Waiting");
        }
        app.prepare_first_screens();
        app
    }

    /// The Waiting screen's speech made ahead (its fixed phrases kept on disk), with each
    /// language's "press 6 for English" in its own voice, so the first "Listen" plays at once.
    fn prepare_first_screens(&self) {
        let Some(speaker) = &self.speaker else { return };
        if let Some(u) = self.utterance() {
            speaker.prepare(u);
        }
        // Then what every later screen says first, in every offered language (once per
        // install: these stay on disk).
        for lang in &self.config.languages.offered {
            if let Some(u) = spoken::first_phrases(Catalog::embedded(), lang) {
                speaker.prepare(u);
            }
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The visit's colours: high contrast when the resident chose it.
    pub fn theme(&self) -> iced::Theme {
        if self.session.look().high_contrast {
            theme::HIGH_CONTRAST.theme()
        } else {
            theme::NORMAL.theme()
        }
    }

    /// The time from each utterance asked for to its first sound, for the benchmark.
    pub fn first_sounds(&self) -> Vec<Duration> {
        self.speaker
            .as_ref()
            .map(Speaker::first_sounds)
            .unwrap_or_default()
    }

    pub fn staffroom(&self) -> &Staffroom {
        &self.staff
    }

    /// Demo mode without its tray drawn: the screen exactly as a kiosk shows it, for
    /// screenshots and for measuring what fits on a small screen.
    pub fn without_demo_tray(mut self) -> App {
        if let Some(demo) = &mut self.demo {
            demo.tray = false;
        }
        self
    }

    /// The file the configuration came from, for staff to reload it.
    pub fn with_config_path(mut self, path: std::path::PathBuf) -> App {
        self.staff.config_path = Some(path);
        self
    }

    /// What staff set before a restart: ticketing paused, the default language.
    fn restore_staff_settings(&mut self) {
        let Some(store) = &self.store else { return };
        let (paused, language) = match store.lock() {
            Ok(s) => (
                s.setting(KioskSetting::TicketingPaused).ok().flatten(),
                s.setting(KioskSetting::DefaultLanguage).ok().flatten(),
            ),
            Err(_) => return,
        };
        self.staff.ticketing_paused = paused.is_some();
        if let Some(lang) = language.filter(|l| self.config.languages.offered.contains(l)) {
            self.session.set_default_language(&lang);
        }
        self.sync_pause();
    }

    fn input(&mut self, input: Input) -> Vec<Effect> {
        self.session
            .update(input, &self.config, self.clock.instant(), self.clock.now())
    }

    /// Handles a message and returns what the session asks to be done (tests carry the
    /// effects out themselves; `update` turns them into tasks).
    pub fn handle(&mut self, message: Message) -> Vec<Job> {
        let before = screen_kind(self.session.screen());
        // Staff's lists are read again after anything they do, and every few seconds.
        let acted = !matches!(
            message,
            Message::Tick | Message::StaffData(_) | Message::Fleet(_)
        );
        self.beacon.count(&message);
        let jobs = self.route(message);
        let mut jobs = self.speak(jobs);
        if matches!(self.staff.maintenance.mode(), Mode::On(_)) {
            let now = self.clock.instant();
            if (acted && self.staff_refresh.start(now)) || self.staff_refresh.due(now) {
                jobs.push(Job::StaffData);
            }
        } else {
            self.staff_data = None;
        }
        if self.store.is_none() && !jobs.is_empty() {
            self.reopen_store();
        }
        let after = screen_kind(self.session.screen());
        if before != after {
            log_screen_change(before, after);
        }
        if !matches!(self.session.screen(), Screen::Ticket { .. }) {
            self.preview = None;
        }
        jobs
    }

    fn route(&mut self, message: Message) -> Vec<Job> {
        let session = |effects: Vec<Effect>| effects.into_iter().map(Job::Session).collect();
        match message {
            Message::Staff(touch) => self
                .staff_touch(touch)
                .into_iter()
                .map(Job::Staff)
                .collect(),
            Message::Corner(down) => {
                self.staff.corner_since = down.then(|| self.clock.instant());
                Vec::new()
            }
            Message::StaffShortcut => {
                self.open_pin_pad();
                Vec::new()
            }
            Message::Resized(width) => {
                self.width = width;
                Vec::new()
            }
            Message::Ctl(request) => self.ctl(&request).into_iter().map(Job::Staff).collect(),
            message @ (Message::PrinterChecked(_) | Message::StaffPrinted { .. }) => {
                self.staff_job_done(&message);
                Vec::new()
            }
            Message::Key(key) => {
                // Staff's screens are behind their PIN, on the touch screen only.
                if *self.staff.maintenance.mode() != Mode::Off {
                    return Vec::new();
                }
                let touch = key.touch(&self.script());
                let mut effects = self.input(Input::KeyPressed);
                if let Some(t) = touch {
                    effects.extend(self.input(Input::Touch(t)));
                }
                session(effects)
            }
            Message::Touch(t) => {
                // Staff may read their screens in another language; nothing else they touch
                // reaches the paused session behind them.
                if self.staff.maintenance.holds_the_kiosk() && !matches!(t, Touch::Language(_)) {
                    // Staff screens cover the session: its touches cannot reach it.
                    return Vec::new();
                }
                session(self.input(Input::Touch(t)))
            }
            Message::Card(e) => {
                self.staff.card_event(&e, self.clock.now());
                session(self.input(Input::Card(e)))
            }
            Message::Tick => {
                // The UI loop is alive: tell systemd's watchdog.
                crate::systemd::notify("WATCHDOG=1");
                self.staff_tick();
                // The resident is listening: the idle clock starts when the voice ends.
                let mut effects = Vec::new();
                if self.speaker.as_ref().is_some_and(Speaker::busy) {
                    effects = self.input(Input::Speaking);
                }
                effects.extend(self.input(Input::Tick));
                let mut jobs = session(effects);
                if self.store.is_some() && self.lobby_refresh.due(self.clock.instant()) {
                    jobs.push(Job::Lobby);
                }
                jobs.extend(self.fleet_due());
                jobs
            }
            Message::Fleet(read) => self.fleet_read(*read),
            Message::RemoteReprinted {
                order,
                number,
                done,
            } => {
                self.reprinted(order);
                match done {
                    Ok(()) => tracing::info!("remote {number}: printed"),
                    Err(e) => tracing::warn!("remote {number}: {e}"),
                }
                Vec::new()
            }
            Message::StaffData(data) => {
                self.staff_refresh.answered();
                self.staff_data = Some(*data);
                Vec::new()
            }
            Message::Lobby(read) => {
                self.lobby_refresh.answered();
                match read {
                    Ok(lobby) => self.lobby = lobby,
                    // The last reading stands; issuing says so if the store is really gone.
                    Err(e) => tracing::debug!("the counters could not be read: {e}"),
                }
                Vec::new()
            }
            Message::Issued(result) => {
                match &result {
                    Ok(Handed::Ticket(issued)) => tracing::info!(
                        "ticket {} issued for counter {}; printing: {}",
                        issued.ticket.number,
                        issued.ticket.window(),
                        issued.report.outcome
                    ),
                    Ok(Handed::Slip(slip)) => tracing::warn!(
                        "no database took the ticket ({}); a slip without a number instead, printing: {}",
                        slip.reason,
                        slip.report.outcome
                    ),
                    Err(e) => tracing::warn!("no ticket could be issued: {e}"),
                }
                if self.demo.is_some() {
                    self.preview = match &result {
                        Ok(Handed::Ticket(issued)) => issued.printed.as_ref(),
                        Ok(Handed::Slip(slip)) => slip.printed.as_ref(),
                        Err(_) => None,
                    }
                    .map(preview_image);
                }
                session(self.input(match result {
                    Ok(Handed::Ticket(issued)) => Input::Issued(Ok((issued.ticket, issued.report))),
                    Ok(Handed::Slip(slip)) => Input::Slipped {
                        reason: slip.reason,
                        window: slip.window,
                        report: slip.report,
                    },
                    Err(e) => Input::Issued(Err(e)),
                }))
            }
            Message::DemoInsert(profile) => {
                if let Some(d) = &mut self.demo {
                    let _ = d.reader.insert(profile, Quirks::default());
                }
                session(self.drain_demo())
            }
            Message::DemoInsertFaulty(profile, quirks) => {
                if let Some(d) = &mut self.demo {
                    let _ = d.reader.insert(profile, quirks);
                }
                session(self.drain_demo())
            }
            Message::DemoRemove => {
                if let Some(d) = &mut self.demo {
                    d.reader.remove();
                }
                session(self.drain_demo())
            }
        }
    }

    /// A database that could not be opened (read-only, full, missing) is tried again when it
    /// is needed, so the kiosk recovers by itself once the fault clears.
    fn reopen_store(&mut self) {
        match crate::tickets::open_for_today(&self.config, self.clock.now()) {
            Ok(s) => {
                tracing::info!("the ticket database opened again");
                self.store = Some(Arc::new(Mutex::new(s)));
                self.store_error = None;
            }
            Err(e) => self.store_error = Some(e),
        }
    }

    fn no_store(&self) -> StoreError {
        self.store_error
            .clone()
            .unwrap_or_else(|| StoreError::Other("the ticket database could not be opened".into()))
    }

    /// Carries out an effect now, on this thread (tests); the app runs it off the UI thread.
    pub fn carry_out_now(&self, job: &Job) -> Option<Message> {
        let effect = match job {
            Job::Session(effect) => effect,
            Job::Staff(job) => return Some(self.staff_job_now(job)),
            Job::Lobby => return Some(Message::Lobby(self.lobby_now())),
            Job::Fleet(job) => {
                return Some(fleet::run_fleet_job(
                    job,
                    self.store.clone(),
                    &self.config,
                    &self.beacon.id,
                ));
            }
            Job::RemoteReprint(order) => {
                return Some(fleet::run_remote_reprint(
                    order,
                    self.store.clone(),
                    &self.config,
                    self.clock.now(),
                ));
            }
            Job::StaffData => {
                return Some(Message::StaffData(Box::new(view::read_staff_data(
                    self.store.as_ref(),
                    self.store_error.as_ref(),
                    &self.config,
                    self.clock.now().date(),
                ))));
            }
        };
        match effect {
            Effect::IssueTicket { order, details } => Some(Message::Issued(issue_or_slip(
                self.store.as_deref().ok_or_else(|| self.no_store()),
                &self.config,
                order,
                details,
                self.clock.now(),
            ))),
            Effect::TakeCardSound
            | Effect::CountdownSound
            | Effect::Speak
            | Effect::Silence { .. }
            | Effect::Volume(_)
            | Effect::SayTimedOut { .. } => None,
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        if matches!(message, Message::Tick) && crate::systemd::stop_asked() {
            tracing::info!("stopping: asked to by a signal");
            return iced::exit();
        }
        let before = screen_kind(self.session.screen());
        let jobs = self.handle(message);
        // Each screen starts at its top: a long checklist scrolled down must not leave the
        // next screen's question, or the ticket's number, under the header.
        let to_top = if before != screen_kind(self.session.screen()) {
            iced::widget::operation::snap_to(
                BODY_SCROLL,
                iced::widget::operation::RelativeOffset::START,
            )
        } else {
            Task::none()
        };
        let tasks = jobs.into_iter().map(|job| match job {
            Job::Staff(job) => {
                let (store, config, local) =
                    (self.store.clone(), self.config.clone(), self.clock.now());
                off_the_ui_thread(move || staff::run_staff_job(&job, store, &config, local))
            }
            Job::Lobby => {
                let (store, config, local) =
                    (self.store.clone(), self.config.clone(), self.clock.now());
                off_the_ui_thread(move || {
                    Message::Lobby(read_lobby(store.as_ref(), &config, local))
                })
            }
            Job::Fleet(job) => {
                let (store, config, id) = (
                    self.store.clone(),
                    self.config.clone(),
                    self.beacon.id.clone(),
                );
                off_the_ui_thread(move || fleet::run_fleet_job(&job, store, &config, &id))
            }
            Job::RemoteReprint(order) => {
                let (store, config, local) =
                    (self.store.clone(), self.config.clone(), self.clock.now());
                off_the_ui_thread(move || fleet::run_remote_reprint(&order, store, &config, local))
            }
            // A database that does not answer costs staff a moment's wait for the lists,
            // never the screen (nor the watchdog fed from it).
            Job::StaffData => {
                let (store, config, local) =
                    (self.store.clone(), self.config.clone(), self.clock.now());
                let why_unopened = self.store_error.clone();
                off_the_ui_thread(move || {
                    Message::StaffData(Box::new(view::read_staff_data(
                        store.as_ref(),
                        why_unopened.as_ref(),
                        &config,
                        local.date(),
                    )))
                })
            }
            Job::Session(Effect::IssueTicket { order, details }) => {
                let store = self.store.clone().ok_or_else(|| self.no_store());
                let config = self.config.clone();
                let local = self.clock.now();
                off_the_ui_thread(move || {
                    Message::Issued(issue_or_slip(
                        store.as_deref().map_err(StoreError::clone),
                        &config,
                        &order,
                        &details,
                        local,
                    ))
                })
            }
            // Carried out in `handle`, as they come.
            Job::Session(
                Effect::Speak
                | Effect::Silence { .. }
                | Effect::Volume(_)
                | Effect::SayTimedOut { .. }
                | Effect::TakeCardSound
                | Effect::CountdownSound,
            ) => Task::none(),
        });
        Task::batch(tasks.chain(std::iter::once(to_top)))
    }
}

/// A screen's name for the log: never what is on it.
fn screen_kind(screen: &Screen) -> &'static str {
    match screen {
        Screen::Waiting => "Waiting",
        Screen::Reading => "Reading",
        Screen::Status => "Status",
        Screen::Question(_) => "Question",
        Screen::Conclusion => "Conclusion",
        Screen::PutCardBack => "PutCardBack",
        Screen::Checklist => "Checklist",
        Screen::Issuing => "Issuing",
        Screen::Ticket { .. } => "Ticket",
        Screen::NoTicket(_) => "NoTicket",
        Screen::Slip { .. } => "Slip",
        Screen::TakeCard => "TakeCard",
        Screen::CouldNotRead { .. } => "CouldNotRead",
        Screen::OutOfService(_) => "OutOfService",
    }
}

/// One line per session outcome (a ticket is logged when issued) and per change of service.
fn log_screen_change(before: &str, after: &str) {
    let serving = |s: &str| {
        matches!(
            s,
            "Status" | "Question" | "Checklist" | "Conclusion" | "PutCardBack" | "CouldNotRead"
        )
    };
    if serving(before) && matches!(after, "Waiting" | "TakeCard" | "OutOfService") {
        tracing::info!("session ended without a ticket (last screen: {before})");
    }
    match after {
        "Waiting" => tracing::info!("showing the Waiting screen: ready for a resident"),
        "OutOfService" => {
            tracing::warn!("out of service: residents are sent to the reception desk")
        }
        _ => tracing::debug!("screen: {before} -> {after}"),
    }
}

/// Runs blocking work (the database, the printer) on its own thread, and its message back.
fn off_the_ui_thread(work: impl FnOnce() -> Message + Send + 'static) -> Task<Message> {
    Task::perform(
        async move {
            let (tx, rx) = iced::futures::channel::oneshot::channel();
            std::thread::spawn(move || {
                let _ = tx.send(work());
            });
            rx.await.ok()
        },
        |message| message.unwrap_or(Message::Tick),
    )
}

/// [`issue_now`], or when no database takes the ticket (unreachable, read-only, full), a
/// slip without a number: the resident leaves with the counter, the checklist and a line
/// for staff, never with nothing. A refusal that is not an outage (the day's tickets
/// finished) prints nothing. Blocking.
pub fn issue_or_slip(
    store: Result<&Mutex<Box<dyn TicketStore>>, StoreError>,
    config: &Config,
    order: &Order,
    details: &TicketDetails,
    local: chrono::NaiveDateTime,
) -> Result<Handed, StoreError> {
    match store.and_then(|store| issue_now(store, config, order, details, local)) {
        Ok(issued) => Ok(Handed::Ticket(issued)),
        Err(reason) if reason.is_outage() => {
            let view =
                crate::printer::slip_view(order, details, config, Catalog::embedded(), local);
            let name = format!("slip-{}", local.format("%H%M%S%3f"));
            let (report, printed) = print_view(config, &view, &name);
            Ok(Handed::Slip(PrintedSlip {
                reason,
                window: order.window.clone(),
                report,
                printed,
            }))
        }
        Err(e) => Err(e),
    }
}

/// Draws `view` and sends it to the printer, named `name` in the printer's log.
fn print_view(
    config: &Config,
    view: &layout::TicketView,
    name: &str,
) -> (PrintReport, Option<layout::Raster>) {
    match layout::render(view, config.printer.width_dots()) {
        Ok(raster) => (printer::print(&config.printer, &raster, name), Some(raster)),
        Err(e) => (
            PrintReport {
                outcome: PrintOutcome::Failed(format!("render: {e}")),
                state: None,
            },
            None,
        ),
    }
}

/// Commits the ticket, then prints it and records how that went. Blocking: the app calls it
/// on a worker thread.
pub fn issue_now(
    store: &Mutex<Box<dyn TicketStore>>,
    config: &Config,
    order: &Order,
    details: &TicketDetails,
    local: chrono::NaiveDateTime,
) -> Result<IssuedTicket, StoreError> {
    let store = store
        .lock()
        .map_err(|_| StoreError::Other("the ticket store is unavailable".into()))?;
    // The first ticket of a new day closes the old day's line.
    store.close_days_before(local.date(), local)?;
    let line = crate::tickets::window_line(store.as_ref(), config, &order.window, local.date())?;
    if let (Some(line), Some(window)) = (&line, config.window(&order.window))
        && line.full_before_closing(window, config.reception.closes_at(local), local)
    {
        return Err(StoreError::FullForToday {
            window: order.window.clone(),
        });
    }
    let ticket = store.issue(order, local)?;
    let mut view = ticket_view(&ticket, details, config, Catalog::embedded());
    view.wait = line
        .as_ref()
        .and_then(|l| l.told_on_ticket(&ticket.language, Catalog::embedded()));
    // A long line: the ticket names the branches with shorter ones, as the screen did.
    if crate::city::long_wait(config, line.as_ref(), false) {
        let branches = store
            .listings()
            .and_then(|listings| {
                crate::city::read_branches(store.as_ref(), config, &listings, local)
            })
            .unwrap_or_default();
        let lines =
            crate::city::branch_lines(config, &branches, Some(local), &order.procedures, local);
        if !lines.is_empty() {
            view.elsewhere
                .push(Catalog::embedded().text(&ticket.language, "now-elsewhere", &[]));
            view.elsewhere.extend(
                lines
                    .iter()
                    .map(|b| b.told(config, &ticket.language, Catalog::embedded())),
            );
        }
    }
    let (report, printed) = print_view(config, &view, &ticket.number.to_string());
    // The ticket stands whatever the printer did; a failure to record is not the resident's.
    let _ = store.record_print(ticket.id, &report.outcome, local);
    Ok(IssuedTicket {
        ticket: Box::new(ticket),
        report,
        printed,
    })
}
