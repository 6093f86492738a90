//! A ticket's life after it is printed: its states, the moves between them, the calling order and the wait estimate (no I/O).

mod wait;

pub use wait::{WaitBand, WaitEstimate, median_service_minutes, minutes_left_today};

use std::cmp::Ordering;
use std::fmt;

use chrono::NaiveDateTime;

use crate::domain::{Procedure, TicketNumber, TransferTarget};

/// Where a ticket stands in the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum State {
    /// Issued, not called yet.
    Waiting,
    /// A desk called the number; the resident is on the way.
    Called,
    /// The resident sits at the desk.
    Serving,
    Done,
    /// Called, and the resident did not come; staff may put it back in the line.
    NoShow,
    /// Staff cancelled it: it is never called.
    Void,
    /// Still waiting when its day ended: closed as not served.
    NotServed,
}

impl State {
    pub const ALL: [State; 7] = [
        State::Waiting,
        State::Called,
        State::Serving,
        State::Done,
        State::NoShow,
        State::Void,
        State::NotServed,
    ];

    /// The word stored in the database and shown by the commands.
    pub fn id(self) -> &'static str {
        match self {
            State::Waiting => "waiting",
            State::Called => "called",
            State::Serving => "serving",
            State::Done => "done",
            State::NoShow => "no_show",
            State::Void => "void",
            State::NotServed => "not_served",
        }
    }

    pub fn from_id(id: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Nothing more happens to the ticket.
    pub fn is_final(self) -> bool {
        matches!(self, State::Done | State::Void | State::NotServed)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Who made a move: a staff member's name, or `cli` for a command without one.
pub type Actor = String;

/// A ticket's queue record: its state and when and by whom it moved. Nothing about the
/// resident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub state: State,
    /// The window whose desks call it: the issuing window, or the one it was transferred to.
    pub window: String,
    pub called_at: Option<NaiveDateTime>,
    pub serving_at: Option<NaiveDateTime>,
    pub finished_at: Option<NaiveDateTime>,
    /// The desk that called it (what the lobby display shows).
    pub desk: Option<String>,
    pub called_by: Option<Actor>,
}

impl Progress {
    /// A newly issued ticket of `window`.
    pub fn waiting(window: &str) -> Progress {
        Progress {
            state: State::Waiting,
            window: window.to_owned(),
            called_at: None,
            serving_at: None,
            finished_at: None,
            desk: None,
            called_by: None,
        }
    }
}

/// What a desk or staff does to a ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Move {
    Call {
        desk: String,
        by: Actor,
    },
    /// Calls the same ticket again: an event, not a new state.
    Recall {
        by: Actor,
    },
    Serve {
        by: Actor,
    },
    Finish {
        by: Actor,
    },
    NoShow {
        by: Actor,
    },
    /// A no-show put back in the line, at its place by issue time.
    Reactivate {
        by: Actor,
    },
    /// To another window, keeping the number and the issue time.
    Transfer {
        to: TransferTarget,
        by: Actor,
    },
    Void {
        by: Actor,
    },
}

/// A desk's move on one ticket, as commands, the counter console and the API name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeskAction {
    Recall,
    Serve,
    Done,
    NoShow,
    Reactivate,
    Void,
}

impl DeskAction {
    pub const ALL: [DeskAction; 6] = [
        DeskAction::Recall,
        DeskAction::Serve,
        DeskAction::Done,
        DeskAction::NoShow,
        DeskAction::Reactivate,
        DeskAction::Void,
    ];

    /// `recall`, `serve`, `done`, `no-show`, `reactivate`, `void`.
    pub fn id(self) -> &'static str {
        match self {
            DeskAction::Recall => "recall",
            DeskAction::Serve => "serve",
            DeskAction::Done => "done",
            DeskAction::NoShow => "no-show",
            DeskAction::Reactivate => "reactivate",
            DeskAction::Void => "void",
        }
    }

    pub fn from_id(id: &str) -> Option<DeskAction> {
        DeskAction::ALL.into_iter().find(|a| a.id() == id)
    }

    /// The move it makes, recorded under `by`.
    pub fn by(self, by: Actor) -> Move {
        match self {
            DeskAction::Recall => Move::Recall { by },
            DeskAction::Serve => Move::Serve { by },
            DeskAction::Done => Move::Finish { by },
            DeskAction::NoShow => Move::NoShow { by },
            DeskAction::Reactivate => Move::Reactivate { by },
            DeskAction::Void => Move::Void { by },
        }
    }
}

impl Move {
    pub fn actor(&self) -> &str {
        match self {
            Move::Call { by, .. }
            | Move::Recall { by }
            | Move::Serve { by }
            | Move::Finish { by }
            | Move::NoShow { by }
            | Move::Reactivate { by }
            | Move::Transfer { by, .. }
            | Move::Void { by } => by,
        }
    }

