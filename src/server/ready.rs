//! `/readyz`: whether the ticket database can take a ticket now, for the city's monitoring, checked at most once per [`FRESH_FOR`] whatever the traffic.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{Failure, Shared};
use crate::tickets::StoreError;

/// An answer this recent is given again without asking the store: a probe every second,
/// or a flood from outside, costs the database one check per interval and never queues in
/// front of the desks.
const FRESH_FOR: Duration = Duration::from_secs(2);

/// Why the store cannot take a ticket, as the public answer says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NotReady {
    Unreachable,
    ReadOnly,
}

/// The last answer and when it was made; the lock is held by the one request checking.
#[derive(Default)]
pub(super) struct Readiness {
    last: tokio::sync::Mutex<Option<(Instant, Option<NotReady>)>>,
}

/// 200 `{"ready": true}` while the store answers and takes writes; 503 with the reason in
/// JSON while it does not. `/healthz` stays "the process is alive". The reason names no
/// host: the page is as public as `/healthz`; the log has the details, once per change.
pub(super) async fn ready(State(shared): State<Arc<Shared>>) -> Response {
    let answer = {
        let mut last = shared.readiness.last.lock().await;
        match *last {
            Some((at, answer)) if at.elapsed() < FRESH_FOR => answer,
            before => {
                let answer = match shared.read(|store, _, _| store.writable()).await {
                    Ok(()) => None,
                    Err(failure) => Some(not_ready(&failure)),
                };
                if before.is_none_or(|(_, was)| was != answer) {
                    match answer {
                        None => tracing::info!("ready: the ticket database takes tickets"),
                        Some(why) => tracing::warn!("not ready: {why:?}"),
                    }
                }
                *last = Some((Instant::now(), answer));
                answer
            }
        }
    };
    let (status, body) = match answer {
        None => (StatusCode::OK, serde_json::json!({ "ready": true })),
        Some(why) => {
            let (reason, words) = match why {
                NotReady::ReadOnly => (
                    "read_only",
                    "the ticket database takes no writes (a standby not yet promoted, or a read-only file)",
                ),
                NotReady::Unreachable => ("unreachable", "the ticket database cannot be reached"),
            };
            (
                StatusCode::SERVICE_UNAVAILABLE,
                serde_json::json!({ "ready": false, "reason": reason, "message": words }),
            )
        }
    };
    (
        status,
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        axum::Json(body),
    )
        .into_response()
}

fn not_ready(failure: &Failure) -> NotReady {
    match failure {
        Failure::Store(StoreError::ReadOnly { .. }) => NotReady::ReadOnly,
        Failure::Store(e) => {
            tracing::debug!("readiness: {e}");
            NotReady::Unreachable
        }
        _ => NotReady::Unreachable,
    }
}
