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
use madoguchi::domain::{NoCardReason, Procedure, Question, Visitor};
use madoguchi::printer::PrintReport;
use madoguchi::session::{
    Answer, Effect, IDLE_COUNTDOWN, Input, OutOfService, Screen, Session, TICKET_SCREEN, Touch,
};
use madoguchi::tickets::{AskedFrom, PrintOutcome, SqliteStore, StoreError, TicketStore};

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap()
});

/// The shipped kiosk.toml's wait for a lifted card.
static PUT_BACK_GRACE: LazyLock<Duration> =
    LazyLock::new(|| Duration::from_secs(u64::from(CONFIG.session.put_back_secs)));

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
    config: Config,
}

impl Kiosk {
    fn new(at: &str) -> Kiosk {
        Kiosk::with(at, CONFIG.clone())
    }

    fn with(at: &str, config: Config) -> Kiosk {
        let (tx, events) = channel();
        let anchors = TrustAnchors::jlis()
            .with_virtual_production_anchor(&VirtualRoot::Production.certificate_der().unwrap())
            .unwrap();
        let reader = SimulatedReader::new(anchors, Arc::new(FixedClock(local(at))), move |e| {
            let _ = tx.send(e);
        });
        let now = Instant::now();
        let mut kiosk = Kiosk {
            session: Session::new(&config, now),
            reader,
            events,
            now,
            local: local(at),
            effects: Vec::new(),
            config,
        };
        kiosk.pump();
        kiosk
    }

    fn input(&mut self, input: Input) {
        let effects = self
            .session
            .update(input, &self.config, self.now, self.local);
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
                Box::new(t),
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
    let store = SqliteStore::open(&dir.path().join("t.sqlite"), "main", local(OPEN)).unwrap();
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
fn a_card_lifted_at_any_step_waits_to_be_put_back_then_the_visit_is_forgotten() {
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
        assert_eq!(k.screen(), &Screen::PutCardBack, "after {touches:?}");
        assert_eq!(
            k.session.put_back_seconds(k.now),
            Some(PUT_BACK_GRACE.as_secs())
        );
        assert_eq!(k.session.countdown(k.now), None);
        k.wait(*PUT_BACK_GRACE - Duration::from_secs(1));
        assert_eq!(k.screen(), &Screen::PutCardBack, "after {touches:?}");
        k.wait(Duration::from_secs(1));
        assert_eq!(k.screen(), &Screen::Waiting, "after {touches:?}");
        assert!(k.session.reading().is_none());
        assert_eq!(k.session.answers(), &Default::default());
        assert_eq!(k.session.language(), "ja");
    }
}

#[test]
fn the_same_card_put_back_carries_on_where_the_resident_was() {
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::Language("en".into()));
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Proxy)));
    let question = k.screen().clone();
    assert_eq!(question, Screen::Question(Question::HasInquiryForm));
    k.remove();
    assert_eq!(k.screen(), &Screen::PutCardBack);
    k.wait(Duration::from_secs(10));
    k.insert(Profile::Renewable);
    assert_eq!(k.screen(), &question);
    assert_eq!(k.session.answers().visitor, Some(Visitor::Proxy));
    assert_eq!(k.session.language(), "en");
    // Back still goes where it went before the card was lifted.
    k.touch(Touch::Back);
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
}

#[test]
fn another_card_put_back_starts_a_new_visit() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Proxy)));
    k.remove();
    k.insert(Profile::Expired);
    assert_eq!(k.screen(), &Screen::Status);
    assert_eq!(k.session.answers(), &Default::default());
    let advice = k.session.advice(local(OPEN).date(), &CONFIG).unwrap();
    assert_eq!(advice.status, madoguchi::domain::Status::Expired);
}

