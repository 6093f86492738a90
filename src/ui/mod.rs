//! The kiosk's screen (iced): the only module that imports iced. It draws the session and carries out its effects.

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

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use iced::futures::{SinkExt, StreamExt};
use iced::widget::{Column, Row, button, column, container, image, row, text};
use iced::{Element, Length, Subscription, Task};

use crate::card::TrustAnchors;
use crate::card::profiles::{Profile, VirtualRoot};
use crate::card::simulated::SimulatedReader;
use crate::card::virtual_card::Quirks;
use crate::card::watcher::{CardEvent, WatchOptions, Watcher};
use crate::clock::Clock;
use crate::config::Config;
use crate::config::Corner;
use crate::i18n::Catalog;
use crate::maintenance::Mode;
use crate::maintenance::ctl;
use crate::maintenance::health::PrinterCheck;
use crate::printer::layout::Raster;
use crate::printer::{self, PrintReport, TicketDetails, layout, ticket_view};
use crate::session::{Effect, Input, Screen, Session, Touch};
use crate::speech::{Speaker, SpeechCache, Utterance};
use crate::tickets::KioskSetting;
use crate::tickets::{Order, PrintOutcome, SharedStore, StoreError, Ticket, TicketStore};
use staff::{StaffJob, StaffTouch, Staffroom};
use theme::ButtonKind;

/// Everything that reaches the app.
#[derive(Clone, Debug)]
pub enum Message {
    Touch(Touch),
    /// A key of the keypad (or a keyboard).
    Key(keypad::Key),
    Card(CardEvent),
    Tick,
    Issued(Result<IssuedTicket, StoreError>),
    /// The counters as read off the UI thread (closed today, their lines).
    Lobby(Result<lobby::Lobby, StoreError>),
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
}

/// Work the app hands off the UI thread: the session's, or the staff's.
#[derive(Clone, Debug)]
pub enum Job {
    Session(Effect),
    Staff(StaffJob),
    /// Read the counters' state again.
    Lobby,
}

/// A ticket committed to the store, how its printing went, and the picture that was printed.
#[derive(Clone, Debug)]
pub struct IssuedTicket {
    pub ticket: Box<Ticket>,
    pub report: PrintReport,
    /// What went to the printer; `None` when the layout itself failed.
    pub printed: Option<Raster>,
}

/// The demo tray's simulated reader, and the events it has produced.
struct Demo {
    reader: SimulatedReader,
    events: Arc<Mutex<Vec<CardEvent>>>,
    /// The tray of sample cards is drawn (hidden: the screen as a kiosk shows it).
    tray: bool,
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
    /// The voice; `None` where kiosk.toml turns it off.
    speaker: Option<Speaker>,
    /// Where the chime goes: the voice's device, whether or not the voice is on.
    chime: crate::speech::Sink,
    /// The voiceless language whose "the voice is in English" was said this visit.
    told_voice_in: Option<String>,
    /// The window's width: the header leaves out the city's name when its buttons need
    /// the room (1280 wide, in the longer languages).
    width: f32,
}

/// The take-card chime repeats at most this often.
const CHIME_EVERY: Duration = Duration::from_secs(3);

