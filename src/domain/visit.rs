//! A visit's plain values: what the card showed, what the resident answered, and what the rules decide.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What kind of card the reader found (token EF 0006, or no JPKI application at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    MyNumberCard,
    JukiCard,
    Smartphone,
    OtherCard,
    Unreadable,
}

impl CardKind {
    /// The name used in JSON and in text keys.
    pub fn id(self) -> &'static str {
        match self {
            CardKind::MyNumberCard => "my_number_card",
            CardKind::JukiCard => "juki_card",
            CardKind::Smartphone => "smartphone",
            CardKind::OtherCard => "other_card",
            CardKind::Unreadable => "unreadable",
        }
    }
}

/// Everything the kiosk may know about the card without a PIN. Plain data: no handles, no serials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardFacts {
    pub kind: CardKind,
    /// Local (Asia/Tokyo) date of the user-authentication certificate's notAfter; `None`: no certificate.
    pub auth_cert_expiry: Option<NaiveDate>,
    /// The card's own expiry when the common application answered; `None`: unknown.
    pub card_expiry: Option<NaiveDate>,
    pub auth_pin_tries_left: Option<u8>,
    pub sign_pin_tries_left: Option<u8>,
}

impl CardFacts {
    /// R-PIN-1: three wrong user-authentication PINs lock it.
    pub const AUTH_PIN_MAX_TRIES: u8 = 3;
    /// R-PIN-1: five wrong signature passwords lock it.
    pub const SIGN_PIN_MAX_TRIES: u8 = 5;

    pub fn auth_pin_locked(&self) -> bool {
        self.auth_pin_tries_left == Some(0)
    }

    pub fn sign_pin_locked(&self) -> bool {
        self.sign_pin_tries_left == Some(0)
    }
}

/// Who is standing at the kiosk, relative to the cardholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visitor {
    Holder,
    LegalRepresentative,
    Proxy,
}

impl Visitor {
    pub const ALL: [Visitor; 3] = [
        Visitor::Holder,
        Visitor::LegalRepresentative,
        Visitor::Proxy,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Visitor::Holder => "holder",
            Visitor::LegalRepresentative => "legal_representative",
            Visitor::Proxy => "proxy",
        }
    }
}

/// Why a resident without a card came.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoCardReason {
    NeverHad,
    /// R-LOST-1: lost or stolen.
    Lost,
    Damaged,
    /// R-LOST-2: left at home; nothing is reissued.
    LeftAtHome,
}

impl NoCardReason {
    pub const ALL: [NoCardReason; 4] = [
        NoCardReason::NeverHad,
        NoCardReason::LeftAtHome,
        NoCardReason::Lost,
        NoCardReason::Damaged,
    ];

    pub fn id(self) -> &'static str {
        match self {
            NoCardReason::NeverHad => "never_had",
            NoCardReason::Lost => "lost",
            NoCardReason::Damaged => "damaged",
            NoCardReason::LeftAtHome => "left_at_home",
        }
    }
}

/// The resident's answers so far; `None` means the question was not asked yet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor: Option<Visitor>,
    /// The sealed 照会書兼回答書 filled in by the holder is at hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_inquiry_form: Option<bool>,
    /// Address, name, date of birth or sex changed since the certificates were issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_info_changed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knows_pins: Option<bool>,
    /// The expiry printed on the card equals the certificate expiry the kiosk showed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_expiry_matches_cert: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder_under_15_or_ward: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_card_reason: Option<NoCardReason>,
}

/// What the kiosk concludes about the card (or its absence).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Valid,
    Renewable,
    Expired,
    NoCertificate,
    CardExpired,
    JukiCard,
    Smartphone,
    OtherCard,
    Unreadable,
    NoCard,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Renewable => "renewable",
            Status::Expired => "expired",
            Status::NoCertificate => "no_certificate",
            Status::CardExpired => "card_expired",
            Status::JukiCard => "juki_card",
            Status::Smartphone => "smartphone",
            Status::OtherCard => "other_card",
            Status::Unreadable => "unreadable",
            Status::NoCard => "no_card",
        }
    }
}

/// A procedure done at a counter. Declared in the order they are done in one visit (R-PIN-4: PIN reset first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    PinReset,
    CertRenewal,
    CertIssuance,
    SignCertIssuance,
    CardRenewal,
    CardApplication,
    CardReissue,
}