#[test]
fn start_over_with_the_card_on_the_reader_is_its_status_again() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Proxy)));
    k.touch(Touch::StartOver);
    assert_eq!(k.screen(), &Screen::Status);
    assert_eq!(k.session.answers(), &Default::default());
    assert!(k.session.reading().is_some());
    k.touch(Touch::Continue);
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
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
fn any_offered_language_is_two_touches_away_and_the_chooser_gives_way_to_a_card() {
    let mut config = CONFIG.clone();
    config.languages.offered = ["ja", "en", "ko", "ne"].map(String::from).to_vec();
    let mut k = Kiosk::with(OPEN, config);
    k.touch(Touch::Languages);
    assert!(k.session.choosing_language());
    k.touch(Touch::Language("ne".into()));
    assert_eq!(k.session.language(), "ne");
    assert!(!k.session.choosing_language());
    // Closed without a choice: the language stays.
    k.touch(Touch::Languages);
    k.touch(Touch::CloseLanguages);
    assert!(!k.session.choosing_language());
    assert_eq!(k.session.language(), "ne");
    // A card put on the reader while the chooser is open shows the reading, in the language
    // already chosen.
    k.touch(Touch::Languages);
    k.insert(Profile::Renewable);
    assert!(!k.session.choosing_language());
    assert_eq!(k.session.language(), "ne");
    assert_eq!(k.screen(), &Screen::Status);
}

#[test]
fn a_chooser_left_open_closes_with_the_idle_time_and_the_default_language_returns() {
    let mut config = CONFIG.clone();
    config.languages.offered = ["ja", "en", "vi"].map(String::from).to_vec();
    let mut k = Kiosk::with(OPEN, config);
    k.touch(Touch::Language("vi".into()));
    k.touch(Touch::Languages);
    k.wait(Duration::from_secs(u64::from(
        CONFIG.session.idle_timeout_secs,
    )));
    assert!(!k.session.choosing_language());
    assert_eq!(k.session.language(), "ja");
}

#[test]
fn an_idle_session_warns_for_20_seconds_with_a_sound_and_more_time_restores_it() {
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::Language("en".into()));
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
    let timeout = Duration::from_secs(u64::from(CONFIG.session.idle_timeout_secs));
    assert!(IDLE_COUNTDOWN >= Duration::from_secs(20), "WCAG 2.2.1");
    k.wait(timeout - IDLE_COUNTDOWN - Duration::from_secs(1));
    assert_eq!(k.session.countdown(k.now), None);
    k.effects.clear();
    k.wait(Duration::from_secs(1));
    assert_eq!(k.session.countdown(k.now), Some(IDLE_COUNTDOWN.as_secs()));
    // The screen's speech gives way to the warning's.
    let sounds = |k: &Kiosk| -> Vec<Effect> {
        k.effects
            .iter()
            .filter(|e| !matches!(e, Effect::Silence { .. }))
            .cloned()
            .collect()
    };
    assert_eq!(sounds(&k), [Effect::CountdownSound]);
    k.wait(Duration::from_secs(5));
    assert_eq!(
        sounds(&k),
        [Effect::CountdownSound],
        "one sound per warning"
    );
    k.touch(Touch::MoreTime);
    assert_eq!(k.session.countdown(k.now), None);
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
    assert!(k.session.reading().is_some());
    k.wait(timeout);
    // The card is still in: the session ends with the reminder to take it, in every
    // language, and the next resident starts in the default one.
    assert_eq!(k.screen(), &Screen::TakeCard);
    assert!(k.session.reading().is_none());
    assert_eq!(k.session.language(), "ja");
    // No countdown on the reminder: it never sticks at "0 seconds".
    for _ in 0..30 {
        k.wait(Duration::from_secs(1));
        assert_eq!(k.session.countdown(k.now), None);
    }
}

