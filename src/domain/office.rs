//! An office as the city's other offices and the public see it (its names, windows and opening days), and a past visit's times, for the typical week.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::Procedure;

/// What an office publishes about itself in the shared store, so that any server of the
/// city can show its line and any kiosk can point to it. Nothing about any resident.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficeListing {
    /// `municipality.office_id`.
    pub id: String,
    /// The office's name by language (every language it offers).
    pub name: BTreeMap<String, String>,
    /// Whether its numbers are called through madoguchi (else there is no line to show).
    pub calling: bool,
    pub windows: Vec<ListedWindow>,
    /// Its opening hours from the day it published, for some weeks ahead.
    pub days: Vec<OpeningDay>,
    pub published_at: NaiveDateTime,
}

/// One window of a listed office.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListedWindow {
    pub id: String,
    /// The number on its sign.
    pub number: u16,
    pub label: BTreeMap<String, String>,
    pub procedures: Vec<Procedure>,
    /// Desks calling for it, which share its line.
    pub desks: u32,
    /// kiosk.toml's minutes per resident, until the day has its own pace.
    pub minutes_per_visitor: u32,
}

/// A day the office takes residents, and its hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningDay {
    pub date: NaiveDate,
    pub open: NaiveTime,
    pub close: NaiveTime,
}

impl OfficeListing {
    /// The name in `lang`, else in English, else in Japanese.
    pub fn name_in(&self, lang: &str) -> &str {
        [lang, "en", "ja"]
            .iter()
            .find_map(|l| self.name.get(*l))
            .map_or(self.id.as_str(), String::as_str)
    }

    /// Whether it takes residents at `now`.
    pub fn is_open(&self, now: NaiveDateTime) -> bool {
        self.days
            .iter()
            .any(|d| d.date == now.date() && d.open <= now.time() && now.time() < d.close)
    }

    /// When it next opens after `now`; none when its published days hold no later opening.
    pub fn next_opening(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        self.days
            .iter()
            .map(|d| d.date.and_time(d.open))
            .filter(|at| *at > now)
            .min()
    }

    /// Its windows that take `procedure`.
    pub fn window_for(&self, procedure: Procedure) -> Option<&ListedWindow> {
        self.windows
            .iter()
            .find(|w| w.procedures.contains(&procedure))
    }
}

impl ListedWindow {
    pub fn label_in(&self, lang: &str) -> &str {
        [lang, "en", "ja"]
            .iter()
            .find_map(|l| self.label.get(*l))
            .map_or(self.id.as_str(), String::as_str)
    }
}

/// One resident's visit as the typical week counts it: when the number was issued and
/// called. From the store's own tickets, or imported from the office's old machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    pub window: String,
    pub issued_at: NaiveDateTime,
    pub called_at: NaiveDateTime,
    /// None for a resident who was called and never came.
    pub finished_at: Option<NaiveDateTime>,
    pub outcome: VisitOutcome,
}

/// How a visit ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisitOutcome {
    Served,
    NoShow,
}

impl VisitOutcome {
    pub fn id(self) -> &'static str {
        match self {
            VisitOutcome::Served => "served",
            VisitOutcome::NoShow => "no_show",
        }
    }

    pub fn from_id(id: &str) -> Option<VisitOutcome> {
        match id {
            "served" => Some(VisitOutcome::Served),
            "no_show" => Some(VisitOutcome::NoShow),
            _ => None,
        }
    }
}

impl Visit {
    /// Minutes from the number's issue to its call.
    pub fn wait_minutes(&self) -> f64 {
        (self.called_at - self.issued_at).num_seconds().max(0) as f64 / 60.0
    }
}
