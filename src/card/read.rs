//! Reads what a My Number Card tells without a PIN and turns it into `CardFacts`.

use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate};
use chrono_tz::Asia::Tokyo;
use myna_card::ap::common::CommonAp;
use myna_card::ap::jpki::JpkiAp;
use myna_card::certificate::roots::Accept;
use myna_card::{Card, Certificate, Error, TokenType, Transmit};
use zeroize::{Zeroize, Zeroizing};

use super::guard::GuardedTransport;
use crate::domain::{CardFacts, CardKind};

/// Whether the certificate chains to a root the kiosk trusts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Genuineness {
    /// Chains to J-LIS's production roots (or, in demos and tests, the virtual root).
    Genuine,
    /// Chains to the JPKI test hierarchy or a training anchor from kiosk.toml.
    TestCard,
    /// Chains to nothing the kiosk trusts: explained, but flagged for staff.
    Unverified,
    /// There is no certificate to check.
    NoCertificate,
}

impl Genuineness {
    pub fn id(self) -> &'static str {
        match self {
            Genuineness::Genuine => "genuine",
            Genuineness::TestCard => "test-card",
            Genuineness::Unverified => "unverified",
            Genuineness::NoCertificate => "no-certificate",
        }
    }

    pub fn verified(self) -> bool {
        matches!(self, Genuineness::Genuine | Genuineness::TestCard)
    }
}

/// One read of one card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardReading {
    pub facts: CardFacts,
    pub genuineness: Genuineness,
    /// APDUs that reached the card.
    pub apdus: u32,
    pub elapsed: Duration,
}

impl Drop for CardReading {
    /// Every copy of a reading forgets the card when it goes: the session drops it when the
    /// card leaves or the session ends.
    fn drop(&mut self) {
        self.wipe();
    }
}

impl CardReading {
    /// Forgets what was read (the card has left, or the session ended).
    pub fn wipe(&mut self) {
        self.facts = CardFacts {
            kind: CardKind::Unreadable,
            auth_cert_expiry: None,
            card_expiry: None,
            auth_pin_tries_left: None,
            sign_pin_tries_left: None,
        };
        self.genuineness = Genuineness::NoCertificate;
        // Keep the compiler from dropping the overwrite of a value it considers dead.
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
    }
}

/// Why a read did not give facts, in words a member of staff can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the card was taken out during the read")]
    Removed,
    #[error("the card reader service (pcscd) is not running")]
    ServiceGone,
    #[error("the card did not answer as a My Number Card does: {0}")]
    Garbled(String),
    #[error("the card reader failed: {0}")]
    Reader(String),
    #[error(
        "the kiosk tried to send a command it must never send ({0}); this is a defect, please report it"
    )]
    Refused(String),
}

impl From<Error> for ReadError {
    fn from(e: Error) -> Self {
        match e {
            Error::Pcsc(
                pcsc::Error::RemovedCard | pcsc::Error::ResetCard | pcsc::Error::NoSmartcard,
            ) => ReadError::Removed,
            Error::Pcsc(
                pcsc::Error::NoService | pcsc::Error::ServiceStopped | pcsc::Error::InvalidHandle,
            ) => ReadError::ServiceGone,
            Error::Pcsc(other) => ReadError::Reader(other.to_string()),
            // No answer at all, not even a status word: the card has gone (vpcd and some
            // readers report a card taken out mid-command this way).
            Error::ShortResponse(0) => ReadError::Removed,
            other => ReadError::Garbled(other.to_string()),
        }
    }
}

/// The roots a certificate may chain to, beyond those built into myna-card.
#[derive(Clone, Debug, Default)]
pub struct TrustAnchors {
    production: Vec<Certificate>,
    test: Vec<Certificate>,
}

impl TrustAnchors {
    /// Only J-LIS's roots (and the JPKI test roots, which give a test card).
    pub fn jlis() -> Self {
        TrustAnchors::default()
    }

    /// J-LIS's roots and the training roots kiosk.toml lists.
    pub fn from_config(card: &crate::config::CardReader) -> Result<Self, String> {
        card.anchors
            .iter()
            .try_fold(TrustAnchors::jlis(), |anchors, der| {
                anchors.with_test_anchor(der)
            })
    }

