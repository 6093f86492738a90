//! What the visit takes: procedures in order, the counter, the checklist, visits, same day and fee.

use super::LocalSettings;
use super::validity::card_expires_with_certificates;
use crate::domain::{
    Answers, CardFacts, CardKind, ChecklistItem, NoCardReason, Procedure, StandardItem, Status,
    Visitor,
};

/// The part of the advice that a question's answer can change; two plans that are equal
/// mean the question was not worth asking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub status: Status,
    pub procedures: Vec<Procedure>,
    pub window: Option<String>,
    pub checklist: Vec<ChecklistItem>,
    pub visits: u8,
    pub same_day: bool,
    pub fee_yen: u32,
}

/// R-FEE-2: a card reissued at the holder's own cost costs 800 yen.
pub const CARD_REISSUE_FEE_YEN: u32 = 800;
/// R-FEE-2: the certificate issued with a paid reissue costs the statutory 200 yen.
pub const CERT_WITH_REISSUE_FEE_YEN: u32 = 200;

/// R-MINOR-1: the signature certificate is not issued, in principle, to holders under 15
/// or adults under guardianship (a legal representative acts for exactly those holders).
/// A holder at the kiosk on their own is not one of them: such a holder comes with their
/// legal representative, so the question is only ever put to a proxy.
pub fn signature_barred(answers: &Answers) -> bool {
    match answers.visitor {
        Some(Visitor::LegalRepresentative) => true,
        Some(Visitor::Holder) => false,
        _ => answers.holder_under_15_or_ward == Some(true),
    }
}

/// The procedure the card's state calls for, before any PIN reset.
///
/// - R-REVOKE-1: a change of the basic four facts revokes only the signature certificate.
/// - R-RENEW-1 / R-RENEW-4: renewal, or a new card when the card expires with the certificates.
/// - R-REVOKE-3 / R-RENEW-3: an expired or missing certificate is issued anew.
/// - R-RENEW-6: an expired card is applied for again.
/// - R-VALID-6: a Juki-card holder applies for a My Number Card.
fn main_procedures(status: Status, card: Option<&CardFacts>, answers: &Answers) -> Vec<Procedure> {
    match status {
        Status::Valid => {
            if answers.basic_info_changed == Some(true) && !signature_barred(answers) {
                vec![Procedure::SignCertIssuance]
            } else {
                vec![]
            }
        }
        Status::Renewable => match card {
            Some(card) if card_expires_with_certificates(card, answers) => {
                vec![Procedure::CardRenewal]
            }
            _ => vec![Procedure::CertRenewal],
        },
        Status::Expired | Status::NoCertificate => vec![Procedure::CertIssuance],
        Status::CardExpired => vec![Procedure::CardRenewal],
        Status::JukiCard => vec![Procedure::CardApplication],
        Status::NoCard => match no_card_reason(answers) {
            NoCardReason::NeverHad => vec![Procedure::CardApplication],
            NoCardReason::Lost | NoCardReason::Damaged => vec![Procedure::CardReissue],
            // R-LOST-2: a card at home is not lost; come back with it.
            NoCardReason::LeftAtHome => vec![],
        },
        Status::Smartphone | Status::OtherCard | Status::Unreadable => vec![],
    }
}

/// An unanswered "why no card" is taken as the most common case: never had one.
fn no_card_reason(answers: &Answers) -> NoCardReason {
    answers.no_card_reason.unwrap_or(NoCardReason::NeverHad)
}

/// R-PIN-1, R-PIN-3, R-PIN-4: a locked PIN, or PINs the holder does not remember, are
/// reset at the counter, before the procedure that needs them. A new card brings new
/// PINs, so no reset is needed when one is being made.
fn needs_pin_reset(card: Option<&CardFacts>, answers: &Answers, main: &[Procedure]) -> bool {
    let Some(card) = card else { return false };
    // A Juki card or a smartphone is not reset here: the advice is a new card, or the phone's own app.
    if card.kind != CardKind::MyNumberCard || main.iter().any(|p| p.makes_new_card()) {
        return false;
    }
    card.auth_pin_locked() || card.sign_pin_locked() || answers.knows_pins == Some(false)
}

pub fn plan(
    status: Status,
    card: Option<&CardFacts>,
    answers: &Answers,
    local: &dyn LocalSettings,
) -> Plan {
    let main = main_procedures(status, card, answers);
    let mut procedures = Vec::with_capacity(main.len() + 1);
    if needs_pin_reset(card, answers, &main) {
        procedures.push(Procedure::PinReset);
    }
    procedures.extend(main);
    plan_procedures(status, procedures, card, answers, local)
}

/// The counter, checklist, visits and fee of procedures already decided (a ticket issued
/// by staff, or the procedures the rules chose).
pub fn plan_procedures(
    status: Status,
    mut procedures: Vec<Procedure>,
    card: Option<&CardFacts>,
    answers: &Answers,
    local: &dyn LocalSettings,
) -> Plan {
    procedures.sort();
    procedures.dedup();

    let window = procedures.first().and_then(|p| local.window_for(*p));
    let visitor = answers.visitor.unwrap_or(Visitor::Holder);
    let checklist = checklist(card, answers, visitor, &procedures, local);
    let (visits, same_day) = visits(visitor, answers, &procedures);
    let fee_yen = procedures.iter().map(|p| fee(*p)).sum();
    Plan {
        status,
        procedures,
        window,
        checklist,
        visits,
        same_day,
        fee_yen,
    }
}

