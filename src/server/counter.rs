//! The counter console (`/counter`): a clerk picks their desk, calls the next resident and sees, before they sit down, what they came for and what the kiosk told them to bring.

use std::sync::Arc;

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::NaiveDateTime;
use serde::Deserialize;

use super::auth::Clerk;
use super::desk::{Press, perform};
use super::{Failure, Shared, Words, render};
use crate::advise::checklist_line;
use crate::config::Config;
use crate::domain::TicketNumber;
use crate::i18n::Arg;
use crate::i18n::{Catalog, PRIMARY_LANGUAGE};
use crate::printer::{TicketDetails, clerk_notes};
use crate::queue::{DeskAction, State as QueueState, calling_order};
use crate::staff::{Account, Seat};
use crate::tickets::{StoreError, Ticket};

/// One ticket as the clerk reads it, in Japanese: what the resident came for, what they
/// were told to bring, and what the kiosk learned.
struct Card {
    number: String,
    state: &'static str,
    /// Asked before a void, in Japanese and English (plain text, for the dialog).
    confirm_void: String,
    /// The state, and the minutes waited, as HTML in the server's languages.
    state_label: String,
    waited: String,
    /// Procedure names, in the order they are done; empty for a consultation.
    procedures: Vec<String>,
    checklist: Vec<String>,
    /// "2回の来庁", when the procedures take more than this visit.
    visits: Option<String>,
    /// The resident's language in Japanese (英語), when it is not Japanese.
    language: Option<String>,
    check_card: bool,
    notes: Vec<String>,
}

impl Card {
    fn of(ticket: &Ticket, config: &Config, w: &Words, now: NaiveDateTime) -> Card {
        let catalog = Catalog::embedded();
        let state = ticket.queue.state.id();
        let waited = (now - ticket.issued_at).num_minutes().max(0);
        let ja = |key: &str| catalog.text(PRIMARY_LANGUAGE, key, &[]);
        let visitor = ticket.brief.visitor;
        Card {
            confirm_void: ["ja", "en"]
                .map(|l| {
                    catalog.text(
                        l,
                        "console-void-confirm",
                        &[("number", Arg::Text(ticket.number.to_string()))],
                    )
                })
                .join(" / "),
            number: ticket.number.to_string(),
            state,
            state_label: w.t(&format!("console-state-{state}")),
            waited: w.with("console-waited", &[("minutes", Arg::Count(waited))]),
            procedures: ticket
                .procedures
                .iter()
                .map(|p| ja(&format!("procedure-{}", p.id())))
                .collect(),
            checklist: ticket
                .brief
                .checklist
                .iter()
                .map(|item| checklist_line(item, PRIMARY_LANGUAGE, visitor, config, catalog))
                .collect(),
            visits: ticket
                .brief
                .visits
                .filter(|v| *v > 1)
                .map(|v| w.with("console-visits", &[("visits", Arg::Count(v.into()))])),
            language: (ticket.language != PRIMARY_LANGUAGE)
                .then(|| catalog.text(&ticket.language, "language-name-in-japanese", &[])),
            check_card: ticket.brief.check_card(),
            notes: clerk_notes(ticket, &TicketDetails::default(), catalog),
        }
    }
}

/// A desk a clerk may sit at.
struct SeatChoice {
    /// `window/desk`, as the form sends it.
    value: String,
    label: String,
}

/// The live part of the console, fetched again after every change.
#[derive(Template)]
#[template(path = "counter_panel.html")]
struct Panel {
    w: Words,
    csrf: String,
    /// What the last press did, as HTML, and whether it went well.
    message: Option<(bool, String)>,
    /// The tickets at this desk (called or being served), newest first.
    current: Vec<Card>,
    waiting: Vec<Card>,
    no_shows: Vec<Card>,
    /// Windows a ticket may be transferred to: (id, label).
    transfer_to: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "counter.html")]
struct Page {
    w: Words,
    csrf: String,
    name: String,
    /// "証明書 3番窓口", when a desk is chosen.
    seat: Option<String>,
    window: String,
    seats: Vec<SeatChoice>,
    panel: String,
    /// An administrator gets the way to `/kiosks`.
    admin: bool,
}

fn seat_label(config: &Config, seat: &Seat) -> String {
    let catalog = Catalog::embedded();
    let label = config
        .window(&seat.window)
        .map(|w| w.label.get(PRIMARY_LANGUAGE).to_owned())
        .unwrap_or_else(|| seat.window.clone());
    let counter = catalog.text(
        PRIMARY_LANGUAGE,
        "ticket-counter",
        &[("number", Arg::Text(seat.desk.clone()))],
    );
    format!("{label} {counter}")
}

