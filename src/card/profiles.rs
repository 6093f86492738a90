//! Named sample cards for demos and tests, with certificates issued for dates relative to today.

use std::fmt;
use std::str::FromStr;

use chrono::{Days, Months, NaiveDate};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, SerialNumber,
};

use super::virtual_card::{
    Application, COMMON_AID, COMMON_CARD_INFO, CardImage, JPKI_AID, jpki_ef,
};

/// Test-only keys, committed on purpose: they sign the virtual cards' certificates and
/// nothing else. No production kiosk trusts them.
const CARD_KEY: &str = include_str!("../../assets/virtual-card/card.key.pem");
const VIRTUAL_ROOT_KEY: &str = include_str!("../../assets/virtual-card/virtual-root.key.pem");
const VIRTUAL_TEST_ROOT_KEY: &str =
    include_str!("../../assets/virtual-card/virtual-test-root.key.pem");
const ROGUE_ROOT_KEY: &str = include_str!("../../assets/virtual-card/rogue-root.key.pem");

/// What the card's holder-specific fields carry on a virtual card. Tests look for these
/// strings in everything the kiosk writes, and fail if one turns up.
pub mod markers {
    /// The certificate subject's common name.
    pub const SUBJECT: &str = "MADOGUCHI-MARKER-SUBJECT";
    /// The certificate serial number.
    pub const CERT_SERIAL: [u8; 8] = *b"MARKSERL";
    /// The card serial in the common application's record (15 digits).
    pub const CARD_SERIAL: &str = "987654321012345";
    /// The CRL distribution point, which names the city on a real card.
    pub const CRL_POINT: &str = "http://madoguchi-marker-crl.invalid/crl";
}

/// A storage card's ATR (FeliCa transit cards): not a My Number Card, no APDUs sent.
pub const FELICA_ATR: &[u8] = &[
    0x3B, 0x8F, 0x80, 0x01, 0x80, 0x4F, 0x0C, 0xA0, 0x00, 0x00, 0x03, 0x06, 0x11, 0x00, 0x3B, 0x00,
    0x00, 0x00, 0x00, 0x42,
];
/// The ATR the virtual ISO cards present (a contactless type B card through PC/SC).
pub const ISO_CARD_ATR: &[u8] = &[
    0x3B, 0x88, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09,
];

/// Which root signs a virtual card's certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VirtualRoot {
    /// Stands in for J-LIS's production root in demos and tests.
    Production,
    /// Stands in for a JPKI test-hierarchy root (staff training cards).
    Test,
    /// Trusted by nobody: a card that is not genuine.
    Rogue,
}

impl VirtualRoot {
    fn key(self) -> &'static str {
        match self {
            VirtualRoot::Production => VIRTUAL_ROOT_KEY,
            VirtualRoot::Test => VIRTUAL_TEST_ROOT_KEY,
            VirtualRoot::Rogue => ROGUE_ROOT_KEY,
        }
    }

    fn params(self) -> CertificateParams {
        let (organisation, name) = match self {
            VirtualRoot::Production => ("JPKI (madoguchi virtual)", "madoguchi virtual root"),
            VirtualRoot::Test => (
                "JPKI-TEST (madoguchi virtual)",
                "madoguchi virtual test root",
            ),
            VirtualRoot::Rogue => ("Not JPKI", "madoguchi rogue root"),
        };
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CountryName, "JP");
        dn.push(DnType::OrganizationName, organisation);
        dn.push(
            DnType::OrganizationalUnitName,
            "JPKI for user authentication",
        );
        dn.push(DnType::CommonName, name);
        params.distinguished_name = dn;
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        params.serial_number = Some(SerialNumber::from(vec![1]));
        params.not_before = rcgen::date_time_ymd(2000, 1, 1);
        params.not_after = rcgen::date_time_ymd(2099, 12, 31);
        params
    }

    /// The root's certificate, DER: what a test or demo adds as a trust anchor.
    pub fn certificate_der(self) -> Result<Vec<u8>, rcgen::Error> {
        let key = KeyPair::from_pem(self.key())?;
        Ok(self.params().self_signed(&key)?.der().to_vec())
    }

    /// The root's certificate, PEM, for kiosk.toml's trust anchors.
    pub fn certificate_pem(self) -> Result<String, rcgen::Error> {
        let key = KeyPair::from_pem(self.key())?;
        Ok(self.params().self_signed(&key)?.pem())
    }
}

