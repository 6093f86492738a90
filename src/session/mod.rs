//! One resident's visit to the kiosk as a state machine: screens, questions, timeouts and card removal, without any UI.
//!
//! The UI feeds it inputs (card events, touches, clock ticks, a ticket's outcome) and draws
//! `screen()`; the session answers with effects for the UI to carry out (issue a ticket,
//! sound the reminder). Time is a monotonic `Instant` given by the caller, so idle timeouts
//! are unaffected by the wall clock stepping.

mod exchange;

pub use exchange::{Answer, Effect, Input, Look, OutOfService, Screen, Touch};

use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use crate::card::CardReading;
use crate::card::watcher::CardEvent;
use crate::config::{Config, VoiceMode};
use crate::domain::{Answers, NoCardReason, Question};
use crate::printer::TicketDetails;
use crate::rules::{self, Advice};
use crate::tickets::{AskedFrom, Brief, Order};

/// How long the ticket stays on screen after the card has been taken.
pub const TICKET_SCREEN: Duration = Duration::from_secs(20);
/// The warning before an idle session ends: WCAG 2.2.1 asks for at least 20 s.
pub const IDLE_COUNTDOWN: Duration = Duration::from_secs(20);
/// A screen that waits for its speech to end stays this long after it.
pub const AFTER_SPEECH: Duration = Duration::from_secs(3);
/// Failed reads before the kiosk leads with a ticket for help at the counter.
pub const FAILURES_BEFORE_HELP: u8 = 2;

/// Steps of the keypad's + and −.
const VOLUME_STEP: u8 = 10;

/// What the voice depends on, compared before and after each input.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Spoken {
    screen: (Screen, bool, bool),
    language: String,
    speaking: bool,
    volume: u8,
}

/// Where the resident was when the card was lifted, to carry on if the same card returns.
#[derive(Debug)]
struct Lifted {
    screen: Screen,
    until: Instant,
}

/// One resident's session, and the kiosk's state between residents.
#[derive(Debug)]
pub struct Session {
    screen: Screen,
    language: String,
    default_language: String,
    /// The language chooser covers the screen.
    choosing_language: bool,
    /// A language the resident chose from the chooser (not the default, not English): it
    /// stays in the header for the visit, so one touch on English is never a way out.
    own_language: Option<String>,
    reading: Option<CardReading>,
    /// The resident said they have no card (and the rules treat the card as absent).
    without_card: bool,
    answers: Answers,
    /// Screens to go back to.
    back: Vec<Screen>,
    card_in: bool,
    failures: u8,
    readers: usize,
    service_down: bool,
    paused: bool,
    last_touch: Instant,
    /// The idle warning is showing and its sound was given.
    warned: bool,
    /// When the ticket screen gives way (set once the card is out).
    ticket_until: Option<Instant>,
    /// Set while a lifted card may be put back.
    lifted: Option<Lifted>,
    idle_timeout: Duration,
    reading_timeout: Duration,
    /// How long a card lifted mid-session may be put back to carry on where the resident was.
    put_back: Duration,
    voice_mode: VoiceMode,
    /// The voice is on for this visit.
    speaking: bool,
    look: Look,
    volume: u8,
    default_volume: u8,
    /// Set when the visit ends, until `update` has said so.
    ended: bool,
    /// "Listen" was pressed: speak even though nothing changed.
    asked_to_speak: bool,
    /// The visit timed out with the voice on, in this language: said once, then cleared.
    timed_out_aloud: Option<String>,
    /// What the voice last followed, to tell when it must change (set from the start).
    heard: Option<Spoken>,
}