/// R-FEE-1 (certificates free for now), R-FEE-3 (first card free), R-FEE-2 (paid reissue:
/// 800 yen for the card and 200 for the certificate issued with it, 1,000 in all).
fn fee(procedure: Procedure) -> u32 {
    match procedure {
        Procedure::CardReissue => CARD_REISSUE_FEE_YEN + CERT_WITH_REISSUE_FEE_YEN,
        _ => 0,
    }
}

/// A proxy's certificate or PIN procedure goes through the inquiry form mailed to the
/// holder (R-PIN-5 and the authorised-proxy rules).
fn by_mailed_inquiry(visitor: Visitor, procedures: &[Procedure]) -> bool {
    visitor == Visitor::Proxy
        && procedures
            .iter()
            .any(|p| p.needs_pins() || *p == Procedure::PinReset)
}

/// Visits the whole procedure takes (including this one) and whether it is finished today.
///
/// - A new card is applied for now and collected later (R-VALID-6: about a month).
/// - Authorised proxy: two visits, not the same day; a renewal with the inquiry form from
///   the expiry notice is done the same day, unless a PIN must be reset (R-PIN-5).
/// - The holder or a legal representative: one visit, the same day (R-PIN-3 assumes the
///   official ID on the checklist is brought).
fn visits(visitor: Visitor, answers: &Answers, procedures: &[Procedure]) -> (u8, bool) {
    if procedures.is_empty() {
        return (0, true);
    }
    if procedures.iter().any(|p| p.makes_new_card()) {
        return (2, false);
    }
    if by_mailed_inquiry(visitor, procedures) {
        let renewal_with_form =
            procedures == [Procedure::CertRenewal] && answers.has_inquiry_form == Some(true);
        return if renewal_with_form {
            (1, true)
        } else {
            (2, false)
        };
    }
    (1, true)
}

/// What to bring on the visit being made now (rules.md, "What to bring").
fn checklist(
    card: Option<&CardFacts>,
    answers: &Answers,
    visitor: Visitor,
    procedures: &[Procedure],
    local: &dyn LocalSettings,
) -> Vec<ChecklistItem> {
    let mut items: Vec<StandardItem> = Vec::new();
    let has = |p: Procedure| procedures.contains(&p);
    let form_at_hand = answers.has_inquiry_form == Some(true);

    if by_mailed_inquiry(visitor, procedures) {
        // Visit 1 needs the card and the proxy's photo ID; the visit with the holder's
        // sealed form (visit 2, or a same-day renewal) adds the form.
        items.extend([StandardItem::Card, StandardItem::ProxyId]);
        if form_at_hand {
            items.push(StandardItem::InquiryForm);
        }
    } else if !procedures.is_empty() {
        let lost = no_card_reason(answers) == NoCardReason::Lost;
        let holds_my_number_card = card.is_some_and(|c| c.kind == CardKind::MyNumberCard);
        // C-CARD: the holder's card, original; a damaged card is handed in for its reissue.
        if holds_my_number_card || (has(Procedure::CardReissue) && !lost) {
            items.push(StandardItem::Card);
        }
        let needs_pins = procedures
            .iter()
            .any(|p| p.needs_pins() || *p == Procedure::PinReset);
        // C-PINS, R-PIN-3: a PIN known proves the holder for the reset of another one. A
        // locked PIN is reset at the counter, not brought: only the others are.
        let a_pin_locked = card.is_some_and(|c| c.auth_pin_locked() || c.sign_pin_locked());
        if needs_pins && answers.knows_pins != Some(false) {
            items.push(if a_pin_locked {
                StandardItem::OtherPins
            } else {
                StandardItem::Pins
            });
        }
        // C-NOTICE: optional, for renewals.
        if has(Procedure::CertRenewal) || has(Procedure::CardRenewal) {
            items.push(StandardItem::ExpiryNotice);
        }
        // R-PIN-3: a locked or forgotten 4-digit PIN needs an official ID; so does a new card.
        let auth_pin_unusable =
            card.is_some_and(|c| c.auth_pin_locked()) || answers.knows_pins == Some(false);
        if (has(Procedure::PinReset) && auth_pin_unusable)
            || has(Procedure::CardApplication)
            || has(Procedure::CardReissue)
        {
            items.push(StandardItem::OfficialId);
        }
        // R-LOST-1: most offices ask for the police report's receipt number.
        if has(Procedure::CardReissue) && lost {
            items.push(StandardItem::PoliceReceipt);
        }
        match visitor {
            Visitor::LegalRepresentative => {
                items.extend([StandardItem::LegalRepId, StandardItem::AgencyProof]);
            }
            Visitor::Proxy => items.push(StandardItem::ProxyId),
            Visitor::Holder => {}
        }
    }
    items.sort();
    items.dedup();

    let mut checklist: Vec<ChecklistItem> =
        items.into_iter().map(ChecklistItem::Standard).collect();
    // Local extras from kiosk.toml (e.g. Kagoshima's seal for a PIN reset, R-PIN-3).
    for id in local.local_items(procedures, visitor, form_at_hand) {
        checklist.push(ChecklistItem::Local(id));
    }
    checklist
}