/// Why a sample card could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SampleError {
    #[error("cannot make the sample certificate: {0}")]
    Certificate(#[from] rcgen::Error),
    #[error("{0} is outside the dates a certificate can hold")]
    Date(NaiveDate),
}

/// 23:59:59 JST (14:59:59 UTC) on `day`: when a JPKI certificate's validity ends.
fn end_of_day_jst(day: NaiveDate) -> Result<time::OffsetDateTime, SampleError> {
    let seconds = day
        .and_hms_opt(14, 59, 59)
        .ok_or(SampleError::Date(day))?
        .and_utc()
        .timestamp();
    time::OffsetDateTime::from_unix_timestamp(seconds).map_err(|_| SampleError::Date(day))
}

/// A user-authentication certificate valid until the end of `expiry`, Japan time.
fn auth_certificate(expiry: NaiveDate, root: VirtualRoot) -> Result<Vec<u8>, SampleError> {
    let issued = expiry.checked_sub_months(Months::new(60)).unwrap_or(expiry);
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CountryName, "JP");
    dn.push(DnType::CommonName, markers::SUBJECT);
    params.distinguished_name = dn;
    params.serial_number = Some(SerialNumber::from(markers::CERT_SERIAL.to_vec()));
    params.not_before = end_of_day_jst(issued)?;
    params.not_after = end_of_day_jst(expiry)?;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.crl_distribution_points = vec![rcgen::CrlDistributionPoint {
        uris: vec![markers::CRL_POINT.to_owned()],
    }];
    let root_key = KeyPair::from_pem(root.key())?;
    let issuer = Issuer::new(root.params(), root_key);
    let card_key = KeyPair::from_pem(CARD_KEY)?;
    Ok(params.signed_by(&card_key, &issuer)?.der().to_vec())
}

/// The 32-byte space-padded token label, then the rest of the 160-byte EF 0006.
fn token(label: &str) -> Vec<u8> {
    let mut ef = format!("{label:<32}").into_bytes();
    ef.resize(160, 0);
    ef
}

/// Record 1 of the common application's EF 0001: serial, municipality, card expiry.
fn card_record(expiry: NaiveDate) -> Vec<u8> {
    let digits = format!("{}46201{}", markers::CARD_SERIAL, expiry.format("%Y%m%d"));
    let mut record = vec![0x01, digits.len() as u8];
    record.extend(digits.into_bytes());
    record
}

/// A named sample card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    Valid,
    Renewable,
    ExpiringToday,
    Expired,
    CardExpiresWithCert,
    CardExpired,
    NoCertificate,
    AuthPinLocked,
    SignPinLocked,
    JukiCard,
    Smartphone,
    NotMyNumberCard,
    TransitCard,
    Unreadable,
    TestCard,
    Unverifiable,
}