fn seats(config: &Config, account: &Account) -> Vec<SeatChoice> {
    config
        .windows
        .iter()
        .filter(|w| w.open && account.may_call(&w.id))
        .flat_map(|w| {
            w.desks().into_iter().map(|desk| {
                let seat = Seat {
                    window: w.id.clone(),
                    desk,
                };
                SeatChoice {
                    value: format!("{}/{}", seat.window, seat.desk),
                    label: seat_label(config, &seat),
                }
            })
        })
        .collect()
}

/// The panel for `seat` from the day's tickets.
fn panel(
    config: &Config,
    csrf: &str,
    seat: &Seat,
    day: &[Ticket],
    now: NaiveDateTime,
    message: Option<(bool, String)>,
) -> Panel {
    let at_window = |t: &&Ticket| t.window() == seat.window;
    let mut current: Vec<&Ticket> = day
        .iter()
        .filter(at_window)
        .filter(|t| matches!(t.queue.state, QueueState::Called | QueueState::Serving))
        .filter(|t| t.queue.desk.as_deref() == Some(seat.desk.as_str()))
        .collect();
    current.sort_by_key(|t| std::cmp::Reverse(t.queue.called_at));
    let mut waiting: Vec<&Ticket> = day
        .iter()
        .filter(at_window)
        .filter(|t| t.queue.state == QueueState::Waiting)
        .collect();
    waiting.sort_by(|a, b| calling_order((a.issued_at, a.id), (b.issued_at, b.id)));
    let no_shows = day
        .iter()
        .filter(at_window)
        .filter(|t| t.queue.state == QueueState::NoShow);
    let w = Words::new(config);
    let card = |t: &Ticket| Card::of(t, config, &w, now);
    Panel {
        csrf: csrf.to_owned(),
        message,
        current: current.into_iter().map(card).collect(),
        waiting: waiting.into_iter().map(card).collect(),
        no_shows: no_shows.map(card).collect(),
        transfer_to: config
            .windows
            .iter()
            .filter(|w| w.open && w.id != seat.window)
            .map(|w| (w.id.clone(), w.label.get(PRIMARY_LANGUAGE).to_owned()))
            .collect(),
        w,
    }
}

async fn panel_for(
    shared: &Arc<Shared>,
    clerk: &Clerk,
    seat: &Seat,
    message: Option<(bool, String)>,
) -> Result<String, Failure> {
    let (day, now) = shared
        .read(|store, _, now| Ok((store.tickets_on(now.date())?, now)))
        .await?;
    let panel = panel(
        &shared.config,
        &clerk.session.csrf,
        seat,
        &day,
        now,
        message,
    );
    Ok(render(&panel)?.0)
}

/// The seat of the session, if it is still one of the member's (kiosk.toml may have changed).
fn seat_of(clerk: &Clerk, config: &Config) -> Option<Seat> {
    clerk.session.seat.clone().filter(|s| {
        clerk.account.may_call(&s.window)
            && config
                .window(&s.window)
                .is_some_and(|w| w.desks().contains(&s.desk))
    })
}

pub(super) async fn page(
    State(shared): State<Arc<Shared>>,
    clerk: Clerk,
) -> Result<Html<String>, Failure> {
    let config = &shared.config;
    let seat = seat_of(&clerk, config);
    let panel = match &seat {
        Some(seat) => panel_for(&shared, &clerk, seat, None).await?,
        None => String::new(),
    };
    render(&Page {
        w: Words::new(config),
        csrf: clerk.session.csrf.clone(),
        name: clerk.account.name.clone(),
        seat: seat.as_ref().map(|s| seat_label(config, s)),
        window: seat.map(|s| s.window).unwrap_or_default(),
        seats: seats(config, &clerk.account),
        panel,
        admin: clerk.account.role == crate::staff::Role::Admin,
    })
}

pub(super) async fn panel_page(
    State(shared): State<Arc<Shared>>,
    clerk: Clerk,
) -> Result<Html<String>, Failure> {
    let seat = seat_of(&clerk, &shared.config)
        .ok_or_else(|| Failure::Conflict("choose your desk first: open /counter".into()))?;
    Ok(Html(panel_for(&shared, &clerk, &seat, None).await?))
}

#[derive(Deserialize)]
pub(super) struct SeatForm {
    csrf: String,
    /// `window/desk`; empty to choose again.
    #[serde(default)]
    seat: String,
}

