//! A resident's session through every path: cards read by the simulated reader, touches, time passing.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use madoguchi::card::profiles::{Profile, VirtualRoot};
use madoguchi::card::simulated::SimulatedReader;
use madoguchi::card::virtual_card::Quirks;
use madoguchi::card::watcher::CardEvent;
use madoguchi::card::{ReadError, TrustAnchors};
use madoguchi::clock::FixedClock;
use madoguchi::config::Config;
use madoguchi::printer::PrintReport;
use madoguchi::rules::{NoCardReason, Procedure, Question, Visitor};
use madoguchi::session::{
    Answer, Effect, IDLE_COUNTDOWN, Input, OutOfService, Screen, Session, TICKET_SCREEN, Touch,
};
use madoguchi::tickets::{PrintOutcome, SqliteStore, StoreError, TicketStore};

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap()
});

/// Thursday 6 May 2027, 10:15: the counters are open.
const OPEN: &str = "2027-05-06T10:15";
/// Saturday 8 May 2027: closed.
const CLOSED: &str = "2027-05-08T10:15";

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

/// A session beside a simulated reader, with a clock the test moves.
struct Kiosk {
    session: Session,
    reader: SimulatedReader,
    events: Receiver<CardEvent>,
    now: Instant,
    local: NaiveDateTime,
    effects: Vec<Effect>,
}

impl Kiosk {
    fn new(at: &str) -> Kiosk {
        let (tx, events) = channel();
        let anchors = TrustAnchors::jlis()
            .with_virtual_production_anchor(&VirtualRoot::Production.certificate_der().unwrap())
            .unwrap();
        let reader = SimulatedReader::new(anchors, Arc::new(FixedClock(local(at))), move |e| {
            let _ = tx.send(e);
        });
        let now = Instant::now();
        let mut kiosk = Kiosk {
            session: Session::new(&CONFIG, now),
            reader,
            events,
            now,
            local: local(at),
            effects: Vec::new(),
        };
        kiosk.pump();
        kiosk
    }

    fn input(&mut self, input: Input) {
        let effects = self.session.update(input, &CONFIG, self.now, self.local);
        self.effects.extend(effects);
    }

    /// Feeds the reader's events to the session.
    fn pump(&mut self) {
        while let Ok(e) = self.events.try_recv() {
            self.input(Input::Card(e));
        }
    }

    fn insert(&mut self, profile: Profile) {
        self.reader.insert(profile, Quirks::default()).unwrap();
        self.pump();
    }

    fn remove(&mut self) {
        self.reader.remove();
        self.pump();
    }

    fn touch(&mut self, touch: Touch) {
        self.input(Input::Touch(touch));
    }

    fn wait(&mut self, d: Duration) {
        self.now += d;
        self.input(Input::Tick);
    }

    /// Answers each question on screen: the holder, and "yes" to the yes/no ones.
    fn answer_every_question_as_the_holder(&mut self) {
        while let Screen::Question(q) = self.screen().clone() {
            let answer = if q == Question::Visitor {
                Answer::Visitor(Visitor::Holder)
            } else {
                Answer::Yes
            };
            self.touch(Touch::Answer(answer));
        }
    }

    fn screen(&self) -> &Screen {
        self.session.screen()
    }

    /// Carries out the issue effect against a real store, as the UI would.
    fn issue_with(&mut self, store: &SqliteStore) {
        let effects = std::mem::take(&mut self.effects);
        let Some(Effect::IssueTicket { order, .. }) = effects
            .into_iter()
            .find(|e| matches!(e, Effect::IssueTicket { .. }))
        else {
            panic!("no ticket was asked for");
        };
        let result = store.issue(&order, self.local).map(|t| {
            (
                t,
                PrintReport {
                    outcome: PrintOutcome::NoPrinter,
                    state: None,
                },
            )
        });
        self.input(Input::Issued(result));
    }
}

fn store() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("t.sqlite"), local(OPEN)).unwrap();
    (dir, store)
}

#[test]
fn renewable_card_from_insertion_to_ticket_and_back_to_waiting() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    assert_eq!(k.screen(), &Screen::Waiting);
    k.insert(Profile::Renewable);
    assert_eq!(k.screen(), &Screen::Status);
    k.touch(Touch::Continue);
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Holder)));
    assert_eq!(k.screen(), &Screen::Question(Question::KnowsPins));
    k.touch(Touch::Answer(Answer::Yes));
    assert_eq!(k.screen(), &Screen::Checklist);
    k.touch(Touch::GetTicket);
    assert_eq!(k.screen(), &Screen::Issuing);
    k.issue_with(&store);
    let Screen::Ticket { ticket, .. } = k.screen().clone() else {
        panic!("{:?}", k.screen());
    };
    assert_eq!(ticket.number.to_string(), "A-001");
    assert_eq!(ticket.procedures, [Procedure::CertRenewal]);
    // Taking the card leaves the ticket up for 20 seconds.
    k.remove();
    assert!(matches!(k.screen(), Screen::Ticket { .. }));
    k.wait(TICKET_SCREEN - Duration::from_secs(1));
    assert!(matches!(k.screen(), Screen::Ticket { .. }));
    k.wait(Duration::from_secs(1));
    assert_eq!(k.screen(), &Screen::Waiting);
    assert!(k.session.reading().is_none());
}

