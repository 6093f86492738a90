//! `madoguchi server`: the lobby display, the counter console with its sign-in, the phone page, the statistics, and the queue's JSON and live events, over the same store as the kiosks.
//!
//! The server is a peer of the kiosks, not their parent: both talk to the store. Every
//! change of the queue reaches it from [`crate::tickets::subscribe`] and goes on to the
//! browsers as Server-Sent Events.

mod api;
mod auth;
mod counter;
mod desk;
mod display;
mod heatmap;
mod kiosks;
mod listen;
mod lockout;
mod metrics;
mod negotiate;
mod now;
mod phone;
mod ratelimit;
mod ready;
mod stats;
mod streams;
mod voice;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use askama::Template;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderValue, StatusCode};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;

use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Arg;
use crate::i18n::{Catalog, PRIMARY_LANGUAGE};
use crate::queue::{Event, EventKind};
use crate::tickets::{self, StoreError, TicketStore, queue_status};
use streams::{Audience, Fed, Peer};

/// Requests carry no more than a query string: a larger body is refused.
pub(super) const BODY_LIMIT: usize = 16 * 1024;
/// A `windows` filter longer than this is not a list of window ids.
const MAX_FILTER: usize = 512;
/// Events kept for a browser that falls behind; past this it is told to read again.
const BACKLOG: usize = 256;

/// What every request handler shares.
pub struct Shared {
    pub config: Arc<Config>,
    pub clock: Arc<dyn Clock + Send + Sync>,
    store: Mutex<Box<dyn TicketStore>>,
    events: broadcast::Sender<Call>,
    /// Sign-ins' turns, and the locks of names that are no account.
    lockout: lockout::Lockout,
    /// The places of open event streams.
    streams: Arc<streams::Streams>,
    /// The display's announcements, made by the kiosk's engines.
    speech_cache: crate::speech::SpeechCache,
    /// Announcements made, by event id, newest last.
    voices: Mutex<std::collections::VecDeque<(i64, Arc<Vec<u8>>)>>,
    synthesis: tokio::sync::Semaphore,
    /// Every office's line for the public pages, made once per change.
    now: now::NowBoard,
    /// `/readyz`'s last answer.
    readiness: ready::Readiness,
    /// The kiosks' heartbeats as last read, for `/kiosks` and the console's banner.
    fleet: kiosks::Fleet,
    /// The HTTP requests answered, for `/metrics`.
    requests: metrics::Requests,
    /// Sign-ins, and API calls with a token, per client address.
    signin_limit: ratelimit::RateLimit,
    api_limit: ratelimit::RateLimit,
}

impl Shared {
    pub fn new(
        config: Arc<Config>,
        clock: Arc<dyn Clock + Send + Sync>,
        store: Box<dyn TicketStore>,
    ) -> Arc<Shared> {
        let (events, _) = broadcast::channel(BACKLOG);
        Arc::new(Shared {
            clock,
            store: Mutex::new(store),
            events,
            lockout: lockout::Lockout::new(),
            streams: streams::Streams::new(streams::Limits {
                phones: config.server.phone_streams,
                lobby: config.server.lobby_streams,
                public: config.server.public_streams,
                per_address: config.server.streams_per_address,
            }),
            speech_cache: crate::speech::SpeechCache::new(
                config.accessibility.speech_cache.clone(),
            ),
            voices: Mutex::default(),
            synthesis: tokio::sync::Semaphore::new(1),
            now: now::NowBoard::new(),
            readiness: ready::Readiness::default(),
            fleet: kiosks::Fleet::default(),
            requests: metrics::Requests::default(),
            signin_limit: ratelimit::RateLimit::new(config.server.signin_per_minute),
            api_limit: ratelimit::RateLimit::new(config.server.api_per_minute),
            config,
        })
    }

    fn engines(&self) -> crate::speech::Engines {
        self.config.accessibility.engines.clone()
    }