impl Session {
    pub fn new(config: &Config, now: Instant) -> Session {
        let mut session = Session {
            screen: Screen::OutOfService(OutOfService::NoReader),
            language: config.languages.default.clone(),
            default_language: config.languages.default.clone(),
            choosing_language: false,
            own_language: None,
            reading: None,
            without_card: false,
            answers: Answers::default(),
            back: Vec::new(),
            card_in: false,
            failures: 0,
            readers: 0,
            service_down: false,
            paused: false,
            last_touch: now,
            warned: false,
            ticket_until: None,
            lifted: None,
            idle_timeout: Duration::from_secs(u64::from(config.session.idle_timeout_secs)),
            reading_timeout: Duration::from_secs(u64::from(config.session.reading_timeout_secs)),
            put_back: Duration::from_secs(u64::from(config.session.put_back_secs)),
            voice_mode: config.accessibility.voice,
            speaking: config.accessibility.voice == VoiceMode::Always,
            look: Look::default(),
            volume: config.accessibility.volume,
            default_volume: config.accessibility.volume,
            ended: false,
            asked_to_speak: false,
            timed_out_aloud: None,
            heard: None,
        };
        session.heard = Some(session.spoken(now));
        session
    }

    /// Whether the voice is on for this visit.
    pub fn speaking(&self) -> bool {
        self.speaking
    }

    /// Whether residents may ask for the voice at all.
    pub fn voice_offered(&self) -> bool {
        self.voice_mode != VoiceMode::Off
    }

    pub fn look(&self) -> Look {
        self.look
    }

    pub fn volume(&self) -> u8 {
        self.volume
    }

    /// The next resident starts with the kiosk's own voice, volume and look.
    fn reset_for_next_resident(&mut self) {
        self.own_language = None;
        self.speaking = self.voice_mode == VoiceMode::Always;
        self.look = Look::default();
        self.volume = self.default_volume;
    }

    /// What speech must follow from the session before and after an input.
    fn speech_effects(&mut self, effects: &mut Vec<Effect>, now: Instant) {
        let after = self.spoken(now);
        let Some(before) = self.heard.replace(after.clone()) else {
            return;
        };
        let moved = after.screen != before.screen || after.language != before.language;
        if std::mem::take(&mut self.ended) {
            effects.push(Effect::Silence { visit_over: true });
            if let Some(language) = self.timed_out_aloud.take() {
                effects.push(Effect::SayTimedOut {
                    language,
                    card_in: self.card_in,
                });
            }
        } else if moved {
            effects.push(Effect::Silence { visit_over: false });
        }
        if after.volume != before.volume {
            effects.push(Effect::Volume(after.volume));
        }
        let asked = std::mem::take(&mut self.asked_to_speak);
        if self.speaking && (asked || moved || !before.speaking) {
            effects.push(Effect::Speak);
        }
    }

    /// What the voice depends on: when it changes, what was being said no longer fits.
    fn spoken(&self, now: Instant) -> Spoken {
        Spoken {
            screen: (
                self.screen.clone(),
                self.choosing_language,
                self.countdown(now).is_some(),
            ),
            language: self.language.clone(),
            speaking: self.speaking,
            volume: self.volume,
        }
    }

    /// Staff chose the language sessions start in; a resident being served keeps theirs.
    pub fn set_default_language(&mut self, lang: &str) {
        self.default_language = lang.to_owned();
        if matches!(self.screen, Screen::Waiting | Screen::OutOfService(_)) && !self.paused {
            self.language = lang.to_owned();
        }
    }