#[test]
fn the_screens_residents_read_wait_longer_than_the_questions() {
    let reading = Duration::from_secs(u64::from(CONFIG.session.reading_timeout_secs));
    let question = Duration::from_secs(u64::from(CONFIG.session.idle_timeout_secs));
    assert!(reading >= Duration::from_secs(120), "{reading:?}");
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Expired);
    k.touch(Touch::Continue);
    k.answer_every_question_as_the_holder();
    assert_eq!(k.screen(), &Screen::Checklist);
    k.wait(question);
    assert_eq!(
        k.screen(),
        &Screen::Checklist,
        "a slow reader is not cut off"
    );
    k.wait(reading - question - IDLE_COUNTDOWN);
    assert_eq!(k.session.countdown(k.now), Some(IDLE_COUNTDOWN.as_secs()));
    k.wait(IDLE_COUNTDOWN);
    assert_eq!(k.screen(), &Screen::TakeCard);
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
    assert!(
        !k.effects
            .iter()
            .any(|e| matches!(e, Effect::IssueTicket { .. })),
        "{:?}",
        k.effects
    );
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
    k.remove();
    k.insert(Profile::Unreadable);
    assert!(matches!(
        k.screen(),
        Screen::CouldNotRead { failures: 2, .. }
    ));
    k.touch(Touch::AskCounter);
    k.issue_with(&store);
    let Screen::Ticket { ticket, .. } = k.screen() else {
        panic!("{:?}", k.screen())
    };
    // The consultation counter, and why, for the clerk.
    assert_eq!(ticket.window(), "certificates");
    assert!(ticket.procedures.is_empty());
    assert_eq!(ticket.brief.asked_from, Some(AskedFrom::CouldNotRead));
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
    assert_eq!(ticket.brief.no_card_reason, Some(NoCardReason::Lost));
    assert!(!k.session.card_in(), "no card to forget: no reminder");
    // Back from the first no-card question is the start.
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::NoCard);
    k.touch(Touch::Back);
    assert_eq!(k.screen(), &Screen::Waiting);
}

#[test]
fn a_valid_card_with_nothing_to_do_ends_with_a_conclusion_and_a_way_to_ask() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Valid);
    k.touch(Touch::Continue);
    // Who is asking first, then: do you remember your PINs, has anything changed.
    assert_eq!(k.screen(), &Screen::Question(Question::Visitor));
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Holder)));
    assert_eq!(k.screen(), &Screen::Question(Question::KnowsPins));
    k.touch(Touch::Answer(Answer::Yes));
    assert_eq!(k.screen(), &Screen::Question(Question::BasicInfoChanged));
    k.touch(Touch::Answer(Answer::No));
    assert_eq!(k.screen(), &Screen::Conclusion);
    // Asking a person from the conclusion gives a consultation ticket saying where from.
    k.touch(Touch::AskCounter);
    k.issue_with(&store);
    let Screen::Ticket { ticket, .. } = k.screen() else {
        panic!("{:?}", k.screen())
    };
    assert_eq!(ticket.brief.asked_from, Some(AskedFrom::Conclusion));
    assert_eq!(ticket.brief.status, Some(madoguchi::domain::Status::Valid));
    assert_eq!(ticket.brief.visitor, Some(Visitor::Holder));
    // Finishing the conclusion leaves the reminder to take the card.
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Valid);
    k.touch(Touch::Continue);
    k.touch(Touch::Answer(Answer::Visitor(Visitor::Holder)));
    k.touch(Touch::Answer(Answer::Yes));
    k.touch(Touch::Answer(Answer::No));
    k.touch(Touch::Continue);
    assert_eq!(k.screen(), &Screen::TakeCard);
}

#[test]
fn an_unverifiable_card_reaches_staff_even_with_nothing_to_do() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Unverifiable);
    k.touch(Touch::Continue);
    while let Screen::Question(q) = k.screen().clone() {
        let answer = match q {
            Question::Visitor => Answer::Visitor(Visitor::Holder),
            Question::BasicInfoChanged => Answer::No,
            _ => Answer::Yes,
        };
        k.touch(Touch::Answer(answer));
    }
    assert_eq!(k.screen(), &Screen::Conclusion);
    k.touch(Touch::AskCounter);
    k.issue_with(&store);
    let Screen::Ticket { ticket, .. } = k.screen() else {
        panic!("{:?}", k.screen())
    };
    assert!(ticket.brief.check_card());
    // The record keeps it, for the counter's screen.
    let stored = store.find(ticket.day, &ticket.number).unwrap();
    assert!(stored.brief.check_card());
}