#[test]
fn a_card_left_in_after_the_ticket_is_asked_for_with_a_sound_until_taken() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::AuthPinLocked);
    k.touch(Touch::Continue);
    k.answer_every_question_as_the_holder();
    assert_eq!(k.screen(), &Screen::Checklist);
    k.touch(Touch::GetTicket);
    k.issue_with(&store);
    k.wait(TICKET_SCREEN);
    assert_eq!(k.screen(), &Screen::TakeCard);
    k.effects.clear();
    k.wait(Duration::from_secs(1));
    assert_eq!(k.effects, [Effect::TakeCardSound]);
    k.remove();
    assert_eq!(k.screen(), &Screen::Waiting);
}

#[test]
fn a_card_just_put_in_shows_reading_and_no_take_card_chime_before_the_read_starts() {
    let mut k = Kiosk::new(OPEN);
    k.input(Input::Card(CardEvent::CardInserted {
        reader: "Reader 0".into(),
    }));
    assert_eq!(k.screen(), &Screen::Reading);
    // A second's tick lands before the watcher says the read has begun.
    k.effects.clear();
    k.wait(Duration::from_secs(1));
    assert_eq!(k.screen(), &Screen::Reading);
    assert!(
        !k.effects.contains(&Effect::TakeCardSound),
        "{:?}",
        k.effects
    );
}

#[test]
fn removing_the_card_at_any_step_ends_the_session_and_forgets_it() {
    let steps: [&[Touch]; 4] = [
        &[],
        &[Touch::Continue],
        &[
            Touch::Continue,
            Touch::Answer(Answer::Visitor(Visitor::Proxy)),
        ],
        &[
            Touch::Continue,
            Touch::Answer(Answer::Visitor(Visitor::Holder)),
            Touch::Answer(Answer::Yes),
        ],
    ];
    for touches in steps {
        let mut k = Kiosk::new(OPEN);
        k.touch(Touch::Language("en".into()));
        k.insert(Profile::Renewable);
        for t in touches {
            k.touch(t.clone());
        }
        k.remove();
        assert_eq!(k.screen(), &Screen::Waiting, "after {touches:?}");
        assert!(k.session.reading().is_none());
        assert_eq!(k.session.answers(), &Default::default());
        assert_eq!(k.session.language(), "ja");
    }
}

#[test]
fn switching_language_keeps_the_session_where_it_is() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.touch(Touch::Language("en".into()));
    assert_eq!(k.session.language(), "en");
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
    // A language kiosk.toml does not offer is ignored.
    k.touch(Touch::Language("fr".into()));
    assert_eq!(k.session.language(), "en");
}

#[test]
fn an_idle_session_counts_down_then_ends_and_a_touch_gives_more_time() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Valid);
    let timeout = Duration::from_secs(u64::from(CONFIG.session.idle_timeout_secs));
    k.wait(timeout - IDLE_COUNTDOWN - Duration::from_secs(1));
    assert_eq!(k.session.countdown(k.now), None);
    k.wait(Duration::from_secs(1));
    assert_eq!(k.session.countdown(k.now), Some(IDLE_COUNTDOWN.as_secs()));
    k.touch(Touch::MoreTime);
    assert_eq!(k.session.countdown(k.now), None);
    k.wait(timeout);
    // The card is still in: the session ends with the reminder to take it.
    assert_eq!(k.screen(), &Screen::TakeCard);
    assert!(k.session.reading().is_none());
}

#[test]
fn back_returns_to_the_previous_question_and_forgets_its_answer() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Proxy)));
    assert_eq!(k.screen(), &Screen::Question(Question::HasInquiryForm));
    k.touch(Touch::Back);
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
    assert_eq!(k.session.answers().visitor, None);
    k.touch(Touch::Back);
    assert_eq!(k.screen(), &Screen::Status);
}

#[test]
fn outside_reception_hours_the_status_is_explained_but_no_ticket_is_issued() {
    let mut k = Kiosk::new(CLOSED);
    k.insert(Profile::Expired);
    k.touch(Touch::Continue);
    k.answer_every_question_as_the_holder();
    assert_eq!(k.screen(), &Screen::Checklist);
    k.touch(Touch::GetTicket);
    assert_eq!(k.screen(), &Screen::Checklist);
    assert!(k.effects.is_empty());
}

