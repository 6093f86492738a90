//! Every rule of rules.md pinned to cases, through `rules::advise` and the shipped kiosk.toml.

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::NaiveDate;
use madoguchi::config::Config;
use madoguchi::domain::{
    Answers, CardFacts, CardKind, ChecklistItem, Headline, NoCardReason, Procedure, Question,
    StandardItem, Status, Visitor,
};
use madoguchi::i18n::Catalog;
use madoguchi::rules::{Advice, advise};

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap()
});

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A My Number Card of an adult: certificates to 2027-07-15, card to 2032-07-15, PINs untouched.
fn card() -> CardFacts {
    CardFacts {
        kind: CardKind::MyNumberCard,
        auth_cert_expiry: Some(d("2027-07-15")),
        card_expiry: Some(d("2032-07-15")),
        auth_pin_tries_left: Some(3),
        sign_pin_tries_left: Some(5),
    }
}

fn run(today: &str, card: Option<&CardFacts>, answers: &Answers) -> Advice {
    advise(d(today), card, answers, &*CONFIG)
}

fn items(advice: &Advice) -> Vec<&str> {
    advice.checklist.iter().map(ChecklistItem::id).collect()
}

fn message(advice: &Advice, lang: &str) -> String {
    Catalog::embedded().paragraph(lang, &advice.explanation)
}

fn keys(advice: &Advice) -> Vec<&str> {
    advice.explanation.iter().map(|s| s.key.as_str()).collect()
}

/// A proxy's visit with the holder's sealed form: the standard items, then Kagoshima's extras.
const PROXY_WITH_FORM: [&str; 5] = [
    "card",
    "proxy_id",
    "inquiry_form",
    "power_of_attorney",
    "proxy_seal",
];

fn visitor(v: Visitor) -> Answers {
    Answers {
        visitor: Some(v),
        ..Answers::default()
    }
}

// R-RENEW-1
#[test]
fn renewal_opens_on_16_april_for_a_15_july_expiry() {
    let c = card();
    let before = run("2027-04-15", Some(&c), &Answers::default());
    assert_eq!(before.status, Status::Valid);
    assert_eq!(before.renewal_from, Some(d("2027-04-16")));
    assert!(before.procedures.is_empty());
    assert_eq!(before.window, None);
    assert_eq!(before.visits, 0);
    let from = run("2027-04-16", Some(&c), &Answers::default());
    assert_eq!(from.status, Status::Renewable);
    assert_eq!(from.procedures, [Procedure::CertRenewal]);
    assert_eq!(from.window.as_deref(), Some("certificates"));
}

// R-RENEW-1
#[test]
fn renewal_for_a_31_may_expiry_opens_on_1_march_also_in_a_leap_year() {
    for (expiry, opens) in [("2027-05-31", "2027-03-01"), ("2028-05-31", "2028-03-01")] {
        let mut c = card();
        c.auth_cert_expiry = Some(d(expiry));
        let a = run("2027-01-10", Some(&c), &Answers::default());
        assert_eq!(a.renewal_from, Some(d(opens)), "{expiry}");
    }
    let mut c = card();
    c.auth_cert_expiry = Some(d("2028-05-31"));
    assert_eq!(
        run("2028-02-29", Some(&c), &Answers::default()).status,
        Status::Valid
    );
    assert_eq!(
        run("2028-03-01", Some(&c), &Answers::default()).status,
        Status::Renewable
    );
}

// R-CERT-2, R-RENEW-3, R-REVOKE-3
#[test]
fn expiry_day_is_renewable_and_the_day_after_needs_a_new_certificate() {
    let c = card();
    let last_day = run("2027-07-15", Some(&c), &Answers::default());
    assert_eq!(last_day.status, Status::Renewable);
    assert_eq!(last_day.days_left, Some(0));
    assert!(message(&last_day, "ja").contains("今日"));
    assert!(message(&last_day, "en").contains("expire today"));

    let after = run("2027-07-16", Some(&c), &Answers::default());
    assert_eq!(after.status, Status::Expired);
    assert_eq!(after.days_left, Some(-1));
    assert_eq!(after.procedures, [Procedure::CertIssuance]);
    assert!(keys(&after).contains(&"expired-meaning"));
    assert!(message(&after, "en").contains("still works as photo ID"));
}

