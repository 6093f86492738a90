//! The resident's phone page (`/t/<token>`): their number, how many are ahead and the wait, then "It's your turn. Please go to Counter 3.", in the language chosen at the kiosk.
//!
//! The token is the only key: 128 random bits printed as a QR code on the ticket. The page
//! shows the number, the window and the line, never anything about the resident, and ends
//! with the ticket or its day. Everything it needs is under `/t/`, so a city's proxy can put
//! that path alone on the internet.

use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDateTime;
use tokio_stream::StreamExt;

use super::streams::{Audience, Peer};
use super::{Failure, Shared, render};
use crate::config::Config;
use crate::furigana;
use crate::i18n::Arg;
use crate::i18n::Catalog;
use crate::queue::{State as QueueState, WaitEstimate, calling_order};
use crate::secret;
use crate::tickets::{PHONE_TOKEN_BYTES, Ticket, queue_status};

/// Where the ticket stands, as its page says it: the part the page fetches again.
#[derive(Template)]
#[template(path = "phone_state.html")]
struct Standing {
    lang: String,
    /// The page's `lang`: easy Japanese is Japanese to a browser choosing a face and a voice.
    html_lang: &'static str,
    number: String,
    /// "証明書 3番窓口" in the resident's language.
    window: String,
    /// The headline: "It's your turn. Please go to Counter 3.", or the people ahead.
    headline: String,
    /// A second line: the wait band, or what to do.
    detail: Option<String>,
    /// Called or missed: the page is drawn to catch the eye.
    turn: bool,
    /// Finished or of another day: the page stops updating.
    ended: bool,
    /// A long wait: the branches that do the same, with their lines now (a heading, then a
    /// line each).
    elsewhere: Vec<String>,
}

#[derive(Template)]
#[template(path = "phone.html")]
struct Page {
    title: String,
    updates: String,
    lost: String,
    state: Standing,
}

/// The HTML `lang` of a language: its BCP 47 tag, `ja` for easy Japanese.
pub(super) fn html_lang(lang: &str) -> &'static str {
    match lang {
        "ja" | "ja-easy" => "ja",
        "en" => "en",
        "zh-Hans" => "zh-Hans",
        "zh-Hant" => "zh-Hant",
        "ko" => "ko",
        "vi" => "vi",
        "pt-BR" => "pt-BR",
        "tl" => "fil",
        "ne" => "ne",
        "id" => "id",
        _ => "und",
    }
}

fn standing(
    config: &Config,
    ticket: &Ticket,
    day: &[Ticket],
    now: NaiveDateTime,
    board: &crate::city::Board,
) -> Standing {
    let catalog = Catalog::embedded();
    let lang = if catalog.has(&ticket.language) {
        ticket.language.clone()
    } else {
        "en".to_owned()
    };
    let text = |key: &str, args: &[(&str, Arg)]| catalog.text(&lang, key, args);
    let window = config.window(ticket.window());
    let counter_of = |desk: String| text("ticket-counter", &[("number", Arg::Text(desk))]);
    let window_text = window.map_or_else(String::new, |w| {
        format!(
            "{} {}",
            w.label.get(&lang),
            counter_of(w.number.to_string())
        )
    });
    let desk = || counter_of(ticket.queue.desk.clone().unwrap_or_default());
    let ended = ticket.day != now.date()
        || matches!(
            ticket.queue.state,
            QueueState::Done | QueueState::Void | QueueState::NotServed
        );
    let mut elsewhere = Vec::new();
    let (headline, detail, turn) = if ended {
        (text("phone-ended", &[]), None, false)
    } else {
        match ticket.queue.state {
            QueueState::Called => (
                text("phone-your-turn", &[("counter", Arg::Text(desk()))]),
                None,
                true,
            ),
            QueueState::Serving => (text("phone-serving", &[]), None, false),
            QueueState::NoShow => (
                text("phone-missed", &[]),
                Some(text("phone-missed-what", &[])),
                true,
            ),
            _ => {
                let ahead = day
                    .iter()
                    .filter(|t| {
                        t.window() == ticket.window() && t.queue.state == QueueState::Waiting
                    })
                    .filter(|t| {
                        calling_order((t.issued_at, t.id), (ticket.issued_at, ticket.id)).is_lt()
                    })
                    .count() as u32;
                let headline = text("phone-ahead", &[("count", Arg::Count(i64::from(ahead)))]);
                let band = queue_status(config, day)
                    .into_iter()
                    .find(|s| s.id == ticket.window())
                    .filter(|s| s.wait.is_some())
                    .zip(window)
                    .map(|(s, w)| {
                        let wait =
                            WaitEstimate::new(ahead, w.desks().len() as u32, s.minutes_per_visitor);
                        if wait.minutes > config.queue.suggest_other_office_after_minutes {
                            let lines = crate::city::branch_lines(
                                config,
                                &board.offices,
                                Some(board.read_at),
                                &ticket.procedures,
                                now,
                            );
                            if !lines.is_empty() {
                                elsewhere.push(text("now-elsewhere", &[]));
                                elsewhere
                                    .extend(lines.iter().map(|b| b.told(config, &lang, catalog)));
                            }
                        }
                        text(
                            "phone-wait",
                            &[("band", Arg::Text(text(wait.band().key(), &[])))],
                        )
                    });
                (headline, band, false)
            }
        }
    };
    // Easy Japanese's readings as HTML ruby; the template takes these three as they are.
    Standing {
        number: ticket.number.to_string(),
        window: super::ruby_html(&lang, &window_text),
        headline: super::ruby_html(&lang, &headline),
        detail: detail.map(|d| super::ruby_html(&lang, &d)),
        turn,
        ended,
        elsewhere: elsewhere
            .iter()
            .map(|e| super::ruby_html(&lang, e))
            .collect(),
        html_lang: html_lang(&lang),
        lang,
    }
}