/// Samples in the demo tray.
pub const DEMO_CARDS: [Profile; 8] = [
    Profile::Renewable,
    Profile::Valid,
    Profile::Expired,
    Profile::AuthPinLocked,
    Profile::CardExpiresWithCert,
    Profile::JukiCard,
    Profile::Unverifiable,
    Profile::Unreadable,
];

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
            speaker: None,
            chime,
            told_voice_in: None,
            width: 1920.0,
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

    /// The speech form of the screen drawn now, in the session's language.
    pub fn utterance(&self) -> Option<Utterance> {
        self.utterance_in(self.session.language())
    }

    /// The screen drawn now as `lang` says it: in the language its voice reads.
    fn utterance_in(&self, lang: &str) -> Option<Utterance> {
        let reads = crate::speech::voice_for(lang)?.reads;
        let context = self.context(reads, true);
        let _ = self.compose(&context);
        let script = context.script.into_inner();
        let told = self.told_voice_in.as_deref() == Some(lang);
        Some(spoken::utterance(
            &script,
            Catalog::embedded(),
            if told { reads } else { lang },
            reads,
        ))
    }

    /// The numbered choices, Enter and the back key of the screen drawn now.
    pub fn script(&self) -> screen::Script {
        let context = self.context(self.session.language(), false);
        let _ = self.compose(&context);
        context.script.into_inner()
    }

    /// Carries out the session's speech and sounds at once (neither is waited for), and
    /// passes the other jobs on.
    fn speak(&mut self, jobs: Vec<Job>) -> Vec<Job> {
        let mut rest = Vec::new();
        let mut speech = Vec::new();
        let mut sounds = Vec::new();
        for job in jobs {
            match job {
                Job::Session(
                    e @ (Effect::Speak
                    | Effect::Silence { .. }
                    | Effect::Volume(_)
                    | Effect::SayTimedOut { .. }),
                ) => speech.push(e),
                Job::Session(e @ (Effect::TakeCardSound | Effect::CountdownSound)) => {
                    sounds.push(e)
                }
                other => rest.push(other),
            }
        }
        self.say(&speech);
        // After the speech: a chime never plays over a voice that has just begun.
        for sound in sounds {
            if sound == Effect::TakeCardSound {
                let now = self.clock.instant();
                if self
                    .last_chime
                    .is_some_and(|t| now.duration_since(t) < CHIME_EVERY)
                {
                    continue;
                }
                self.last_chime = Some(now);
            }
            self.play_chime();
        }
        rest
    }

    /// Carries out speech effects in order. A Speak that a later Silence would cut off is
    /// never started.
    fn say(&mut self, speech: &[Effect]) {
        let Some(speaker) = &self.speaker else {
            return;
        };
        let last_silence = speech
            .iter()
            .rposition(|e| matches!(e, Effect::Silence { .. }));
        let mut moved = false;
        for (i, effect) in speech.iter().enumerate() {
            match effect {
                Effect::Speak if last_silence.is_some_and(|s| s > i) => {}
                Effect::Speak => {
                    if let Some(u) = self.utterance() {
                        speaker.say(u);
                    }
                    // "The voice is in English" is said on the first screen only.
                    let lang = self.session.language();
                    if crate::speech::voice_for(lang).is_some_and(|v| v.reads != lang) {
                        self.told_voice_in = Some(lang.to_owned());
                    }
                }
                Effect::SayTimedOut { language, card_in } => {
                    if let Some(u) = spoken::timed_out(Catalog::embedded(), language, *card_in) {
                        speaker.say(u);
                    }
                }
                Effect::Silence { visit_over: true } => {
                    speaker.end_session();
                    self.told_voice_in = None;
                    moved = true;
                }
                Effect::Silence { visit_over: false } => {
                    speaker.stop();
                    moved = true;
                }
                Effect::Volume(v) => speaker.set_volume(*v),
                _ => {}
            }
        }
        // A new screen: its speech made ahead, for a "Listen" a moment later.
        if moved
            && !self.session.speaking()
            && let Some(mut u) = self.utterance()
        {
            u.phrases.truncate(2);
            speaker.prepare(u);
        }
    }

    /// The chime, on the voice's device; never over the voice, which already calls the
    /// resident (and an ALSA device without a mixer takes one sound at a time).
    fn play_chime(&self) {
        if self.speaker.as_ref().is_some_and(Speaker::busy) {
            return;
        }
        self.chime.play_detached(&sound::chime());
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

    fn drain_demo(&mut self) -> Vec<Effect> {
        let events = match &self.demo {
            Some(d) => d
                .events
                .lock()
                .map(|mut v| std::mem::take(&mut *v))
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let local = self.clock.now();
        events
            .into_iter()
            .flat_map(|e| {
                self.staff.card_event(&e, local);
                self.input(Input::Card(e))
            })
            .collect()
    }

    /// Handles a message and returns what the session asks to be done (tests carry the
    /// effects out themselves; `update` turns them into tasks).
    pub fn handle(&mut self, message: Message) -> Vec<Job> {
        let before = screen_kind(self.session.screen());
        let jobs = self.route(message);
        let jobs = self.speak(jobs);
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
                jobs
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
                    Ok(issued) => tracing::info!(
                        "ticket {} issued for counter {}; printing: {}",
                        issued.ticket.number,
                        issued.ticket.window(),
                        issued.report.outcome
                    ),
                    Err(e) => tracing::warn!("no ticket could be issued: {e}"),
                }
                if self.demo.is_some() {
                    self.preview = result
                        .as_ref()
                        .ok()
                        .and_then(|issued| issued.printed.as_ref())
                        .map(preview_image);
                }
                session(self.input(Input::Issued(
                    result.map(|issued| (issued.ticket, issued.report)),
                )))
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
        };
        match effect {
            Effect::IssueTicket { order, details } => Some(Message::Issued(match &self.store {
                Some(store) => issue_now(store, &self.config, order, details, self.clock.now()),
                None => Err(self.no_store()),
            })),
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
            Job::Session(Effect::IssueTicket { order, details }) => {
                let Some(store) = self.store.clone() else {
                    return Task::done(Message::Issued(Err(self.no_store())));
                };
                let config = self.config.clone();
                let local = self.clock.now();
                off_the_ui_thread(move || {
                    Message::Issued(issue_now(&store, &config, &order, &details, local))
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

    /// What the screens are drawn from, in `language` (the session's, or its voice's).
    fn context<'a>(&'a self, language: &'a str, for_voice: bool) -> screen::Context<'a> {
        let local = self.clock.now();
        screen::Context {
            session: &self.session,
            language,
            look: theme::Look::of(self.session.look()),
            script: std::cell::RefCell::default(),
            for_voice,
            config: &self.config,
            catalog: Catalog::embedded(),
            advice: self.session.advice(local.date(), &self.config),
            local,
            now: self.clock.instant(),
            lobby: &self.lobby,
        }
    }

    /// The header and the screen under it, numbering their choices in `c.script`: the
    /// screen's own first, then the header's.
    fn compose<'a>(&'a self, c: &screen::Context<'a>) -> (Element<'a, Message>, screen::Page<'a>) {
        let catalog = c.catalog;
        let local = c.local;
        let lang = c.lang();
        let data;
        let page = match self.staff.maintenance.mode() {
            Mode::Off if self.session.choosing_language() => screen::languages(c),
            Mode::Off => screen::view(c),
            Mode::Covered => screen::staff::covered(c),
            Mode::PinPad {
                entered, notice, ..
            } => screen::staff::pin_pad(c, entered.len(), notice.as_ref()),
            Mode::On(on) => {
                data = self.staff_data(local.date());
                screen::staff::view(c, *on, &self.staff, &data)
            }
        };
        let offered = &self.config.languages.offered;
        // The header keeps its size with larger text, so that it fits a 1280-wide screen:
        // its words are 30 px already.
        let header = theme::Look::default();
        // The default language and English one touch each;
        // with more offered, the rest are behind the Waiting screen's "Language / 言語 / 语言 …".
        let residents = *self.staff.maintenance.mode() == Mode::Off;
        // Not twice: a screen that offers it as its own button (two failed reads, a card
        // that did not verify) has it there only.
        let asking = residents
            && self.session.asked_from().is_some()
            && self.config.reception.is_open(local)
            && !c
                .script
                .borrow()
                .options
                .iter()
                .any(|o| o.touch == Touch::AskCounter);
        let in_header: Vec<&String> = if offered.len() <= 3 {
            offered.iter().collect()
        } else {
            offered
                .iter()
                // The default language and English, and the resident's own once chosen, lit
                // while the screen is in it: a way back after a touch on English. The others stay behind the chooser, so the header leaves
                // the city's name room on a 1280-wide screen.
                .filter(|l| {
                    **l == self.session.default_language()
                        || *l == "en"
                        || self.session.own_language() == Some(l.as_str())
                })
                .collect()
        };
        // The languages have keys where a visit starts; later screens keep their keys few.
        let keyed = residents
            && self.session.screen() == &Screen::Waiting
            && !self.session.choosing_language();
        let mut languages = row![].spacing(16).align_y(iced::Alignment::Center);
        // What the header's buttons need, to tell whether the city's name has room beside them.
        let badge = header.body() * 1.4 + 12.0;
        let mut needed = 2.0 * 48.0;
        for code in &in_header {
            let name = catalog.text(code, "language-name", &[]);
            needed += rough_width(&name, header.body()) + 48.0 + 16.0;
        }
        if keyed {
            needed += badge * in_header.len() as f32;
        }
        if asking {
            needed += rough_width(&catalog.text(lang, "ask-counter", &[]), header.body())
                + 48.0
                + 16.0
                + badge;
        }
        if residents && self.session.voice_offered() {
            needed += rough_width(&c.t("listen"), header.body()) + 40.0 + 16.0 + badge;
        }
        let city = self.config.municipality.name.get(lang);
        // Two lines fit the band: the name needs half its width, and its longest word.
        let room = self.width - needed;
        let longest = city
            .split_whitespace()
            .map(|w| rough_width(w, theme::HEADLINE))
            .fold(0.0, f32::max);
        let name_fits = room >= longest.max(rough_width(&city, theme::HEADLINE) / 2.0);
        for code in &in_header {
            let kind = if **code == self.session.language() {
                ButtonKind::Primary
            } else {
                ButtonKind::Secondary
            };
            let touch = Touch::Language((*code).clone());
            let name = catalog.text(code, "language-name", &[]);
            let digit = keyed.then(|| c.number(&touch, &name, code)).flatten();
            languages = languages.push(
                button(
                    container(keyed_label(
                        digit,
                        language_name(catalog, code, header.body()),
                        &header,
                        kind,
                    ))
                    .center_y(Length::Fill),
                )
                .height(header.button_height())
                .padding([12, 24])
                .style(theme::button_style(kind))
                .on_press(Message::Touch(touch)),
            );
        }
        // On a narrow screen the name gives way: residents know where they are, and a way
        // back to their language or to the voice matters more.
        let name: Element<'a, Message> = if name_fits {
            container(ruby::words(
                &city,
                theme::HEADLINE,
                theme::font(lang, true),
                None,
                false,
            ))
            .width(Length::Fill)
            .into()
        } else {
            iced::widget::Space::new().width(Length::Fill).into()
        };
        let mut header_row = row![name].spacing(16).align_y(iced::Alignment::Center);
        // The PIN pad and the "getting ready" notice are no place to change language.
        if !matches!(
            self.staff.maintenance.mode(),
            Mode::PinPad { .. } | Mode::Covered
        ) {
            header_row = header_row.push(languages);
        }
        // "Ask at the counter" in the same place on every resident screen that offers it: right
        // of the languages (whose keys on the Waiting screen widen them), left of "Listen".
        if asking {
            let label = catalog.text(lang, "ask-counter", &[]);
            let digit = c.number(&Touch::AskCounter, &label, c.lang());
            header_row = header_row.push(
                button(
                    container(keyed_label(
                        digit,
                        ruby::words(&label, header.body(), theme::font(lang, true), None, true),
                        &header,
                        ButtonKind::Secondary,
                    ))
                    .center_y(Length::Fill),
                )
                .height(header.button_height())
                .padding([12, 24])
                .style(theme::button_style(ButtonKind::Secondary))
                .on_press(Message::Touch(Touch::AskCounter)),
            );
        }
        if residents && self.session.voice_offered() {
            header_row = header_row.push(listen_button(c));
        }
        let header = container(header_row).padding([16, 48]).style(theme::band);
        // Filipino has no voice: the screen says, above everything, that the voice is English.
        let mut page = page;
        if residents
            && self.session.voice_offered()
            && page.top.is_none()
            && crate::speech::voice_for(lang).is_some_and(|v| v.reads != lang)
        {
            page.top = Some(ruby::words(
                &c.t("voice-in-english"),
                theme::BODY * 0.8,
                theme::font(lang, false),
                None,
                false,
            ));
        }
        // "Do you need more time?" covers the screen: it is all there is to say or press.
        if residents && self.session.countdown(c.now).is_some() {
            let mut script = c.script.borrow_mut();
            *script = screen::Script::default();
            script.said.push(c.t("countdown-title"));
            let seconds = crate::session::IDLE_COUNTDOWN.as_secs() as i64;
            script.said.push(c.t_with(
                "countdown",
                &[("seconds", crate::i18n::Arg::Count(seconds))],
            ));
            script.number(Touch::MoreTime, &c.t("more-time"), lang, true);
        }
        (header.into(), page)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let catalog = Catalog::embedded();
        let lang = self.session.language();
        let context = self.context(lang, false);
        let (header, screen) = self.compose(&context);
        // A long checklist scrolls on a small screen (1280×800); the buttons that move on stay
        // in view below it.
        let body =
            iced::widget::scrollable(container(self.with_preview(screen.body)).padding([32, 96]))
                .id(BODY_SCROLL)
                .direction(iced::widget::scrollable::Direction::Vertical(
                    iced::widget::scrollable::Scrollbar::new()
                        .width(18)
                        .scroller_width(18)
                        .margin(4),
                ))
                .style(theme::body_scroll)
                .width(Length::Fill)
                .height(Length::Fill);
        let mut page = Column::new().push(header);
        if let Some(top) = screen.top {
            page = page.push(container(top).padding([16, 96]));
        }
        let mut page = page.push(body);
        if !screen.actions.is_empty() {
            // Four buttons side by side leave each a quarter of a 1280-wide screen, too little
            // for 「カードを持っていない方」 at 30 px: there they go two by two.
            let per_row = if self.width < 1600.0 && screen.actions.len() > 3 {
                2
            } else {
                screen.actions.len()
            };
            let mut rows = Column::new().spacing(16);
            let mut actions = screen.actions.into_iter().peekable();
            while actions.peek().is_some() {
                rows = rows.push(Row::with_children(actions.by_ref().take(per_row)).spacing(24));
            }
            page = page.push(container(rows).padding([16, 96]));
        }
        if self.demo.as_ref().is_some_and(|d| d.tray) {
            page = page.push(self.demo_tray());
        }
        let page = container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::page);
        let mut layers = iced::widget::stack![page];
        if let Some(seconds) = self
            .session
            .countdown(self.clock.instant())
            .filter(|_| !self.staff.maintenance.holds_the_kiosk())
        {
            layers = layers.push(countdown_dialog(catalog, &context.look, lang, seconds));
        }
        let page = layers.push(self.staff_corner());
        if self.demo.is_some() {
            page.into()
        } else {
            hidden_cursor::HiddenCursor::new(page).into()
        }
    }

    /// The printed ticket as it came out, on a grey margin so its white paper shows.
    fn with_preview<'a>(&self, screen: Element<'a, Message>) -> Element<'a, Message> {
        let Some(handle) = self
            .preview
            .as_ref()
            .filter(|_| *self.staff.maintenance.mode() == Mode::Off)
        else {
            return screen;
        };
        let paper = container(image(handle.clone()).width(Length::Fixed(360.0)))
            .padding(12)
            .style(theme::band);
        row![container(screen).width(Length::Fill), paper]
            .spacing(48)
            .into()
    }

    /// Sample cards to put on the simulated reader: shown only in demo mode.
    fn demo_tray(&self) -> Element<'_, Message> {
        let latin = theme::font("en", false);
        let mut tray = row![text("DEMO").size(24).font(latin)]
            .spacing(8)
            .align_y(iced::Alignment::Center);
        for p in DEMO_CARDS {
            tray = tray.push(
                button(text(p.name()).size(20).font(latin))
                    .padding([12, 12])
                    .style(theme::button_style(ButtonKind::Quiet))
                    .on_press(Message::DemoInsert(p)),
            );
        }
        tray = tray.push(
            button(text("remove card").size(20).font(latin))
                .padding([12, 12])
                .style(theme::button_style(ButtonKind::Secondary))
                .on_press(Message::DemoRemove),
        );
        container(column![tray.wrap()])
            .padding([8, 16])
            .style(theme::band)
            .into()
    }

    /// The hidden corner staff hold for five seconds: invisible, and no touch target for
    /// residents (it sits over the municipality's name, not over a button).
    fn staff_corner(&self) -> Element<'_, Message> {
        let area = iced::widget::mouse_area(
            iced::widget::Space::new()
                .width(Length::Fixed(CORNER_SIZE))
                .height(Length::Fixed(CORNER_SIZE)),
        )
        .on_press(Message::Corner(true))
        .on_release(Message::Corner(false))
        .on_exit(Message::Corner(false));
        let (x, y) = match self.config.maintenance.corner {
            Corner::TopLeft => (
                iced::alignment::Horizontal::Left,
                iced::alignment::Vertical::Top,
            ),
            Corner::TopRight => (
                iced::alignment::Horizontal::Right,
                iced::alignment::Vertical::Top,
            ),
            Corner::BottomLeft => (
                iced::alignment::Horizontal::Left,
                iced::alignment::Vertical::Bottom,
            ),
            Corner::BottomRight => (
                iced::alignment::Horizontal::Right,
                iced::alignment::Vertical::Bottom,
            ),
        };
        container(area)
            .width(Length::Fill)
            .height(Length::Fill)
            .align_x(x)
            .align_y(y)
            .into()
    }

    /// What the staff screens show from the database. A failed query leaves its list empty and
    /// says so on the status screen, rather than passing an empty list off as the truth.
    fn staff_data(&self, today: chrono::NaiveDate) -> screen::staff::StaffData {
        use crate::maintenance::health::StoreAccess;
        use screen::staff::StaffData;
        let Some(store) = &self.store else {
            return StaffData::unavailable(StoreAccess::Unopened);
        };
        let Ok(s) = store.lock() else {
            return StaffData::unavailable(StoreAccess::Unreadable(
                "an earlier database call failed midway; restart the kiosk".into(),
            ));
        };
        let mut failed = None;
        let mut tickets = answered(s.tickets_on(today), &mut failed);
        tickets.sort_by_key(|t| std::cmp::Reverse(t.id));
        tickets.truncate(STAFF_TICKETS_SHOWN);
        StaffData {
            today: answered(
                crate::maintenance::desk::today(s.as_ref(), &self.config, today),
                &mut failed,
            ),
            tickets,
            audit: answered(s.recent_actions(STAFF_AUDIT_SHOWN), &mut failed),
            closed: answered(s.closed_counters(today), &mut failed),
            last_write: answered(s.last_write(), &mut failed),
            free_bytes: self
                .config
                .tickets
                .database
                .file()
                .and_then(crate::maintenance::health::free_bytes),
            // Last, so that it sees every query above.
            access: failed.map_or(StoreAccess::Readable, StoreAccess::Unreadable),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let tick = iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick);
        let keys = iced::event::listen_with(|event, _, _| match event {
            iced::Event::Keyboard(iced::keyboard::Event::KeyPressed { key, modifiers, .. })
                if modifiers.control()
                    && modifiers.alt()
                    && key.as_ref() == iced::keyboard::Key::Character("m") =>
            {
                Some(Message::StaffShortcut)
            }
            iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
                key,
                physical_key,
                modifiers,
                ..
            }) => keypad::Key::of(&key, physical_key, modifiers).map(Message::Key),
            _ => None,
        });
        let resized = iced::window::resize_events().map(|(_, size)| Message::Resized(size.width));
        let mut subscriptions = vec![tick, keys, resized];
        if let Some(socket) = self.config.maintenance.socket.clone() {
            subscriptions.push(Subscription::run_with(
                ControlSocket(socket),
                control_socket,
            ));
        }
        if self.demo.is_none() {
            let key = WatchKey {
                pattern: self.config.card.reader.clone(),
                anchors: self.config.card.anchors.clone(),
            };
            subscriptions.push(Subscription::run_with(key, watch_readers));
        }
        Subscription::batch(subscriptions)
    }
}

