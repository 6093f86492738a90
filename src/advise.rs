//! `madoguchi advise`: one JSON request in, one JSON answer out; bad input is named by its field.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::domain::{
    Answers, CardFacts, CardKind, ChecklistItem, Procedure, Question, StandardItem, Status, Visitor,
};
use crate::i18n::Catalog;
use crate::rules::{self};

/// A local (Asia/Tokyo) date, `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LocalDate(NaiveDate);

/// A local (Asia/Tokyo) time, `YYYY-MM-DDTHH:MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LocalTime(NaiveDateTime);

impl<'de> Deserialize<'de> for LocalDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        NaiveDate::parse_from_str(&s, "%Y-%m-%d")
            .map(LocalDate)
            .map_err(|_| {
                serde::de::Error::custom(format!(
                    "{s:?} is not a date; write YYYY-MM-DD, e.g. \"2027-05-01\""
                ))
            })
    }
}

impl<'de> Deserialize<'de> for LocalTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S"))
            .map(LocalTime)
            .map_err(|_| {
                serde::de::Error::custom(format!(
                    "{s:?} is not a local time; write YYYY-MM-DDTHH:MM, e.g. \"2027-05-01T10:15\""
                ))
            })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CardInput {
    kind: CardKind,
    #[serde(default)]
    auth_cert_expiry: Option<LocalDate>,
    #[serde(default)]
    card_expiry: Option<LocalDate>,
    #[serde(default)]
    auth_pin_tries_left: Option<u8>,
    #[serde(default)]
    sign_pin_tries_left: Option<u8>,
    // What `madoguchi card read` adds about the read itself; accepted so its output can be
    // piped in as the card, and not used by the rules.
    #[serde(default, rename = "verified")]
    _verified: Option<bool>,
    #[serde(default, rename = "test_card")]
    _test_card: Option<bool>,
    #[serde(default, rename = "reader")]
    _reader: Option<String>,
    #[serde(default, rename = "apdus")]
    _apdus: Option<u32>,
    #[serde(default, rename = "read_ms")]
    _read_ms: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    today: LocalDate,
    #[serde(default)]
    now: Option<LocalTime>,
    #[serde(default)]
    card: Option<CardInput>,
    #[serde(default)]
    answers: Answers,
}

/// The answer, exactly the contract of issue 2 plus `card_expiry`, `closes_at` and `checklist_text`.
#[derive(Debug, Serialize)]
pub struct Response {
    status: Status,
    /// The most urgent fact, which the status screen leads with.
    headline: &'static str,
    cert_expiry: Option<NaiveDate>,
    card_expiry: Option<NaiveDate>,
    renewal_from: Option<NaiveDate>,
    days_left: Option<i64>,
    procedures: Vec<Procedure>,
    window: Option<String>,
    checklist: Vec<ChecklistItem>,
    visits: u8,
    same_day: bool,
    fee_yen: u32,
    pending_questions: Vec<Question>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counter_open: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_open: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    closes_at: Option<String>,
    messages: BTreeMap<String, String>,
    checklist_text: BTreeMap<String, Vec<String>>,
    /// The offered languages in kiosk.toml's order (Japanese first), for the text view.
    #[serde(skip)]
    languages: Vec<String>,
}