    /// The event the move raises once it is committed.
    pub fn event(&self) -> EventKind {
        match self {
            Move::Call { .. } => EventKind::Called,
            Move::Recall { .. } => EventKind::Recalled,
            Move::Serve { .. } => EventKind::Serving,
            Move::Finish { .. } => EventKind::Done,
            Move::NoShow { .. } => EventKind::NoShow,
            Move::Reactivate { .. } => EventKind::Reactivated,
            Move::Transfer { .. } => EventKind::Transferred,
            Move::Void { .. } => EventKind::Voided,
        }
    }
}

/// Why a move was refused, in words a clerk can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("the ticket is {state}: only a called ticket can be {doing}; call it first")]
    NotCalled { state: State, doing: &'static str },
    #[error("the ticket is {0}; only a waiting ticket can be called")]
    NotWaiting(State),
    #[error("the ticket is {0}; only a no-show can be put back in the line")]
    NotNoShow(State),
    #[error("the ticket is {0} already; nothing more can be done with it")]
    Finished(State),
    #[error("the ticket is being served; finish it (done) instead of voiding it")]
    VoidWhileServing,
    #[error("window {0} is closed; transfer the ticket to an open window")]
    WindowClosed(String),
    #[error("window {window} does not serve {procedures}; choose a window that does")]
    WindowDoesNotServe { window: String, procedures: String },
    #[error("the ticket is at window {0} already")]
    SameWindow(String),
    #[error("the ticket is {0}; put it back in the line (reactivate) before transferring it")]
    TransferNoShow(State),
}

/// The ticket's record after `mv` at `now`, or why the move is not allowed. The rules:
/// waiting → called → serving → done; called → no-show → (reactivate) → waiting; a call
/// may be repeated (recall) while called; done straight from called counts the service from
/// the call; transfer puts the ticket back to waiting at the other window; void from any
/// state but serving and the final ones.
pub fn apply(
    progress: &Progress,
    procedures: &[Procedure],
    mv: &Move,
    now: NaiveDateTime,
) -> Result<Progress, MoveError> {
    let state = progress.state;
    if state.is_final() {
        return Err(MoveError::Finished(state));
    }
    let mut next = progress.clone();
    match mv {
        Move::Call { desk, by } => {
            if state != State::Waiting {
                return Err(MoveError::NotWaiting(state));
            }
            next.state = State::Called;
            next.called_at = Some(now);
            next.desk = Some(desk.clone());
            next.called_by = Some(by.clone());
        }
        Move::Recall { .. } => {
            if state != State::Called {
                return Err(MoveError::NotCalled {
                    state,
                    doing: "called again",
                });
            }
        }
        Move::Serve { .. } => {
            if state != State::Called {
                return Err(MoveError::NotCalled {
                    state,
                    doing: "served",
                });
            }
            next.state = State::Serving;
            next.serving_at = Some(now);
        }
        Move::Finish { .. } => {
            if !matches!(state, State::Called | State::Serving) {
                return Err(MoveError::NotCalled {
                    state,
                    doing: "done",
                });
            }
            next.state = State::Done;
            next.serving_at = next.serving_at.or(next.called_at);
            next.finished_at = Some(now);
        }
        Move::NoShow { .. } => {
            if state != State::Called {
                return Err(MoveError::NotCalled {
                    state,
                    doing: "marked as not come",
                });
            }
            next.state = State::NoShow;
            next.finished_at = Some(now);
        }
        Move::Reactivate { .. } => {
            if state != State::NoShow {
                return Err(MoveError::NotNoShow(state));
            }
            next = Progress::waiting(&progress.window);
        }
        Move::Transfer { to, .. } => {
            if state == State::NoShow {
                return Err(MoveError::TransferNoShow(state));
            }
            if to.window == progress.window {
                return Err(MoveError::SameWindow(to.window.clone()));
            }
            if !to.open {
                return Err(MoveError::WindowClosed(to.window.clone()));
            }
            if !procedures.is_empty() && !procedures.iter().any(|p| to.procedures.contains(p)) {
                let ids: Vec<&str> = procedures.iter().map(|p| p.id()).collect();
                return Err(MoveError::WindowDoesNotServe {
                    window: to.window.clone(),
                    procedures: ids.join(", "),
                });
            }
            next = Progress::waiting(&to.window);
        }
        Move::Void { .. } => {
            if state == State::Serving {
                return Err(MoveError::VoidWhileServing);
            }
            next.state = State::Void;
            next.finished_at = Some(now);
        }
    }
    Ok(next)
}

