//! One resident's visit to the kiosk as a state machine: screens, questions, timeouts and card removal, without any UI.
//!
//! The UI feeds it inputs (card events, touches, clock ticks, a ticket's outcome) and draws
//! `screen()`; the session answers with effects for the UI to carry out (issue a ticket,
//! sound the reminder). Time is a monotonic `Instant` given by the caller, so idle timeouts
//! are unaffected by the wall clock stepping.

use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use crate::card::watcher::CardEvent;
use crate::card::{CardReading, ReadError};
use crate::config::Config;
use crate::printer::{PrintReport, TicketDetails};
use crate::rules::{self, Advice, Answers, NoCardReason, Question, Visitor};
use crate::tickets::{Order, StoreError, Ticket};

/// How long the ticket stays on screen after the card has been taken.
pub const TICKET_SCREEN: Duration = Duration::from_secs(20);
/// The countdown shown before an idle session ends.
pub const IDLE_COUNTDOWN: Duration = Duration::from_secs(15);
/// Failed reads before the kiosk offers a ticket for help at the counter.
pub const FAILURES_BEFORE_HELP: u8 = 2;

/// Why residents cannot be served right now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutOfService {
    NoReader,
    ServiceDown,
    PausedByStaff,
}

/// What the resident sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Waiting,
    Reading,
    /// The card's state explained (or the no-card path's start).
    Status,
    Question(Question),
    Checklist,
    /// Issuing and printing are under way.
    Issuing,
    Ticket {
        ticket: Ticket,
        print: PrintReport,
    },
    /// The ticket could not be issued (the day's tickets finished, the store failed).
    NoTicket(StoreError),
    TakeCard,
    CouldNotRead {
        error: ReadError,
        failures: u8,
    },
    OutOfService(OutOfService),
}

/// A touch on the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Touch {
    Language(String),
    NoCard,
    Continue,
    Answer(Answer),
    Back,
    GetTicket,
    /// After failed reads: a ticket to be helped at the counter.
    HelpTicket,
    StartOver,
    MoreTime,
}

/// An answer to the question on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Visitor(Visitor),
    NoCardReason(NoCardReason),
}

/// Everything that happens to a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Card(CardEvent),
    Touch(Touch),
    /// Time passes (the UI ticks about once a second).
    Tick,
    /// The ticket store and printer have finished.
    Issued(Result<(Ticket, PrintReport), StoreError>),
    /// Staff paused or resumed ticketing.
    Paused(bool),
}

/// What the UI must do for the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Issue (commit) a ticket, then print it, off the UI thread; answer with `Input::Issued`.
    IssueTicket {
        order: Order,
        details: TicketDetails,
    },
    /// The card is still in the reader: remind with a sound.
    TakeCardSound,
}

/// One resident's session, and the kiosk's state between residents.
#[derive(Debug)]
pub struct Session {
    screen: Screen,
    language: String,
    default_language: String,
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
    /// When the ticket screen gives way (set once the card is out).
    ticket_until: Option<Instant>,
    idle_timeout: Duration,
}