impl Procedure {
    pub const ALL: [Procedure; 7] = [
        Procedure::PinReset,
        Procedure::CertRenewal,
        Procedure::CertIssuance,
        Procedure::SignCertIssuance,
        Procedure::CardRenewal,
        Procedure::CardApplication,
        Procedure::CardReissue,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Procedure::PinReset => "pin_reset",
            Procedure::CertRenewal => "cert_renewal",
            Procedure::CertIssuance => "cert_issuance",
            Procedure::SignCertIssuance => "sign_cert_issuance",
            Procedure::CardRenewal => "card_renewal",
            Procedure::CardApplication => "card_application",
            Procedure::CardReissue => "card_reissue",
        }
    }

    /// R-PIN-4: issuing or renewing a certificate needs the card's PINs.
    pub fn needs_pins(self) -> bool {
        matches!(
            self,
            Procedure::CertRenewal | Procedure::CertIssuance | Procedure::SignCertIssuance
        )
    }

    /// A new card is made by J-LIS and collected later (R-VALID-6: about a month).
    pub fn makes_new_card(self) -> bool {
        matches!(
            self,
            Procedure::CardRenewal | Procedure::CardApplication | Procedure::CardReissue
        )
    }
}

/// A document or item of the checklist defined by the rules (C-… in rules.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StandardItem {
    Card,
    Pins,
    /// C-PINS when one PIN is locked: the ones still known (the locked one is reset, not brought).
    OtherPins,
    ExpiryNotice,
    OfficialId,
    LegalRepId,
    AgencyProof,
    ProxyId,
    InquiryForm,
    /// R-LOST-1: the police report's receipt number (its text may come from kiosk.toml).
    PoliceReceipt,
}

impl StandardItem {
    pub const ALL: [StandardItem; 10] = [
        StandardItem::Card,
        StandardItem::Pins,
        StandardItem::OtherPins,
        StandardItem::ExpiryNotice,
        StandardItem::OfficialId,
        StandardItem::LegalRepId,
        StandardItem::AgencyProof,
        StandardItem::ProxyId,
        StandardItem::InquiryForm,
        StandardItem::PoliceReceipt,
    ];

    pub fn id(self) -> &'static str {
        match self {
            StandardItem::Card => "card",
            StandardItem::Pins => "pins",
            StandardItem::OtherPins => "other_pins",
            StandardItem::ExpiryNotice => "expiry_notice",
            StandardItem::OfficialId => "official_id",
            StandardItem::LegalRepId => "legal_rep_id",
            StandardItem::AgencyProof => "agency_proof",
            StandardItem::ProxyId => "proxy_id",
            StandardItem::InquiryForm => "inquiry_form",
            StandardItem::PoliceReceipt => "police_receipt",
        }
    }
}

/// One line of the checklist: a standard item, or a local extra named in kiosk.toml.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ChecklistItem {
    Standard(StandardItem),
    Local(String),
}

impl ChecklistItem {
    pub fn id(&self) -> &str {
        match self {
            ChecklistItem::Standard(item) => item.id(),
            ChecklistItem::Local(id) => id,
        }
    }
}

impl Serialize for ChecklistItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Read back from the queue record: a standard item's id, else a local extra's.
impl<'de> Deserialize<'de> for ChecklistItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        Ok(StandardItem::ALL
            .into_iter()
            .find(|item| item.id() == id)
            .map_or(ChecklistItem::Local(id), ChecklistItem::Standard))
    }
}

/// A question the kiosk may put to the resident. Declared in the order the kiosk asks them:
/// whatever the card, who is asking comes before what they are asked about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    NoCardReason,
    Visitor,
    CardExpiryMatchesCert,
    HasInquiryForm,
    KnowsPins,
    BasicInfoChanged,
    HolderUnder15OrWard,
}