/// The order desks call waiting tickets in, within a window: first issued, first called;
/// a transferred or reactivated ticket keeps its place by its issue time. Ties (two kiosks
/// in the same second) go by the store's id, the order of commit. The stores' SQL says the
/// same in [`CALLING_ORDER_SQL`]; the conformance suite checks the two agree.
///
/// An office that wants priority (an appointment, a resident who cannot stand long) would
/// add a rank before the issue time here and in the SQL, written as a rule staff can read.
pub fn calling_order(a: (NaiveDateTime, i64), b: (NaiveDateTime, i64)) -> Ordering {
    a.cmp(&b)
}

/// [`calling_order`] as an SQL `ORDER BY` over the tickets table.
pub const CALLING_ORDER_SQL: &str = "issued_at, id";

/// What happened to the queue: every change raises one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    Issued,
    Called,
    Recalled,
    Serving,
    Done,
    NoShow,
    Reactivated,
    Transferred,
    Voided,
    /// The day ended with the ticket still waiting.
    NotServed,
}

impl EventKind {
    pub const ALL: [EventKind; 10] = [
        EventKind::Issued,
        EventKind::Called,
        EventKind::Recalled,
        EventKind::Serving,
        EventKind::Done,
        EventKind::NoShow,
        EventKind::Reactivated,
        EventKind::Transferred,
        EventKind::Voided,
        EventKind::NotServed,
    ];

