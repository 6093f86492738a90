//! The city's wait in public: `/now` (every office's line, open or closed, the typical week), `/now/{office}`, and `/api/now` as JSON, all served from one snapshot the server makes once per queue change.
//!
//! No page reads the database: a task of the server reads its own office's day when an event
//! of it comes, and every office's every few seconds (their events go to their own servers),
//! and each request is answered from that snapshot, with an ETag.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::{
    ACCESS_CONTROL_ALLOW_ORIGIN, CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, ETAG,
    IF_NONE_MATCH,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDateTime;
use serde::Deserialize;
use tokio::sync::{Notify, watch};
use tokio_stream::StreamExt;

use super::heatmap::{day_name, heat_map};
use super::streams::{Audience, Peer};
use super::{Failure, Shared, escape, ruby_html};
use crate::city::{self, Board, OfficeNow, TypicalWeek, after_holiday, read_board, typical_week};
use crate::config::Config;
use crate::i18n::{Arg, Catalog};

/// The other offices' lines are read this often (their events go to their own servers);
/// this office's are read at each of its events.
const POLL: Duration = Duration::from_secs(5);
/// The snapshot is renewed at least this often while the database answers, so that its
/// `updated_at` shows it is current.
const FRESH_EVERY: Duration = Duration::from_secs(60);
/// Figures older than this are called stale on the page (and the kiosk does not show them).
pub const STALE_AFTER_SECS: i64 = 120;
/// The typical week is figured again this often, and tried again this soon after failing.
const TYPICAL_EVERY: Duration = Duration::from_secs(3600);
const TYPICAL_RETRY: Duration = Duration::from_secs(60);

/// The city's offices as last read, with what every request needs made once.
#[derive(Default)]
pub(super) struct Snapshot {
    /// Grows with each new snapshot; part of every ETag.
    version: u64,
    /// False until the first read succeeded.
    read: bool,
    board: Board,
    typical: BTreeMap<String, TypicalWeek>,
    /// `{"offices": [...]}` for the whole city, and for each office alone.
    json: Arc<str>,
    office_json: BTreeMap<String, Arc<str>>,
    /// What a live page needs of it (no names or labels: the page has them), for the whole
    /// city and for each office alone.
    live: Arc<str>,
    office_live: BTreeMap<String, Arc<str>>,
    /// Pages drawn from it, by ETag: each language, office and form is drawn once.
    pages: std::sync::Mutex<BTreeMap<String, Arc<str>>>,
}

impl Snapshot {
    pub(super) fn board(&self) -> &Board {
        &self.board
    }
}

/// Tells this run's ETags from another's: the versions start again at each start.
static RUN: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    crate::secret::token(6).unwrap_or_else(|_| std::process::id().to_string())
});

/// The snapshot and what wakes its maker.
pub(super) struct NowBoard {
    snapshot: watch::Sender<Arc<Snapshot>>,
    dirty: Notify,
}

impl NowBoard {
    pub(super) fn new() -> NowBoard {
        NowBoard {
            snapshot: watch::Sender::new(Arc::new(Snapshot::default())),
            dirty: Notify::new(),
        }
    }

    /// Something of this office changed: read again now.
    pub(super) fn changed(&self) {
        self.dirty.notify_one();
    }

    /// The offices as last read (the phone page's pointer to a branch reads them too).
    pub(super) fn current(&self) -> Arc<Snapshot> {
        self.snapshot.borrow().clone()
    }