// R-RENEW-4, R-VALID-2, R-VALID-3, R-VALID-5: the card expires with its certificates.
#[test]
fn card_expiring_with_the_certificates_is_renewed_as_a_card() {
    let mut c = card();
    c.card_expiry = c.auth_cert_expiry;
    let a = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(a.status, Status::Renewable);
    assert_eq!(a.procedures, [Procedure::CardRenewal]);
    assert_eq!(a.window.as_deref(), Some("cards"));
    assert_eq!((a.visits, a.same_day), (2, false));
    assert!(
        !a.pending_questions
            .contains(&Question::CardExpiryMatchesCert)
    );
    assert!(keys(&a).contains(&"card-expires-with-certificates"));
}

// R-RENEW-4, R-VALID-7: the chip did not give the card expiry, so the holder compares.
#[test]
fn unknown_card_expiry_asks_to_compare_the_printed_date() {
    let mut c = card();
    c.card_expiry = None;
    let assumed = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(assumed.procedures, [Procedure::CertRenewal]);
    // Who is asking first, then the printed date.
    assert_eq!(
        assumed.pending_questions[..2],
        [Question::Visitor, Question::CardExpiryMatchesCert]
    );

    let same = Answers {
        card_expiry_matches_cert: Some(true),
        ..Answers::default()
    };
    let a = run("2027-05-01", Some(&c), &same);
    assert_eq!(a.procedures, [Procedure::CardRenewal]);
    assert!(
        !a.pending_questions
            .contains(&Question::CardExpiryMatchesCert)
    );

    // After expiry the card has expired with its certificates.
    let a = run("2027-08-01", Some(&c), &same);
    assert_eq!(a.status, Status::CardExpired);
    assert_eq!(a.procedures, [Procedure::CardRenewal]);
}

// R-RENEW-6
#[test]
fn card_past_its_expiry_is_applied_for_again_and_needs_no_pin_reset() {
    let mut c = card();
    c.card_expiry = Some(d("2027-03-01"));
    c.auth_pin_tries_left = Some(0);
    let a = run("2027-03-02", Some(&c), &Answers::default());
    assert_eq!(a.status, Status::CardExpired);
    assert_eq!(a.procedures, [Procedure::CardRenewal]);
    assert_eq!(items(&a), ["card", "expiry_notice"]);
    assert!(!keys(&a).contains(&"pin-auth-locked"));
}

// R-REVOKE-1
#[test]
fn change_of_address_needs_only_a_new_signature_certificate() {
    let c = card();
    let unasked = run("2026-12-01", Some(&c), &Answers::default());
    assert!(unasked.procedures.is_empty());
    assert!(
        unasked
            .pending_questions
            .contains(&Question::BasicInfoChanged)
    );

    let moved = Answers {
        basic_info_changed: Some(true),
        ..Answers::default()
    };
    let a = run("2026-12-01", Some(&c), &moved);
    assert_eq!(a.status, Status::Valid);
    assert_eq!(a.procedures, [Procedure::SignCertIssuance]);
    assert_eq!(items(&a), ["card", "pins"]);
    assert!(keys(&a).contains(&"signature-revoked"));
    assert!(message(&a, "en").contains("user-authentication certificate still works"));
    // Whether the holder is a minor or ward now matters (R-MINOR-1).
    assert!(a.pending_questions.contains(&Question::HolderUnder15OrWard));
}

// R-MINOR-1
#[test]
fn no_signature_certificate_in_principle_for_a_minor_or_ward() {
    let a = run(
        "2026-12-01",
        Some(&card()),
        &Answers {
            basic_info_changed: Some(true),
            holder_under_15_or_ward: Some(true),
            ..Answers::default()
        },
    );
    assert!(a.procedures.is_empty());
    assert!(keys(&a).contains(&"signature-not-for-minors"));
}