    fn voice_made(&self, id: i64) -> Option<Arc<Vec<u8>>> {
        let voices = self.voices.lock().ok()?;
        voices
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, w)| w.clone())
    }

    fn voice_keep(&self, id: i64, wav: Arc<Vec<u8>>) {
        if let Ok(mut voices) = self.voices.lock() {
            voices.push_back((id, wav));
            while voices.len() > voice::KEPT {
                voices.pop_front();
            }
        }
    }

    /// Hands an event of the store on to every open event stream.
    pub fn publish(&self, event: &Event) {
        let _ = self.events.send(Call::of(event, &self.config));
        self.now.changed();
    }

    /// Runs `read` on the store off the async workers (the store blocks).
    async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        read: impl FnOnce(&dyn TicketStore, &Config, chrono::NaiveDateTime) -> Result<T, StoreError>
        + Send
        + 'static,
    ) -> Result<T, Failure> {
        let shared = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = shared
                .store
                .lock()
                .map_err(|_| StoreError::Other("the ticket store is unavailable".into()))?;
            read(store.as_ref(), &shared.config, shared.clock.now())
        })
        .await
        .map_err(|_| Failure::Broken("the ticket store stopped".into()))?
        .map_err(Failure::Store)
    }
}

/// A change as browsers receive it: `event: called`, `data: {"number": "A-012", …}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Call {
    #[serde(skip)]
    pub kind: EventKind,
    pub number: String,
    pub window: String,
    pub counter: Option<String>,
    pub language: String,
    /// "3番窓口" and "Counter 3", for the display.
    pub labels: Vec<Said>,
    /// For a call or a recall: the phrase to announce, in Japanese and then in the
    /// resident's language when it is another one.
    pub announce: Vec<Said>,
    /// For a call or a recall: where the display fetches the announcement as spoken here.
    pub voice: Option<String>,
}

/// The languages the server's pages write in: Japanese, and English when it is offered.
fn languages(config: &Config) -> Vec<&str> {
    [PRIMARY_LANGUAGE, "en"]
        .into_iter()
        .filter(|l| config.languages.offered.iter().any(|o| o == l))
        .collect()
}

/// A text in a language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Said {
    pub lang: String,
    pub text: String,
}

impl Call {
    /// For a call or a recall, the call phrase in Japanese, then in the resident's language
    /// when it is another, each in the language `words` picks for it (`None`: left out).
    fn phrases(event: &Event, words: impl Fn(&str) -> Option<String>) -> Vec<Said> {
        if !matches!(event.kind, EventKind::Called | EventKind::Recalled) {
            return Vec::new();
        }
        let catalog = Catalog::embedded();
        let phrase = [
            ("prefix", Arg::Text(event.number.prefix.clone())),
            ("seq", Arg::Count(i64::from(event.number.seq))),
            ("desk", Arg::Text(event.desk.clone().unwrap_or_default())),
        ];
        let mut langs = vec![PRIMARY_LANGUAGE];
        // Easy Japanese is spoken as the Japanese call already is.
        let japanese = event.language.split('-').next() == Some(PRIMARY_LANGUAGE);
        if !japanese && catalog.has(&event.language) {
            langs.push(&event.language);
        }
        langs
            .into_iter()
            .filter_map(|lang| {
                let text = catalog.text(&words(lang)?, "call-phrase", &phrase);
                Some(Said {
                    lang: lang.to_owned(),
                    text,
                })
            })
            .collect()
    }

    /// The phrases as the server's voices say them: a language without a voice of its own
    /// (Filipino) is said in the English words its English voice reads; Chinese in Mandarin.
    pub fn spoken(event: &Event) -> Vec<Said> {
        Call::phrases(event, |lang| {
            crate::speech::voice_for(lang).map(|v| v.reads.to_owned())
        })
    }

    pub fn of(event: &Event, config: &Config) -> Call {
        let catalog = Catalog::embedded();
        let desk = event.desk.clone().unwrap_or_default();
        let said = |lang: &str, key: &str, args: &[(&str, Arg)]| Said {
            lang: lang.to_owned(),
            text: catalog.text(lang, key, args),
        };
        let counter = [("number", Arg::Text(desk.clone()))];
        let labels = languages(config)
            .iter()
            .map(|l| said(l, "ticket-counter", &counter))
            .collect();
        let announce = Call::phrases(event, |lang| Some(lang.to_owned()));
        Call {
            kind: event.kind,
            number: event.number.to_string(),
            window: event.window.clone(),
            counter: event.desk.clone(),
            language: event.language.clone(),
            labels,
            voice: (!announce.is_empty()).then(|| format!("/display/voice/{}.wav", event.id)),
            announce,
        }
    }
}

