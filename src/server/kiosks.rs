//! The kiosks as city IT sees them: `/kiosks` for administrators (every kiosk's state, live, and the actions asked of one), `/api/kiosks` for their tools, and the console's banner when a kiosk of the office needs a person.
//!
//! A kiosk is silent when its heartbeat's count has not moved for `server.kiosk_silent_secs`
//! by this server's own steady clock: two machines' clocks are never compared.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, Json};
use serde::{Deserialize, Serialize};

use super::auth::{Admin, ApiAdmin, Clerk};
use super::{Failure, Shared, Words, escape, render};
use crate::fleet::{Heartbeat, KioskOrder, KioskSeen, RemoteAction, Trouble, troubles};
use crate::i18n::Arg;

/// How often the server reads the kiosks' heartbeats from the store.
const READ_EVERY: Duration = Duration::from_secs(3);
/// Remote actions listed under the kiosks.
const ORDERS_SHOWN: u32 = 10;

/// One kiosk as the pages show it.
#[derive(Clone, Debug, Serialize)]
pub(super) struct KioskRow {
    pub office: String,
    pub kiosk: String,
    pub silent: bool,
    /// Seconds since this server saw its heartbeat change.
    pub quiet_secs: u64,
    pub troubles: Vec<Trouble>,
    pub needs_a_person: bool,
    pub heartbeat: Heartbeat,
}

/// The kiosks as last read, and when each one's heartbeat was last seen to change.
#[derive(Default)]
pub(super) struct Fleet {
    seen: Mutex<HashMap<(String, String), (u64, Instant)>>,
    rows: Mutex<Arc<Vec<KioskRow>>>,
}

impl Fleet {
    /// Takes the store's heartbeats at `now` (steady clock); a kiosk first seen with a beat
    /// stamped long before the server's own time (`age`) counts as quiet for that long.
    fn observe(
        &self,
        kiosks: Vec<KioskSeen>,
        now: Instant,
        age: impl Fn(&Heartbeat) -> Duration,
        silent_after: Duration,
    ) {
        let Ok(mut seen) = self.seen.lock() else {
            return;
        };
        let rows = kiosks
            .into_iter()
            .map(|k| {
                let key = (k.office.clone(), k.heartbeat.kiosk.clone());
                let beat = k.heartbeat.beat;
                let since = match seen.get(&key) {
                    Some(&(last, since)) if last == beat => since,
                    Some(_) => now,
                    None => now.checked_sub(age(&k.heartbeat)).unwrap_or(now),
                };
                seen.insert(key, (beat, since));
                let quiet = now.saturating_duration_since(since);
                let silent = quiet > silent_after;
                let troubles = troubles(&k.heartbeat, silent);
                KioskRow {
                    needs_a_person: troubles.iter().any(|t| t.needs_a_person()),
                    office: k.office,
                    kiosk: k.heartbeat.kiosk.clone(),
                    silent,
                    quiet_secs: quiet.as_secs(),
                    troubles,
                    heartbeat: k.heartbeat,
                }
            })
            .collect();
        if let Ok(mut shown) = self.rows.lock() {
            *shown = Arc::new(rows);
        }
    }