/// What identifies the reader watcher's subscription.
#[derive(Clone, Debug, PartialEq, Eq)]
struct WatchKey {
    pattern: Option<String>,
    anchors: Vec<Vec<u8>>,
}

impl Hash for WatchKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.pattern.hash(state);
        self.anchors.hash(state);
    }
}

/// A notice in `lang`: the text `title` at `title_size` over the text `body`, in the
/// language's face.
pub fn notice<'a, M: 'a>(
    catalog: &Catalog,
    look: &theme::Look,
    lang: &str,
    title: &str,
    body: &str,
    title_size: f32,
) -> Element<'a, M> {
    Column::new()
        .spacing(12)
        .push(ruby::words(
            &catalog.text(lang, title, &[]),
            title_size,
            theme::font(lang, true),
            None,
            false,
        ))
        .push(ruby::words(
            &catalog.text(lang, body, &[]),
            look.body(),
            theme::font(lang, false),
            None,
            false,
        ))
        .width(Length::Fill)
        .into()
}

/// The notice in each of `langs`, two to a row, a last one alone keeping its half.
pub fn notices_in_pairs<'a, M: 'a>(
    catalog: &Catalog,
    look: &theme::Look,
    langs: &[&str],
    title: &str,
    body: &str,
) -> Vec<Element<'a, M>> {
    langs
        .chunks(2)
        .map(|pair| {
            let mut line = Row::new().spacing(48);
            for l in pair {
                line = line.push(notice(catalog, look, l, title, body, look.headline()));
            }
            if pair.len() == 1 {
                line = line.push(iced::widget::Space::new().width(Length::Fill));
            }
            line.into()
        })
        .collect()
}

