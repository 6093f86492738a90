//! The words of a text in any language: a sentence as a key with arguments, and a text kiosk.toml gives once per language.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

use super::{Catalog, PRIMARY_LANGUAGE};

/// One argument of a sentence, rendered in the sentence's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A local date, written the way the language writes dates.
    Date(NaiveDate),
    /// A count, which may select a plural form.
    Count(i64),
    /// A time of day, written the way the language writes times: 14:05, 오후 2:05, 2:05 PM.
    Time(NaiveTime),
    /// An amount of yen, grouped by thousands the way the language groups them.
    Yen(u32),
    /// Text from kiosk.toml, one per language.
    Local(Localized),
    /// Several texts from kiosk.toml, joined the way the language joins a list.
    LocalList(Vec<Localized>),
    /// Another text key, rendered in the same language.
    Key(String),
    /// Text already in the sentence's language (a time of day, names joined).
    Text(String),
}

/// One sentence of the explanation: a key of `locales/*/*.ftl` and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub key: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Sentence {
    pub fn new(key: impl Into<String>) -> Self {
        Sentence {
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }
}

/// A text given in kiosk.toml once per language, as `label.ja = "…"`, `label.en = "…"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, String>);

impl Localized {
    /// The text in `lang`. Where the city gave none: Japanese for easy Japanese (without its
    /// readings), else the English with the Japanese beside it, as the counter's sign reads
    /// (`city-text-fallback`), else the Japanese.
    pub fn get(&self, lang: &str) -> String {
        if let Some(text) = self.0.get(lang) {
            return text.clone();
        }
        let japanese = self.japanese();
        match self.0.get("en") {
            Some(english) if lang.split('-').next() != Some("ja") => Catalog::embedded().text(
                lang,
                "city-text-fallback",
                &[
                    ("text", Arg::Text(english.clone())),
                    ("japanese", Arg::Text(japanese.to_owned())),
                ],
            ),
            _ => japanese.to_owned(),
        }
    }

    /// The Japanese text, which every kiosk.toml text has.
    pub fn japanese(&self) -> &str {
        self.0.get(PRIMARY_LANGUAGE).map_or("", String::as_str)
    }
}
