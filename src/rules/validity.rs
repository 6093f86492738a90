//! Certificate and card validity: when renewal opens and what state the card is in on a given day.

use chrono::{Months, NaiveDate};

use crate::domain::{Answers, CardFacts, CardKind, Status};

/// R-RENEW-1: renewal opens the day after the date three calendar months before expiry,
/// clamped to the month's last day (15 July → 16 April; 31 May → 28/29 Feb → 1 March).
/// `None` only at the edge of the calendar, where no such date exists.
pub fn renewal_opens(cert_expiry: NaiveDate) -> Option<NaiveDate> {
    cert_expiry
        .checked_sub_months(Months::new(3))
        .and_then(|d| d.succ_opt())
}

/// R-RENEW-4: the card expires with its certificates (holder under 18 at issuance, or a
/// foreign resident with a period of stay), so renewing means a new card. The chip's own
/// card expiry decides when it answered; otherwise the holder's comparison of the printed date.
pub fn card_expires_with_certificates(card: &CardFacts, answers: &Answers) -> bool {
    match (card.card_expiry, card.auth_cert_expiry) {
        (Some(card_expiry), Some(cert_expiry)) => card_expiry == cert_expiry,
        (None, Some(_)) => answers.card_expiry_matches_cert == Some(true),
        _ => false,
    }
}