    pub fn default_language(&self) -> &str {
        &self.default_language
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// The language the resident chose for this visit besides the default and English.
    pub fn own_language(&self) -> Option<&str> {
        self.own_language.as_deref()
    }

    /// Whether the language chooser is open (it closes when the screen changes under it).
    pub fn choosing_language(&self) -> bool {
        self.choosing_language
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn reading(&self) -> Option<&CardReading> {
        self.reading.as_ref()
    }

    /// The rules' advice for what is known so far (`today` local), or `None` before a card
    /// was read or the no-card path chosen.
    pub fn advice(&self, today: chrono::NaiveDate, config: &Config) -> Option<Advice> {
        if self.reading.is_none() && !self.without_card {
            return None;
        }
        let card = self.reading.as_ref().map(|r| &r.facts);
        Some(rules::advise(today, card, &self.answers, config))
    }

    /// Whether the card is on the reader.
    pub fn card_in(&self) -> bool {
        self.card_in
    }

    /// Whether the resident came without a card.
    pub fn without_card(&self) -> bool {
        self.without_card
    }

    /// Seconds left of the idle countdown, when its warning shows.
    pub fn countdown(&self, now: Instant) -> Option<u64> {
        let timeout = self.timeout()?;
        let idle = now.saturating_duration_since(self.last_touch);
        let warn_at = timeout.saturating_sub(IDLE_COUNTDOWN);
        (idle >= warn_at).then(|| timeout.saturating_sub(idle).as_secs())
    }

    /// Seconds left to put a lifted card back.
    pub fn put_back_seconds(&self, now: Instant) -> Option<u64> {
        let lifted = self.lifted.as_ref()?;
        Some(lifted.until.saturating_duration_since(now).as_secs())
    }

    /// How long this screen waits for a touch before the session ends; `None` where no
    /// touch is awaited (the take-card reminder, a ticket's last seconds, a lifted card).
    fn timeout(&self) -> Option<Duration> {
        match self.screen {
            Screen::Status | Screen::Checklist | Screen::Conclusion => Some(self.reading_timeout),
            Screen::Question(_) | Screen::CouldNotRead { .. } => Some(self.idle_timeout),
            _ => None,
        }
    }

    fn idle_screen(&self) -> Screen {
        if self.paused {
            Screen::OutOfService(OutOfService::PausedByStaff)
        } else if self.service_down {
            Screen::OutOfService(OutOfService::ServiceDown)
        } else if self.readers == 0 {
            Screen::OutOfService(OutOfService::NoReader)
        } else if self.card_in {
            Screen::TakeCard
        } else {
            Screen::Waiting
        }
    }

    /// Ends the session: forgets the card and the answers, and returns to the default language
    /// (once the card is out: the reminder to take it speaks the resident's language).
    fn end(&mut self) {
        if let Some(mut reading) = self.reading.take() {
            reading.wipe();
        }
        self.without_card = false;
        self.answers = Answers::default();
        self.back.clear();
        self.failures = 0;
        self.ticket_until = None;
        self.lifted = None;
        self.warned = false;
        self.choosing_language = false;
        self.screen = self.idle_screen();
        self.ended = true;
        // The reminder to take the card is for the same resident, in their voice and look.
        if self.screen != Screen::TakeCard {
            self.language = self.default_language.clone();
            self.reset_for_next_resident();
        }
    }

    /// Ends the visit for a new card put on the reader, in the language already chosen: the
    /// resident at the kiosk is the same person.
    fn start_again(&mut self) {
        let language = std::mem::take(&mut self.language);
        self.end();
        self.language = language;
    }

    /// Ends a session nobody touched: the next resident starts in the default language, even
    /// while the last one's card still waits on the reader (its reminder is in every language).
    fn time_out(&mut self) {
        if self.speaking {
            self.timed_out_aloud = Some(self.language.clone());
        }
        self.end();
        self.language = self.default_language.clone();
        self.reset_for_next_resident();
    }

    fn go(&mut self, screen: Screen) {
        let previous = std::mem::replace(&mut self.screen, screen);
        if matches!(previous, Screen::Status | Screen::Question(_)) {
            self.back.push(previous);
        }
    }

    /// After the status or an answer: the next question worth asking, the checklist, or the
    /// conclusion when there is nothing to do.
    fn next_step(&mut self, config: &Config, today: chrono::NaiveDate) {
        let Some(advice) = self.advice(today, config) else {
            self.end();
            return;
        };
        let concluded = advice.status == crate::domain::Status::Valid
            || self.answers.no_card_reason == Some(NoCardReason::LeftAtHome);
        match advice.pending_questions.first() {
            Some(q) => self.go(Screen::Question(*q)),
            None if advice.procedures.is_empty() && concluded => self.go(Screen::Conclusion),
            None if advice.procedures.is_empty() => self.end(),
            None => self.go(Screen::Checklist),
        }
    }

    /// What the clerk is told on the ticket and in the queue record (nothing identifying).
    fn brief(&self, today: chrono::NaiveDate, asked_from: Option<AskedFrom>) -> Brief {
        let facts = self.reading.as_ref().map(|r| &r.facts);
        let status = facts.map(|f| rules::status(today, Some(f), &self.answers));
        Brief {
            status,
            auth_pin_locked: facts.is_some_and(|f| f.auth_pin_locked()),
            sign_pin_locked: facts.is_some_and(|f| f.sign_pin_locked()),
            visitor: self.answers.visitor,
            inquiry_form: self.answers.has_inquiry_form,
            no_card_reason: self.answers.no_card_reason,
            genuineness: self.reading.as_ref().map(|r| r.genuineness),
            asked_from,
            ..Brief::default()
        }
    }

    fn answer(&mut self, answer: Answer) {
        let Screen::Question(q) = self.screen else {
            return;
        };
        let a = &mut self.answers;
        match (q, answer) {
            (Question::Visitor, Answer::Visitor(v)) => a.visitor = Some(v),
            (Question::NoCardReason, Answer::NoCardReason(r)) => a.no_card_reason = Some(r),
            (_, Answer::Yes | Answer::No) => {
                let yes = answer == Answer::Yes;
                match q {
                    Question::HasInquiryForm => a.has_inquiry_form = Some(yes),
                    Question::BasicInfoChanged => a.basic_info_changed = Some(yes),
                    Question::KnowsPins => a.knows_pins = Some(yes),
                    Question::CardExpiryMatchesCert => a.card_expiry_matches_cert = Some(yes),
                    Question::HolderUnder15OrWard => a.holder_under_15_or_ward = Some(yes),
                    Question::Visitor | Question::NoCardReason => {}
                }
            }
            _ => {}
        }
    }

    /// Forgets the answer to `q`, for Back.
    fn unanswer(&mut self, q: Question) {
        let a = &mut self.answers;
        match q {
            Question::Visitor => a.visitor = None,
            Question::NoCardReason => a.no_card_reason = None,
            Question::HasInquiryForm => a.has_inquiry_form = None,
            Question::BasicInfoChanged => a.basic_info_changed = None,
            Question::KnowsPins => a.knows_pins = None,
            Question::CardExpiryMatchesCert => a.card_expiry_matches_cert = None,
            Question::HolderUnder15OrWard => a.holder_under_15_or_ward = None,
        }
    }

    /// Handles one input at `now` (monotonic) and `local` (Asia/Tokyo wall time, for the rules
    /// and reception hours); returns what the UI must do.
    pub fn update(
        &mut self,
        input: Input,
        config: &Config,
        now: Instant,
        local: NaiveDateTime,
    ) -> Vec<Effect> {
        // Staff's pause is sent again on every tick, and its effects are not carried out:
        // unchanged, it is no input at all, or it would take the screen's changes (the
        // countdown appearing) from the tick that says them.
        if input == Input::Paused(self.paused) {
            return Vec::new();
        }
        let today = local.date();
        let mut effects = Vec::new();
        let before = std::mem::discriminant(&self.screen);
        match input {
            Input::KeyPressed => {
                self.last_touch = now;
                self.warned = false;
                if self.voice_offered() {
                    self.speaking = true;
                }
            }
            Input::Speaking => {
                // The countdown's own words do not hold it open.
                if self.countdown(now).is_none() {
                    self.last_touch = now;
                }
                // The ticket's number is said to its end before the screen goes.
                if let Some(until) = &mut self.ticket_until {
                    *until = (*until).max(now + AFTER_SPEECH);
                }
            }
            Input::Card(event) => self.card_event(event, now),
            Input::Touch(touch) => {
                self.last_touch = now;
                self.warned = false;
                self.touch(touch, config, today, local, &mut effects);
            }
            Input::Tick => {
                let idle = now.saturating_duration_since(self.last_touch);
                if let Some(until) = self.ticket_until
                    && now >= until
                    && matches!(
                        self.screen,
                        Screen::Ticket { .. } | Screen::NoTicket(_) | Screen::Slip { .. }
                    )
                {
                    self.end();
                } else if let Some(lifted) = &self.lifted
                    && now >= lifted.until
                    && self.screen == Screen::PutCardBack
                {
                    self.time_out();
                } else if let Some(timeout) = self.timeout() {
                    if idle >= timeout {
                        self.time_out();
                    } else if self.countdown(now).is_some() && !self.warned {
                        self.warned = true;
                        effects.push(Effect::CountdownSound);
                    }
                } else if self.screen == Screen::Waiting
                    // A resident who turned the voice on may take a while to find the
                    // reader: the voice waits longer than a chosen language does.
                    && idle >= if self.speaking { self.reading_timeout } else { self.idle_timeout }
                    && (self.language != self.default_language
                        || self.choosing_language
                        || self.look != Look::default()
                        || self.speaking != (self.voice_mode == VoiceMode::Always)
                        || self.volume != self.default_volume)
                {
                    // Someone chose a language or a look and walked away: the next resident
                    // starts afresh.
                    self.language = self.default_language.clone();
                    self.choosing_language = false;
                    self.reset_for_next_resident();
                    self.ended = true;
                }
                if self.screen == Screen::TakeCard {
                    effects.push(Effect::TakeCardSound);
                }
            }
            Input::Issued(_) | Input::Slipped { .. } if self.screen != Screen::Issuing => {}
            Input::Issued(_) | Input::Slipped { .. } => {
                {
                    self.screen = match input {
                        Input::Issued(Ok((ticket, print))) => Screen::Ticket { ticket, print },
                        Input::Slipped {
                            reason,
                            window,
                            report,
                        } => Screen::Slip {
                            reason,
                            window,
                            print: report,
                        },
                        Input::Issued(Err(e)) => Screen::NoTicket(e),
                        _ => Screen::Issuing,
                    };
                    // Then the reminder to take the card, if it is still in.
                    self.ticket_until = Some(now + TICKET_SCREEN);
                }
            }
            // Sent again on every tick; only a change moves the screen.
            Input::Paused(paused) if paused != self.paused => {
                self.paused = paused;
                if matches!(self.screen, Screen::Waiting | Screen::OutOfService(_)) {
                    self.screen = self.idle_screen();
                    if self.screen == Screen::Waiting {
                        // Back from staff: the next resident starts in the default language.
                        self.language = self.default_language.clone();
                    }
                }
            }
            Input::Paused(_) => {}
        }
        // A card put on the reader, a timeout: the chooser gives way to what happened.
        if std::mem::discriminant(&self.screen) != before {
            self.choosing_language = false;
        }
        self.speech_effects(&mut effects, now);
        effects
    }

    fn card_event(&mut self, event: CardEvent, now: Instant) {
        match event {
            CardEvent::ReaderAttached { .. } => {
                self.readers += 1;
                self.service_down = false;
                if matches!(self.screen, Screen::OutOfService(_)) {
                    self.screen = self.idle_screen();
                }
            }
            CardEvent::ReaderDetached { .. } => {
                self.readers = self.readers.saturating_sub(1);
                if self.readers == 0 {
                    self.card_in = false;
                    self.end();
                }
            }
            CardEvent::ServiceDown => {
                self.service_down = true;
                self.readers = 0;
                self.card_in = false;
                self.end();
            }
            CardEvent::ServiceUp => {
                self.service_down = false;
            }
            CardEvent::CardInserted { .. } => {
                self.card_in = true;
                if self.screen == Screen::PutCardBack {
                    // Read it, then carry on if it is the same card (FactsReady decides).
                    self.screen = Screen::Reading;
                    self.last_touch = now;
                    return;
                }
                // A card put in during the no-card path or a ticket's last seconds starts afresh.
                if matches!(
                    self.screen,
                    Screen::Ticket { .. } | Screen::NoTicket(_) | Screen::Slip { .. }
                ) {
                    self.ticket_until = None;
                }
                if !matches!(self.screen, Screen::OutOfService(_)) {
                    // The language chosen before inserting the card is this resident's.
                    let failures = self.failures;
                    self.start_again();
                    self.failures = failures;
                    // The watcher reads a card the moment it is in: "reading" from the start,
                    // never a flash of "take your card" (or its chime) before ReadStarted.
                    if self.screen == Screen::TakeCard {
                        self.screen = Screen::Reading;
                        self.last_touch = now;
                    }
                }
            }
            CardEvent::ReadStarted { .. } => {
                if matches!(
                    self.screen,
                    Screen::Waiting | Screen::TakeCard | Screen::CouldNotRead { .. }
                ) {
                    self.last_touch = now;
                    self.screen = Screen::Reading;
                }
            }
            CardEvent::FactsReady { mut reading, .. } => {
                if self.screen != Screen::Reading {
                    return;
                }
                self.last_touch = now;
                if let Some(lifted) = self.lifted.take() {
                    // The same card is the same facts and the same verdict on its certificate,
                    // compared in memory only: the resident carries on where they were.
                    let same = self.reading.as_ref().is_some_and(|r| {
                        r.facts == reading.facts && r.genuineness == reading.genuineness
                    });
                    if same {
                        reading.wipe();
                        self.screen = lifted.screen;
                        return;
                    }
                    // Another card: another visit, in the language already chosen.
                    self.start_again();
                }
                self.failures = 0;
                self.reading = Some(reading);
                self.screen = Screen::Status;
            }
            CardEvent::ReadFailed { error, .. } => {
                if self.screen == Screen::Reading {
                    if self.lifted.is_some() {
                        self.start_again();
                    }
                    self.last_touch = now;
                    self.failures = self.failures.saturating_add(1);
                    self.screen = Screen::CouldNotRead {
                        error,
                        failures: self.failures,
                    };
                }
            }
            CardEvent::CardRemoved { .. } => {
                self.card_in = false;
                match self.screen {
                    // The ticket stays up a while; the resident has what they need.
                    Screen::Ticket { .. }
                    | Screen::NoTicket(_)
                    | Screen::Slip { .. }
                    | Screen::Issuing => {
                        self.ticket_until = Some(now + TICKET_SCREEN);
                    }
                    // Failed reads are counted across reinsertions.
                    Screen::CouldNotRead { .. } => self.screen = self.idle_screen(),
                    // Lifted to read the date on it, perhaps: the visit waits for it a while.
                    Screen::Status
                    | Screen::Question(_)
                    | Screen::Checklist
                    | Screen::Conclusion
                        if self.reading.is_some() && !self.put_back.is_zero() =>
                    {
                        let screen = std::mem::replace(&mut self.screen, Screen::PutCardBack);
                        self.lifted = Some(Lifted {
                            screen,
                            until: now + self.put_back,
                        });
                    }
                    // A card read during a lifted visit's return that leaves again: the visit waits on.
                    Screen::Reading if self.lifted.is_some() => self.screen = Screen::PutCardBack,
                    _ => self.end(),
                }
            }
        }
    }

    fn touch(
        &mut self,
        touch: Touch,
        config: &Config,
        today: chrono::NaiveDate,
        local: NaiveDateTime,
        effects: &mut Vec<Effect>,
    ) {
        match touch {
            Touch::Language(lang) => {
                if config.languages.offered.contains(&lang) {
                    if lang != self.default_language && lang != "en" {
                        self.own_language = Some(lang.clone());
                    }
                    self.language = lang;
                    self.choosing_language = false;
                }
            }
            Touch::Languages => self.choosing_language = true,
            Touch::Listen => {
                if self.voice_offered() {
                    self.speaking = true;
                    self.asked_to_speak = true;
                }
            }
            Touch::LargerText => self.look.larger_text = !self.look.larger_text,
            Touch::HighContrast => self.look.high_contrast = !self.look.high_contrast,
            Touch::Louder => self.volume = self.volume.saturating_add(VOLUME_STEP).min(100),
            Touch::Quieter => self.volume = self.volume.saturating_sub(VOLUME_STEP),
            Touch::CloseLanguages => self.choosing_language = false,
            Touch::MoreTime => {}
            Touch::NoCard => {
                if self.screen == Screen::Waiting {
                    self.without_card = true;
                    self.screen = Screen::Status;
                    self.next_step(config, today);
                }
            }
            Touch::Continue => match self.screen {
                Screen::Status => self.next_step(config, today),
                Screen::Ticket { .. }
                | Screen::NoTicket(_)
                | Screen::Slip { .. }
                | Screen::Conclusion => self.end(),
                _ => {}
            },
            Touch::Answer(answer) => {
                if matches!(self.screen, Screen::Question(_)) {
                    self.answer(answer);
                    self.next_step(config, today);
                }
            }
            Touch::Back => {
                if let Some(previous) = self.back.pop() {
                    if let Screen::Question(q) = previous {
                        self.unanswer(q);
                    }
                    self.screen = previous;
                    if self.screen == Screen::Status && self.without_card {
                        // The no-card path starts at its question; back from it is the start.
                        self.end();
                    }
                } else if matches!(self.screen, Screen::Question(_) | Screen::Checklist) {
                    self.end();
                }
            }
            Touch::GetTicket => {
                if self.screen != Screen::Checklist || !config.reception.is_open(local) {
                    return;
                }
                let Some(advice) = self.advice(today, config) else {
                    return;
                };
                let Ok(order) = Order::for_procedures(config, &advice.procedures, &self.language)
                else {
                    return;
                };
                let details = self.details(&advice);
                let order = Order {
                    brief: Brief {
                        checklist: advice.checklist.clone(),
                        visits: Some(advice.visits),
                        ..self.brief(today, None)
                    },
                    ..order
                };
                self.screen = Screen::Issuing;
                effects.push(Effect::IssueTicket {
                    order: Box::new(order),
                    details,
                });
            }
            Touch::AskCounter => {
                let Some(from) = self.asked_from() else {
                    return;
                };
                if !config.reception.is_open(local) {
                    return;
                }
                let brief = self.brief(today, Some(from));
                let Ok(order) = Order::consultation(config, &self.language, brief) else {
                    return;
                };
                // No procedure, so no checklist: only the card's dates, for the clerk.
                let facts = self.reading.as_ref().map(|r| &r.facts);
                let details = TicketDetails {
                    cert_expiry: facts.and_then(|f| f.auth_cert_expiry),
                    card_expiry: facts.and_then(|f| f.card_expiry),
                    ..TicketDetails::default()
                };
                self.screen = Screen::Issuing;
                effects.push(Effect::IssueTicket {
                    order: Box::new(order),
                    details,
                });
            }
            Touch::StartOver => {
                // With the card still on the reader, starting over is its status again, the
                // answers forgotten; without one it is the first screen.
                if self.reading.is_some() && self.card_in {
                    self.answers = Answers::default();
                    self.back.clear();
                    self.lifted = None;
                    self.screen = Screen::Status;
                } else {
                    self.end();
                }
            }
        }
    }

    /// The screen "Ask at the counter" is offered on, for the clerk; `None` where it is not.
    pub fn asked_from(&self) -> Option<AskedFrom> {
        match self.screen {
            Screen::Waiting => Some(AskedFrom::Waiting),
            Screen::Status => Some(AskedFrom::Status),
            Screen::Question(_) => Some(AskedFrom::Question),
            Screen::Checklist => Some(AskedFrom::Checklist),
            Screen::Conclusion => Some(AskedFrom::Conclusion),
            Screen::CouldNotRead { .. } => Some(AskedFrom::CouldNotRead),
            _ => None,
        }
    }

    /// What the printed ticket says besides its number and brief.
    fn details(&self, advice: &Advice) -> TicketDetails {
        TicketDetails {
            checklist: advice.checklist.clone(),
            // R-LOST-1: the paper says first what the screen said first (stop the card at the
            // hotline, report to the police), for a resident who goes home before the counter.
            notes: advice
                .explanation
                .iter()
                .filter(|s| s.key.starts_with("lost-"))
                .cloned()
                .chain(rules::visit_and_fee(&advice.plan(), &self.answers))
                .collect(),
            cert_expiry: advice.cert_expiry,
            card_expiry: advice.card_expiry,
        }
    }
}