    /// Puts `board` in place when it differs from the last one (beyond the time it was
    /// read), when the typical week was figured again, or when the last is getting old.
    fn offer(&self, board: Board, typical: &BTreeMap<String, TypicalWeek>, renewed: bool) {
        let old = self.current();
        let same = old.read
            && !renewed
            && without_times(&old.board) == without_times(&board)
            && (board.read_at - old.board.read_at).num_seconds() < FRESH_EVERY.as_secs() as i64;
        if same {
            return;
        }
        let json_of = |offices: &[&OfficeNow]| -> Arc<str> {
            serde_json::json!({ "offices": offices }).to_string().into()
        };
        let live_of = |offices: &[&OfficeNow]| -> Arc<str> {
            let offices: Vec<serde_json::Value> = offices
                .iter()
                .map(|o| {
                    serde_json::json!({
                        "id": o.id,
                        "open": o.open,
                        "updated_at": serde_json::to_value(o).ok().and_then(|v| v.get("updated_at").cloned()),
                        "windows": o.windows.iter().map(|w| serde_json::json!({
                            "id": w.id,
                            "waiting": w.waiting,
                            "band_minutes": w.band_minutes,
                            "last_called": w.last_called,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            serde_json::json!({ "offices": offices }).to_string().into()
        };
        let all: Vec<&OfficeNow> = board.offices.iter().collect();
        let snapshot = Snapshot {
            version: old.version + 1,
            read: true,
            json: json_of(&all),
            office_json: board
                .offices
                .iter()
                .map(|o| (o.id.clone(), json_of(&[o])))
                .collect(),
            live: live_of(&all),
            office_live: board
                .offices
                .iter()
                .map(|o| (o.id.clone(), live_of(&[o])))
                .collect(),
            pages: std::sync::Mutex::default(),
            typical: typical.clone(),
            board,
        };
        self.snapshot.send_replace(Arc::new(snapshot));
    }
}

/// The board with every time set aside, to tell a real change from a re-read.
fn without_times(board: &Board) -> Vec<OfficeNow> {
    board
        .offices
        .iter()
        .map(|o| OfficeNow {
            updated_at: NaiveDateTime::default(),
            listing: crate::domain::OfficeListing {
                published_at: NaiveDateTime::default(),
                ..o.listing.clone()
            },
            ..o.clone()
        })
        .collect()
}

/// The offices a server shows: on PostgreSQL every office that published; on SQLite its own.
fn shown(config: &Config, mut board: Board) -> Board {
    if matches!(config.tickets.database, crate::domain::Database::Sqlite(_)) {
        let own = config.municipality.office_id();
        board.offices.retain(|o| o.id == own);
    }
    board
}

/// Every listed office's windows and visits of the last `server.typical_weeks` weeks: the
/// reading, done holding the store.
type History = Vec<(String, Vec<String>, Vec<crate::domain::Visit>)>;

fn read_history(
    store: &dyn crate::tickets::TicketStore,
    config: &Config,
    now: NaiveDateTime,
) -> Result<History, crate::tickets::StoreError> {
    let (from, until) = history_days(config, now);
    store
        .listings()?
        .into_iter()
        .map(|listing| {
            let visits = store.visits_between(&listing.id, from, until)?;
            let windows = listing.windows.iter().map(|w| w.id.clone()).collect();
            Ok((listing.id, windows, visits))
        })
        .collect()
}

/// The days the typical week counts: the weeks before today.
fn history_days(config: &Config, now: NaiveDateTime) -> (chrono::NaiveDate, chrono::NaiveDate) {
    let until = now.date();
    (
        until - chrono::Days::new(7 * u64::from(config.server.typical_weeks)),
        until,
    )
}

/// The typical week of each office from its history: the figuring, done without the store.
fn typical_of(
    config: &Config,
    now: NaiveDateTime,
    history: History,
) -> BTreeMap<String, TypicalWeek> {
    let (from, until) = history_days(config, now);
    history
        .into_iter()
        .map(|(office, windows, visits)| {
            // The national holidays are the city's for every office; closed days are this one's.
            let week = typical_week(&office, &windows, &visits, from, until, |d| {
                after_holiday(&config.reception, d)
            });
            (office, week)
        })
        .collect()
}

/// Keeps the snapshot: publishes this office's listing (again each day), figures the
/// typical week each hour, reads this office at each of its events and every office every
/// [`POLL`].
pub(super) async fn keep(shared: Arc<Shared>) {
    let mut published = None;
    let mut typical = BTreeMap::new();
    let mut typical_at: Option<Instant> = None;
    let mut troubled = false;
    let mut own_only = false;
    loop {
        let today = shared.clock.now().date();
        if published != Some(today)
            && shared
                .read(|store, config, now| city::publish(store, config, now))
                .await
                .is_ok()
        {
            published = Some(today);
        }
        let mut renewed = false;
        if typical_at.is_none_or(|at| at.elapsed() >= TYPICAL_EVERY) {
            match shared.read(read_history).await {
                Ok(history) => {
                    let weeks = typical_of(&shared.config, shared.clock.now(), history);
                    renewed = weeks != typical;
                    typical = weeks;
                    typical_at = Some(Instant::now());
                }
                // Tried again in a minute, not at every event.
                Err(e) => {
                    tracing::warn!("the typical week could not be read: {e:?}");
                    typical_at = Instant::now().checked_sub(TYPICAL_EVERY - TYPICAL_RETRY);
                }
            }
        }
        // An event of this office changes this office alone: the others are read at the poll.
        let previous = shared.now.current();
        let read = if own_only && previous.read {
            shared
                .read(move |store, config, now| {
                    let office = config.municipality.office_id();
                    let mut board = previous.board.clone();
                    if let Some(fresh) = city::read_office(store, office, now)? {
                        match board.offices.iter_mut().find(|o| o.id == office) {
                            Some(kept) => *kept = fresh,
                            None => board.offices.push(fresh),
                        }
                    }
                    board.read_at = now;
                    Ok(board)
                })
                .await
        } else {
            shared
                .read(|store, config, now| Ok(shown(config, read_board(store, now)?)))
                .await
        };
        match read {
            Ok(board) => {
                if troubled {
                    tracing::info!("the wait page reads the offices again");
                    troubled = false;
                }
                shared.now.offer(board, &typical, renewed);
            }
            Err(e) if !troubled => {
                troubled = true;
                tracing::warn!(
                    "the wait page cannot read the offices: {e:?}; it shows the last figures as stale"
                );
            }
            Err(_) => {}
        }
        own_only = tokio::select! {
            () = shared.now.dirty.notified() => true,
            () = tokio::time::sleep(POLL) => false,
        };
    }
}

/// `?lang=en&embed=1`.
#[derive(Debug, Default, Deserialize)]
pub(super) struct NowQuery {
    lang: Option<String>,
    embed: Option<String>,
}

/// One window's row on the page.
struct WindowRow {
    id: String,
    label: String,
    waiting: u32,
    band: String,
    last_called: String,
}

/// One office's typical week for one window.
struct TypicalShown {
    label: String,
    svg: String,
    quiet: String,
}

/// One office on the page.
struct OfficeShown {
    id: String,
    name: String,
    open: bool,
    status: String,
    calling: bool,
    windows: Vec<WindowRow>,
    typical: Vec<TypicalShown>,
}

#[derive(Template)]
#[template(path = "now.html")]
struct NowPage {
    html_lang: &'static str,
    title: String,
    /// For the browser's tab: no ruby there.
    title_plain: String,
    intro: String,
    embed: bool,
    /// `/now` or `/now/{office}`, for the language links.
    path: String,
    languages_title: String,
    languages: Vec<(String, String, bool)>,
    offices: Vec<OfficeShown>,
    head_window: String,
    head_waiting: String,
    head_wait: String,
    head_last: String,
    /// The headers as plain text, which a narrow screen shows beside each figure.
    plain_waiting: String,
    plain_wait: String,
    plain_last: String,
    updated: String,
    stale: Option<String>,
    lost: String,
    typical_title: String,
    typical_note: String,
    /// The words the page's script needs, as JSON (escaped for a script element).
    words: String,
    /// The office this page is limited to, for its live stream.
    office: String,
}

/// The bands' words in `lang` as HTML, keyed as the JSON's `band_minutes` (`"10-20"`, `"30-"`).
fn band_words(lang: &str, catalog: &Catalog) -> BTreeMap<String, String> {
    use crate::queue::WaitBand;
    [
        WaitBand::None,
        WaitBand::About10,
        WaitBand::From10To20,
        WaitBand::From20To30,
        WaitBand::Over30,
    ]
    .into_iter()
    .map(|band| {
        (
            band_key(band),
            ruby_html(lang, &catalog.text(lang, band.key(), &[])),
        )
    })
    .collect()
}

fn band_key(band: crate::queue::WaitBand) -> String {
    let [lo, hi] = city::band_minutes(band);
    format!(
        "{}-{}",
        lo.unwrap_or(0),
        hi.map_or_else(String::new, |h| h.to_string())
    )
}

fn office_shown(
    office: &OfficeNow,
    typical: Option<&TypicalWeek>,
    lang: &str,
    catalog: &Catalog,
) -> OfficeShown {
    let text = |key: &str, args: &[(&str, Arg)]| catalog.text(lang, key, args);
    let status = if office.open {
        text("now-open", &[])
    } else if let Some(next) = office.next_opening {
        text(
            "now-closed-until",
            &[
                ("date", Arg::Date(next.date())),
                ("time", Arg::Time(next.time())),
            ],
        )
    } else {
        text("now-closed", &[])
    };
    let typical = typical
        .map(|week| {
            week.windows
                .iter()
                .filter(|w| !w.rows.is_empty())
                .filter_map(|w| {
                    let listed = office.listing.windows.iter().find(|l| l.id == w.id)?;
                    let label = format!(
                        "{} ({})",
                        listed.label_in(lang),
                        text(
                            "ticket-counter",
                            &[("number", Arg::Text(listed.number.to_string()))]
                        )
                    );
                    let slots: Vec<String> = w
                        .quietest(&week.hours, 3)
                        .into_iter()
                        .map(|span| {
                            let at = |h: u32| {
                                chrono::NaiveTime::from_hms_opt(h % 24, 0, 0).unwrap_or_default()
                            };
                            text(
                                "now-quiet-slot",
                                &[
                                    ("weekday", Arg::Text(day_name(span.day, lang, catalog))),
                                    ("from", Arg::Time(at(span.from))),
                                    ("to", Arg::Time(at(span.until))),
                                    ("minutes", Arg::Count(i64::from(span.minutes))),
                                ],
                            )
                        })
                        .collect();
                    let quiet = if slots.is_empty() {
                        text("now-typical-none", &[])
                    } else {
                        let slots = slots
                            .into_iter()
                            .map(|s| crate::i18n::Localized(BTreeMap::from([(lang.to_owned(), s)])))
                            .collect();
                        text("now-quietest", &[("list", Arg::LocalList(slots))])
                    };
                    Some(TypicalShown {
                        svg: heat_map(week, w, &label, lang, catalog),
                        label: ruby_html(lang, &label),
                        quiet: ruby_html(lang, &quiet),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    OfficeShown {
        id: office.id.clone(),
        name: ruby_html(lang, office.listing.name_in(lang)),
        open: office.open,
        status: ruby_html(lang, &status),
        calling: office.listing.calling,
        windows: office
            .windows
            .iter()
            .filter_map(|w| {
                let listed = office.listing.windows.iter().find(|l| l.id == w.id)?;
                Some(WindowRow {
                    id: w.id.clone(),
                    label: ruby_html(
                        lang,
                        &format!(
                            "{} {}",
                            listed.label_in(lang),
                            text(
                                "ticket-counter",
                                &[("number", Arg::Text(w.number.to_string()))]
                            )
                        ),
                    ),
                    waiting: w.waiting,
                    band: w.band.map_or_else(
                        || "–".to_owned(),
                        |b| ruby_html(lang, &catalog.text(lang, b.key(), &[])),
                    ),
                    last_called: w.last_called.clone().unwrap_or_else(|| "–".to_owned()),
                })
            })
            .collect(),
        typical,
    }
}

/// Whether the request's `If-None-Match` names `etag`.
fn fresh(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim() == etag || t.trim() == "*")
}

/// An answer that browsers and the city's caches may keep, asking again each time.
fn cached(etag: &str, headers: &HeaderMap, body: impl FnOnce() -> Response) -> Response {
    let mut response = if fresh(headers, etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body()
    };
    let h = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(etag) {
        h.insert(ETAG, value);
    }
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// The policy of the public pages: the server's own, with the city's sites allowed to frame
/// them (`server.embed_origins`).
fn policy(config: &Config) -> String {
    let ancestors = if config.server.embed_origins.is_empty() {
        "'none'".to_owned()
    } else {
        config.server.embed_origins.join(" ")
    };
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors {ancestors}; base-uri 'none'; form-action 'self'"
    )
}

fn page_for(
    shared: &Shared,
    query: &NowQuery,
    headers: &HeaderMap,
    office: Option<&str>,
) -> Result<Response, Failure> {
    let snapshot = shared.now.current();
    let config = &shared.config;
    if !snapshot.read && office.is_some() {
        return Err(Failure::Busy(NOT_READ_YET.into()));
    }
    let offices: Vec<&OfficeNow> = match office {
        Some(id) => vec![
            snapshot
                .board
                .office(id)
                .ok_or_else(|| Failure::NotFound(unknown_office(&snapshot)))?,
        ],
        None => snapshot.board.offices.iter().collect(),
    };
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang =
        super::negotiate::choose_language(&config.languages.offered, query.lang.as_deref(), accept);
    let embed = matches!(query.embed.as_deref(), Some("1" | "true" | "yes"));
    let now = shared.clock.now();
    let stale = !snapshot.read || (now - snapshot.board.read_at).num_seconds() > STALE_AFTER_SECS;
    // `*` for the whole city: no office id holds it.
    let etag = format!(
        "W/\"now-{}-{}-{}-{}-{}-{}\"",
        *RUN,
        snapshot.version,
        lang,
        u8::from(embed),
        office.unwrap_or("*"),
        u8::from(stale)
    );
    let csp = policy(config);
    let draw = || -> Result<Arc<str>, Failure> {
        let catalog = Catalog::embedded();
        let text =
            |key: &str, args: &[(&str, Arg)]| ruby_html(&lang, &catalog.text(&lang, key, args));
        // Easy Japanese's readings left out: an attribute cannot hold ruby.
        let plain = |key: &str| crate::furigana::plain(&catalog.text(&lang, key, &[]));
        let read_time = Arg::Time(snapshot.board.read_at.time());
        let words = serde_json::json!({
            "bands": band_words(&lang, catalog),
            "staleAfter": STALE_AFTER_SECS,
            "version": snapshot.version,
            "staleNow": stale,
            "stale": text("now-stale", &[("time", Arg::Text("{time}".into()))]),
            "updated": text("now-updated", &[("time", Arg::Text("{time}".into()))]),
            "open": offices.iter().map(|o| (o.id.clone(), o.open)).collect::<BTreeMap<_, _>>(),
        })
        .to_string()
        .replace('<', "\\u003c");
        let page = NowPage {
            html_lang: super::phone::html_lang(&lang),
            title: text("now-title", &[]),
            title_plain: plain("now-title"),
            intro: text("now-intro", &[]),
            embed,
            path: office.map_or_else(|| "/now".to_owned(), |id| format!("/now/{id}")),
            languages_title: plain("now-languages"),
            languages: config
                .languages
                .offered
                .iter()
                .map(|l| {
                    (
                        l.clone(),
                        escape(&catalog.text(l, "language-name", &[])),
                        *l == lang,
                    )
                })
                .collect(),
            offices: offices
                .iter()
                .map(|o| office_shown(o, snapshot.typical.get(&o.id), &lang, catalog))
                .collect(),
            head_window: text("now-window", &[]),
            head_waiting: text("now-waiting", &[]),
            head_wait: text("now-wait", &[]),
            head_last: text("now-last-called", &[]),
            plain_waiting: plain("now-waiting"),
            plain_wait: plain("now-wait"),
            plain_last: plain("now-last-called"),
            updated: text("now-updated", &[("time", read_time.clone())]),
            stale: stale.then(|| text("now-stale", &[("time", read_time.clone())])),
            lost: text("now-lost", &[]),
            typical_title: text(
                "now-typical-title",
                &[("weeks", Arg::Count(i64::from(config.server.typical_weeks)))],
            ),
            typical_note: text("now-typical-note", &[]),
            words,
            office: office.unwrap_or("").to_owned(),
        };
        Ok(super::render(&page)?.0.into())
    };
    // Each page is drawn once per snapshot, then served from it.
    let render = || -> Response {
        let kept = snapshot
            .pages
            .lock()
            .ok()
            .and_then(|pages| pages.get(&etag).cloned());
        let page = match kept {
            Some(page) => Ok(page),
            None => draw().inspect(|page| {
                if let Ok(mut pages) = snapshot.pages.lock() {
                    pages.insert(etag.clone(), page.clone());
                }
            }),
        };
        match page {
            Ok(page) => axum::response::Html(page.to_string()).into_response(),
            Err(e) => e.into_response(),
        }
    };
    let mut response = cached(&etag, headers, render);
    response.extensions_mut().insert(super::PublicPage);
    // The page's language may come from the browser's.
    response.headers_mut().insert(
        axum::http::header::VARY,
        HeaderValue::from_static("Accept-Language"),
    );
    if let Ok(value) = HeaderValue::from_str(&csp) {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, value);
    }
    if config.server.embed_origins.is_empty() {
        // Older browsers read only this: no site may frame the page.
        response.headers_mut().insert(
            axum::http::header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        );
    }
    Ok(response)
}

/// The office asked for is not listed: what to say. It does not repeat what was asked: that
/// is the stranger's text.
fn unknown_office(snapshot: &Snapshot) -> String {
    let known: Vec<&str> = snapshot
        .board
        .offices
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    format!("no such office; the offices are {}", known.join(", "))
}

/// Before the first reading of the offices (a few seconds after the start, or longer while
/// the database is down).
const NOT_READ_YET: &str = "the offices have not been read yet; try again in a few seconds";

pub(super) async fn page(
    State(shared): State<Arc<Shared>>,
    Query(query): Query<NowQuery>,
    headers: HeaderMap,
) -> Result<Response, Failure> {
    page_for(&shared, &query, &headers, None)
}

pub(super) async fn office_page(
    State(shared): State<Arc<Shared>>,
    Path(office): Path<String>,
    Query(query): Query<NowQuery>,
    headers: HeaderMap,
) -> Result<Response, Failure> {
    page_for(&shared, &query, &headers, Some(&office))
}

/// `/api/now` and `/api/now/{office}`: the same figures as JSON, for the city's site and
/// open-data portals (any site may read them).
fn api_for(shared: &Shared, headers: &HeaderMap, office: Option<&str>) -> Response {
    let snapshot = shared.now.current();
    let body = match office {
        _ if !snapshot.read => None,
        None => Some(snapshot.json.clone()),
        Some(id) => snapshot.office_json.get(id).cloned(),
    };
    let mut response = match body {
        None if !snapshot.read => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(CONTENT_TYPE, "application/json")],
            serde_json::json!({ "error": NOT_READ_YET }).to_string(),
        )
            .into_response(),
        None => (
            StatusCode::NOT_FOUND,
            [(CONTENT_TYPE, "application/json")],
            serde_json::json!({ "error": unknown_office(&snapshot) }).to_string(),
        )
            .into_response(),
        Some(json) => {
            let etag = format!(
                "W/\"api-{}-{}-{}\"",
                *RUN,
                snapshot.version,
                office.unwrap_or("*")
            );
            cached(&etag, headers, || {
                ([(CONTENT_TYPE, "application/json")], json.to_string()).into_response()
            })
        }
    };
    response
        .headers_mut()
        .insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response.extensions_mut().insert(super::PublicPage);
    response
}

pub(super) async fn api(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    api_for(&shared, &headers, None)
}

pub(super) async fn api_office(
    State(shared): State<Arc<Shared>>,
    Path(office): Path<String>,
    headers: HeaderMap,
) -> Response {
    api_for(&shared, &headers, Some(&office))
}

/// `?office=`: the one office a live page shows.
#[derive(Debug, Default, Deserialize)]
pub(super) struct StreamQuery {
    office: Option<String>,
}

/// `/now/events`: each new snapshot as `event: now` with its figures (`/api/now`'s without
/// the names and labels, which the page has), the current one first.
pub(super) async fn events(
    State(shared): State<Arc<Shared>>,
    peer: Peer,
    Query(query): Query<StreamQuery>,
) -> Result<impl IntoResponse, Failure> {
    let office = query.office.filter(|o| !o.is_empty());
    if let Some(id) = &office
        && shared.now.current().read
        && !shared.now.current().office_json.contains_key(id)
    {
        return Err(Failure::NotFound(unknown_office(&shared.now.current())));
    }
    let snapshots = tokio_stream::wrappers::WatchStream::new(shared.now.snapshot.subscribe());
    let stream = shared.hold(Audience::Public, &peer, snapshots)?.filter_map(
        move |snapshot: Arc<Snapshot>| {
            if !snapshot.read {
                return None;
            }
            let json = match &office {
                Some(id) => snapshot.office_live.get(id)?.clone(),
                None => snapshot.live.clone(),
            };
            Some(Ok::<_, std::convert::Infallible>(
                SseEvent::default()
                    .event("now")
                    .id(snapshot.version.to_string())
                    .data(&*json),
            ))
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}