// Legal representative: C-CARD, C-PINS, C-NOTICE, C-LEGALREP-ID, C-AGENCY-PROOF; same day.
#[test]
fn legal_representative_brings_their_id_and_proof_of_representation() {
    let a = run(
        "2027-05-01",
        Some(&card()),
        &visitor(Visitor::LegalRepresentative),
    );
    assert_eq!(a.procedures, [Procedure::CertRenewal]);
    assert_eq!(
        items(&a),
        [
            "card",
            "pins",
            "expiry_notice",
            "legal_rep_id",
            "agency_proof"
        ]
    );
    assert_eq!((a.visits, a.same_day), (1, true));
}

// Authorised proxy, renewal with the inquiry form from the expiry notice: same day.
#[test]
fn proxy_renewal_with_the_inquiry_form_is_done_the_same_day() {
    let answers = Answers {
        visitor: Some(Visitor::Proxy),
        has_inquiry_form: Some(true),
        ..Answers::default()
    };
    let a = run("2027-05-01", Some(&card()), &answers);
    assert_eq!(a.procedures, [Procedure::CertRenewal]);
    assert_eq!(items(&a), PROXY_WITH_FORM);
    assert_eq!((a.visits, a.same_day), (1, true));
}

// Authorised proxy, renewal without the form: the two-visit procedure, visit 1.
#[test]
fn proxy_renewal_without_the_form_takes_two_visits_and_lists_the_first() {
    let a = run("2027-05-01", Some(&card()), &visitor(Visitor::Proxy));
    assert_eq!(a.pending_questions[0], Question::HasInquiryForm);
    let answers = Answers {
        visitor: Some(Visitor::Proxy),
        has_inquiry_form: Some(false),
        ..Answers::default()
    };
    let a = run("2027-05-01", Some(&card()), &answers);
    assert_eq!(items(&a), ["card", "proxy_id"]);
    assert_eq!((a.visits, a.same_day), (2, false));
    assert!(keys(&a).contains(&"visits-proxy-first"));
    assert!(message(&a, "ja").contains("転送されません"));
}

// Authorised proxy, issuance: two visits, not the same day, with or without the form.
#[test]
fn proxy_issuance_takes_two_visits_and_the_second_brings_the_form() {
    let mut c = card();
    c.auth_cert_expiry = Some(d("2026-01-01"));
    let first = Answers {
        visitor: Some(Visitor::Proxy),
        has_inquiry_form: Some(false),
        ..Answers::default()
    };
    let a = run("2027-05-01", Some(&c), &first);
    assert_eq!(a.procedures, [Procedure::CertIssuance]);
    assert_eq!(items(&a), ["card", "proxy_id"]);
    assert_eq!((a.visits, a.same_day), (2, false));

    let second = Answers {
        has_inquiry_form: Some(true),
        ..first
    };
    let a = run("2027-05-01", Some(&c), &second);
    assert_eq!(items(&a), PROXY_WITH_FORM);
    assert_eq!((a.visits, a.same_day), (2, false));
    assert!(keys(&a).contains(&"visits-proxy-second"));
}

// The holder: the inquiry form is never asked.
#[test]
fn holder_is_never_asked_about_the_inquiry_form() {
    for today in ["2026-12-01", "2027-05-01", "2027-08-01"] {
        let a = run(today, Some(&card()), &visitor(Visitor::Holder));
        assert!(
            !a.pending_questions.contains(&Question::HasInquiryForm),
            "{today}"
        );
    }
    let a = run(
        "2027-05-01",
        Some(&card()),
        &Answers {
            visitor: Some(Visitor::Holder),
            has_inquiry_form: Some(true),
            ..Answers::default()
        },
    );
    assert_eq!(items(&a), ["card", "pins", "expiry_notice"]);
}

