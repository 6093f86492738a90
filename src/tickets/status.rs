//! What each window's line looks like now, from the day's tickets: for `queue status`, the kiosk's wait notice and the displays.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::Ticket;
use crate::config::{Config, Window};
use crate::i18n::Arg;
use crate::i18n::Catalog;
use crate::queue::{State, WaitBand, WaitEstimate, median_service_minutes, minutes_left_today};

/// The day's median counts only a window's latest visits: the pace of the last hour or
/// two, not of the morning rush.
const RECENT_VISITS: usize = 20;

/// One window's line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WindowStatus {
    pub id: String,
    pub number: u16,
    pub waiting: u32,
    pub called: u32,
    pub serving: u32,
    pub served: u32,
    pub no_show: u32,
    pub void: u32,
    /// Still waiting when an earlier day ended (today's are never).
    pub not_served: u32,
    /// Minutes until the last one waiting is called; none when numbers are not called
    /// through madoguchi (`queue.calling = false`).
    pub estimated_wait_minutes: Option<u32>,
    #[serde(skip)]
    pub wait: Option<WaitEstimate>,
    pub last_called: Option<String>,
    pub last_called_counter: Option<String>,
    /// Minutes per resident the estimate used: today's median, or kiosk.toml's figure.
    pub minutes_per_visitor: f64,
}

impl WindowStatus {
    pub fn band(&self) -> Option<WaitBand> {
        self.wait.map(WaitEstimate::band)
    }

    /// `stop_when_full`: the people already waiting would take longer than the time left
    /// before the counters close at `closes_at` (none: closed already).
    pub fn full_before_closing(
        &self,
        window: &Window,
        closes_at: Option<NaiveDateTime>,
        now: NaiveDateTime,
    ) -> bool {
        let Some(wait) = self.wait.filter(|_| window.stop_when_full) else {
            return false;
        };
        let left = closes_at.map_or(0, |close| minutes_left_today(now, close.time()));
        wait.beyond(left)
    }

    /// "3 people are waiting. Expected wait: 10 to 20 minutes." in `lang`; none when numbers
    /// are not called through madoguchi.
    pub fn told(&self, lang: &str, catalog: &Catalog) -> Option<String> {
        let wait = self.wait?;
        Some(if wait.waiting == 0 {
            catalog.text(lang, "wait-nobody", &[])
        } else {
            told_with(wait, "wait-line", lang, catalog)
        })
    }

    /// The same for the printed ticket: the people ahead of it, just issued.
    pub fn told_on_ticket(&self, lang: &str, catalog: &Catalog) -> Option<String> {
        Some(told_with(self.wait?, "ticket-wait", lang, catalog))
    }
}

/// `key` with the people waiting (`count`) and the band's words (`band`).
fn told_with(wait: WaitEstimate, key: &str, lang: &str, catalog: &Catalog) -> String {
    catalog.text(
        lang,
        key,
        &[
            ("count", Arg::Count(i64::from(wait.waiting))),
            (
                "band",
                Arg::Text(catalog.text(lang, wait.band().key(), &[])),
            ),
        ],
    )
}

/// Every window of kiosk.toml, in its order, from `tickets` (one day's).
pub fn queue_status(config: &Config, tickets: &[Ticket]) -> Vec<WindowStatus> {
    config
        .windows
        .iter()
        .map(|w| {
            line_of(
                &LineOf {
                    id: &w.id,
                    number: w.number,
                    desks: w.desks().len() as u32,
                    minutes_per_visitor: w.minutes_per_visitor,
                    calling: config.queue.calling,
                },
                tickets,
            )
        })
        .collect()
}

/// What a window's line is figured from besides its tickets: kiosk.toml's window, or
/// another office's listed one.
pub struct LineOf<'a> {
    pub id: &'a str,
    pub number: u16,
    pub desks: u32,
    /// The figure to use until the day has its own pace.
    pub minutes_per_visitor: u32,
    /// Whether numbers are called through madoguchi (else there is no wait to tell).
    pub calling: bool,
}

/// One window's line from the day's `tickets` (of every window).
pub fn line_of(w: &LineOf<'_>, tickets: &[Ticket]) -> WindowStatus {
    let mine: Vec<&Ticket> = tickets.iter().filter(|t| t.window() == w.id).collect();
    let count = |s: State| mine.iter().filter(|t| t.queue.state == s).count() as u32;
    let mut visits: Vec<(NaiveDateTime, NaiveDateTime)> = mine
        .iter()
        .filter(|t| t.queue.state == State::Done)
        .filter_map(|t| Some((t.queue.called_at?, t.queue.finished_at?)))
        .collect();
    visits.sort_by_key(|v| v.1);
    let recent = visits.len().saturating_sub(RECENT_VISITS);
    let minutes_per_visitor = median_service_minutes(visits[recent..].iter().copied())
        .unwrap_or(f64::from(w.minutes_per_visitor));
    let waiting = count(State::Waiting);
    let wait = w
        .calling
        .then(|| WaitEstimate::new(waiting, w.desks, minutes_per_visitor));
    let last = mine
        .iter()
        .filter(|t| t.queue.called_at.is_some())
        .max_by_key(|t| (t.queue.called_at, t.id));
    WindowStatus {
        id: w.id.to_owned(),
        number: w.number,
        waiting,
        called: count(State::Called),
        serving: count(State::Serving),
        served: count(State::Done),
        no_show: count(State::NoShow),
        void: count(State::Void),
        not_served: count(State::NotServed),
        estimated_wait_minutes: wait.map(|e| e.minutes),
        wait,
        last_called: last.map(|t| t.number.to_string()),
        last_called_counter: last.and_then(|t| t.queue.desk.clone()),
        minutes_per_visitor,
    }
}

/// The line of `window` today, when the office calls numbers through madoguchi (none when
/// it does not: numbers never called are not a queue).
pub fn window_line(
    store: &dyn super::TicketStore,
    config: &Config,
    window: &str,
    day: chrono::NaiveDate,
) -> Result<Option<WindowStatus>, super::StoreError> {
    if !config.queue.calling {
        return Ok(None);
    }
    let tickets = store.tickets_on(day)?;
    Ok(queue_status(config, &tickets)
        .into_iter()
        .find(|w| w.id == window))
}