/// A button's words after its keypad digit, when it has one.
pub fn keyed_label<'a>(
    digit: Option<usize>,
    label: Element<'a, Message>,
    look: &theme::Look,
    kind: ButtonKind,
) -> Element<'a, Message> {
    match digit {
        Some(d) => row![screen::key_badge(look, d, kind), label]
            .spacing(12)
            .align_y(iced::Alignment::Center)
            .into(),
        None => label,
    }
}

/// 「音声案内 / Listen」 with its key, 0: the screen spoken (again).
fn listen_button<'a>(c: &screen::Context<'a>) -> Element<'a, Message> {
    let lang = c.lang();
    let look = theme::Look::default();
    let on = c.session.speaking();
    let kind = if on {
        ButtonKind::Primary
    } else {
        ButtonKind::Secondary
    };
    let label = ruby::words(
        &c.t("listen"),
        look.body(),
        theme::font(lang, true),
        None,
        true,
    );
    button(container(keyed_label(Some(0), label, &look, kind)).center_y(Length::Fill))
        .height(look.button_height())
        .padding([8, 20])
        .style(theme::button_style(kind))
        .on_press(Message::Touch(Touch::Listen))
        .into()
}

/// About how wide `s` is drawn at `size` in bold: full-width characters a square each,
/// others a little over half (enough to tell whether a header's words fit, not to lay out).
fn rough_width(s: &str, size: f32) -> f32 {
    crate::furigana::plain(s)
        .chars()
        .map(|c| match c {
            ' ' => 0.3,
            c if u32::from(c) >= 0x2E80 => 1.0,
            _ => 0.55,
        })
        .sum::<f32>()
        * size
}

