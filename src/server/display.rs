//! The lobby display (`/display`): the newest call very large, the calls before it, and each window's line, kept live by the page's own script.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;

use super::{Call, Failure, Shared, WindowFilter, languages, render};
use crate::config::Config;
use crate::i18n::Catalog;
use crate::queue::{Event, EventKind};
use crate::tickets::{TicketStore, WindowStatus, queue_status};

/// Calls listed under the newest one.
const RECENT: usize = 6;

/// One window's line as the display shows it, in Japanese and English.
struct Line {
    number: u16,
    label: Vec<String>,
    waiting: u32,
    band: Vec<String>,
}

#[derive(Template)]
#[template(path = "display.html")]
struct Page {
    titles: Vec<String>,
    recent_titles: Vec<String>,
    nobody_called: Vec<String>,
    lost: Vec<String>,
    /// "The database cannot be reached; not updated since --:--": the page puts the time of
    /// its last good reading in place of the dashes.
    database_down: Vec<String>,
    /// The filter as given (`certificates,cards`), for the page's own requests.
    windows: String,
    newest: Option<Call>,
    recent: Vec<Call>,
    lines: Lines,
}

#[derive(Template)]
#[template(path = "display_lines.html")]
struct Lines {
    waiting_titles: Vec<String>,
    lines: Vec<Line>,
}

/// Stands for the time in the "not updated since" banner until the page fills it in; read
/// as it is, it still says the time is unknown.
const STALE_MARK: &str = "--:--";

fn in_each(config: &Config, key: &str) -> Vec<String> {
    let catalog = Catalog::embedded();
    languages(config)
        .iter()
        .map(|l| catalog.text(l, key, &[]))
        .collect()
}

fn lines_of(config: &Config, status: &[WindowStatus], only: Option<&[String]>) -> Lines {
    let catalog = Catalog::embedded();
    let langs = languages(config);
    Lines {
        waiting_titles: in_each(config, "display-waiting"),
        lines: status
            .iter()
            .filter(|s| only.is_none_or(|ids| ids.contains(&s.id)))
            .filter_map(|s| {
                let window = config.window(&s.id)?;
                Some(Line {
                    number: window.number,
                    label: langs
                        .iter()
                        .map(|l| window.label.get(l).to_owned())
                        .collect(),
                    waiting: s.waiting,
                    band: match s.band() {
                        Some(band) => langs
                            .iter()
                            .map(|l| catalog.text(l, band.key(), &[]))
                            .collect(),
                        None => Vec::new(),
                    },
                })
            })
            .collect(),
    }
}

/// The latest calls of the day, newest first, from the store's events.
fn recent_calls(
    store: &dyn TicketStore,
    config: &Config,
    now: chrono::NaiveDateTime,
    only: Option<&[String]>,
) -> Result<Vec<Call>, crate::tickets::StoreError> {
    let last = store.last_event()?;
    let events: Vec<Event> = store.events_after((last - 500).max(0), 500)?;
    let mut seen = std::collections::HashSet::new();
    Ok(events
        .iter()
        .rev()
        .filter(|e| matches!(e.kind, EventKind::Called | EventKind::Recalled))
        .filter(|e| e.at.date() == now.date())
        .filter(|e| only.is_none_or(|ids| ids.contains(&e.window)))
        // Each number once, at its latest call (a recall is not a second resident).
        .filter(|e| seen.insert(e.number.clone()))
        .take(RECENT + 1)
        .map(|e| Call::of(e, config))
        .collect())
}

pub(super) async fn page(
    State(shared): State<Arc<Shared>>,
    Query(filter): Query<WindowFilter>,
) -> Result<Html<String>, Failure> {
    let only = filter.ids(&shared.config)?;
    let asked = only.clone();
    let (status, mut calls) = shared
        .read(move |store, config, now| {
            let status = queue_status(config, &store.tickets_on(now.date())?);
            Ok((status, recent_calls(store, config, now, asked.as_deref())?))
        })
        .await?;
    let config = &shared.config;
    let lines = lines_of(config, &status, only.as_deref());
    let newest = (!calls.is_empty()).then(|| calls.remove(0));
    let page = Page {
        titles: in_each(config, "display-title"),
        recent_titles: in_each(config, "display-recent"),
        nobody_called: in_each(config, "display-nobody-called"),
        lost: in_each(config, "display-lost"),
        database_down: languages(config)
            .iter()
            .map(|l| {
                Catalog::embedded().text(
                    l,
                    "display-database-down",
                    &[("time", crate::i18n::Arg::Text(STALE_MARK.into()))],
                )
            })
            .collect(),
        windows: only.map(|ids| ids.join(",")).unwrap_or_default(),
        newest,
        recent: calls,
        lines,
    };
    render(&page)
}

/// The windows' lines alone, which the page fetches again after each change.
pub(super) async fn lines(
    State(shared): State<Arc<Shared>>,
    Query(filter): Query<WindowFilter>,
) -> Result<Html<String>, Failure> {
    let only = filter.ids(&shared.config)?;
    let status = shared
        .read(|store, config, now| Ok(queue_status(config, &store.tickets_on(now.date())?)))
        .await?;
    render(&lines_of(&shared.config, &status, only.as_deref()))
}