#[test]
fn the_ticket_brief_tells_the_clerk_who_came_and_what_was_read() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::Language("en".into()));
    k.insert(Profile::AuthPinLocked);
    k.touch(Touch::Continue);
    while let Screen::Question(q) = k.screen().clone() {
        let answer = match q {
            Question::Visitor => Answer::Visitor(Visitor::Proxy),
            Question::HasInquiryForm => Answer::No,
            _ => Answer::Yes,
        };
        k.touch(Touch::Answer(answer));
    }
    assert_eq!(k.screen(), &Screen::Checklist);
    k.touch(Touch::GetTicket);
    let details = k.effects.iter().find_map(|e| match e {
        Effect::IssueTicket { details, .. } => Some(details.clone()),
        _ => None,
    });
    // The dates go on paper only.
    assert!(details.unwrap().cert_expiry.is_some());
    k.issue_with(&store);
    let Screen::Ticket { ticket, .. } = k.screen() else {
        panic!("{:?}", k.screen())
    };
    let brief = &ticket.brief;
    assert!(brief.auth_pin_locked && !brief.sign_pin_locked);
    assert_eq!(brief.visitor, Some(Visitor::Proxy));
    assert_eq!(brief.inquiry_form, Some(false));
    assert_eq!(brief.asked_from, None);
    assert_eq!(ticket.language, "en");
    assert_eq!(
        store.find(ticket.day, &ticket.number).unwrap().brief,
        *brief
    );
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
    k.wait(*PUT_BACK_GRACE);
    assert_eq!(k.session.language(), "ja");
    k.touch(Touch::Language("en".into()));
    k.wait(Duration::from_secs(u64::from(
        CONFIG.session.idle_timeout_secs,
    )));
    assert_eq!(k.screen(), &Screen::Waiting);
    assert_eq!(k.session.language(), "ja");
}

#[test]
fn with_no_wait_for_a_lifted_card_lifting_it_ends_the_visit() {
    let mut config = CONFIG.clone();
    config.session.put_back_secs = 0;
    let mut k = Kiosk::with(OPEN, config);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.remove();
    assert_eq!(k.screen(), &Screen::Waiting);
    assert!(k.session.reading().is_none());
}

/// One of the walk-through's residents: the card (none: the no-card path), and how they answer.
struct Walk {
    name: &'static str,
    card: Option<Profile>,
    visitor: Visitor,
    knows_pins: bool,
    info_changed: bool,
    has_form: bool,
    /// Touches the December 2026 review counted to a ticket, Japanese / English (`None`: it
    /// ended with no ticket).
    before: (Option<u32>, Option<u32>),
}

/// Touches from the card on the reader (or "no card") to a ticket, as the review counted them:
/// choosing English is one; putting the card down or lifting it is none.
fn touches_to_a_ticket(walk: &Walk, english: bool) -> Option<u32> {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    let mut touches = 0;
    let mut touch = |k: &mut Kiosk, t: Touch| {
        touches += 1;
        k.touch(t);
    };
    if english {
        touch(&mut k, Touch::Language("en".into()));
    }
    match walk.card {
        Some(Profile::Unreadable) => {
            k.insert(Profile::Unreadable);
            k.remove();
            k.insert(Profile::Unreadable);
            touch(&mut k, Touch::AskCounter);
        }
        Some(profile) => {
            k.insert(profile);
            touch(&mut k, Touch::Continue);
        }
        None => {
            touch(&mut k, Touch::NoCard);
            touch(
                &mut k,
                Touch::Answer(Answer::NoCardReason(NoCardReason::Lost)),
            );
        }
    }
    for _ in 0..10 {
        match k.screen().clone() {
            Screen::Question(q) => {
                let yes = |b: bool| if b { Answer::Yes } else { Answer::No };
                let answer = match q {
                    Question::Visitor => Answer::Visitor(walk.visitor),
                    Question::KnowsPins => yes(walk.knows_pins),
                    Question::BasicInfoChanged => yes(walk.info_changed),
                    Question::HasInquiryForm => yes(walk.has_form),
                    _ => Answer::Yes,
                };
                touch(&mut k, Touch::Answer(answer));
            }
            Screen::Checklist => touch(&mut k, Touch::GetTicket),
            // Nothing to do: an unverified card goes to a person from here.
            Screen::Conclusion => touch(&mut k, Touch::AskCounter),
            Screen::Issuing => {
                k.issue_with(&store);
                return Some(touches);
            }
            _ => return None,
        }
    }
    None
}

