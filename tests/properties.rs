//! Properties of the rules over arbitrary cards, answers and days.

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use madoguchi::config::Config;
use madoguchi::domain::{Answers, CardFacts, CardKind, NoCardReason, Question, Status, Visitor};
use madoguchi::rules::{Advice, advise};
use proptest::prelude::*;

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap()
});

fn date() -> impl Strategy<Value = NaiveDate> {
    let base = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    (0u64..12_000).prop_map(move |n| base + Days::new(n))
}

fn kind() -> impl Strategy<Value = CardKind> {
    prop_oneof![
        4 => Just(CardKind::MyNumberCard),
        1 => Just(CardKind::JukiCard),
        1 => Just(CardKind::Smartphone),
        1 => Just(CardKind::OtherCard),
        1 => Just(CardKind::Unreadable),
    ]
}

fn card() -> impl Strategy<Value = CardFacts> {
    (
        kind(),
        proptest::option::weighted(0.9, date()),
        proptest::option::of(date()),
        proptest::option::of(0u8..=3),
        proptest::option::of(0u8..=5),
        any::<bool>(),
    )
        .prop_map(|(kind, cert, card_expiry, auth, sign, same)| CardFacts {
            kind,
            auth_cert_expiry: cert,
            // Often the card expires with its certificates (R-RENEW-4).
            card_expiry: if same { cert } else { card_expiry },
            auth_pin_tries_left: auth,
            sign_pin_tries_left: sign,
        })
}

fn answers() -> impl Strategy<Value = Answers> {
    let visitor = prop_oneof![
        Just(Visitor::Holder),
        Just(Visitor::LegalRepresentative),
        Just(Visitor::Proxy)
    ];
    let reason = prop_oneof![
        Just(NoCardReason::NeverHad),
        Just(NoCardReason::Lost),
        Just(NoCardReason::Damaged)
    ];
    let flag = || proptest::option::of(any::<bool>());
    (
        proptest::option::of(visitor),
        flag(),
        flag(),
        flag(),
        flag(),
        flag(),
        proptest::option::of(reason),
    )
        .prop_map(|(v, form, changed, pins, matches, minor, reason)| Answers {
            visitor: v,
            has_inquiry_form: form,
            basic_info_changed: changed,
            knows_pins: pins,
            card_expiry_matches_cert: matches,
            holder_under_15_or_ward: minor,
            no_card_reason: reason,
        })
}

/// How far along its life a card is; it may only grow as days pass.
fn stage(status: Status) -> u8 {
    match status {
        Status::Valid => 0,
        Status::Renewable => 1,
        Status::Expired => 2,
        Status::CardExpired => 3,
        _ => 0,
    }
}