/// A language's own name in its own script and face ("한국어", "नेपाली").
pub fn language_name<'a>(catalog: &Catalog, code: &str, size: f32) -> Element<'a, Message> {
    ruby::words(
        &catalog.text(code, "language-name", &[]),
        size,
        theme::font(code, false),
        None,
        true,
    )
}

/// "Language / 言語 / 语言 / 언어 …": the word in the session's language and the first few
/// others offered, each in its own face, on one line.
pub fn language_chooser_button<'a>(
    catalog: &Catalog,
    look: &theme::Look,
    offered: &[String],
    lang: &str,
    digit: Option<usize>,
) -> Element<'a, Message> {
    let latin = theme::font("en", false);
    let mut seen = std::collections::BTreeSet::new();
    // A text per word, so each keeps its face (and a test finds the button by any word).
    let mut words = Row::new().align_y(iced::Alignment::Center);
    // The session's word, then English's, which most residents from abroad read.
    let english = offered.iter().map(String::as_str).filter(|l| *l == "en");
    for code in std::iter::once(lang)
        .chain(english)
        .chain(offered.iter().map(String::as_str))
    {
        let word = crate::furigana::plain(&catalog.text(code, "language-word", &[]));
        if seen.contains(&word) {
            continue;
        }
        if seen.len() == CHOOSER_WORDS {
            words = words.push(text(" …").size(look.body()).font(latin));
            break;
        }
        if !seen.is_empty() {
            words = words.push(text(" / ").size(look.body()).font(latin));
        }
        words = words.push(
            text(word.clone())
                .size(look.body())
                .font(theme::font(code, code == lang)),
        );
        seen.insert(word);
    }
    button(
        container(keyed_label(
            digit,
            words.into(),
            look,
            ButtonKind::Secondary,
        ))
        .center_x(Length::Fill)
        .center_y(Length::Fill),
    )
    .width(Length::Fill)
    .height(look.button_height())
    .padding([8, 24])
    .style(theme::button_style(ButtonKind::Secondary))
    .on_press(Message::Touch(Touch::Languages))
    .into()
}