    /// Every kiosk as last read.
    pub(super) fn rows(&self) -> Arc<Vec<KioskRow>> {
        self.rows.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

/// Reads the kiosks' heartbeats every few seconds while the server runs. A store that does
/// not answer leaves the last reading standing; every kiosk's quiet time grows meanwhile.
pub(super) async fn keep(shared: Arc<Shared>) {
    let silent_after = Duration::from_secs(shared.config.server.kiosk_silent_secs);
    loop {
        if let Ok(kiosks) = shared.read(|store, _, _| store.kiosks()).await {
            let server_now = shared.clock.now();
            shared.fleet.observe(
                kiosks,
                Instant::now(),
                |beat| (server_now - beat.at).to_std().unwrap_or_default(),
                silent_after,
            );
        }
        tokio::time::sleep(READ_EVERY).await;
    }
}

/// A kiosk's state as HTML: a sign and words, never colour alone.
fn state_html(w: &Words, row: &KioskRow) -> String {
    if row.troubles.is_empty() {
        return format!("<span class=\"sign\">✓</span> {}", w.t("kiosks-fine"));
    }
    row.troubles
        .iter()
        .map(|t| {
            let sign = if t.needs_a_person() { "✖" } else { "⚠" };
            format!(
                "<div class=\"trouble {}\"><span class=\"sign\">{sign}</span> {}</div>",
                t.id(),
                w.t(&format!("kiosk-trouble-{}", t.id()))
            )
        })
        .collect()
}

fn details_html(w: &Words, row: &KioskRow) -> String {
    let b = &row.heartbeat;
    let n = |v: u64| Arg::Count(i64::try_from(v).unwrap_or(i64::MAX));
    let uptime = [
        ("hours", n(b.uptime_secs / 3600)),
        ("minutes", n(b.uptime_secs / 60 % 60)),
    ];
    let counts = [
        ("read", n(b.counts.cards_read)),
        ("failed", n(b.counts.read_failures)),
        ("printed", n(b.counts.tickets_printed)),
        ("misprinted", n(b.counts.print_failures)),
    ];
    [
        w.with("kiosks-heard", &[("seconds", n(row.quiet_secs))]),
        w.with("kiosks-uptime", &uptime),
        w.with("kiosks-counts", &counts),
        w.with("kiosks-screen", &[("screen", Arg::Text(b.screen.clone()))]),
        w.with(
            "kiosks-version",
            &[("version", Arg::Text(b.version.clone()))],
        ),
    ]
    .iter()
    .map(|line| format!("<div>{line}</div>"))
    .collect()
}

/// An order's action in words, as its button says it (a reprint with its number).
fn action_html(w: &Words, action: &RemoteAction) -> String {
    let key = match action {
        RemoteAction::Pause => "kiosks-pause",
        RemoteAction::Resume => "kiosks-resume",
        RemoteAction::OutOfService => "kiosks-out-of-service",
        RemoteAction::BackInService => "kiosks-in-service",
        RemoteAction::Reprint(_) => "kiosks-reprint",
    };
    match action.ticket() {
        Some(number) => format!("{} {}", w.t(key), escape(&number.to_string())),
        None => w.t(key),
    }
}

/// One kiosk's row for the page.
struct Shown {
    office: String,
    kiosk: String,
    attention: bool,
    state: String,
    details: String,
}

#[derive(Template)]
#[template(path = "kiosks_table.html")]
struct Table {
    w: Words,
    csrf: String,
    ours: Vec<Shown>,
    others: Vec<Shown>,
    orders: Vec<(String, String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "kiosks.html")]
struct Page {
    w: Words,
    name: String,
    csrf: String,
    table: String,
}

async fn table(shared: &Arc<Shared>, csrf: String) -> Result<String, Failure> {
    let w = Words::new(&shared.config);
    let office = shared.config.municipality.office_id().to_owned();
    let orders = shared
        .read(|store, _, _| store.recent_kiosk_orders(ORDERS_SHOWN))
        .await?;
    let (ours, others): (Vec<Shown>, Vec<Shown>) = shared
        .fleet
        .rows()
        .iter()
        .map(|row| Shown {
            office: row.office.clone(),
            kiosk: row.kiosk.clone(),
            attention: !row.troubles.is_empty(),
            state: state_html(&w, row),
            details: details_html(&w, row),
        })
        .partition(|s| s.office == office);
    let waiting = w.t("kiosks-order-waiting");
    let orders = orders
        .iter()
        .map(|o: &KioskOrder| {
            let (done, outcome) = match &o.done {
                Some((at, outcome)) => (at.format("%H:%M:%S").to_string(), escape(outcome)),
                None => (String::new(), waiting.clone()),
            };
            (
                o.asked_at.format("%m-%d %H:%M:%S").to_string(),
                o.kiosk.clone(),
                action_html(&w, &o.action),
                o.by.clone(),
                format!("{done} {outcome}"),
            )
        })
        .collect();
    Table {
        w,
        csrf,
        ours,
        others,
        orders,
    }
    .render()
    .map_err(|e| Failure::Broken(format!("the page could not be drawn: {e}")))
}

pub(super) async fn page(
    State(shared): State<Arc<Shared>>,
    Admin(clerk): Admin,
) -> Result<Html<String>, Failure> {
    let csrf = clerk.session.csrf.clone();
    render(&Page {
        w: Words::new(&shared.config),
        name: clerk.account.name,
        table: table(&shared, csrf.clone()).await?,
        csrf,
    })
}

/// The table alone, which the page reads again every few seconds.
pub(super) async fn table_page(
    State(shared): State<Arc<Shared>>,
    Admin(clerk): Admin,
) -> Result<Html<String>, Failure> {
    table(&shared, clerk.session.csrf).await.map(Html)
}

/// A remote action as the page's form posts it.
#[derive(Deserialize)]
pub(super) struct ActForm {
    csrf: String,
    kiosk: String,
    action: String,
    #[serde(default)]
    ticket: String,
}

/// Asks one of this office's kiosks to act for `by`: a kiosk the office does not know, or a
/// ticket not issued today, is refused here rather than left for the kiosk to find.
async fn ask(
    shared: &Arc<Shared>,
    kiosk: &str,
    action: &str,
    ticket: Option<&str>,
    by: &str,
) -> Result<(i64, RemoteAction), Failure> {
    let action = RemoteAction::parse(action, ticket).map_err(Failure::BadRequest)?;
    let office = shared.config.municipality.office_id();
    if !shared
        .fleet
        .rows()
        .iter()
        .any(|r| r.office == office && r.kiosk == kiosk)
    {
        return Err(Failure::NotFound(format!(
            "no kiosk {:?} has reported in this office; /kiosks lists them",
            kiosk.chars().take(64).collect::<String>()
        )));
    }
    let (kiosk, by, asked) = (kiosk.to_owned(), by.to_owned(), action.clone());
    let id = shared
        .read(move |store, _, now| {
            if let Some(number) = asked.ticket() {
                store.find(now.date(), number)?;
            }
            store.ask_kiosk(&kiosk, &asked, &by, now)
        })
        .await?;
    Ok((id, action))
}

pub(super) async fn act(
    State(shared): State<Arc<Shared>>,
    Admin(clerk): Admin,
    Form(form): Form<ActForm>,
) -> Result<Response, Failure> {
    clerk.check_csrf(&form.csrf)?;
    let ticket = Some(form.ticket.trim()).filter(|t| !t.is_empty());
    ask(
        &shared,
        &form.kiosk,
        &form.action,
        ticket,
        &clerk.account.name,
    )
    .await?;
    Ok((StatusCode::SEE_OTHER, [(LOCATION, "/kiosks")]).into_response())
}

/// `GET /api/kiosks`: every kiosk as JSON, for city IT's own tools.
pub(super) async fn api(
    State(shared): State<Arc<Shared>>,
    _admin: ApiAdmin,
) -> Json<serde_json::Value> {
    Json(serde_json::json!({ "kiosks": *shared.fleet.rows() }))
}

#[derive(Deserialize)]
pub(super) struct TicketQuery {
    ticket: Option<String>,
}

/// `POST /api/kiosks/{kiosk}/{action}` (`?ticket=A-012` for a reprint).
pub(super) async fn api_act(
    State(shared): State<Arc<Shared>>,
    ApiAdmin(account): ApiAdmin,
    Path((kiosk, action)): Path<(String, String)>,
    Query(query): Query<TicketQuery>,
) -> Result<Response, Failure> {
    let (id, action) = ask(
        &shared,
        &kiosk,
        &action,
        query.ticket.as_deref(),
        &account.name,
    )
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(serde_json::json!({ "order": id, "kiosk": kiosk, "action": action.to_string() })),
    )
        .into_response())
}