// The review's nine residents, walked again: the same touches or fewer, and nobody stranded.
#[test]
fn the_reviews_walks_take_no_more_touches_and_all_end_with_a_ticket() {
    let holder = |name, card, knows_pins, info_changed, before| Walk {
        name,
        card,
        visitor: Visitor::Holder,
        knows_pins,
        info_changed,
        has_form: false,
        before,
    };
    let walks = [
        holder(
            "1 renewable",
            Some(Profile::Renewable),
            true,
            false,
            (Some(4), Some(5)),
        ),
        holder(
            "2 expired, PINs forgotten",
            Some(Profile::Expired),
            false,
            false,
            (Some(4), Some(5)),
        ),
        holder(
            "3 PIN locked (ja: nothing changed)",
            Some(Profile::AuthPinLocked),
            true,
            false,
            (Some(5), None),
        ),
        holder(
            "3 PIN locked (en: info changed)",
            Some(Profile::AuthPinLocked),
            true,
            true,
            (None, Some(7)),
        ),
        holder(
            "4 card expires with the certificate",
            Some(Profile::CardExpiresWithCert),
            true,
            false,
            (Some(3), Some(4)),
        ),
        holder(
            "5 Juki card",
            Some(Profile::JukiCard),
            true,
            false,
            (Some(3), Some(4)),
        ),
        holder(
            "6 unverifiable, remembers PINs",
            Some(Profile::Unverifiable),
            true,
            false,
            (None, None),
        ),
        holder(
            "6 unverifiable, PINs forgotten",
            Some(Profile::Unverifiable),
            false,
            false,
            (None, Some(6)),
        ),
        holder(
            "7 unreadable twice",
            Some(Profile::Unreadable),
            true,
            false,
            (Some(1), Some(2)),
        ),
        holder("8 lost card", None, true, false, (Some(4), Some(5))),
        Walk {
            visitor: Visitor::Proxy,
            ..holder(
                "9 proxy without the form",
                Some(Profile::Renewable),
                true,
                false,
                (Some(5), None),
            )
        },
        Walk {
            visitor: Visitor::Proxy,
            has_form: true,
            ..holder(
                "9 proxy with the form",
                Some(Profile::Renewable),
                true,
                false,
                (None, Some(6)),
            )
        },
    ];
    for walk in &walks {
        for (english, before) in [(false, walk.before.0), (true, walk.before.1)] {
            let now = touches_to_a_ticket(walk, english);
            let lang = if english { "en" } else { "ja" };
            println!(
                "walk {} ({lang}): {now:?} touches, the review counted {before:?}",
                walk.name
            );
            assert!(
                now.is_some(),
                "walk {} ({lang}) ends with no ticket",
                walk.name
            );
            if let (Some(now), Some(before)) = (now, before) {
                assert!(
                    now <= before,
                    "walk {} ({lang}): {now} touches, {before} before",
                    walk.name
                );
            }
        }
    }
}

/// The speech the session asked for since the last look, in order.
fn speech(k: &mut Kiosk) -> Vec<Effect> {
    let effects = std::mem::take(&mut k.effects);
    effects
        .into_iter()
        .filter(|e| {
            matches!(
                e,
                Effect::Speak
                    | Effect::Silence { .. }
                    | Effect::Volume(_)
                    | Effect::SayTimedOut { .. }
            )
        })
        .collect()
}

#[test]
fn listen_turns_the_voice_on_for_the_visit_and_each_new_screen_cuts_the_last_one_off() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    speech(&mut k);
    assert!(!k.session.speaking(), "on request only");
    k.touch(Touch::Listen);
    assert_eq!(speech(&mut k), [Effect::Speak]);
    k.touch(Touch::Continue);
    assert_eq!(
        speech(&mut k),
        [Effect::Silence { visit_over: false }, Effect::Speak]
    );
    // Listen again (the keypad's 0) repeats the screen.
    k.touch(Touch::Listen);
    assert_eq!(speech(&mut k), [Effect::Speak]);
}

#[test]
fn speech_stops_when_the_card_is_taken_out_and_the_visit_forgets_it() {
    let mut config = CONFIG.clone();
    config.session.put_back_secs = 0;
    let mut k = Kiosk::with(OPEN, config);
    k.insert(Profile::Renewable);
    k.touch(Touch::Listen);
    speech(&mut k);
    k.remove();
    assert_eq!(k.screen(), &Screen::Waiting);
    assert_eq!(speech(&mut k), [Effect::Silence { visit_over: true }]);
    assert!(
        !k.session.speaking(),
        "the next resident starts without the voice"
    );
}