/// Words on the chooser's button: as many as fit a quarter of a 1280-wide screen.
const CHOOSER_WORDS: usize = 2;

/// The resident screens' scrollable body, scrolled to its top on every change of screen.
const BODY_SCROLL: &str = "body";

/// "Do you need more time?": large, in the middle, over the screen, so nothing under the
/// resident's finger moves; the seconds count down from 20.
fn countdown_dialog<'a>(
    catalog: &Catalog,
    look: &theme::Look,
    lang: &str,
    seconds: u64,
) -> Element<'a, Message> {
    let dialog = container(
        column![
            ruby::words(
                &catalog.text(lang, "countdown-title", &[]),
                look.title(),
                theme::font(lang, true),
                None,
                true,
            ),
            ruby::words(
                &catalog.text(
                    lang,
                    "countdown",
                    &[("seconds", crate::i18n::Arg::Count(seconds as i64))]
                ),
                look.headline(),
                theme::font(lang, false),
                None,
                true,
            ),
            button(
                container(keyed_label(
                    Some(1),
                    ruby::words(
                        &catalog.text(lang, "more-time", &[]),
                        look.headline(),
                        theme::font(lang, true),
                        None,
                        true,
                    ),
                    look,
                    ButtonKind::Primary,
                ))
                .center_x(Length::Fill)
                .center_y(Length::Fill)
            )
            .width(Length::Fill)
            .height(look.button_height() * 1.25)
            .style(theme::button_style(ButtonKind::Primary))
            .on_press(Message::Touch(Touch::MoreTime)),
        ]
        .spacing(32)
        .align_x(iced::Alignment::Center),
    )
    .width(Length::Fixed(900.0))
    .padding(48)
    .style(theme::dialog);
    // A touch anywhere on the dimmed screen also gives more time.
    let backdrop = iced::widget::mouse_area(
        container(dialog)
            .center_x(Length::Fill)
            .center_y(Length::Fill)
            .style(theme::backdrop),
    )
    .on_press(Message::Touch(Touch::MoreTime));
    backdrop.into()
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

