//! Every sample card read through the privacy guard gives the facts it should; faults end in a clear error.

use chrono::NaiveDate;
use madoguchi::card::profiles::{Profile, VirtualRoot, markers};
use madoguchi::card::simulated::{Replay, VirtualLink};
use madoguchi::card::virtual_card::{CARD_FACE_AID, CARD_INFO_AID, JPKI_AID, Quirks, VirtualCard};
use madoguchi::card::{Genuineness, ReadError, TrustAnchors, read_card};
use madoguchi::domain::{CardFacts, CardKind};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 5, 6).unwrap()
}

fn anchors() -> TrustAnchors {
    TrustAnchors::jlis()
        .with_virtual_production_anchor(&VirtualRoot::Production.certificate_der().unwrap())
        .unwrap()
        .with_test_anchor(&VirtualRoot::Test.certificate_der().unwrap())
        .unwrap()
}

fn card(profile: Profile, quirks: Quirks) -> VirtualCard {
    VirtualCard::new(profile.image(today()).unwrap(), quirks)
}

fn read(card: &mut VirtualCard) -> Result<madoguchi::card::CardReading, ReadError> {
    let atr = card.atr().to_vec();
    read_card(&atr, VirtualLink::new(card), today(), &anchors())
}

fn expected(profile: Profile) -> (CardFacts, Genuineness) {
    let t = today();
    let kind = match profile {
        Profile::JukiCard => CardKind::JukiCard,
        Profile::Smartphone => CardKind::Smartphone,
        Profile::NotMyNumberCard | Profile::TransitCard => CardKind::OtherCard,
        _ => CardKind::MyNumberCard,
    };
    let jpki = matches!(kind, CardKind::MyNumberCard | CardKind::JukiCard);
    let (auth, sign) = profile.pin_tries();
    let facts = CardFacts {
        kind,
        auth_cert_expiry: if jpki { profile.cert_expiry(t) } else { None },
        card_expiry: if kind == CardKind::MyNumberCard {
            profile.card_expiry(t)
        } else {
            None
        },
        auth_pin_tries_left: jpki.then_some(auth),
        sign_pin_tries_left: jpki.then_some(sign),
    };
    let genuineness = match profile {
        _ if facts.auth_cert_expiry.is_none() => Genuineness::NoCertificate,
        Profile::TestCard => Genuineness::TestCard,
        Profile::Unverifiable => Genuineness::Unverified,
        _ => Genuineness::Genuine,
    };
    (facts, genuineness)
}

#[test]
fn every_sample_card_reads_as_expected() {
    for profile in Profile::ALL {
        let mut c = card(profile, Quirks::default());
        let result = read(&mut c);
        if profile == Profile::Unreadable {
            assert!(matches!(result, Err(ReadError::Garbled(_))), "{result:?}");
            continue;
        }
        let reading = result.unwrap_or_else(|e| panic!("{profile}: {e}"));
        assert_eq!(
            (reading.facts.clone(), reading.genuineness),
            expected(profile),
            "{profile}"
        );
        assert_eq!(reading.apdus as usize, c.log().len(), "{profile}");
    }
}

#[test]
fn concrete_dates_of_the_renewable_card() {
    let mut c = card(Profile::Renewable, Quirks::default());
    let r = read(&mut c).unwrap();
    // 45 days after 6 May 2027; valid until 23:59:59 JST that day.
    assert_eq!(
        r.facts.auth_cert_expiry,
        NaiveDate::from_ymd_opt(2027, 6, 20)
    );
    assert_eq!(r.facts.card_expiry, NaiveDate::from_ymd_opt(2032, 6, 20));
}

#[test]
fn without_the_virtual_roots_a_card_is_unverified() {
    let mut c = card(Profile::Valid, Quirks::default());
    let atr = c.atr().to_vec();
    let r = read_card(
        &atr,
        VirtualLink::new(&mut c),
        today(),
        &TrustAnchors::jlis(),
    )
    .unwrap();
    assert_eq!(r.genuineness, Genuineness::Unverified);
    assert_eq!(r.facts.kind, CardKind::MyNumberCard);
}

#[test]
fn transit_card_gets_no_apdu() {
    let mut c = card(Profile::TransitCard, Quirks::default());
    let r = read(&mut c).unwrap();
    assert_eq!(r.facts.kind, CardKind::OtherCard);
    assert_eq!(r.apdus, 0);
    assert!(c.log().is_empty());
}

#[test]
fn get_response_and_wrong_le_cards_read_the_same_facts() {
    for quirks in [
        Quirks {
            get_response: true,
            ..Quirks::default()
        },
        Quirks {
            wrong_le: true,
            ..Quirks::default()
        },
    ] {
        for profile in [Profile::Valid, Profile::JukiCard, Profile::AuthPinLocked] {
            let mut c = card(profile, quirks.clone());
            let r = read(&mut c).unwrap_or_else(|e| panic!("{profile} {quirks:?}: {e}"));
            assert_eq!(
                (r.facts.clone(), r.genuineness),
                expected(profile),
                "{profile} {quirks:?}"
            );
        }
    }
}

/// The card taken out between any two APDUs of a read: always "removed", never half facts.
#[test]
fn card_removed_between_any_two_apdus_is_reported_as_removed() {
    for profile in [Profile::Valid, Profile::NoCertificate, Profile::JukiCard] {
        let total = {
            let mut c = card(profile, Quirks::default());
            read(&mut c).unwrap().apdus
        };
        assert!(total > 5, "{profile}: {total}");
        for n in 0..total {
            let mut c = card(
                profile,
                Quirks {
                    vanish_after: Some(n),
                    ..Quirks::default()
                },
            );
            assert_eq!(
                read(&mut c),
                Err(ReadError::Removed),
                "{profile} after {n} APDUs"
            );
        }
    }
}