/// Why a request was not answered as asked: the client's mistake (4xx) or the store (503).
/// Every message says what to do; none carries a stack trace, a password or a token.
#[derive(Debug)]
pub(super) enum Failure {
    BadRequest(String),
    /// No session, or one that ended: a page is sent to sign in, a form or script gets 401.
    SignInFirst {
        page: bool,
    },
    /// No valid `Authorization: Bearer` token.
    BadToken,
    /// A right token past its day: the member is named to the caller who sent their token.
    TokenExpired {
        name: String,
        on: chrono::NaiveDateTime,
    },
    Forbidden(String),
    NotFound(String),
    /// A phone page whose ticket has ended.
    Gone(String),
    Conflict(String),
    Store(StoreError),
    /// The server itself could not answer (no random numbers, a page not drawn).
    Broken(String),
    /// Too much at once; the page tries again by itself.
    Busy(String),
    /// One client holds its share already (429).
    TooMany(String),
    /// One client asked too often: 429 with when to ask again.
    SlowDown {
        why: String,
        retry_after: std::time::Duration,
    },
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::Store(e)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::BadRequest(why) => (StatusCode::BAD_REQUEST, why).into_response(),
            Failure::SignInFirst { page: true } => {
                axum::response::Redirect::to("/signin").into_response()
            }
            Failure::SignInFirst { page: false } => (
                StatusCode::UNAUTHORIZED,
                "you are signed out (or were away too long); sign in again at /signin",
            )
                .into_response(),
            Failure::BadToken => (
                StatusCode::UNAUTHORIZED,
                [(axum::http::header::WWW_AUTHENTICATE, "Bearer")],
                "send Authorization: Bearer <token>, with a token from `madoguchi staff token NAME`",
            )
                .into_response(),
            Failure::TokenExpired { name, on } => (
                StatusCode::UNAUTHORIZED,
                [(axum::http::header::WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")],
                format!(
                    "this API token expired at {}; make a new one with `madoguchi staff token {name}`",
                    on.format("%Y-%m-%d %H:%M")
                ),
            )
                .into_response(),
            Failure::Forbidden(why) => (StatusCode::FORBIDDEN, why).into_response(),
            Failure::NotFound(why) => (StatusCode::NOT_FOUND, why).into_response(),
            Failure::Gone(why) => (StatusCode::GONE, why).into_response(),
            Failure::Conflict(why) => (StatusCode::CONFLICT, why).into_response(),
            Failure::Store(e @ StoreError::NotFound { .. }) => {
                (StatusCode::NOT_FOUND, e.to_string()).into_response()
            }
            Failure::Store(
                e @ (StoreError::Refused { .. }
                | StoreError::CapReached { .. }
                | StoreError::FullForToday { .. }),
            ) => (StatusCode::CONFLICT, e.to_string()).into_response(),
            Failure::Store(e) => {
                tracing::warn!("a request could not be answered: {e}");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the ticket database cannot be reached right now; the page tries again by itself",
                )
                    .into_response()
            }
            Failure::Busy(why) => (StatusCode::SERVICE_UNAVAILABLE, why).into_response(),
            Failure::TooMany(why) => (StatusCode::TOO_MANY_REQUESTS, why).into_response(),
            Failure::SlowDown { why, retry_after } => (
                StatusCode::TOO_MANY_REQUESTS,
                [(
                    axum::http::header::RETRY_AFTER,
                    retry_after.as_secs().max(1).to_string(),
                )],
                why,
            )
                .into_response(),
            Failure::Broken(why) => {
                tracing::warn!("a request could not be answered: {why}");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the server could not answer this time; try again",
                )
                    .into_response()
            }
        }
    }
}

/// The server's texts by key, each drawn in Japanese and then English (when offered) as
/// `<span lang="ja">…</span><span lang="en">…</span>`, for the staff pages' templates.
pub(super) struct Words {
    languages: Vec<String>,
}

impl Words {
    fn new(config: &Config) -> Words {
        Words {
            languages: languages(config).into_iter().map(str::to_owned).collect(),
        }
    }

    /// The text of `key` as HTML (escaped).
    pub fn t(&self, key: &str) -> String {
        self.with(key, &[])
    }