    /// Adds a training root (kiosk.toml): cards under it read as test cards.
    pub fn with_test_anchor(mut self, der: &[u8]) -> Result<Self, String> {
        self.test
            .push(Certificate::parse(der).map_err(|e| e.to_string())?);
        Ok(self)
    }

    /// Adds a root whose cards read as genuine: only the virtual cards' root, in demos and tests.
    pub fn with_virtual_production_anchor(mut self, der: &[u8]) -> Result<Self, String> {
        self.production
            .push(Certificate::parse(der).map_err(|e| e.to_string())?);
        Ok(self)
    }

    fn genuineness(&self, cert: &Certificate, on: myna_card::Date) -> Genuineness {
        let chains_to = |anchors: &[Certificate]| {
            anchors
                .iter()
                .any(|a| Certificate::verify_chain(&[cert.clone(), a.clone()], on).is_ok())
        };
        if cert.verify_to_root(on, Accept::ProductionOnly).is_ok() || chains_to(&self.production) {
            Genuineness::Genuine
        } else if cert.verify_to_root(on, Accept::ProductionAndTest).is_ok()
            || chains_to(&self.test)
        {
            Genuineness::TestCard
        } else {
            Genuineness::Unverified
        }
    }
}

/// FeliCa and other storage cards announce themselves in the ATR: no APDU is sent to them.
const STORAGE_CARD_ATR_PREFIX: [u8; 6] = [0x3B, 0x8F, 0x80, 0x01, 0x80, 0x4F];

fn not_a_jpki_card(e: &Error) -> bool {
    matches!(e, Error::Status(sw) if matches!(sw.value(), 0x6A82 | 0x6A86 | 0x6D00 | 0x6E00 | 0x6999))
}

fn tokyo_date(unix_seconds: i64) -> Option<NaiveDate> {
    DateTime::from_timestamp(unix_seconds, 0).map(|t| t.with_timezone(&Tokyo).date_naive())
}

fn facts_of(kind: CardKind) -> CardFacts {
    CardFacts {
        kind,
        auth_cert_expiry: None,
        card_expiry: None,
        auth_pin_tries_left: None,
        sign_pin_tries_left: None,
    }
}