    pub fn id(self) -> &'static str {
        match self {
            EventKind::Issued => "issued",
            EventKind::Called => "called",
            EventKind::Recalled => "recalled",
            EventKind::Serving => "serving",
            EventKind::Done => "done",
            EventKind::NoShow => "no_show",
            EventKind::Reactivated => "reactivated",
            EventKind::Transferred => "transferred",
            EventKind::Voided => "voided",
            EventKind::NotServed => "not_served",
        }
    }

    pub fn from_id(id: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One change of the queue, as a subscriber receives it. `id` grows with every event of a
/// store, so a subscriber that reconnects asks for the events after the last it saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub at: NaiveDateTime,
    pub kind: EventKind,
    pub ticket: i64,
    pub number: TicketNumber,
    /// The window the ticket is at after the change.
    pub window: String,
    pub desk: Option<String>,
    pub language: String,
    pub by: Option<Actor>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    fn by() -> Actor {
        "cli".into()
    }

    fn call() -> Move {
        Move::Call {
            desk: "3".into(),
            by: "佐藤".into(),
        }
    }

    fn target(window: &str, procedures: &[Procedure]) -> TransferTarget {
        TransferTarget {
            window: window.into(),
            open: true,
            procedures: procedures.to_vec(),
        }
    }

    const CERT: &[Procedure] = &[Procedure::CertRenewal];

    #[test]
    fn numbers_print_with_three_digits_at_least_and_parse_back() {
        let n = TicketNumber {
            prefix: "A".into(),
            seq: 7,
        };
        assert_eq!(n.to_string(), "A-007");
        assert_eq!("a-007".parse::<TicketNumber>(), Ok(n));
        let big = TicketNumber {
            prefix: "B".into(),
            seq: 1234,
        };
        assert_eq!(big.to_string(), "B-1234");
        assert!("A007".parse::<TicketNumber>().is_err());
        assert!("-1".parse::<TicketNumber>().is_err());
    }

    #[test]
    fn a_ticket_goes_from_waiting_through_called_and_serving_to_done_with_its_times() {
        let p = Progress::waiting("certificates");
        let p = apply(&p, CERT, &call(), at(9, 0)).unwrap();
        assert_eq!(p.state, State::Called);
        assert_eq!(p.desk.as_deref(), Some("3"));
        assert_eq!(p.called_by.as_deref(), Some("佐藤"));
        let p = apply(&p, CERT, &Move::Serve { by: by() }, at(9, 2)).unwrap();
        assert_eq!((p.state, p.serving_at), (State::Serving, Some(at(9, 2))));
        let p = apply(&p, CERT, &Move::Finish { by: by() }, at(9, 12)).unwrap();
        assert_eq!(p.state, State::Done);
        assert_eq!(
            (p.called_at, p.serving_at, p.finished_at),
            (Some(at(9, 0)), Some(at(9, 2)), Some(at(9, 12)))
        );
    }

    #[test]
    fn done_before_the_call_is_refused_and_done_from_called_counts_from_the_call() {
        let waiting = Progress::waiting("certificates");
        let refused = apply(&waiting, CERT, &Move::Finish { by: by() }, at(9, 0)).unwrap_err();
        assert!(matches!(refused, MoveError::NotCalled { .. }));
        assert!(refused.to_string().contains("call it first"), "{refused}");
        let called = apply(&waiting, CERT, &call(), at(9, 0)).unwrap();
        let done = apply(&called, CERT, &Move::Finish { by: by() }, at(9, 5)).unwrap();
        assert_eq!(done.serving_at, Some(at(9, 0)));
    }

    #[test]
    fn recall_keeps_the_state_and_is_only_for_a_called_ticket() {
        let called = apply(&Progress::waiting("c"), CERT, &call(), at(9, 0)).unwrap();
        assert_eq!(
            apply(&called, CERT, &Move::Recall { by: by() }, at(9, 1)).unwrap(),
            called
        );
        assert!(
            apply(
                &Progress::waiting("c"),
                CERT,
                &Move::Recall { by: by() },
                at(9, 1)
            )
            .is_err()
        );
        assert_eq!(Move::Recall { by: by() }.event(), EventKind::Recalled);
    }

    #[test]
    fn a_no_show_goes_back_to_waiting_with_no_call_left_on_it() {
        let called = apply(&Progress::waiting("c"), CERT, &call(), at(9, 0)).unwrap();
        let gone = apply(&called, CERT, &Move::NoShow { by: by() }, at(9, 5)).unwrap();
        assert_eq!(gone.state, State::NoShow);
        let back = apply(&gone, CERT, &Move::Reactivate { by: by() }, at(9, 30)).unwrap();
        assert_eq!(back, Progress::waiting("c"));
        assert_eq!(
            apply(&called, CERT, &Move::Reactivate { by: by() }, at(9, 1)).unwrap_err(),
            MoveError::NotNoShow(State::Called)
        );
    }

    #[test]
    fn calling_a_voided_or_finished_ticket_is_refused_with_its_state() {
        let void = apply(
            &Progress::waiting("c"),
            CERT,
            &Move::Void { by: by() },
            at(9, 0),
        )
        .unwrap();
        let refused = apply(&void, CERT, &call(), at(9, 1)).unwrap_err();
        assert_eq!(refused, MoveError::Finished(State::Void));
        assert!(refused.to_string().contains("void"), "{refused}");
    }

    #[test]
    fn a_ticket_being_served_is_finished_not_voided() {
        let called = apply(&Progress::waiting("c"), CERT, &call(), at(9, 0)).unwrap();
        let serving = apply(&called, CERT, &Move::Serve { by: by() }, at(9, 1)).unwrap();
        assert_eq!(
            apply(&serving, CERT, &Move::Void { by: by() }, at(9, 2)).unwrap_err(),
            MoveError::VoidWhileServing
        );
    }

    #[test]
    fn transfer_needs_an_open_window_that_serves_one_of_the_procedures() {
        let p = Progress::waiting("certificates");
        let cards = target("cards", &[Procedure::CardRenewal]);
        let refused = apply(
            &p,
            CERT,
            &Move::Transfer {
                to: cards.clone(),
                by: by(),
            },
            at(9, 0),
        )
        .unwrap_err();
        assert!(matches!(refused, MoveError::WindowDoesNotServe { .. }));
        assert!(refused.to_string().contains("cert_renewal"), "{refused}");
        let both = [Procedure::CertRenewal, Procedure::CardRenewal];
        let moved = apply(
            &p,
            &both,
            &Move::Transfer {
                to: cards.clone(),
                by: by(),
            },
            at(9, 0),
        )
        .unwrap();
        assert_eq!(moved, Progress::waiting("cards"));
        let closed = TransferTarget {
            open: false,
            ..cards
        };
        assert_eq!(
            apply(
                &p,
                &both,
                &Move::Transfer {
                    to: closed,
                    by: by()
                },
                at(9, 0)
            )
            .unwrap_err(),
            MoveError::WindowClosed("cards".into())
        );
    }

    #[test]
    fn a_consultation_may_go_to_any_open_window_but_not_the_one_it_is_at() {
        let p = Progress::waiting("certificates");
        let to = target("cards", &[Procedure::CardRenewal]);
        assert!(
            apply(
                &p,
                &[],
                &Move::Transfer {
                    to: to.clone(),
                    by: by()
                },
                at(9, 0)
            )
            .is_ok()
        );
        let same = target("certificates", CERT);
        assert_eq!(
            apply(&p, &[], &Move::Transfer { to: same, by: by() }, at(9, 0)).unwrap_err(),
            MoveError::SameWindow("certificates".into())
        );
    }

    #[test]
    fn the_calling_order_is_issue_time_then_commit_order() {
        let mut tickets = [(at(9, 5), 1), (at(9, 0), 7), (at(9, 5), 0), (at(8, 59), 9)];
        tickets.sort_by(|a, b| calling_order(*a, *b));
        assert_eq!(
            tickets.map(|t| t.1),
            [9, 7, 0, 1],
            "earliest issue first; equal times by id"
        );
    }

    #[test]
    fn states_and_events_survive_their_stored_words() {
        for s in State::ALL {
            assert_eq!(State::from_id(s.id()), Some(s));
        }
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_id(k.id()), Some(k));
        }
        assert_eq!(State::from_id("lost"), None);
    }
}