#[test]
fn a_key_turns_the_voice_on_unless_kiosk_toml_turns_it_off() {
    let mut k = Kiosk::new(OPEN);
    speech(&mut k);
    k.input(Input::KeyPressed);
    assert!(k.session.speaking());
    assert_eq!(speech(&mut k), [Effect::Speak]);

    let mut config = CONFIG.clone();
    config.accessibility.voice = madoguchi::config::VoiceMode::Off;
    let mut k = Kiosk::with(OPEN, config);
    speech(&mut k);
    k.input(Input::KeyPressed);
    k.touch(Touch::Listen);
    assert!(!k.session.speaking());
    assert_eq!(speech(&mut k), []);
}

#[test]
fn with_the_voice_always_on_every_screen_speaks_as_it_appears() {
    let mut config = CONFIG.clone();
    config.accessibility.voice = madoguchi::config::VoiceMode::Always;
    let mut k = Kiosk::with(OPEN, config);
    speech(&mut k);
    k.insert(Profile::Renewable);
    let said = speech(&mut k);
    assert_eq!(said.last(), Some(&Effect::Speak), "{said:?}");
}

#[test]
fn larger_text_high_contrast_and_volume_last_the_visit_and_are_reset_after_it() {
    let mut k = Kiosk::new(OPEN);
    speech(&mut k);
    let usual = k.session.volume();
    k.touch(Touch::LargerText);
    k.touch(Touch::HighContrast);
    k.touch(Touch::Louder);
    assert_eq!(speech(&mut k), [Effect::Volume(usual + 10)]);
    k.insert(Profile::Renewable);
    assert!(k.session.look().larger_text && k.session.look().high_contrast);
    k.touch(Touch::Quieter);
    k.touch(Touch::Quieter);
    assert_eq!(k.session.volume(), usual - 10);
    k.touch(Touch::Continue);
    k.answer_every_question_as_the_holder();
    k.touch(Touch::StartOver);
    k.remove();
    k.wait(*PUT_BACK_GRACE + Duration::from_secs(1));
    assert_eq!(k.screen(), &Screen::Waiting);
    assert_eq!(k.session.look(), madoguchi::session::Look::default());
    assert_eq!(k.session.volume(), usual);
    assert!(speech(&mut k).contains(&Effect::Volume(usual)));
}

#[test]
fn a_look_chosen_at_the_waiting_screen_by_someone_who_walked_away_is_forgotten() {
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::LargerText);
    k.wait(Duration::from_secs(
        u64::from(CONFIG.session.idle_timeout_secs) + 1,
    ));
    assert_eq!(k.session.look(), madoguchi::session::Look::default());
}

fn idle_timeout() -> Duration {
    Duration::from_secs(u64::from(CONFIG.session.idle_timeout_secs))
}

/// A tick while the voice is still saying the screen, as the UI sends it.
fn wait_while_speaking(k: &mut Kiosk, d: Duration) {
    k.now += d;
    k.input(Input::Speaking);
    k.input(Input::Tick);
}

#[test]
fn a_resident_listening_is_not_idle_and_the_idle_clock_starts_when_the_voice_ends() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.touch(Touch::Listen);
    // A question said for longer than the idle timeout: no countdown under the voice.
    for _ in 0..70 {
        wait_while_speaking(&mut k, Duration::from_secs(1));
    }
    assert!(k.session.countdown(k.now).is_none());
    assert!(matches!(k.screen(), Screen::Question(_)));
    // Then the whole idle time before the warning, from the voice's end.
    let warn_at = idle_timeout() - IDLE_COUNTDOWN;
    k.wait(warn_at - Duration::from_secs(1));
    assert!(k.session.countdown(k.now).is_none());
    k.wait(Duration::from_secs(1));
    assert!(k.session.countdown(k.now).is_some());
}

