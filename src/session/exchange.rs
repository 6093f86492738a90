//! What passes between a session and the kiosk around it: the screens it asks to be drawn, the touches and inputs it takes, and the effects it asks to be carried out.

use crate::card::ReadError;
use crate::card::watcher::CardEvent;
use crate::domain::{NoCardReason, Question, Visitor};
use crate::printer::{PrintReport, TicketDetails};
use crate::tickets::{Order, StoreError, Ticket};

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
    /// What to have ready; a lost card's suspension and police report come first on it.
    Checklist,
    /// Nothing to do today: the conclusion, with the dates, and a way to ask a person.
    Conclusion,
    /// The card was lifted mid-session: put it back to carry on.
    PutCardBack,
    /// Issuing and printing are under way.
    Issuing,
    Ticket {
        ticket: Box<Ticket>,
        print: PrintReport,
    },
    /// The ticket could not be issued (the day's tickets finished).
    NoTicket(StoreError),
    /// No database took the ticket: a slip without a number was printed (or tried), to show
    /// at the reception desk.
    Slip {
        reason: StoreError,
        window: String,
        print: PrintReport,
    },
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
    /// A language chosen, in the header or on the chooser.
    Language(String),
    /// "Language / 言語 / 语言 …": the chooser of every offered language.
    Languages,
    /// The chooser closed without a change.
    CloseLanguages,
    NoCard,
    Continue,
    Answer(Answer),
    Back,
    GetTicket,
    /// "Ask at the counter": a consultation ticket, from any resident screen.
    AskCounter,
    StartOver,
    MoreTime,
    /// 「音声案内 / Listen」, or the keypad's 0: this screen spoken (again), and the voice
    /// on for the rest of the visit.
    Listen,
    /// 「文字を大きく / Larger text」: on or off for this visit.
    LargerText,
    /// 「白黒反転 / High contrast」: on or off for this visit.
    HighContrast,
    /// The keypad's + and −.
    Louder,
    Quieter,
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
    Issued(Result<(Box<Ticket>, PrintReport), StoreError>),
    /// No database took the ticket, and the printer has finished with the slip instead.
    Slipped {
        reason: StoreError,
        window: String,
        report: PrintReport,
    },
    /// Staff paused or resumed ticketing.
    Paused(bool),
    /// A key of the keypad was pressed (before whatever it does): the voice comes on for
    /// the visit, for a resident who is not looking at the screen.
    KeyPressed,
    /// The voice is still saying this screen (sent with each tick while it does): a
    /// resident who listens is not idle, and the ticket's number is not cut off.
    Speaking,
}

/// What the UI must do for the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Issue (commit) a ticket, then print it, off the UI thread; answer with `Input::Issued`.
    IssueTicket {
        order: Box<Order>,
        details: TicketDetails,
    },
    /// The card is still in the reader: remind with a sound.
    TakeCardSound,
    /// The idle warning has just appeared: call the resident back with a sound.
    CountdownSound,
    /// Say what is on screen now (cutting off anything being said).
    Speak,
    /// Stop speaking; `visit_over` also forgets what this visit's phrases were.
    Silence { visit_over: bool },
    /// The voice's volume for the rest of the visit, in percent.
    Volume(u8),
    /// The visit timed out while the voice was on: say so in the resident's language (and
    /// that their card is still in the reader), for someone who cannot see the screen go.
    SayTimedOut { language: String, card_in: bool },
}

/// How the screen looks for this visit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Look {
    /// Type about 1.4 times the size.
    pub larger_text: bool,
    pub high_contrast: bool,
}