// R-PIN-1, R-PIN-3, R-PIN-4: a locked 4-digit PIN is reset first, with an official ID and the local seal.
#[test]
fn locked_authentication_pin_is_reset_first_with_an_official_id() {
    let mut c = card();
    c.auth_pin_tries_left = Some(0);
    let a = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(a.procedures, [Procedure::PinReset, Procedure::CertRenewal]);
    assert_eq!(a.window.as_deref(), Some("certificates"));
    // The locked PIN is set again at the counter, not brought: only the others are.
    assert_eq!(
        items(&a),
        ["card", "other_pins", "expiry_notice", "official_id", "seal"]
    );
    assert!(keys(&a).contains(&"pin-auth-locked"));
    assert_eq!(a.headline, Headline::PinLocked);
    assert_eq!((a.visits, a.same_day), (1, true));
}

// R-PIN-3: a locked signature password alone, with the 4-digit PIN known: the card is enough.
#[test]
fn locked_signature_password_alone_needs_no_official_id() {
    let mut c = card();
    c.sign_pin_tries_left = Some(0);
    let a = run("2026-12-01", Some(&c), &Answers::default());
    assert_eq!(a.status, Status::Valid);
    assert_eq!(a.procedures, [Procedure::PinReset]);
    assert_eq!(items(&a), ["card", "other_pins", "seal"]);
    assert!(keys(&a).contains(&"pin-sign-locked"));
    // R-PIN-1: the lock is the headline, not the certificate's validity.
    assert_eq!(a.headline, Headline::PinLocked);
}

// R-PIN-1: the last try is worth a warning, but no procedure.
#[test]
fn pin_at_its_last_try_is_warned_about() {
    let mut c = card();
    c.auth_pin_tries_left = Some(1);
    let a = run("2026-12-01", Some(&c), &Answers::default());
    assert!(a.procedures.is_empty());
    assert!(keys(&a).contains(&"pin-auth-last-try"));
    assert!(message(&a, "ja").contains("あと1回"));
}

// R-PIN-3, R-PIN-4: PINs forgotten: reset first, official ID, no PINs on the list.
#[test]
fn forgotten_pins_are_reset_before_renewal() {
    let a = run(
        "2027-05-01",
        Some(&card()),
        &Answers {
            knows_pins: Some(false),
            ..Answers::default()
        },
    );
    assert_eq!(a.procedures, [Procedure::PinReset, Procedure::CertRenewal]);
    assert_eq!(items(&a), ["card", "expiry_notice", "official_id", "seal"]);
}

// R-PIN-5: a proxy's PIN reset takes two visits, even with the form.
#[test]
fn proxy_pin_reset_is_never_the_same_day() {
    let mut c = card();
    c.auth_pin_tries_left = Some(0);
    let answers = Answers {
        visitor: Some(Visitor::Proxy),
        has_inquiry_form: Some(true),
        ..Answers::default()
    };
    let a = run("2027-05-01", Some(&c), &answers);
    assert_eq!(a.procedures, [Procedure::PinReset, Procedure::CertRenewal]);
    assert_eq!((a.visits, a.same_day), (2, false));
}

// R-VALID-6, R-FEE-3
#[test]
fn juki_card_holder_applies_for_a_free_my_number_card() {
    let c = CardFacts {
        kind: CardKind::JukiCard,
        auth_cert_expiry: Some(d("2015-06-30")),
        card_expiry: None,
        auth_pin_tries_left: Some(0),
        sign_pin_tries_left: None,
    };
    let a = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(a.status, Status::JukiCard);
    assert_eq!(a.procedures, [Procedure::CardApplication]);
    assert_eq!(a.window.as_deref(), Some("cards"));
    assert_eq!(a.fee_yen, 0);
    assert_eq!((a.visits, a.same_day), (2, false));
    assert_eq!(a.renewal_from, None);
    assert_eq!(items(&a), ["official_id"]);
}