    pub fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let catalog = Catalog::embedded();
        self.languages
            .iter()
            .map(|l| {
                format!(
                    "<span lang=\"{l}\">{}</span>",
                    ruby_html(l, &catalog.text(l, key, args))
                )
            })
            .collect()
    }
}

/// Text in `lang` made safe to put in HTML: easy Japanese's readings as `<ruby>` (browsers
/// draw them as ruby), and in Japanese and Chinese a `<wbr>` where each phrase starts
/// (`phrases`), so that with the pages' `word-break: keep-all` a line breaks only between
/// phrases, in any browser, as the kiosk's screen and ticket do. A ruby's base is never cut.
fn ruby_html(lang: &str, text: &str) -> String {
    let starts = crate::phrases::Writing::of(lang)
        .map(|w| crate::phrases::starts(w, &crate::furigana::plain(text)))
        .unwrap_or_default();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut at = 0;
    let mut previous = ' ';
    let phrase_break = |out: &mut String, at: usize, c: char, previous: char| {
        if at > 0
            && starts.get(at).copied().unwrap_or(false)
            && !c.is_whitespace()
            && !previous.is_whitespace()
        {
            out.push_str("<wbr>");
        }
    };
    for run in crate::furigana::runs(text) {
        match run {
            crate::furigana::Run::Plain(s) => {
                for c in s.chars() {
                    phrase_break(&mut out, at, c, previous);
                    out.push_str(&escape(c.encode_utf8(&mut [0; 4])));
                    (at, previous) = (at + 1, c);
                }
            }
            crate::furigana::Run::Ruby { base, reading } => {
                if let Some(first) = base.chars().next() {
                    phrase_break(&mut out, at, first, previous);
                }
                out.push_str(&format!(
                    "<ruby>{}<rt>{}</rt></ruby>",
                    escape(base),
                    escape(reading)
                ));
                at += base.chars().count();
                previous = base.chars().last().unwrap_or(previous);
            }
        }
    }
    out
}

/// Text made safe to put in HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn render(template: &impl Template) -> Result<Html<String>, Failure> {
    template
        .render()
        .map(Html)
        .map_err(|e| Failure::Broken(format!("the page could not be drawn: {e}")))
}

/// `?windows=certificates,cards`: the windows a display or a stream is limited to.
#[derive(Debug, Default, Deserialize)]
struct WindowFilter {
    windows: Option<String>,
}