impl Question {
    pub const ALL: [Question; 7] = [
        Question::NoCardReason,
        Question::Visitor,
        Question::CardExpiryMatchesCert,
        Question::HasInquiryForm,
        Question::KnowsPins,
        Question::BasicInfoChanged,
        Question::HolderUnder15OrWard,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Question::NoCardReason => "no_card_reason",
            Question::CardExpiryMatchesCert => "card_expiry_matches_cert",
            Question::Visitor => "visitor",
            Question::HasInquiryForm => "has_inquiry_form",
            Question::KnowsPins => "knows_pins",
            Question::BasicInfoChanged => "basic_info_changed",
            Question::HolderUnder15OrWard => "holder_under_15_or_ward",
        }
    }

    /// Whether the resident has answered this question.
    pub fn is_answered(self, answers: &Answers) -> bool {
        match self {
            Question::NoCardReason => answers.no_card_reason.is_some(),
            Question::CardExpiryMatchesCert => answers.card_expiry_matches_cert.is_some(),
            Question::Visitor => answers.visitor.is_some(),
            Question::HasInquiryForm => answers.has_inquiry_form.is_some(),
            Question::KnowsPins => answers.knows_pins.is_some(),
            Question::BasicInfoChanged => answers.basic_info_changed.is_some(),
            Question::HolderUnder15OrWard => answers.holder_under_15_or_ward.is_some(),
        }
    }

    /// Every possible answer, each as the answers with this question answered that way.
    pub fn alternatives(self, answers: &Answers) -> Vec<Answers> {
        let mut out = Vec::new();
        match self {
            Question::NoCardReason => {
                for reason in NoCardReason::ALL {
                    let mut a = answers.clone();
                    a.no_card_reason = Some(reason);
                    out.push(a);
                }
            }
            Question::Visitor => {
                for visitor in Visitor::ALL {
                    let mut a = answers.clone();
                    a.visitor = Some(visitor);
                    out.push(a);
                }
            }
            _ => {
                for value in [true, false] {
                    let mut a = answers.clone();
                    if let Some(slot) = self.yes_no_slot(&mut a) {
                        *slot = Some(value);
                    }
                    out.push(a);
                }
            }
        }
        out
    }

    /// The answer field of a yes/no question; `None` for the multiple-choice ones.
    fn yes_no_slot(self, answers: &mut Answers) -> Option<&mut Option<bool>> {
        match self {
            Question::CardExpiryMatchesCert => Some(&mut answers.card_expiry_matches_cert),
            Question::HasInquiryForm => Some(&mut answers.has_inquiry_form),
            Question::KnowsPins => Some(&mut answers.knows_pins),
            Question::BasicInfoChanged => Some(&mut answers.basic_info_changed),
            Question::HolderUnder15OrWard => Some(&mut answers.holder_under_15_or_ward),
            Question::NoCardReason | Question::Visitor => None,
        }
    }
}

/// The one fact the status screen leads with: the most urgent thing about the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Headline {
    CardExpired,
    JukiCard,
    CertExpired,
    NoCertificate,
    /// R-RENEW-4: the card expires with its certificates, so a new card is applied for.
    NewCardDue,
    PinLocked,
    Renewable,
    /// R-REVOKE-1: the signature certificate was revoked by a change of the basic four facts.
    SignatureRevoked,
    Valid,
    Smartphone,
    OtherCard,
    Unreadable,
    NoCard,
}

impl Headline {
    /// The name used in text keys (`headline-…`).
    pub fn id(self) -> &'static str {
        match self {
            Headline::CardExpired => "card_expired",
            Headline::JukiCard => "juki_card",
            Headline::CertExpired => "cert_expired",
            Headline::NoCertificate => "no_certificate",
            Headline::NewCardDue => "new_card_due",
            Headline::PinLocked => "pin_locked",
            Headline::Renewable => "renewable",
            Headline::SignatureRevoked => "signature_revoked",
            Headline::Valid => "valid",
            Headline::Smartphone => "smartphone",
            Headline::OtherCard => "other_card",
            Headline::Unreadable => "unreadable",
            Headline::NoCard => "no_card",
        }
    }

    /// The sign drawn beside the headline.
    pub fn sign(self) -> Sign {
        match self {
            Headline::Valid => Sign::Fine,
            Headline::CardExpired
            | Headline::JukiCard
            | Headline::CertExpired
            | Headline::NoCertificate
            | Headline::Unreadable => Sign::Stopped,
            Headline::NewCardDue
            | Headline::PinLocked
            | Headline::Renewable
            | Headline::SignatureRevoked => Sign::Act,
            Headline::Smartphone | Headline::OtherCard | Headline::NoCard => Sign::Info,
        }
    }
}

/// How a headline is marked: a drawn mark on a coloured badge, with a word, never colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sign {
    /// Nothing needs doing.
    Fine,
    /// Something should be done at the counter.
    Act,
    /// Something no longer works.
    Stopped,
    /// Information, no judgement on the card.
    Info,
}

impl Sign {
    pub fn id(self) -> &'static str {
        match self {
            Sign::Fine => "fine",
            Sign::Act => "act",
            Sign::Stopped => "stopped",
            Sign::Info => "info",
        }
    }
}