/// The state of the resident's card on `today` (a local Asia/Tokyo date).
///
/// - R-VALID-6: a Juki card's certificates have all expired; R-CERT-2/R-RENEW-3 for expiry.
/// - R-RENEW-6: a card past its own expiry must be applied for again.
/// - A certificate is valid through its expiry day (notAfter is 23:59:59 JST that day).
pub fn status(today: NaiveDate, card: Option<&CardFacts>, answers: &Answers) -> Status {
    let Some(card) = card else {
        return Status::NoCard;
    };
    match card.kind {
        CardKind::JukiCard => return Status::JukiCard,
        CardKind::Smartphone => return Status::Smartphone,
        CardKind::OtherCard => return Status::OtherCard,
        CardKind::Unreadable => return Status::Unreadable,
        CardKind::MyNumberCard => {}
    }
    if card.card_expiry.is_some_and(|expiry| today > expiry) {
        return Status::CardExpired;
    }
    let Some(cert_expiry) = card.auth_cert_expiry else {
        return Status::NoCertificate;
    };
    if today > cert_expiry {
        // R-RENEW-4: a card that expires with its certificates has expired with them.
        if card_expires_with_certificates(card, answers) {
            Status::CardExpired
        } else {
            Status::Expired
        }
    } else if renewal_opens(cert_expiry).is_some_and(|from| today >= from) {
        Status::Renewable
    } else {
        Status::Valid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn card(cert: Option<&str>, card_expiry: Option<&str>) -> CardFacts {
        CardFacts {
            kind: CardKind::MyNumberCard,
            auth_cert_expiry: cert.map(d),
            card_expiry: card_expiry.map(d),
            auth_pin_tries_left: Some(3),
            sign_pin_tries_left: Some(5),
        }
    }

    // R-RENEW-1
    #[test]
    fn renewal_opens_day_after_three_months_before() {
        assert_eq!(renewal_opens(d("2027-07-15")), Some(d("2027-04-16")));
    }

    // R-RENEW-1
    #[test]
    fn renewal_for_month_end_expiry_clamps_to_february_then_adds_a_day() {
        assert_eq!(renewal_opens(d("2027-05-31")), Some(d("2027-03-01")));
        // 2028 is a leap year: 31 May → 29 Feb → 1 March.
        assert_eq!(renewal_opens(d("2028-05-31")), Some(d("2028-03-01")));
        // 30 May 2028: 30 February does not exist, so 29 February, then 1 March.
        assert_eq!(renewal_opens(d("2028-05-30")), Some(d("2028-03-01")));
        // 29 May 2028 → 29 Feb → 1 March; 28 May 2027 → 28 Feb → 1 March.
        assert_eq!(renewal_opens(d("2028-05-29")), Some(d("2028-03-01")));
        assert_eq!(renewal_opens(d("2027-05-28")), Some(d("2027-03-01")));
        assert_eq!(renewal_opens(d("2027-05-27")), Some(d("2027-02-28")));
        // 31 December → 30 September (clamped) → 1 October.
        assert_eq!(renewal_opens(d("2027-12-31")), Some(d("2027-10-01")));
    }

    // R-RENEW-1
    #[test]
    fn renewal_is_closed_on_the_three_month_date_itself() {
        let c = card(Some("2027-07-15"), Some("2032-07-15"));
        let none = Answers::default();
        assert_eq!(status(d("2027-04-15"), Some(&c), &none), Status::Valid);
        assert_eq!(status(d("2027-04-16"), Some(&c), &none), Status::Renewable);
    }

    // R-CERT-2: the certificate works through its expiry day and stops the day after.
    #[test]
    fn expiry_day_is_still_renewable_and_the_day_after_is_expired() {
        let c = card(Some("2027-07-15"), Some("2032-07-15"));
        let none = Answers::default();
        assert_eq!(status(d("2027-07-15"), Some(&c), &none), Status::Renewable);
        assert_eq!(status(d("2027-07-16"), Some(&c), &none), Status::Expired);
    }

    // R-RENEW-6
    #[test]
    fn card_past_its_own_expiry_is_card_expired_whatever_the_certificate() {
        let c = card(Some("2030-01-10"), Some("2027-01-10"));
        assert_eq!(
            status(d("2027-01-11"), Some(&c), &Answers::default()),
            Status::CardExpired
        );
    }

    // R-RENEW-4
    #[test]
    fn expired_certificate_on_a_card_expiring_with_it_is_card_expired() {
        let unknown_card_expiry = card(Some("2027-07-15"), None);
        let said_same = Answers {
            card_expiry_matches_cert: Some(true),
            ..Answers::default()
        };
        assert_eq!(
            status(d("2027-07-16"), Some(&unknown_card_expiry), &said_same),
            Status::CardExpired
        );
        assert_eq!(
            status(
                d("2027-07-16"),
                Some(&unknown_card_expiry),
                &Answers::default()
            ),
            Status::Expired
        );
    }

    // R-RENEW-4: the chip's card expiry outranks the holder's answer.
    #[test]
    fn chip_card_expiry_outranks_the_answer() {
        let c = card(Some("2027-07-15"), Some("2032-07-15"));
        let said_same = Answers {
            card_expiry_matches_cert: Some(true),
            ..Answers::default()
        };
        assert!(!card_expires_with_certificates(&c, &said_same));
        let same = card(Some("2027-07-15"), Some("2027-07-15"));
        assert!(card_expires_with_certificates(&same, &Answers::default()));
    }

    #[test]
    fn card_without_authentication_certificate_has_no_certificate() {
        let c = card(None, Some("2032-07-15"));
        assert_eq!(
            status(d("2027-01-01"), Some(&c), &Answers::default()),
            Status::NoCertificate
        );
    }

    // R-VALID-6
    #[test]
    fn juki_card_is_juki_card_even_with_a_future_date() {
        let mut c = card(Some("2030-01-01"), None);
        c.kind = CardKind::JukiCard;
        assert_eq!(
            status(d("2027-01-01"), Some(&c), &Answers::default()),
            Status::JukiCard
        );
    }

    #[test]
    fn no_card_is_no_card() {
        assert_eq!(
            status(d("2027-01-01"), None, &Answers::default()),
            Status::NoCard
        );
    }

    #[test]
    fn renewal_opens_is_none_only_at_the_calendar_edge() {
        assert_eq!(renewal_opens(NaiveDate::MIN), None);
        assert!(renewal_opens(NaiveDate::MAX).is_some());
    }
}
