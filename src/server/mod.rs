//! `madoguchi server`: the lobby display and the queue's JSON and live events, over the same store as the kiosks.
//!
//! The server is a peer of the kiosks, not their parent: both talk to the store. Every
//! change of the queue reaches it from [`crate::tickets::subscribe`] and goes on to the
//! browsers as Server-Sent Events.

mod display;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::StatusCode;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::{Catalog, PRIMARY_LANGUAGE};
use crate::queue::{Event, EventKind};
use crate::rules::Arg;
use crate::tickets::{self, StoreError, TicketStore, queue_status};

/// Requests carry no more than a query string: a larger body is refused.
const BODY_LIMIT: usize = 16 * 1024;
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
}

impl Shared {
    pub fn new(
        config: Arc<Config>,
        clock: Arc<dyn Clock + Send + Sync>,
        store: Box<dyn TicketStore>,
    ) -> Arc<Shared> {
        let (events, _) = broadcast::channel(BACKLOG);
        Arc::new(Shared {
            config,
            clock,
            store: Mutex::new(store),
            events,
        })
    }

    /// Hands an event of the store on to every open event stream.
    pub fn publish(&self, event: &Event) {
        let _ = self.events.send(Call::of(event, &self.config));
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
        .map_err(|_| Failure::Store("the ticket store stopped".into()))?
        .map_err(|e| Failure::Store(e.to_string()))
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
        let mut announce = Vec::new();
        if matches!(event.kind, EventKind::Called | EventKind::Recalled) {
            let phrase = [
                ("prefix", Arg::Text(event.number.prefix.clone())),
                ("seq", Arg::Count(i64::from(event.number.seq))),
                ("desk", Arg::Text(desk.clone())),
            ];
            announce.push(said(PRIMARY_LANGUAGE, "call-phrase", &phrase));
            if event.language != PRIMARY_LANGUAGE && catalog.has(&event.language) {
                announce.push(said(&event.language, "call-phrase", &phrase));
            }
        }
        Call {
            kind: event.kind,
            number: event.number.to_string(),
            window: event.window.clone(),
            counter: event.desk.clone(),
            language: event.language.clone(),
            labels,
            announce,
        }
    }
}

/// Why a request was not answered as asked: the client's mistake (4xx) or the store (503).
#[derive(Debug)]
enum Failure {
    BadRequest(String),
    Store(String),
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::BadRequest(why) => (StatusCode::BAD_REQUEST, why).into_response(),
            Failure::Store(why) => {
                tracing::warn!("a request could not be answered: {why}");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the ticket database cannot be reached right now; the page tries again by itself",
                )
                    .into_response()
            }
        }
    }
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
    Router::new()
        .route(
            "/",
            get(|| async { axum::response::Redirect::to("/display") }),
        )
        .route("/display", get(display::page))
        .route("/display/lines", get(display::lines))
        .route("/api/queue", get(api_queue))
        .route("/api/events", get(api_events))
        .route("/healthz", get(|| async { "ok" }))
        .fallback(|| async { (StatusCode::NOT_FOUND, "no such page") })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(shared)
}

async fn api_queue(State(shared): State<Arc<Shared>>) -> Result<Json<serde_json::Value>, Failure> {
    let windows = shared
        .read(|store, config, now| Ok(queue_status(config, &store.tickets_on(now.date())?)))
        .await?;
    Ok(Json(serde_json::json!({ "windows": windows })))
}

async fn api_events(
    State(shared): State<Arc<Shared>>,
    Query(filter): Query<WindowFilter>,
) -> Result<impl IntoResponse, Failure> {
    let only = filter.ids(&shared.config)?;
    let stream = BroadcastStream::new(shared.events.subscribe()).filter_map(move |received| {
        let event = match received {
            Ok(call) => {
                if only.as_ref().is_some_and(|ids| !ids.contains(&call.window)) {
                    return None;
                }
                SseEvent::default()
                    .event(call.kind.id())
                    .json_data(&call)
                    .ok()?
            }
            // Fallen behind: the page reads the whole state again.
            Err(_) => SseEvent::default().event("resync").data("{}"),
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
        axum::serve(listener, router(shared))
            .with_graceful_shutdown(stopped())
            .await
            .map_err(|e| e.to_string())
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