/// What a question's answer may change.
fn outcome(a: &Advice) -> impl PartialEq + std::fmt::Debug + use<> {
    (
        a.status,
        a.procedures.clone(),
        a.window.clone(),
        a.checklist.clone(),
        a.visits,
        a.same_day,
        a.fee_yen,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    /// An old machine's CSV, however broken, is read or refused with a line and column;
    /// it never panics, and what it reads keeps its times in order.
    #[test]
    fn any_history_file_is_read_or_refused_never_a_panic(
        rows in proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![
                    Just("certificates".to_owned()),
                    Just("2026-10-05 09:00".to_owned()),
                    Just("2026-10-05 09:12".to_owned()),
                    Just(String::new()),
                    Just("served".to_owned()),
                    "[ -~あ\"]{0,12}",
                ],
                0..7,
            ),
            0..6,
        ),
        header in prop_oneof![
            Just("window,issued_at,called_at,finished_at,outcome".to_owned()),
            Just("window,issued_at,called_at,finished_at".to_owned()),
            "[a-z_,]{0,40}",
        ],
    ) {
        let text = std::iter::once(header)
            .chain(rows.iter().map(|r| r.join(",")))
            .collect::<Vec<_>>()
            .join("\n");
        if let Ok(visits) = madoguchi::city::parse_history(text.as_bytes(), |w| w == "certificates", "certificates") {
            for v in visits {
                prop_assert!(v.issued_at <= v.called_at);
                prop_assert!(v.finished_at.is_none_or(|f| f >= v.called_at));
            }
        }
    }


    #[test]
    fn status_never_goes_back_from_expired_to_valid(
        card in card(), answers in answers(), today in date(), later in 0u64..4000
    ) {
        let later_day = today + Days::new(later);
        let now = advise(today, Some(&card), &answers, &*CONFIG).status;
        let then = advise(later_day, Some(&card), &answers, &*CONFIG).status;
        prop_assert!(stage(then) >= stage(now), "{now:?} on {today} became {then:?} on {later_day}");
        if matches!(now, Status::Expired | Status::CardExpired) {
            prop_assert!(!matches!(then, Status::Valid | Status::Renewable));
        }
    }

    #[test]
    fn a_question_not_pending_cannot_change_the_advice(
        card in proptest::option::weighted(0.85, card()), answers in answers(), today in date()
    ) {
        let advice = advise(today, card.as_ref(), &answers, &*CONFIG);
        for q in Question::ALL {
            if q.is_answered(&answers) || advice.pending_questions.contains(&q) {
                continue;
            }
            for alternative in q.alternatives(&answers) {
                let other = advise(today, card.as_ref(), &alternative, &*CONFIG);
                prop_assert_eq!(outcome(&other), outcome(&advice), "{:?} changed the advice", q);
            }
        }
    }

    #[test]
    fn a_pending_question_has_an_answer_that_changes_the_advice(
        card in proptest::option::weighted(0.85, card()), answers in answers(), today in date()
    ) {
        let advice = advise(today, card.as_ref(), &answers, &*CONFIG);
        let changes = |q: Question, answers: &Answers| {
            let now = outcome(&advise(today, card.as_ref(), answers, &*CONFIG));
            q.alternatives(answers)
                .iter()
                .any(|a| outcome(&advise(today, card.as_ref(), a, &*CONFIG)) != now)
        };
        for q in &advice.pending_questions {
            prop_assert!(!q.is_answered(&answers));
            // Who is asking comes first: it changes the advice now, or once another pending
            // question is answered.
            let later = *q == Question::Visitor
                && advice.pending_questions.iter().any(|other| {
                    other
                        .alternatives(&answers)
                        .iter()
                        .any(|a| changes(Question::Visitor, a))
                });
            prop_assert!(changes(*q, &answers) || later, "{:?} is pending but changes nothing", q);
        }
    }

    #[test]
    fn who_is_asking_is_asked_before_anything_about_the_card(
        card in card(), answers in answers(), today in date()
    ) {
        let advice = advise(today, Some(&card), &answers, &*CONFIG);
        if let Some(at) = advice.pending_questions.iter().position(|q| *q == Question::Visitor) {
            prop_assert_eq!(at, 0, "{:?}", advice.pending_questions);
        }
    }

    #[test]
    fn pin_reset_always_comes_first_and_shares_the_counter(
        card in card(), answers in answers(), today in date()
    ) {
        let advice = advise(today, Some(&card), &answers, &*CONFIG);
        if let Some(i) = advice.procedures.iter().position(|p| *p == madoguchi::domain::Procedure::PinReset) {
            prop_assert_eq!(i, 0);
            prop_assert_eq!(advice.window.as_deref(), Some("certificates"));
        }
        // A procedure always has a counter; no procedure, no counter.
        prop_assert_eq!(advice.procedures.is_empty(), advice.window.is_none());
    }
}

#[test]
fn advice_at_the_edges_of_the_calendar_does_not_panic() {
    let c = CardFacts {
        kind: CardKind::MyNumberCard,
        auth_cert_expiry: Some(NaiveDate::MIN),
        card_expiry: Some(NaiveDate::MAX),
        auth_pin_tries_left: Some(0),
        sign_pin_tries_left: Some(0),
    };
    for today in [NaiveDate::MIN, NaiveDate::MAX] {
        let a = advise(today, Some(&c), &Answers::default(), &*CONFIG);
        assert!(a.days_left.is_some());
    }
}