#[test]
fn two_failed_reads_offer_a_ticket_for_help() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Unreadable);
    assert!(matches!(
        k.screen(),
        Screen::CouldNotRead {
            failures: 1,
            error: ReadError::Garbled(_)
        }
    ));
    k.touch(Touch::HelpTicket);
    assert!(
        k.effects.is_empty(),
        "help is offered after the second failure only"
    );
    k.remove();
    k.insert(Profile::Unreadable);
    assert!(matches!(
        k.screen(),
        Screen::CouldNotRead { failures: 2, .. }
    ));
    k.touch(Touch::HelpTicket);
    k.issue_with(&store);
    let Screen::Ticket { ticket, .. } = k.screen() else {
        panic!("{:?}", k.screen())
    };
    assert_eq!(ticket.window, "certificates");
    assert!(ticket.procedures.is_empty());
}

#[test]
fn without_a_card_the_reason_leads_to_the_card_counter() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::NoCard);
    assert_eq!(k.screen(), &Screen::Question(Question::NoCardReason));
    k.touch(Touch::Answer(Answer::NoCardReason(NoCardReason::Lost)));
    while let Screen::Question(q) = k.screen().clone() {
        assert_eq!(q, Question::Visitor);
        k.touch(Touch::Answer(Answer::Visitor(Visitor::Holder)));
    }
    assert_eq!(k.screen(), &Screen::Checklist);
    let advice = k.session.advice(local(OPEN).date(), &CONFIG).unwrap();
    assert_eq!(advice.procedures, [Procedure::CardReissue]);
    assert_eq!(advice.fee_yen, 1000);
    k.touch(Touch::GetTicket);
    k.issue_with(&store);
    let Screen::Ticket { ticket, .. } = k.screen() else {
        panic!("{:?}", k.screen())
    };
    assert_eq!(ticket.number.to_string(), "B-001");
    // Back from the first no-card question is the start.
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::NoCard);
    k.touch(Touch::Back);
    assert_eq!(k.screen(), &Screen::Waiting);
}

#[test]
fn a_valid_card_with_nothing_to_do_ends_without_a_ticket() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Valid);
    k.touch(Touch::Continue);
    // Worth asking: do you remember your PINs, has anything changed.
    assert_eq!(k.screen(), &Screen::Question(Question::KnowsPins));
    k.touch(Touch::Answer(Answer::Yes));
    assert_eq!(k.screen(), &Screen::Question(Question::BasicInfoChanged));
    k.touch(Touch::Answer(Answer::No));
    assert_eq!(k.screen(), &Screen::TakeCard);
}

#[test]
fn the_daily_cap_is_told_plainly_on_screen() {
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::NoCard);
    k.touch(Touch::Answer(Answer::NoCardReason(NoCardReason::NeverHad)));
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Holder)));
    k.touch(Touch::GetTicket);
    let refusal = StoreError::CapReached {
        window: "cards".into(),
        cap: 150,
    };
    k.input(Input::Issued(Err(refusal.clone())));
    assert_eq!(k.screen(), &Screen::NoTicket(refusal));
    k.wait(TICKET_SCREEN);
    assert_eq!(k.screen(), &Screen::Waiting);
}

#[test]
fn the_reader_service_going_away_puts_the_kiosk_out_of_service_until_it_returns() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.input(Input::Card(CardEvent::ServiceDown));
    assert_eq!(k.screen(), &Screen::OutOfService(OutOfService::ServiceDown));
    assert!(k.session.reading().is_none());
    k.input(Input::Card(CardEvent::ServiceUp));
    k.input(Input::Card(CardEvent::ReaderAttached {
        reader: "Virtual PCD 00 00".into(),
    }));
    assert_eq!(k.screen(), &Screen::Waiting);
}

#[test]
fn staff_pausing_ticketing_shows_out_of_service_between_residents() {
    let mut k = Kiosk::new(OPEN);
    k.input(Input::Paused(true));
    assert_eq!(
        k.screen(),
        &Screen::OutOfService(OutOfService::PausedByStaff)
    );
    k.input(Input::Paused(false));
    assert_eq!(k.screen(), &Screen::Waiting);
}

#[test]
fn a_language_chosen_before_the_card_is_kept_and_forgotten_after_idle_time() {
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::Language("en".into()));
    k.insert(Profile::Renewable);
    assert_eq!(k.session.language(), "en");
    k.remove();
    assert_eq!(k.session.language(), "ja");
    k.touch(Touch::Language("en".into()));
    k.wait(Duration::from_secs(u64::from(
        CONFIG.session.idle_timeout_secs,
    )));
    assert_eq!(k.screen(), &Screen::Waiting);
    assert_eq!(k.session.language(), "ja");
}
