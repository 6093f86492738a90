//! Statistics for staff (`/stats`, and `/stats.csv` for the city's own reports): a day's tickets per window and hour, and per desk and staff member.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{Html, IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::auth::Clerk;
use super::{Failure, Shared, Words, render};
use crate::tickets::DayReport;

#[derive(Deserialize)]
pub(super) struct DayQuery {
    date: Option<String>,
}

impl DayQuery {
    /// The day asked for (YYYY-MM-DD), or today.
    fn day(&self, today: NaiveDate) -> Result<NaiveDate, Failure> {
        match self.date.as_deref().filter(|d| !d.is_empty()) {
            None => Ok(today),
            Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                // Within the years a ticket can have been issued (the stores hold no other).
                .filter(|d| (2000..=today.year() + 1).contains(&d.year()))
                .ok_or_else(|| {
                    Failure::BadRequest(format!(
                        "date={:?} is not a day of the tickets; write it as 2027-05-06",
                        text.chars().take(20).collect::<String>()
                    ))
                }),
        }
    }
}

#[derive(Template)]
#[template(path = "stats.html")]
struct Page {
    w: Words,
    name: String,
    csrf: String,
    report: DayReport,
}

async fn report(shared: &Arc<Shared>, query: &DayQuery) -> Result<DayReport, Failure> {
    let today = shared.clock.now().date();
    let day = query.day(today)?;
    shared
        .read(move |store, _, _| Ok(DayReport::of(day, &store.tickets_on(day)?)))
        .await
}

/// A figure in minutes, or a dash.
fn shown(v: &Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

pub(super) async fn page(
    State(shared): State<Arc<Shared>>,
    clerk: Clerk,
    Query(query): Query<DayQuery>,
) -> Result<Html<String>, Failure> {
    let report = report(&shared, &query).await?;
    render(&Page {
        w: Words::new(&shared.config),
        name: clerk.account.name,
        csrf: clerk.session.csrf,
        report,
    })
}

pub(super) async fn csv(
    State(shared): State<Arc<Shared>>,
    _clerk: Clerk,
    Query(query): Query<DayQuery>,
) -> Result<Response, Failure> {
    let report = report(&shared, &query).await?;
    let file = format!("attachment; filename=\"madoguchi-{}.csv\"", report.day);
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (CONTENT_DISPOSITION, file),
        ],
        report.to_csv(),
    )
        .into_response())
}