pub(super) async fn seat(
    State(shared): State<Arc<Shared>>,
    clerk: Clerk,
    Form(form): Form<SeatForm>,
) -> Result<Redirect, Failure> {
    clerk.check_csrf(&form.csrf)?;
    let chosen = if form.seat.is_empty() {
        None
    } else {
        let known = seats(&shared.config, &clerk.account);
        if !known.iter().any(|c| c.value == form.seat) {
            return Err(Failure::Forbidden(format!(
                "{} may not sit at {:?}; choose one of the desks /counter lists",
                clerk.account.name,
                form.seat.chars().take(40).collect::<String>()
            )));
        }
        form.seat.split_once('/').map(|(window, desk)| Seat {
            window: window.to_owned(),
            desk: desk.to_owned(),
        })
    };
    let name = clerk.account.name.clone();
    shared
        .read(move |store, _, now| {
            store.set_session_seat(&clerk.digest, chosen.as_ref())?;
            let at = chosen.map_or("no desk".to_owned(), |s| format!("{}/{}", s.window, s.desk));
            store.record_action(now, &format!("console seat {name}"), &at)
        })
        .await?;
    Ok(Redirect::to("/counter"))
}

#[derive(Deserialize)]
pub(super) struct ActForm {
    csrf: String,
    action: String,
    #[serde(default)]
    number: String,
    /// The window of a transfer.
    #[serde(default)]
    to: String,
    /// Sent by the console's script: answer with the panel instead of a redirect.
    #[serde(default)]
    fragment: Option<String>,
}

impl ActForm {
    fn press(&self, seat: &Seat) -> Result<Press, Failure> {
        let number = || {
            self.number
                .parse::<TicketNumber>()
                .map_err(Failure::BadRequest)
        };
        match self.action.as_str() {
            "call-next" => Ok(Press::CallNext {
                window: seat.window.clone(),
                desk: seat.desk.clone(),
            }),
            "transfer" => Ok(Press::Transfer {
                number: number()?,
                to: self.to.clone(),
            }),
            other => match DeskAction::from_id(other) {
                Some(action) => Ok(Press::On {
                    number: number()?,
                    action,
                }),
                None => Err(Failure::BadRequest(format!(
                    "{:?} is not a desk action; the actions are call-next, transfer, {}",
                    other.chars().take(40).collect::<String>(),
                    DeskAction::ALL.map(DeskAction::id).join(", ")
                ))),
            },
        }
    }
}

/// What the clerk is told after a press, in Japanese and English.
fn told(config: &Config, result: &Result<Ticket, Failure>) -> (bool, String) {
    let w = Words::new(config);
    match result {
        Ok(t) => {
            let key = format!("console-did-{}", t.queue.state.id());
            (
                true,
                w.with(&key, &[("number", Arg::Text(t.number.to_string()))]),
            )
        }
        Err(Failure::Conflict(_)) => (false, w.t("console-nobody-waiting")),
        Err(Failure::Store(e @ StoreError::Refused { .. })) => {
            (false, super::escape(&e.to_string()))
        }
        Err(Failure::Store(e @ StoreError::NotFound { .. })) => {
            (false, super::escape(&e.to_string()))
        }
        Err(Failure::Forbidden(why) | Failure::BadRequest(why)) => (false, super::escape(why)),
        Err(_) => (false, w.t("console-store-down")),
    }
}

pub(super) async fn act(
    State(shared): State<Arc<Shared>>,
    clerk: Clerk,
    Form(form): Form<ActForm>,
) -> Result<Response, Failure> {
    clerk.check_csrf(&form.csrf)?;
    let seat = seat_of(&clerk, &shared.config)
        .ok_or_else(|| Failure::Conflict("choose your desk first: open /counter".into()))?;
    let press = form.press(&seat)?;
    let account = clerk.account.clone();
    let result = shared
        .read(move |store, config, now| {
            Ok(perform(store, config, &account, &press, "console", now))
        })
        .await?;
    let status = match &result {
        Ok(_) => StatusCode::OK,
        Err(Failure::Conflict(_)) => StatusCode::CONFLICT,
        Err(Failure::Store(StoreError::Refused { .. })) => StatusCode::CONFLICT,
        Err(Failure::Store(StoreError::NotFound { .. })) => StatusCode::NOT_FOUND,
        Err(Failure::Forbidden(_)) => StatusCode::FORBIDDEN,
        Err(Failure::BadRequest(_)) => StatusCode::BAD_REQUEST,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE,
    };
    if form.fragment.is_none() {
        // A form posted without the script: back to the console, which shows the outcome.
        return Ok(Redirect::to("/counter").into_response());
    }
    let message = told(&shared.config, &result);
    let html = panel_for(&shared, &clerk, &seat, Some(message)).await?;
    Ok((status, Html(html)).into_response())
}