/// The hidden corner's side, in pixels.
const CORNER_SIZE: f32 = 120.0;
/// Today's latest tickets listed for reprinting or voiding.
const STAFF_TICKETS_SHOWN: usize = 12;
const STAFF_AUDIT_SHOWN: u32 = 10;

/// A staff list's rows, or none with the first failure kept in `failed`.
fn answered<T: Default>(
    result: Result<T, crate::tickets::StoreError>,
    failed: &mut Option<String>,
) -> T {
    result.unwrap_or_else(|e| {
        failed.get_or_insert(e.to_string());
        T::default()
    })
}

/// What identifies the control socket's subscription: its path.
#[derive(Clone, Debug, Hash)]
struct ControlSocket(std::path::PathBuf);

/// `madoguchi ctl`'s socket, served on its own thread and bridged into messages. A socket
/// that cannot be opened is logged once; the kiosk serves residents without it.
fn control_socket(socket: &ControlSocket) -> impl iced::futures::Stream<Item = Message> + use<> {
    let path = socket.0.clone();
    iced::stream::channel(8, async move |mut output| {
        let (tx, mut rx) = iced::futures::channel::mpsc::unbounded();
        if let Err(e) = ctl::serve(&path, move |request| {
            let _ = tx.unbounded_send(request);
        }) {
            tracing::warn!(
                "the control socket {} cannot be opened ({e}); `madoguchi ctl` will not reach this kiosk",
                path.display()
            );
            return;
        }
        while let Some(request) = rx.next().await {
            if output.send(Message::Ctl(request)).await.is_err() {
                break;
            }
        }
    })
}

/// The PC/SC watcher's thread, bridged into a stream of messages.
fn watch_readers(key: &WatchKey) -> impl iced::futures::Stream<Item = Message> + use<> {
    let key = key.clone();
    iced::stream::channel(32, async move |mut output| {
        let (tx, mut rx) = iced::futures::channel::mpsc::unbounded();
        let anchors = key
            .anchors
            .iter()
            .try_fold(TrustAnchors::jlis(), |a, der| a.with_test_anchor(der))
            .unwrap_or_default();
        let options = WatchOptions {
            reader_pattern: key.pattern,
            anchors,
            clock: Arc::new(crate::clock::SystemClock),
        };
        let _watcher = Watcher::spawn(options, move |e| {
            let _ = tx.unbounded_send(e);
        });
        while let Some(event) = rx.next().await {
            if output.send(Message::Card(event)).await.is_err() {
                break;
            }
        }
    })
}

/// The counters from the shared store, or why they could not be read.
fn read_lobby(
    store: Option<&SharedStore>,
    config: &Config,
    local: chrono::NaiveDateTime,
) -> Result<lobby::Lobby, StoreError> {
    let store = store.ok_or_else(|| StoreError::Other("no ticket database".into()))?;
    let store = store
        .lock()
        .map_err(|_| StoreError::Other("the ticket store is unavailable".into()))?;
    lobby::Lobby::read(store.as_ref(), config, local)
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
    view.wait = line.and_then(|l| l.told_on_ticket(&ticket.language, Catalog::embedded()));
    let (report, printed) = match layout::render(&view, config.printer.width_dots()) {
        Ok(raster) => (
            printer::print(&config.printer, &raster, &ticket.number.to_string()),
            Some(raster),
        ),
        Err(e) => (
            PrintReport {
                outcome: PrintOutcome::Failed(format!("render: {e}")),
                state: None,
            },
            None,
        ),
    };
    // The ticket stands whatever the printer did; a failure to record is not the resident's.
    let _ = store.record_print(ticket.id, &report.outcome, local);
    Ok(IssuedTicket {
        ticket: Box::new(ticket),
        report,
        printed,
    })
}

/// A 1-bit ticket raster as an RGBA picture: black ink on white paper.
fn preview_image(raster: &Raster) -> image::Handle {
    let mut rgba = Vec::with_capacity(raster.width as usize * raster.height as usize * 4);
    for y in 0..raster.height {
        for x in 0..raster.width {
            let v = if raster.black(x, y) { 0 } else { 255 };
            rgba.extend_from_slice(&[v, v, v, 255]);
        }
    }
    image::Handle::from_rgba(raster.width, raster.height, rgba)
}

