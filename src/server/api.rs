//! The desk actions of the JSON API, for integrations (a city's own call board or system): authorised by a staff member's bearer token and scoped to their windows.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};

use super::Failure;
use super::Shared;
use super::auth::ApiClerk;
use super::desk::{Press, perform};
use crate::domain::TicketNumber;
use crate::queue::DeskAction;
use crate::tickets::Ticket;

/// Longer than any window id or action name: refused before it is looked up.
const MAX_PATH_PART: usize = 64;

/// A ticket as the API answers with it; nothing about the resident beyond the language.
#[derive(Serialize)]
pub(super) struct TicketJson {
    number: String,
    window: String,
    state: &'static str,
    counter: Option<String>,
    language: String,
    procedures: Vec<&'static str>,
}

impl From<Ticket> for TicketJson {
    fn from(t: Ticket) -> TicketJson {
        TicketJson {
            number: t.number.to_string(),
            state: t.queue.state.id(),
            counter: t.queue.desk.clone(),
            window: t.queue.window,
            language: t.language,
            procedures: t.procedures.iter().map(|p| p.id()).collect(),
        }
    }
}

/// A JSON body of `T`, or `T::default()` for an empty one; a body that is not one is 400,
/// saying where.
fn body<T: for<'de> Deserialize<'de> + Default>(bytes: &Bytes) -> Result<T, Failure> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    let mut reader = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut reader)
        .map_err(|e| Failure::BadRequest(format!("the JSON body is not as expected: {e}")))
}

fn checked(part: &str, what: &str) -> Result<(), Failure> {
    if part.len() > MAX_PATH_PART || part.chars().any(char::is_control) {
        return Err(Failure::BadRequest(format!("that is not a {what}")));
    }
    Ok(())
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CallNext {
    counter: Option<String>,
}

/// `POST /api/windows/{id}/call-next` with `{"counter": "3"}`.
pub(super) async fn call_next(
    State(shared): State<Arc<Shared>>,
    ApiClerk(account): ApiClerk,
    Path(window): Path<String>,
    bytes: Bytes,
) -> Result<Json<TicketJson>, Failure> {
    checked(&window, "window id")?;
    let CallNext { counter } = body(&bytes)?;
    let desk = counter
        .ok_or_else(|| Failure::BadRequest(r#"say which desk calls: {"counter": "3"}"#.into()))?;
    let press = Press::CallNext { window, desk };
    let ticket = shared
        .read(move |store, config, now| Ok(perform(store, config, &account, &press, "api", now)))
        .await??;
    Ok(Json(ticket.into()))
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Transfer {
    window: Option<String>,
}

/// `POST /api/tickets/{number}/{action}`: recall, serve, done, no-show, reactivate, void,
/// or transfer with `{"window": "cards"}`; today's ticket of that number.
pub(super) async fn act(
    State(shared): State<Arc<Shared>>,
    ApiClerk(account): ApiClerk,
    Path((number, action)): Path<(String, String)>,
    bytes: Bytes,
) -> Result<Json<TicketJson>, Failure> {
    checked(&number, "ticket number")?;
    checked(&action, "desk action")?;
    let number: TicketNumber = number.parse().map_err(Failure::BadRequest)?;
    let press = if action == "transfer" {
        let Transfer { window } = body(&bytes)?;
        let to = window
            .ok_or_else(|| Failure::BadRequest(r#"say where to: {"window": "cards"}"#.into()))?;
        Press::Transfer { number, to }
    } else {
        let action = DeskAction::from_id(&action).ok_or_else(|| {
            Failure::NotFound(format!(
                "no such desk action; the actions are transfer, {}",
                DeskAction::ALL.map(DeskAction::id).join(", ")
            ))
        })?;
        body::<Transfer>(&bytes)?;
        Press::On { number, action }
    };
    let ticket = shared
        .read(move |store, config, now| Ok(perform(store, config, &account, &press, "api", now)))
        .await??;
    Ok(Json(ticket.into()))
}
