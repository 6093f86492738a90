//! The explanation the kiosk shows, as text keys with arguments; `i18n` renders them in each language.

use chrono::NaiveDate;

use super::LocalSettings;
use super::plan::{CARD_REISSUE_FEE_YEN, CERT_WITH_REISSUE_FEE_YEN, Plan, signature_barred};
use super::validity::card_expires_with_certificates;
use crate::domain::{Answers, CardFacts, Headline, NoCardReason, Procedure, Status, Visitor};
use crate::i18n::{Arg, Sentence};

/// Everything known when the explanation is written.
pub struct Facts<'a> {
    pub today: NaiveDate,
    pub card: Option<&'a CardFacts>,
    pub answers: &'a Answers,
    pub renewal_from: Option<NaiveDate>,
    pub plan: &'a Plan,
    pub local: &'a dyn LocalSettings,
}

pub fn explain(f: &Facts<'_>) -> Vec<Sentence> {
    let mut out = Vec::new();
    lost_card(f, &mut out);
    // The headline's fact first: a locked PIN before the dates it leaves as they are, so it
    // shows without scrolling on a small screen in a language of long sentences.
    if headline(f) == Headline::PinLocked {
        pins(f, &mut out);
        status_sentences(f, &mut out);
    } else {
        status_sentences(f, &mut out);
        pins(f, &mut out);
    }
    todo(f, &mut out);
    out
}

/// The most urgent fact about the card, which the status screen leads with: what no longer
/// works, then what must be applied for, then a locked PIN, then what may be renewed.
pub fn headline(f: &Facts<'_>) -> Headline {
    let pin_locked = f
        .card
        .is_some_and(|c| c.auth_pin_locked() || c.sign_pin_locked());
    let new_card_due = f.plan.procedures.contains(&Procedure::CardRenewal);
    match f.plan.status {
        Status::CardExpired => Headline::CardExpired,
        Status::JukiCard => Headline::JukiCard,
        Status::Expired => Headline::CertExpired,
        Status::NoCertificate => Headline::NoCertificate,
        Status::Renewable if new_card_due => Headline::NewCardDue,
        _ if pin_locked
            && f.card
                .is_some_and(|c| c.kind == crate::domain::CardKind::MyNumberCard) =>
        {
            Headline::PinLocked
        }
        Status::Renewable => Headline::Renewable,
        Status::Valid if f.answers.basic_info_changed == Some(true) => Headline::SignatureRevoked,
        Status::Valid => Headline::Valid,
        Status::Smartphone => Headline::Smartphone,
        Status::OtherCard => Headline::OtherCard,
        Status::Unreadable => Headline::Unreadable,
        Status::NoCard => Headline::NoCard,
    }
}

/// R-LOST-1: a lost card is suspended at once and reported to the police, before anything
/// else; R-LOST-2: a card left at home is not lost.
fn lost_card(f: &Facts<'_>, out: &mut Vec<Sentence>) {
    if f.card.is_some() {
        return;
    }
    match f.answers.no_card_reason {
        Some(NoCardReason::Lost) => {
            let (hotline, hotline_name) = f.local.lost_card_hotline();
            out.push(
                Sentence::new("lost-suspend")
                    .arg("hotline", Arg::Text(hotline))
                    .arg("hotline_name", hotline_name),
            );
            out.push(Sentence::new("lost-police"));
        }
        Some(NoCardReason::LeftAtHome) => out.push(Sentence::new("left-at-home")),
        _ => {}
    }
}