#[test]
fn the_countdown_is_spoken_and_so_is_the_end_of_the_visit() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    k.touch(Touch::Listen);
    speech(&mut k);
    // The app sends staff's pause (unchanged) before every tick, and carries out none of
    // what it returns: it must not be the input that sees the dialog appear.
    k.now += idle_timeout() - IDLE_COUNTDOWN;
    let from_pause = k
        .session
        .update(Input::Paused(false), &CONFIG, k.now, k.local);
    assert_eq!(from_pause, []);
    k.input(Input::Tick);
    assert_eq!(
        speech(&mut k),
        [Effect::Silence { visit_over: false }, Effect::Speak],
        "the dialog is said as it appears"
    );
    // The countdown's own words do not hold the visit open.
    for _ in 0..IDLE_COUNTDOWN.as_secs() {
        wait_while_speaking(&mut k, Duration::from_secs(1));
    }
    assert_eq!(k.screen(), &Screen::TakeCard);
    assert_eq!(
        speech(&mut k),
        [
            Effect::Silence { visit_over: true },
            Effect::SayTimedOut {
                language: "ja".into(),
                card_in: true
            }
        ]
    );
}

#[test]
fn a_visit_that_ends_unheard_says_nothing() {
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Continue);
    speech(&mut k);
    k.wait(idle_timeout());
    assert_eq!(speech(&mut k), [Effect::Silence { visit_over: true }]);
}

#[test]
fn the_ticket_screen_stays_until_its_number_has_been_said() {
    let (_dir, store) = store();
    let mut k = Kiosk::new(OPEN);
    k.insert(Profile::Renewable);
    k.touch(Touch::Listen);
    k.touch(Touch::Continue);
    k.answer_every_question_as_the_holder();
    k.touch(Touch::GetTicket);
    k.issue_with(&store);
    k.remove();
    // Still being said after the ticket's usual time: it stays.
    for _ in 0..TICKET_SCREEN.as_secs() + 10 {
        wait_while_speaking(&mut k, Duration::from_secs(1));
    }
    assert!(matches!(k.screen(), Screen::Ticket { .. }));
    // Said: it goes a few seconds later.
    k.wait(madoguchi::session::AFTER_SPEECH);
    assert_eq!(k.screen(), &Screen::Waiting);
}

#[test]
fn the_voice_stays_on_at_the_waiting_screen_while_the_resident_finds_the_reader() {
    let mut k = Kiosk::new(OPEN);
    k.input(Input::KeyPressed);
    assert!(k.session.speaking());
    // The Waiting screen's speech, then as long again as a question's idle time.
    for _ in 0..44 {
        wait_while_speaking(&mut k, Duration::from_secs(1));
    }
    k.wait(idle_timeout() + Duration::from_secs(1));
    assert!(
        k.session.speaking(),
        "the voice went off before a card came"
    );
    k.insert(Profile::Renewable);
    assert_eq!(k.screen(), &Screen::Status);
    assert_eq!(speech(&mut k).last(), Some(&Effect::Speak));
}

#[test]
fn the_resident_s_own_language_stays_in_reach_after_a_touch_on_english() {
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::Languages);
    k.touch(Touch::Language("vi".into()));
    k.touch(Touch::Language("en".into()));
    assert_eq!(k.session.language(), "en");
    assert_eq!(k.session.own_language(), Some("vi"));
    k.touch(Touch::Language("vi".into()));
    assert_eq!(k.session.language(), "vi");
    // The next resident starts without it.
    k.wait(idle_timeout() + Duration::from_secs(1));
    assert_eq!(k.session.own_language(), None);
}

// The second walk: the screen said to stop a lost card at the hotline first; the paper did
// not, and the paper is what goes home.
#[test]
fn a_lost_card_s_ticket_says_to_stop_the_card_and_report_it_first() {
    let mut k = Kiosk::new(OPEN);
    k.touch(Touch::NoCard);
    k.touch(Touch::Answer(Answer::NoCardReason(NoCardReason::Lost)));
    k.answer_every_question_as_the_holder();
    k.touch(Touch::GetTicket);
    let Some(Effect::IssueTicket { details, .. }) = k
        .effects
        .iter()
        .find(|e| matches!(e, Effect::IssueTicket { .. }))
    else {
        panic!("no ticket asked for: {:?}", k.screen());
    };
    let keys: Vec<&str> = details.notes.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys[..2], ["lost-suspend", "lost-police"], "{keys:?}");
    let printed = madoguchi::i18n::Catalog::embedded().sentence("ja", &details.notes[0]);
    assert!(printed.contains(&CONFIG.lost_card.hotline), "{printed}");
}