impl Session {
    pub fn new(config: &Config, now: Instant) -> Session {
        Session {
            screen: Screen::OutOfService(OutOfService::NoReader),
            language: config.languages.default.clone(),
            default_language: config.languages.default.clone(),
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
            ticket_until: None,
            idle_timeout: Duration::from_secs(u64::from(config.session.idle_timeout_secs)),
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

    /// Seconds left of the idle countdown, when it shows.
    pub fn countdown(&self, now: Instant) -> Option<u64> {
        if !self.in_session() {
            return None;
        }
        let idle = now.saturating_duration_since(self.last_touch);
        let warn_at = self.idle_timeout.saturating_sub(IDLE_COUNTDOWN);
        (idle >= warn_at).then(|| self.idle_timeout.saturating_sub(idle).as_secs())
    }

    /// A resident is being served (not waiting, not out of service, not the ticket's last seconds).
    fn in_session(&self) -> bool {
        !matches!(
            self.screen,
            Screen::Waiting | Screen::OutOfService(_) | Screen::Issuing | Screen::Ticket { .. }
        )
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
        self.screen = self.idle_screen();
        if self.screen != Screen::TakeCard {
            self.language = self.default_language.clone();
        }
    }

    fn go(&mut self, screen: Screen) {
        let previous = std::mem::replace(&mut self.screen, screen);
        if matches!(previous, Screen::Status | Screen::Question(_)) {
            self.back.push(previous);
        }
    }

    /// After the status or an answer: the next question worth asking, or the checklist.
    fn next_step(&mut self, config: &Config, today: chrono::NaiveDate) {
        let Some(advice) = self.advice(today, config) else {
            self.end();
            return;
        };
        match advice.pending_questions.first() {
            Some(q) => self.go(Screen::Question(*q)),
            None if advice.procedures.is_empty() => self.end(),
            None => self.go(Screen::Checklist),
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
        let today = local.date();
        let mut effects = Vec::new();
        match input {
            Input::Card(event) => self.card_event(event, now),
            Input::Touch(touch) => {
                self.last_touch = now;
                self.touch(touch, config, today, local, &mut effects);
            }
            Input::Tick => {
                if let Some(until) = self.ticket_until
                    && now >= until
                    && matches!(self.screen, Screen::Ticket { .. } | Screen::NoTicket(_))
                {
                    self.end();
                } else if now.saturating_duration_since(self.last_touch) >= self.idle_timeout {
                    if self.in_session() {
                        self.end();
                    } else if self.screen == Screen::Waiting {
                        // Someone chose a language and walked away: the next resident starts afresh.
                        self.language = self.default_language.clone();
                    }
                }
                if self.screen == Screen::TakeCard {
                    effects.push(Effect::TakeCardSound);
                }
            }
            Input::Issued(result) => {
                if self.screen == Screen::Issuing {
                    self.screen = match result {
                        Ok((ticket, print)) => Screen::Ticket { ticket, print },
                        Err(e) => Screen::NoTicket(e),
                    };
                    // Then the reminder to take the card, if it is still in.
                    self.ticket_until = Some(now + TICKET_SCREEN);
                }
            }
            // Sent again on every tick; only a change moves the screen.
            Input::Paused(paused) if paused != self.paused => {
                self.paused = paused;
                if !self.in_session() && !matches!(self.screen, Screen::Ticket { .. }) {
                    self.screen = self.idle_screen();
                    if self.screen == Screen::Waiting {
                        // Back from staff: the next resident starts in the default language.
                        self.language = self.default_language.clone();
                    }
                }
            }
            Input::Paused(_) => {}
        }
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
                // A card put in during the no-card path or a ticket's last seconds starts afresh.
                if matches!(self.screen, Screen::Ticket { .. } | Screen::NoTicket(_)) {
                    self.ticket_until = None;
                }
                if !matches!(self.screen, Screen::OutOfService(_)) {
                    // The language chosen before inserting the card is this resident's.
                    let (failures, language) = (self.failures, self.language.clone());
                    self.end();
                    self.failures = failures;
                    self.language = language;
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
            CardEvent::FactsReady { reading, .. } => {
                if self.screen == Screen::Reading {
                    self.last_touch = now;
                    self.failures = 0;
                    self.reading = Some(reading);
                    self.screen = Screen::Status;
                }
            }
            CardEvent::ReadFailed { error, .. } => {
                if self.screen == Screen::Reading {
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
                    Screen::Ticket { .. } | Screen::NoTicket(_) | Screen::Issuing => {
                        self.ticket_until = Some(now + TICKET_SCREEN);
                    }
                    // Failed reads are counted across reinsertions.
                    Screen::CouldNotRead { .. } => self.screen = self.idle_screen(),
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
                    self.language = lang;
                }
            }
            Touch::MoreTime => {}
            Touch::NoCard => {
                if self.screen == Screen::Waiting {
                    self.without_card = true;
                    self.screen = Screen::Status;
                    self.next_step(config, today);
                }
            }
            Touch::Continue => {
                if self.screen == Screen::Status {
                    self.next_step(config, today);
                } else if matches!(self.screen, Screen::Ticket { .. } | Screen::NoTicket(_)) {
                    self.end();
                }
            }
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
                let details = TicketDetails {
                    checklist: advice.checklist.clone(),
                    notes: rules::visit_and_fee(&advice.plan(), &self.answers),
                    genuineness: self.reading.as_ref().map(|r| r.genuineness),
                };
                self.screen = Screen::Issuing;
                effects.push(Effect::IssueTicket { order, details });
            }
            Touch::HelpTicket => {
                let offered = matches!(self.screen, Screen::CouldNotRead { failures, .. } if failures >= FAILURES_BEFORE_HELP);
                if !offered || !config.reception.is_open(local) {
                    return;
                }
                let Ok(order) =
                    Order::for_procedures(config, &[rules::Procedure::PinReset], &self.language)
                else {
                    return;
                };
                let order = Order {
                    procedures: Vec::new(),
                    ..order
                };
                self.screen = Screen::Issuing;
                effects.push(Effect::IssueTicket {
                    order,
                    details: TicketDetails {
                        checklist: Vec::new(),
                        notes: Vec::new(),
                        genuineness: None,
                    },
                });
            }
            Touch::StartOver => self.end(),
        }
    }
}