/// The ticket of a token, with its day's tickets; 404 for a token of the wrong shape or
/// none, so a guess learns nothing.
async fn look_up(
    shared: &Arc<Shared>,
    token: &str,
) -> Result<(Ticket, Vec<Ticket>, NaiveDateTime), Failure> {
    let unknown = || Failure::NotFound("no such ticket; scan the code on your ticket again".into());
    if !secret::is_token(token, PHONE_TOKEN_BYTES) {
        return Err(unknown());
    }
    let token = token.to_owned();
    let found = shared
        .read(move |store, _, now| {
            let Some(ticket) = store.find_by_phone(&token)? else {
                return Ok(None);
            };
            let day = store.tickets_on(ticket.day)?;
            Ok(Some((ticket, day, now)))
        })
        .await?;
    found.ok_or_else(unknown)
}

fn status_of(s: &Standing) -> StatusCode {
    if s.ended {
        StatusCode::GONE
    } else {
        StatusCode::OK
    }
}

pub(super) async fn page(
    State(shared): State<Arc<Shared>>,
    Path(token): Path<String>,
) -> Result<Response, Failure> {
    let (ticket, day, now) = look_up(&shared, &token).await?;
    let s = standing(
        &shared.config,
        &ticket,
        &day,
        now,
        shared.now.current().board(),
    );
    let catalog = Catalog::embedded();
    let page = Page {
        title: furigana::plain(&format!(
            "{} {}",
            s.number,
            catalog.text(&s.lang, "phone-title", &[])
        )),
        updates: super::ruby_html(&s.lang, &catalog.text(&s.lang, "phone-updates", &[])),
        lost: super::ruby_html(&s.lang, &catalog.text(&s.lang, "phone-lost", &[])),
        state: s,
    };
    let status = status_of(&page.state);
    Ok((status, render(&page)?).into_response())
}

/// The changing part alone, which the page fetches again after each change of the queue.
pub(super) async fn state(
    State(shared): State<Arc<Shared>>,
    Path(token): Path<String>,
) -> Result<Response, Failure> {
    let (ticket, day, now) = look_up(&shared, &token).await?;
    let s = standing(
        &shared.config,
        &ticket,
        &day,
        now,
        shared.now.current().board(),
    );
    let status = status_of(&s);
    Ok((status, render(&s)?).into_response())
}

/// `event: change` (no data) whenever the office's queue changes: the page then reads its
/// state again. Nothing about other tickets goes out.
pub(super) async fn events(
    State(shared): State<Arc<Shared>>,
    peer: Peer,
    Path(token): Path<String>,
) -> Result<impl IntoResponse, Failure> {
    let (ticket, day, now) = look_up(&shared, &token).await?;
    if standing(
        &shared.config,
        &ticket,
        &day,
        now,
        shared.now.current().board(),
    )
    .ended
    {
        return Err(Failure::Gone("this ticket has ended".into()));
    }
    let stream = shared
        .feed(Audience::Phone, Some(&token), &peer)?
        .filter_map(|fed| match fed {
            super::Fed::Tick => None,
            _ => Some(Ok::<_, std::convert::Infallible>(
                SseEvent::default().event("change").data("{}"),
            )),
        });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}