impl WindowFilter {
    /// The ids asked for, each one a window of kiosk.toml; none: every window.
    fn ids(&self, config: &Config) -> Result<Option<Vec<String>>, Failure> {
        let Some(text) = self.windows.as_deref().filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        let known: Vec<&str> = config.windows.iter().map(|w| w.id.as_str()).collect();
        if text.len() > MAX_FILTER {
            return Err(Failure::BadRequest(format!(
                "windows= is too long; list window ids such as {}",
                known.join(",")
            )));
        }
        text.split(',')
            .map(|id| {
                if known.contains(&id) {
                    Ok(id.to_owned())
                } else {
                    Err(Failure::BadRequest(format!(
                        "{:?} is not a window; the windows are {}",
                        id.chars().take(40).collect::<String>(),
                        known.join(", ")
                    )))
                }
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}

/// The server's routes over `shared`; no I/O until a request comes.
pub fn router(shared: Arc<Shared>) -> Router {
    let body_timeout = Duration::from_secs(shared.config.server.body_timeout_secs);
    Router::new()
        .route(
            "/",
            get(|| async { axum::response::Redirect::to("/display") }),
        )
        .route("/display", get(display::page))
        .route("/display/lines", get(display::lines))
        .route("/display/voice/{id}", get(voice::announcement))
        .route("/signin", get(auth::signin_form).post(auth::signin))
        .route("/signout", post(auth::signout))
        .route("/counter", get(counter::page))
        .route("/counter/panel", get(counter::panel_page))
        .route("/counter/seat", post(counter::seat))
        .route("/counter/act", post(counter::act))
        .route("/t/{token}", get(phone::page))
        .route("/t/{token}/state", get(phone::state))
        .route("/t/{token}/events", get(phone::events))
        .route("/counter/kiosks", get(kiosks::banner))
        .route("/kiosks", get(kiosks::page))
        .route("/kiosks/table", get(kiosks::table_page))
        .route("/kiosks/act", post(kiosks::act))
        .route("/api/kiosks", get(kiosks::api))
        .route("/api/kiosks/{kiosk}/{action}", post(kiosks::api_act))
        .route("/stats", get(stats::page))
        .route("/stats.csv", get(stats::csv))
        .route("/api/queue", get(api_queue))
        .route("/api/events", get(api_events))
        .route("/api/windows/{id}/call-next", post(api::call_next))
        .route("/api/tickets/{number}/{action}", post(api::act))
        .route("/now", get(now::page))
        .route("/now/events", get(now::events))
        .route(
            "/now/now.js",
            get(|| script(include_str!("../../templates/now.js"))),
        )
        .route("/now/{office}", get(now::office_page))
        .route("/api/now", get(now::api))
        .route("/api/now/{office}", get(now::api_office))
        .route("/healthz", get(|| async { "ok" }))
        .route("/metrics", get(metrics::page))
        .route("/readyz", get(ready::ready))
        .route(
            "/staff.css",
            get(|| async {
                (
                    [(CONTENT_TYPE, "text/css; charset=utf-8")],
                    include_str!("../../templates/staff.css"),
                )
            }),
        )
        // The pages' scripts are files of their own, so the policy allows no inline script.
        .route(
            "/display.js",
            get(|| script(include_str!("../../templates/display.js"))),
        )
        .route(
            "/counter.js",
            get(|| script(include_str!("../../templates/counter.js"))),
        )
        .route(
            "/kiosks.js",
            get(|| script(include_str!("../../templates/kiosks.js"))),
        )
        // Under /t/: the one path the city's proxy publishes.
        .route(
            "/t/live.js",
            get(|| script(include_str!("../../templates/live.js"))),
        )
        .route(
            "/t/phone.js",
            get(|| script(include_str!("../../templates/phone.js"))),
        )
        .fallback(|| async { (StatusCode::NOT_FOUND, "no such page") })
        .layer(axum::middleware::from_fn(move |request, next| {
            listen::body_in_time(request, next, body_timeout)
        }))
        .layer(axum::middleware::map_response(guarded))
        .layer(axum::middleware::from_fn_with_state(
            shared.clone(),
            metrics::track,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(shared)
}

/// Marks an answer of the public wait page: it sets its own framing policy (the city's
/// site may frame it) and its own caching (ETag, revalidated), which [`guarded`] keeps.
#[derive(Clone, Copy, Debug)]
pub(super) struct PublicPage;

/// Headers on every answer: no page of the server may be framed by another site, sniffed
/// as another type, cached (they are live and some are staff's), or leak its address (a
/// phone page's token) to a site it links to.
async fn guarded(mut response: Response) -> Response {
    let public = response.extensions().get::<PublicPage>().is_some();
    let headers = response.headers_mut();
    for (name, value) in [
        (X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (REFERRER_POLICY, "no-referrer"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if public {
        return response;
    }
    for (name, value) in [
        (X_FRAME_OPTIONS, "DENY"),
        (CACHE_CONTROL, "no-store"),
        // The pages' own script files and styles, nothing from anywhere else, and no inline
        // script: an injected one would not run.
        (
            CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// One of the pages' scripts.
async fn script(body: &'static str) -> impl IntoResponse {
    ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], body)
}

async fn api_queue(State(shared): State<Arc<Shared>>) -> Result<Json<serde_json::Value>, Failure> {
    let windows = shared
        .read(|store, config, now| Ok(queue_status(config, &store.tickets_on(now.date())?)))
        .await?;
    Ok(Json(serde_json::json!({ "windows": windows })))
}

async fn api_events(
    State(shared): State<Arc<Shared>>,
    peer: Peer,
    Query(filter): Query<WindowFilter>,
) -> Result<impl IntoResponse, Failure> {
    let only = filter.ids(&shared.config)?;
    let stream = shared
        .feed(Audience::Lobby, None, &peer)?
        .filter_map(move |fed| {
            let event = match fed {
                Fed::Event(call) => {
                    if only.as_ref().is_some_and(|ids| !ids.contains(&call.window)) {
                        return None;
                    }
                    SseEvent::default()
                        .event(call.kind.id())
                        .json_data(&call)
                        .ok()?
                }
                // Fallen behind: the page reads the whole state again.
                Fed::Missed => SseEvent::default().event("resync").data("{}"),
                Fed::Tick => return None,
            };
            Some(Ok::<_, std::convert::Infallible>(event))
        });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

/// Runs the server on `listen` (kiosk.toml's `server.listen` when none) until SIGTERM or
/// Ctrl-C. Prints `listening on http://ADDR` once it takes requests.
pub fn serve(
    config: Config,
    listen: Option<std::net::SocketAddr>,
    clock: Arc<dyn Clock + Send + Sync>,
) -> Result<(), String> {
    let now = clock.now();
    let store = tickets::open(&config, now).map_err(|e| e.to_string())?;
    let after = store.last_event().unwrap_or(0);
    let addr = listen.unwrap_or(config.server.listen);
    let shared = Shared::new(Arc::new(config), clock, store);
    let feed = shared.clone();
    let _subscription = tickets::subscribe(
        &shared.config,
        now,
        after,
        move |event| feed.publish(&event),
        |trouble| match trouble {
            Some(e) => tracing::warn!("queue events: {e}; reconnecting"),
            None => tracing::info!("queue events: connected again"),
        },
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server's runtime: {e}"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| format!("cannot listen on {addr}: {e}; is another server on it?"))?;
        let bound = listener.local_addr().map_err(|e| e.to_string())?;
        println!("listening on http://{bound}");
        tracing::info!("madoguchi server listening on http://{bound}");
        let server = &shared.config.server;
        let limits = listen::ConnectionLimits {
            max_connections: server.max_connections,
            header_timeout: Duration::from_secs(server.header_timeout_secs),
        };
        tokio::spawn(now::keep(shared.clone()));
        tokio::spawn(kiosks::keep(shared.clone()));
        listen::serve(listener, router(shared.clone()), limits, stopped()).await;
        Ok(())
    })
}

/// Resolves on SIGTERM (systemd) or Ctrl-C.
async fn stopped() {
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => return std::future::pending().await,
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruby_html_puts_each_reading_in_ruby_and_escapes_the_rest() {
        assert_eq!(
            ruby_html("ja-easy", "<b>窓口《まどぐち》へ & 1番"),
            "&lt;b&gt;<ruby>窓口<rt>まどぐち</rt></ruby>へ &amp; 1番"
        );
        assert_eq!(ruby_html("en", "<b> & 1"), "&lt;b&gt; &amp; 1");
    }

    #[test]
    fn a_chinese_resident_s_call_is_announced_in_japanese_then_in_chinese_words() {
        let event = |language: &str| Event {
            id: 1,
            at: chrono::NaiveDate::from_ymd_opt(2027, 5, 6)
                .and_then(|d| d.and_hms_opt(10, 15, 0))
                .unwrap(),
            kind: EventKind::Called,
            ticket: 1,
            number: "A-012".parse().unwrap(),
            window: "1".into(),
            desk: Some("1".into()),
            language: language.into(),
            by: None,
        };
        let said = Call::spoken(&event("zh-Hans"));
        assert_eq!(said.len(), 2, "{said:?}");
        assert_eq!(
            (said[0].lang.as_str(), said[1].lang.as_str()),
            ("ja", "zh-Hans")
        );
        assert!(said[1].text.contains('号'), "{said:?}");
        // Filipino has no voice: the English voice says the English words.
        let said = Call::spoken(&event("tl"));
        assert!(said[1].text.is_ascii(), "{said:?}");
    }

    #[test]
    fn japanese_and_chinese_html_marks_each_phrase_start_and_never_cuts_a_ruby() {
        assert_eq!(
            ruby_html("ja", "新しいカードを申請してください"),
            "新しい<wbr>カードを<wbr>申請してください"
        );
        // Easy Japanese breaks at its spaces: no mark is needed beside one.
        assert_eq!(
            ruby_html("ja-easy", "新《あたら》しい カードを 作《つく》ります"),
            "<ruby>新<rt>あたら</rt></ruby>しい カードを <ruby>作<rt>つく</rt></ruby>ります"
        );
        assert!(
            ruby_html("zh-Hans", "您的电子证书将于七月十五日到期").contains("<wbr>电子<wbr>证书")
        );
        assert!(!ruby_html("ko", "비밀번호와 영문").contains("<wbr>"));
    }
}