/// The console's banner: this office's kiosks that need a person, or nothing.
pub(super) async fn banner(State(shared): State<Arc<Shared>>, _clerk: Clerk) -> Html<String> {
    let w = Words::new(&shared.config);
    let office = shared.config.municipality.office_id();
    let list: Vec<String> = shared
        .fleet
        .rows()
        .iter()
        .filter(|r| r.office == office && r.needs_a_person)
        .map(|r| {
            let said: Vec<String> = r
                .troubles
                .iter()
                .filter(|t| t.needs_a_person())
                .map(|t| format!("kiosk-trouble-{}", t.id()))
                .collect();
            format!(
                "<li><b>✖ {}</b> {}</li>",
                escape(&r.kiosk),
                said.iter()
                    .map(|k| w.t(k))
                    .collect::<Vec<_>>()
                    .join("<span class=\"sep\"> ／ </span>")
            )
        })
        .collect();
    if list.is_empty() {
        return Html(String::new());
    }
    Html(format!(
        "{}<ul>{}</ul>",
        w.t("kiosks-banner"),
        list.concat()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(kiosk: &str, beat: u64) -> KioskSeen {
        KioskSeen {
            office: "honcho".into(),
            heartbeat: Heartbeat {
                beat,
                ..Heartbeat::sample(kiosk)
            },
        }
    }

    #[test]
    fn a_kiosk_whose_beat_stops_moving_turns_silent_after_the_set_time_and_back_when_it_moves() {
        let fleet = Fleet::default();
        let start = Instant::now();
        let silent_after = Duration::from_secs(60);
        let fresh = |_: &Heartbeat| Duration::ZERO;
        fleet.observe(vec![seen("a", 1)], start, fresh, silent_after);
        assert!(!fleet.rows()[0].silent);
        // The same beat 59 s on: still within its time.
        let later = start + Duration::from_secs(59);
        fleet.observe(vec![seen("a", 1)], later, fresh, silent_after);
        assert!(!fleet.rows()[0].silent);
        let later = start + Duration::from_secs(61);
        fleet.observe(vec![seen("a", 1)], later, fresh, silent_after);
        let row = &fleet.rows()[0];
        assert!(row.silent && row.needs_a_person, "{row:?}");
        assert_eq!(row.troubles, vec![Trouble::Silent]);
        // It beats again: heard at once.
        fleet.observe(vec![seen("a", 2)], later, fresh, silent_after);
        assert!(!fleet.rows()[0].silent);
    }

    #[test]
    fn a_kiosk_first_seen_with_an_old_beat_is_silent_at_once() {
        let fleet = Fleet::default();
        let now = Instant::now() + Duration::from_secs(3600);
        fleet.observe(
            vec![seen("a", 7)],
            now,
            |_| Duration::from_secs(600),
            Duration::from_secs(60),
        );
        assert!(fleet.rows()[0].silent);
    }
}