impl Profile {
    pub const ALL: [Profile; 16] = [
        Profile::Valid,
        Profile::Renewable,
        Profile::ExpiringToday,
        Profile::Expired,
        Profile::CardExpiresWithCert,
        Profile::CardExpired,
        Profile::NoCertificate,
        Profile::AuthPinLocked,
        Profile::SignPinLocked,
        Profile::JukiCard,
        Profile::Smartphone,
        Profile::NotMyNumberCard,
        Profile::TransitCard,
        Profile::Unreadable,
        Profile::TestCard,
        Profile::Unverifiable,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Profile::Valid => "valid",
            Profile::Renewable => "renewable",
            Profile::ExpiringToday => "expiring-today",
            Profile::Expired => "expired",
            Profile::CardExpiresWithCert => "card-expires-with-cert",
            Profile::CardExpired => "card-expired",
            Profile::NoCertificate => "no-certificate",
            Profile::AuthPinLocked => "auth-pin-locked",
            Profile::SignPinLocked => "sign-pin-locked",
            Profile::JukiCard => "juki-card",
            Profile::Smartphone => "smartphone",
            Profile::NotMyNumberCard => "not-my-number-card",
            Profile::TransitCard => "transit-card",
            Profile::Unreadable => "unreadable",
            Profile::TestCard => "test-card",
            Profile::Unverifiable => "unverifiable",
        }
    }

    /// The user-authentication certificate's expiry on this card, relative to `today`.
    pub fn cert_expiry(self, today: NaiveDate) -> Option<NaiveDate> {
        let plus = |n| today.checked_add_days(Days::new(n));
        let minus = |n| today.checked_sub_days(Days::new(n));
        match self {
            Profile::Valid
            | Profile::AuthPinLocked
            | Profile::SignPinLocked
            | Profile::Smartphone
            | Profile::TestCard
            | Profile::Unverifiable => plus(1000),
            Profile::Renewable | Profile::CardExpiresWithCert => plus(45),
            Profile::ExpiringToday => Some(today),
            Profile::Expired | Profile::CardExpired => minus(20),
            Profile::JukiCard => minus(3650),
            Profile::NoCertificate
            | Profile::NotMyNumberCard
            | Profile::TransitCard
            | Profile::Unreadable => None,
        }
    }

    /// The card's own expiry as the common application states it, relative to `today`.
    pub fn card_expiry(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            Profile::CardExpiresWithCert | Profile::CardExpired => self.cert_expiry(today),
            Profile::JukiCard
            | Profile::Smartphone
            | Profile::NotMyNumberCard
            | Profile::TransitCard
            | Profile::Unreadable => None,
            Profile::NoCertificate => today.checked_add_days(Days::new(2500)),
            _ => self
                .cert_expiry(today)
                .and_then(|d| d.checked_add_months(Months::new(60))),
        }
    }

    pub fn pin_tries(self) -> (u8, u8) {
        match self {
            Profile::AuthPinLocked => (0, 5),
            Profile::SignPinLocked => (3, 0),
            _ => (3, 5),
        }
    }

    fn root(self) -> VirtualRoot {
        match self {
            Profile::TestCard => VirtualRoot::Test,
            Profile::Unverifiable => VirtualRoot::Rogue,
            _ => VirtualRoot::Production,
        }
    }

    /// The card's contents on `today`.
    pub fn image(self, today: NaiveDate) -> Result<CardImage, SampleError> {
        let mut image = CardImage {
            atr: ISO_CARD_ATR.to_vec(),
            ..CardImage::default()
        };
        match self {
            Profile::TransitCard => {
                image.atr = FELICA_ATR.to_vec();
                return Ok(image);
            }
            Profile::Unreadable => {
                image.garbled = true;
                return Ok(image);
            }
            Profile::NotMyNumberCard => return Ok(image),
            _ => {}
        }
        let label = match self {
            Profile::JukiCard => "JPKIAPICCTOKEN",
            Profile::Smartphone => "JPKIAPGPSETOKEN",
            _ => "JPKIAPICCTOKEN2",
        };
        let mut jpki = Application::default();
        jpki.binaries.insert(jpki_ef::TOKEN_INFO, token(label));
        let cert = self.cert_expiry(today);
        let present = if cert.is_some() { 0x8F } else { 0x00 };
        jpki.binaries
            .insert(jpki_ef::CERTIFICATE_AVAILABILITY, vec![0x8F, present, 0x00]);
        if let Some(expiry) = cert {
            jpki.binaries.insert(
                jpki_ef::AUTH_CERTIFICATE,
                auth_certificate(expiry, self.root())?,
            );
        }
        jpki.protected.push(jpki_ef::SIGN_CERTIFICATE);
        let (auth, sign) = self.pin_tries();
        jpki.pins.insert(jpki_ef::AUTH_PIN, auth);
        jpki.pins.insert(jpki_ef::SIGN_PIN, sign);
        image.applications.insert(JPKI_AID, jpki);
        if let Some(expiry) = self.card_expiry(today) {
            let mut common = Application::default();
            common
                .records
                .insert(COMMON_CARD_INFO, vec![card_record(expiry)]);
            image.applications.insert(COMMON_AID, common);
        }
        Ok(image)
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Profile::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
                format!("no sample card {s:?}; choose one of: {}", names.join(", "))
            })
    }
}