/// Bad input: the field it is in, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub field: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() || self.field == "." {
            write!(f, "request: {}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for InputError {}

fn input_error(field: &str, message: impl Into<String>) -> InputError {
    InputError {
        field: field.to_owned(),
        message: message.into(),
    }
}

fn time_text(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

/// Answers one JSON request with one JSON answer (pretty-printed), or names what is wrong.
pub fn answer(request: &str, config: &Config, catalog: &Catalog) -> Result<String, InputError> {
    let response = respond(request, config, catalog)?;
    serde_json::to_string_pretty(&response).map_err(|e| input_error("", e.to_string()))
}

impl Response {
    /// The answer as a person reads it: the facts, then each language's explanation and checklist.
    pub fn to_text(&self) -> String {
        let mut out = format!("status: {}", self.status.id());
        if let Some(open) = self.counter_open {
            out.push_str(if open {
                ", counters open"
            } else {
                ", counters closed"
            });
            if let Some(Some(next)) = &self.next_open {
                out.push_str(&format!(", next opening {next}"));
            }
        }
        if !self.pending_questions.is_empty() {
            let ids: Vec<&str> = self.pending_questions.iter().map(|q| q.id()).collect();
            out.push_str(&format!("\nstill worth asking: {}", ids.join(", ")));
        }
        for lang in &self.languages {
            let message = self.messages.get(lang).map_or("", String::as_str);
            out.push_str(&format!("\n--- {lang} ---\n{message}"));
            for item in self.checklist_text.get(lang).into_iter().flatten() {
                out.push_str(&format!("\n  [ ] {item}"));
            }
        }
        out
    }
}

/// Answers one JSON request, or names what is wrong with it.
pub fn respond(request: &str, config: &Config, catalog: &Catalog) -> Result<Response, InputError> {
    let value: serde_json::Value = serde_json::from_str(request).map_err(|e| {
        input_error(
            "",
            format!("{e}: this is not valid JSON; send one JSON object"),
        )
    })?;
    if !value.is_object() {
        return Err(input_error(
            "",
            "the request must be one JSON object, such as {\"today\": \"2027-05-01\"}",
        ));
    }
    let request: Request = serde_path_to_error::deserialize(value)
        .map_err(|e| input_error(&e.path().to_string(), e.inner().to_string()))?;

    let today = request.today.0;
    if let Some(now) = request.now
        && now.0.date() != today
    {
        return Err(input_error(
            "now",
            format!(
                "its date {} is not today ({today}); both are local times in Asia/Tokyo",
                now.0.date()
            ),
        ));
    }
    let card = request.card.map(card_facts).transpose()?;
    let advice = rules::advise(today, card.as_ref(), &request.answers, config);

    let mut messages = BTreeMap::new();
    let mut checklist_text = BTreeMap::new();
    for lang in &config.languages.offered {
        messages.insert(lang.clone(), catalog.paragraph(lang, &advice.explanation));
        let items = advice
            .checklist
            .iter()
            .map(|item| checklist_line(item, lang, request.answers.visitor, config, catalog))
            .collect();
        checklist_text.insert(lang.clone(), items);
    }
    let reception = &config.reception;
    let response = Response {
        status: advice.status,
        headline: advice.headline.id(),
        cert_expiry: advice.cert_expiry,
        card_expiry: advice.card_expiry,
        renewal_from: advice.renewal_from,
        days_left: advice.days_left,
        procedures: advice.procedures,
        window: advice.window,
        checklist: advice.checklist,
        visits: advice.visits,
        same_day: advice.same_day,
        fee_yen: advice.fee_yen,
        pending_questions: advice.pending_questions,
        counter_open: request.now.map(|n| reception.is_open(n.0)),
        next_open: request.now.map(|n| reception.next_open(n.0).map(time_text)),
        closes_at: request
            .now
            .and_then(|n| reception.closes_at(n.0))
            .map(time_text),
        messages,
        checklist_text,
        languages: config.languages.offered.clone(),
    };
    Ok(response)
}

/// A checklist item's text in `lang`, worded for who came (the holder is told "your card";
/// unknown is the holder, as the rules take it), with the local note kiosk.toml adds, if any.
pub fn checklist_line(
    item: &ChecklistItem,
    lang: &str,
    visitor: Option<Visitor>,
    config: &Config,
    catalog: &Catalog,
) -> String {
    let holder = visitor.is_none_or(|v| v == Visitor::Holder);
    match item {
        ChecklistItem::Standard(StandardItem::PoliceReceipt)
            if config.lost_card.police_receipt.is_some() =>
        {
            config
                .lost_card
                .police_receipt
                .as_ref()
                .map_or_else(String::new, |t| t.get(lang))
        }
        ChecklistItem::Standard(standard) => {
            let key = match standard {
                StandardItem::Card if holder => "checklist-card-own".to_owned(),
                other => format!("checklist-{}", other.id()),
            };
            let text = catalog.text(lang, &key, &[]);
            match config.checklist.notes.get(standard) {
                Some(note) => format!("{text} {}", note.get(lang)),
                None => text,
            }
        }
        ChecklistItem::Local(id) => config
            .local_item(id)
            .map_or_else(|| id.clone(), |x| x.label.get(lang)),
    }
}

fn card_facts(card: CardInput) -> Result<CardFacts, InputError> {
    let check = |field: &str, tries: Option<u8>, max: u8, what: &str| match tries {
        Some(n) if n > max => Err(input_error(
            field,
            format!("{n} is out of range; the {what} has at most {max} tries (0 means locked)"),
        )),
        _ => Ok(tries),
    };
    let auth = check(
        "card.auth_pin_tries_left",
        card.auth_pin_tries_left,
        CardFacts::AUTH_PIN_MAX_TRIES,
        "user-authentication PIN",
    )?;
    let sign = check(
        "card.sign_pin_tries_left",
        card.sign_pin_tries_left,
        CardFacts::SIGN_PIN_MAX_TRIES,
        "signature password",
    )?;
    Ok(CardFacts {
        kind: card.kind,
        auth_cert_expiry: card.auth_cert_expiry.map(|d| d.0),
        card_expiry: card.card_expiry.map(|d| d.0),
        auth_pin_tries_left: auth,
        sign_pin_tries_left: sign,
    })
}