// R-FEE-2, R-FEE-3: no card.
#[test]
fn no_card_leads_to_application_or_paid_reissue() {
    let a = run("2027-05-01", None, &Answers::default());
    assert_eq!(a.status, Status::NoCard);
    assert_eq!(a.pending_questions[0], Question::NoCardReason);
    assert_eq!(a.procedures, [Procedure::CardApplication]);

    let by_reason = |reason| {
        run(
            "2027-05-01",
            None,
            &Answers {
                no_card_reason: Some(reason),
                ..Answers::default()
            },
        )
    };
    let never = by_reason(NoCardReason::NeverHad);
    assert_eq!((never.fee_yen, items(&never)), (0, vec!["official_id"]));
    let lost = by_reason(NoCardReason::Lost);
    assert_eq!(lost.procedures, [Procedure::CardReissue]);
    assert_eq!(
        (lost.fee_yen, items(&lost)),
        (1000, vec!["official_id", "police_receipt"])
    );
    assert!(message(&lost, "ja").contains("1,000円"));
    let damaged = by_reason(NoCardReason::Damaged);
    assert_eq!(
        (damaged.fee_yen, items(&damaged)),
        (1000, vec!["card", "official_id"])
    );
    assert_eq!(damaged.window.as_deref(), Some("cards"));
}

// R-FEE-1
#[test]
fn certificate_renewal_and_issuance_are_free() {
    let mut c = card();
    assert_eq!(run("2027-05-01", Some(&c), &Answers::default()).fee_yen, 0);
    c.auth_cert_expiry = None;
    let a = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(a.status, Status::NoCertificate);
    assert_eq!(a.procedures, [Procedure::CertIssuance]);
    assert_eq!(a.fee_yen, 0);
}

// R-RENEW-2: the expiry notice is optional and listed as such.
#[test]
fn expiry_notice_is_optional_for_renewal() {
    let a = run("2027-05-01", Some(&card()), &Answers::default());
    assert!(
        a.checklist
            .contains(&ChecklistItem::Standard(StandardItem::ExpiryNotice))
    );
    assert!(message(&a, "en").contains("even if the expiry notice has not come"));
}

#[test]
fn smartphone_other_card_and_unreadable_send_nobody_to_a_counter() {
    for (kind, status) in [
        (CardKind::Smartphone, Status::Smartphone),
        (CardKind::OtherCard, Status::OtherCard),
        (CardKind::Unreadable, Status::Unreadable),
    ] {
        let c = CardFacts {
            kind,
            auth_cert_expiry: None,
            card_expiry: None,
            auth_pin_tries_left: None,
            sign_pin_tries_left: None,
        };
        let a = run("2027-05-01", Some(&c), &Answers::default());
        assert_eq!(a.status, status);
        assert!(a.procedures.is_empty() && a.window.is_none() && a.checklist.is_empty());
        assert!(
            a.pending_questions.is_empty(),
            "{kind:?}: {:?}",
            a.pending_questions
        );
    }
}

// R-LOCAL-3
#[test]
fn branches_handling_the_same_procedure_are_named() {
    let a = run("2027-05-01", Some(&card()), &Answers::default());
    assert!(message(&a, "ja").contains("谷山支所、伊敷支所、吉野支所でもできます"));
    let cards = run("2027-05-01", None, &Answers::default());
    assert!(!keys(&cards).contains(&"also-at"));
}

#[test]
fn a_valid_certificate_with_nothing_to_do_says_so_in_both_languages() {
    let a = run("2026-12-01", Some(&card()), &Answers::default());
    assert_eq!(a.status, Status::Valid);
    assert_eq!(a.days_left, Some(226));
    let ja = message(&a, "ja");
    assert!(
        ja.starts_with("電子証明書の有効期限は2027年7月15日(木)です。あと226日あります。"),
        "{ja}"
    );
    assert!(
        ja.contains("更新の手続きは2027年4月16日(金)からできます。"),
        "{ja}"
    );
    let en = message(&a, "en");
    assert!(
        en.starts_with("Your certificates are valid until Thursday 15 July 2027: 226 days left."),
        "{en}"
    );
    assert!(
        en.contains("You can renew them from Friday 16 April 2027."),
        "{en}"
    );
    assert!(keys(&a).contains(&"nothing-to-do"));
}