/// A value the card may decline to give: a refusal (a status word) or a record in a
/// layout this kiosk does not know is `None`; a card taken out, a reader gone or a broken
/// answer is an error, never a quietly missing value.
fn answered<V>(result: myna_card::Result<V>) -> Result<Option<V>, ReadError> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(Error::Status(_) | Error::Malformed(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Reads a card through `link`, after the ATR the reader reported, on `today` (Asia/Tokyo).
/// Every command passes the privacy guard; no PIN is ever sent.
pub fn read_card<T: Transmit>(
    atr: &[u8],
    link: T,
    today: NaiveDate,
    anchors: &TrustAnchors,
) -> Result<CardReading, ReadError> {
    let started = Instant::now();
    let mut card = Card::new(GuardedTransport::new(link));
    let result = if atr.starts_with(&STORAGE_CARD_ATR_PREFIX) {
        Ok((facts_of(CardKind::OtherCard), Genuineness::NoCertificate))
    } else {
        read_applications(&mut card, today, anchors)
    };
    let guard = card.transport();
    if let Some(why) = guard.refused().first() {
        return Err(ReadError::Refused(why.clone()));
    }
    let (facts, genuineness) = result?;
    Ok(CardReading {
        facts,
        genuineness,
        apdus: guard.sent(),
        elapsed: started.elapsed(),
    })
}

fn read_applications<T: Transmit>(
    card: &mut Card<T>,
    today: NaiveDate,
    anchors: &TrustAnchors,
) -> Result<(CardFacts, Genuineness), ReadError> {
    let mut jpki = match JpkiAp::select(card) {
        Ok(ap) => ap,
        Err(e) if not_a_jpki_card(&e) => {
            return Ok((facts_of(CardKind::OtherCard), Genuineness::NoCertificate));
        }
        Err(e) => return Err(e.into()),
    };
    let token = jpki.read_token_type()?;
    let kind = match token {
        TokenType::Card => CardKind::MyNumberCard,
        TokenType::Android | TokenType::IPhone => CardKind::Smartphone,
        // The old Juki card's token is `JPKIAPICCTOKEN`, without the 2.
        TokenType::Other(_) if token.name() == "JPKIAPICCTOKEN" => CardKind::JukiCard,
        TokenType::Other(_) | TokenType::Absent => CardKind::OtherCard,
    };
    if kind != CardKind::MyNumberCard && kind != CardKind::JukiCard {
        return Ok((facts_of(kind), Genuineness::NoCertificate));
    }
    // EF 0008 is a hint only (card.md): a missing EF 000A is what decides.
    let hinted_absent =
        answered(jpki.read_certificate_availability())?.is_some_and(|a| !a.has_auth_certificate());
    let (auth_cert_expiry, genuineness) = if hinted_absent {
        (None, Genuineness::NoCertificate)
    } else {
        match jpki.read_auth_certificate_der() {
            Ok(der) => certificate_facts(Zeroizing::new(der), today, anchors)?,
            Err(Error::Status(sw)) if sw.value() == 0x6A82 => (None, Genuineness::NoCertificate),
            Err(e) => return Err(e.into()),
        }
    };
    let auth_pin_tries_left = answered(jpki.auth_pin_retries())?.and_then(|r| r.count());
    let sign_pin_tries_left = answered(jpki.sign_pin_retries())?.and_then(|r| r.count());
    let card_expiry = if kind == CardKind::MyNumberCard {
        read_card_expiry(card)?
    } else {
        None
    };
    Ok((
        CardFacts {
            kind,
            auth_cert_expiry,
            card_expiry,
            auth_pin_tries_left,
            sign_pin_tries_left,
        },
        genuineness,
    ))
}

/// The certificate's expiry as a Tokyo date, and whether it is genuine. The DER is wiped
/// when this returns; nothing else of the certificate is kept.
fn certificate_facts(
    der: Zeroizing<Vec<u8>>,
    today: NaiveDate,
    anchors: &TrustAnchors,
) -> Result<(Option<NaiveDate>, Genuineness), ReadError> {
    if der.is_empty() {
        return Err(ReadError::Garbled("the certificate file is empty".into()));
    }
    let cert = Certificate::parse(&der)
        .map_err(|_| ReadError::Garbled("the certificate is not a DER X.509 certificate".into()))?;
    let validity = cert.inner().tbs_certificate().validity();
    let not_before = validity.not_before.to_unix_duration().as_secs() as i64;
    let not_after = validity.not_after.to_unix_duration().as_secs() as i64;
    if not_before > not_after {
        // Found by fuzzing: a validity that ends before it begins would panic in the clamp below.
        return Err(ReadError::Garbled(
            "the certificate's validity ends before it begins".into(),
        ));
    }
    let expiry = tokyo_date(not_after)
        .ok_or_else(|| ReadError::Garbled("the certificate's end date is out of range".into()))?;
    // Check the signature on a day inside the validity: an expired certificate is still
    // genuine or not, and the resident is told about its expiry either way.
    let today_seconds = today
        .and_hms_opt(12, 0, 0)
        .map_or(not_before, |t| t.and_utc().timestamp());
    let on = myna_card::Date::from_unix_seconds(today_seconds.clamp(not_before, not_after));
    Ok((Some(expiry), anchors.genuineness(&cert, on)))
}

/// The card's own expiry from the common application's record, when it answers. The
/// record's serial and municipality code are wiped at once: the kiosk keeps only the date.
fn read_card_expiry<T: Transmit>(card: &mut Card<T>) -> Result<Option<NaiveDate>, ReadError> {
    let Some(mut common) = answered(CommonAp::select(card))? else {
        return Ok(None);
    };
    let Some(mut info) = answered(common.read_card_info())? else {
        return Ok(None);
    };
    info.serial.zeroize();
    info.municipality_code.zeroize();
    let d = info.expiry;
    Ok(NaiveDate::from_ymd_opt(
        i32::from(d.year),
        u32::from(d.month),
        u32::from(d.day),
    ))
}