/// No read ever sends a PIN, or touches the individual number's or the card face's application.
#[test]
fn the_card_never_receives_a_pin_or_a_forbidden_selection() {
    for profile in Profile::ALL {
        let mut c = card(profile, Quirks::default());
        let _ = read(&mut c);
        let mut in_jpki = false;
        for apdu in c.log() {
            let is_verify = apdu.get(1) == Some(&0x20);
            assert!(
                !is_verify || apdu.len() == 4,
                "{profile}: VERIFY with data {apdu:02X?}"
            );
            for aid in [CARD_INFO_AID, CARD_FACE_AID] {
                assert!(
                    !apdu.windows(aid.len()).any(|w| w == aid),
                    "{profile}: {apdu:02X?}"
                );
            }
            if apdu[1..3] == [0xA4, 0x04] {
                in_jpki = apdu[5..] == JPKI_AID;
            }
            // The signature certificate (JPKI EF 0001) needs a PIN: it is never even selected.
            let selects_sign_cert = apdu[..] == [0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x01];
            assert!(
                !(in_jpki && selects_sign_cert),
                "{profile}: selected the signature certificate"
            );
        }
    }
}

#[test]
fn the_facts_carry_no_marker_of_the_holder() {
    let mut c = card(Profile::Valid, Quirks::default());
    let r = read(&mut c).unwrap();
    let shown = format!("{r:?}");
    for marker in [
        markers::SUBJECT,
        markers::CARD_SERIAL,
        markers::CRL_POINT,
        "MARKSERL",
    ] {
        assert!(!shown.contains(marker), "{marker} in {shown}");
    }
}

#[test]
fn a_wiped_reading_remembers_nothing_of_the_card() {
    let mut c = card(Profile::AuthPinLocked, Quirks::default());
    let mut r = read(&mut c).unwrap();
    r.wipe();
    assert_eq!(
        r.facts,
        CardFacts {
            kind: CardKind::Unreadable,
            auth_cert_expiry: None,
            card_expiry: None,
            auth_pin_tries_left: None,
            sign_pin_tries_left: None,
        }
    );
    assert_eq!(r.genuineness, Genuineness::NoCertificate);
}

/// Records a card's answers in the fuzz target's format: two length bytes (little-endian),
/// then the answer.
struct Recording<'a> {
    card: VirtualLink<'a>,
    transcript: Vec<u8>,
}

impl myna_card::Transmit for Recording<'_> {
    fn transmit(&mut self, command: &[u8]) -> myna_card::Result<Vec<u8>> {
        let answer = self.card.transmit(command)?;
        self.transcript
            .extend_from_slice(&(answer.len() as u16).to_le_bytes());
        self.transcript.extend_from_slice(&answer);
        Ok(answer)
    }
}

/// A real read, recorded and played back through the fuzz target's transport, gives the same
/// facts: so the fuzzer's seeds start from real answers. With MADOGUCHI_FUZZ_SEEDS set, the
/// transcripts are written there as seeds (fuzz/seeds/card_answers).
#[test]
fn a_recorded_read_played_back_gives_the_same_facts() {
    for profile in [
        Profile::Renewable,
        Profile::AuthPinLocked,
        Profile::JukiCard,
    ] {
        let mut c = card(profile, Quirks::default());
        let atr = c.atr().to_vec();
        let mut rec = Recording {
            card: VirtualLink::new(&mut c),
            transcript: Vec::new(),
        };
        let live = read_card(&atr, &mut rec, today(), &anchors()).unwrap();
        let replayed = read_card(&atr, Replay(&rec.transcript), today(), &anchors()).unwrap();
        assert_eq!(live.facts, replayed.facts, "{profile:?}");
        if let Some(dir) = std::env::var_os("MADOGUCHI_FUZZ_SEEDS") {
            // The target takes the first 12 bytes as the ATR.
            let mut seed = atr.clone();
            seed.resize(12, 0);
            seed.extend_from_slice(&rec.transcript);
            std::fs::write(std::path::Path::new(&dir).join(profile.name()), seed).unwrap();
        }
    }
}

/// The card_answers fuzz target's first find: a certificate whose validity ends before it
/// begins made the read panic. It is now a garbled card, told as "could not read".
#[test]
fn a_certificate_that_ends_before_it_begins_is_garbled_not_a_panic() {
    let data = include_bytes!("data/fuzz-card-validity-reversed.bin");
    let (atr, answers) = data.split_at(12);
    let result = read_card(atr, Replay(answers), today(), &TrustAnchors::jlis());
    assert!(
        matches!(result, Err(ReadError::Garbled(ref why)) if why.contains("ends before it begins")),
        "{result:?}"
    );
}

/// The card_answers fuzz target's second find: a certificate header claiming terabytes made
/// myna-card reserve them, and the process aborted. The guard now answers such a read as a
/// broken card.
#[test]
fn a_file_claiming_terabytes_is_a_broken_card_not_an_abort() {
    let data = include_bytes!("data/fuzz-card-huge-length.bin");
    let (atr, answers) = data.split_at(12);
    let result = read_card(atr, Replay(answers), today(), &TrustAnchors::jlis());
    assert!(result.is_err(), "{result:?}");
}