#[test]
fn every_explanation_key_exists_in_every_language() {
    let catalog = Catalog::embedded();
    let mut c = card();
    for today in ["2026-12-01", "2027-05-01", "2027-07-15", "2027-08-01"] {
        for tries in [Some(0), Some(1), Some(3)] {
            c.auth_pin_tries_left = tries;
            c.sign_pin_tries_left = tries;
            for v in Visitor::ALL {
                let a = run(today, Some(&c), &visitor(v));
                for lang in ["ja", "en"] {
                    for s in &a.explanation {
                        let text = catalog.sentence(lang, s);
                        assert_ne!(text, s.key, "{lang}: {} has no text", s.key);
                    }
                }
            }
        }
    }
}

// R-LOST-1: a lost card is suspended by telephone and reported to the police, told first.
#[test]
fn a_lost_card_is_suspended_and_reported_before_anything_else() {
    let lost = run(
        "2027-05-01",
        None,
        &Answers {
            no_card_reason: Some(NoCardReason::Lost),
            ..Answers::default()
        },
    );
    assert_eq!(keys(&lost)[..2], ["lost-suspend", "lost-police"]);
    for lang in ["ja", "en"] {
        assert!(
            message(&lost, lang).contains("0120-95-0178"),
            "{lang}: {}",
            message(&lost, lang)
        );
    }
    assert!(message(&lost, "ja").contains("マイナンバー総合フリーダイヤル"));
}

// R-LOST-2: a card left at home is not lost: nothing is reissued, nothing is charged.
#[test]
fn a_card_left_at_home_is_not_reissued() {
    let home = run(
        "2027-05-01",
        None,
        &Answers {
            no_card_reason: Some(NoCardReason::LeftAtHome),
            ..Answers::default()
        },
    );
    assert!(home.procedures.is_empty());
    assert_eq!((home.fee_yen, home.visits), (0, 0));
    assert!(home.pending_questions.is_empty());
    assert_eq!(keys(&home), ["left-at-home"]);
}

// R-RENEW-4: a card that expires with its certificates never says "you can renew".
#[test]
fn a_card_expiring_with_its_certificates_is_headlined_as_a_new_card() {
    let mut c = card();
    c.card_expiry = c.auth_cert_expiry;
    let a = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(a.headline, Headline::NewCardDue);
    let k = keys(&a);
    assert!(!k.contains(&"renewal-open-now"), "{k:?}");
    assert!(!k.contains(&"status-renewable"), "{k:?}");
    assert!(k.contains(&"status-renewable-with-card"), "{k:?}");
    for lang in ["ja", "en"] {
        let text = message(&a, lang);
        assert!(
            !text.contains("更新できます") && !text.contains("can renew"),
            "{text}"
        );
    }
}

// R-CERT-1, R-CERT-2: an expired certificate names the uses that stop, health insurance first.
#[test]
fn the_expired_explanation_names_the_health_insurance_use() {
    let mut c = card();
    c.auth_cert_expiry = Some(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
    let a = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(a.headline, Headline::CertExpired);
    assert!(message(&a, "ja").contains("マイナ保険証"));
    assert!(message(&a, "en").contains("health-insurance card"));
}

// The headline is the most urgent fact: an expired certificate before a locked PIN.
#[test]
fn an_expired_certificate_outranks_a_locked_pin_in_the_headline() {
    let mut c = card();
    c.auth_cert_expiry = Some(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
    c.auth_pin_tries_left = Some(0);
    let a = run("2027-05-01", Some(&c), &Answers::default());
    assert_eq!(a.headline, Headline::CertExpired);
    assert!(keys(&a).contains(&"pin-auth-locked"));
}

// R-MINOR-1: the holder at the kiosk is not asked whether they are under 15 or a ward.
#[test]
fn the_holder_is_never_asked_about_their_own_age() {
    let mut c = card();
    c.auth_cert_expiry = Some(NaiveDate::from_ymd_opt(2029, 9, 1).unwrap());
    let asked = |visitor| {
        run(
            "2027-05-01",
            Some(&c),
            &Answers {
                visitor: Some(visitor),
                basic_info_changed: Some(true),
                ..Answers::default()
            },
        )
        .pending_questions
        .contains(&Question::HolderUnder15OrWard)
    };
    assert!(!asked(Visitor::Holder));
    assert!(!asked(Visitor::LegalRepresentative));
    assert!(asked(Visitor::Proxy));
}