/// Moves the window to the corner and gives it the size `fit` chooses from its own size and
/// the monitor's, unless that is the size it has.
fn fit_window(fit: fn(iced::Size, iced::Size) -> iced::Size) -> Task<Message> {
    iced::window::oldest().then(move |id| {
        let Some(id) = id else {
            return Task::none();
        };
        iced::window::monitor_size(id).then(move |monitor| {
            let Some(monitor) = monitor else {
                return Task::none();
            };
            iced::window::size(id).then(move |current| {
                let wanted = fit(current, monitor);
                if wanted == current {
                    Task::none()
                } else {
                    Task::batch([
                        iced::window::move_to(id, iced::Point::ORIGIN),
                        iced::window::resize(id, wanted),
                    ])
                }
            })
        })
    })
}

/// Fills the monitor when the window system did not honour the fullscreen request (a bare X
/// server without a window manager ignores it), and leaves an honoured one alone.
fn fill_monitor() -> Task<Message> {
    fit_window(|_, monitor| monitor)
}

/// A window (demo, `--windowed`) larger than the monitor shrinks to it, so the buttons at the
/// foot of the screen are not off screen on a 1280×800 display.
fn fit_in_monitor() -> Task<Message> {
    fit_window(|current, monitor| {
        iced::Size::new(
            current.width.min(monitor.width),
            current.height.min(monitor.height),
        )
    })
}

/// Starts the kiosk window: fullscreen and undecorated unless `windowed`.
pub fn run(
    config: Config,
    clock: Arc<dyn Clock + Send + Sync>,
    demo: bool,
    windowed: bool,
    config_path: Option<std::path::PathBuf>,
) -> iced::Result {
    crate::systemd::notify("READY=1");
    crate::systemd::catch_stop_signals();
    let boot = move || {
        let mut app = App::new(config.clone(), clock.clone(), demo);
        if let Some(path) = config_path.clone() {
            app = app.with_config_path(path);
        }
        let fit = if windowed {
            fit_in_monitor()
        } else {
            fill_monitor()
        };
        (app, fit)
    };
    let app = iced::application(boot, App::update, App::view)
        .subscription(App::subscription)
        .theme(App::theme)
        .title("madoguchi");
    crate::fonts::faces()
        .fold(app, |app, face| app.font(face))
        .default_font(theme::FONT)
        .window(iced::window::Settings {
            size: iced::Size::new(1920.0, 1080.0),
            fullscreen: !windowed,
            decorations: windowed,
            // Alt+F4 and the like ask the window to close; a kiosk in a lobby stays.
            exit_on_close_request: windowed,
            ..iced::window::Settings::default()
        })
        .run()
}

/// What `madoguchi run` shows when kiosk.toml is broken: the file and its error.
struct BrokenConfiguration {
    path: std::path::PathBuf,
    error: String,
}

/// Read the broken file again.
#[derive(Clone, Debug)]
struct Recheck;

fn recheck(state: &mut BrokenConfiguration, _: Recheck) -> Task<Recheck> {
    crate::systemd::notify("WATCHDOG=1");
    if crate::systemd::stop_asked() {
        return iced::exit();
    }
    match Config::load(&state.path) {
        Ok(_) => {
            tracing::info!("kiosk.toml is fixed; restarting the kiosk");
            iced::exit()
        }
        Err(e) => {
            state.error = e.to_string();
            Task::none()
        }
    }
}

fn broken_view(state: &BrokenConfiguration) -> Element<'_, Recheck> {
    let catalog = Catalog::embedded();
    let mut col = Column::new().spacing(24).padding(64);
    // Which languages kiosk.toml offers is unknown: every language there are texts for,
    // Japanese large, the others two to a row.
    let (title, body) = ("broken-config-title", "broken-config-body");
    let languages = catalog.languages();
    if let Some((first, others)) = languages.split_first() {
        col = col.push(notice(
            catalog,
            &theme::Look::default(),
            first,
            title,
            body,
            theme::TITLE,
        ));
        // The error for staff, in view under the first notice.
        col = col.push(text(state.error.clone()).size(theme::BODY));
        for row in notices_in_pairs(catalog, &theme::Look::default(), others, title, body) {
            col = col.push(row);
        }
    }
    hidden_cursor::HiddenCursor::new(
        container(iced::widget::scrollable(col))
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::page),
    )
    .into()
}

/// Shows the configuration error for staff, in each language, instead of a crash loop. It
/// reads the file again every few seconds and exits once it is fixed, for systemd to start
/// the kiosk properly.
pub fn run_broken_configuration(path: std::path::PathBuf, error: String) -> iced::Result {
    tracing::error!("kiosk.toml cannot be used; showing the error on screen:\n{error}");
    crate::systemd::notify("READY=1");
    crate::systemd::catch_stop_signals();
    let boot = move || {
        (
            BrokenConfiguration {
                path: path.clone(),
                error: error.clone(),
            },
            fill_monitor().map(|_: Message| Recheck),
        )
    };
    let app = iced::application(boot, recheck, broken_view)
        .subscription(|_| iced::time::every(Duration::from_secs(5)).map(|_| Recheck))
        .title("madoguchi");
    crate::fonts::faces()
        .fold(app, |app, face| app.font(face))
        .default_font(theme::FONT)
        .window(iced::window::Settings {
            size: iced::Size::new(1920.0, 1080.0),
            fullscreen: true,
            decorations: false,
            exit_on_close_request: false,
            ..iced::window::Settings::default()
        })
        .run()
}