/// What the card says, and what that means (R-CERT-2, R-RENEW-1..6, R-REVOKE-1, R-VALID-6).
fn status_sentences(f: &Facts<'_>, out: &mut Vec<Sentence>) {
    let cert_expiry = f.card.and_then(|c| c.auth_cert_expiry);
    let card_expiry = f.card.and_then(|c| c.card_expiry);
    let days = |e: NaiveDate| Arg::Count((e - f.today).num_days());
    // R-RENEW-4: renewing such a card is applying for a new one; never "you can renew".
    let with_card = f.plan.status == Status::Renewable
        && f.card
            .is_some_and(|c| card_expires_with_certificates(c, f.answers));
    match (f.plan.status, cert_expiry) {
        (Status::Renewable, Some(expiry)) if with_card => {
            out.push(
                Sentence::new("status-renewable-with-card")
                    .arg("expiry", Arg::Date(expiry))
                    .arg("days", days(expiry)),
            );
            out.push(Sentence::new("card-expires-with-certificates"));
        }
        (Status::Valid, Some(expiry)) => {
            out.push(
                Sentence::new("status-valid")
                    .arg("expiry", Arg::Date(expiry))
                    .arg("days", days(expiry)),
            );
            if let Some(from) = f.renewal_from {
                out.push(Sentence::new("renewal-opens").arg("date", Arg::Date(from)));
            }
            // R-RENEW-2
            out.push(Sentence::new("renewal-notice-by-post"));
        }
        (Status::Renewable, Some(expiry)) => {
            out.push(
                Sentence::new("status-renewable")
                    .arg("expiry", Arg::Date(expiry))
                    .arg("days", days(expiry)),
            );
            out.push(Sentence::new("renewal-open-now"));
        }
        (Status::Expired, Some(expiry)) => {
            out.push(Sentence::new("status-expired").arg("expiry", Arg::Date(expiry)));
            out.push(Sentence::new("expired-meaning"));
        }
        (Status::CardExpired, _) => {
            match card_expiry.or(cert_expiry) {
                Some(date) => {
                    out.push(Sentence::new("status-card_expired").arg("expiry", Arg::Date(date)))
                }
                None => out.push(Sentence::new("status-card_expired-undated")),
            }
            out.push(Sentence::new("card-expired-meaning"));
        }
        (Status::NoCard, _) if f.answers.no_card_reason.is_some() => {}
        (status, _) => out.push(Sentence::new(format!("status-{}", status.id()))),
    }
    if let (Some(date), false) = (
        card_expiry,
        f.plan.status == Status::CardExpired || with_card,
    ) {
        out.push(Sentence::new("card-expiry").arg("date", Arg::Date(date)));
    }
    // R-REVOKE-1, R-MINOR-1
    if f.answers.basic_info_changed == Some(true) && f.plan.status == Status::Valid {
        out.push(Sentence::new("signature-revoked"));
        if signature_barred(f.answers) {
            out.push(Sentence::new("signature-not-for-minors"));
        }
    }
}

/// R-PIN-1: a locked PIN, or one at its last try, is worth a warning on its own.
fn pins(f: &Facts<'_>, out: &mut Vec<Sentence>) {
    let Some(card) = f.card else { return };
    if f.plan.procedures.iter().any(|p| p.makes_new_card()) {
        return;
    }
    match card.auth_pin_tries_left {
        Some(0) => out.push(Sentence::new("pin-auth-locked")),
        Some(1) => out.push(Sentence::new("pin-auth-last-try")),
        _ => {}
    }
    match card.sign_pin_tries_left {
        Some(0) => out.push(Sentence::new("pin-sign-locked")),
        Some(1) => out.push(Sentence::new("pin-sign-last-try")),
        _ => {}
    }
}

/// Where to go, what is done there, how many visits and what it costs.
fn todo(f: &Facts<'_>, out: &mut Vec<Sentence>) {
    let plan = f.plan;
    if plan.procedures.is_empty() {
        if plan.status == Status::Valid {
            out.push(Sentence::new("nothing-to-do"));
        }
        return;
    }
    if let Some((number, label)) = plan
        .window
        .as_deref()
        .and_then(|id| f.local.window_sign(id))
    {
        out.push(
            Sentence::new("go-to-window")
                .arg("number", Arg::Count(i64::from(number)))
                .arg("window", Arg::Local(label)),
        );
    }
    for (n, procedure) in plan.procedures.iter().enumerate() {
        out.push(
            Sentence::new("step")
                .arg("n", Arg::Count(n as i64 + 1))
                .arg(
                    "procedure",
                    Arg::Key(format!("procedure-{}", procedure.id())),
                ),
        );
    }
    out.extend(visit_and_fee(plan, f.answers));
    // R-LOCAL-3: where else the same procedures are handled.
    let offices = f.local.other_offices_for(&plan.procedures);
    if !offices.is_empty() {
        out.push(Sentence::new("also-at").arg("offices", Arg::LocalList(offices)));
    }
}

/// How many visits it takes and what it costs: the closing lines of the advice, and the
/// notes printed on the ticket.
pub fn visit_and_fee(plan: &Plan, answers: &Answers) -> Vec<Sentence> {
    let mut out = Vec::new();
    if plan.procedures.is_empty() {
        return out;
    }
    let visitor = answers.visitor.unwrap_or(Visitor::Holder);
    let key = if plan.procedures.iter().any(|p| p.makes_new_card()) {
        "visits-new-card"
    } else if plan.visits == 2 && visitor == Visitor::Proxy {
        if answers.has_inquiry_form == Some(true) {
            "visits-proxy-second"
        } else {
            "visits-proxy-first"
        }
    } else {
        "visits-same-day"
    };
    out.push(Sentence::new(key));
    if plan.fee_yen == 0 {
        out.push(Sentence::new("fee-free"));
    } else {
        out.push(
            Sentence::new("fee-reissue")
                .arg("total", Arg::Yen(plan.fee_yen))
                .arg("card", Arg::Yen(CARD_REISSUE_FEE_YEN))
                .arg("cert", Arg::Yen(CERT_WITH_REISSUE_FEE_YEN)),
        );
    }
    out
}
