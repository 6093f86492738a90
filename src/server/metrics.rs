//! `/metrics` in Prometheus's text format, for city IT: the lines and their waits, the day's tickets, the kiosks' health, the database, the HTTP requests and the open event streams.
//!
//! The queue's figures are read from the store at each scrape, so every server of an office
//! gives the same ones and a restart loses none. Its counters count the day's tickets and
//! start again at midnight, which `rate()` and `increase()` take as a counter reset. The HTTP
//! figures are this process's since it started.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDateTime;

use super::streams::{Audience, Peer};
use super::{Failure, Shared};
use crate::fleet::PrinterHealth;
use crate::queue::State as TicketState;
use crate::tickets::{Ticket, WindowStatus, queue_status};

/// Request durations, in seconds.
const REQUEST_BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];
/// Waits from issue to call, in seconds: the public page's bands and beyond an hour.
const WAIT_BUCKETS: [f64; 9] = [
    300.0, 600.0, 900.0, 1200.0, 1800.0, 2700.0, 3600.0, 5400.0, 7200.0,
];
/// Service times from the desk's start to done, in seconds.
const SERVICE_BUCKETS: [f64; 8] = [60.0, 180.0, 300.0, 600.0, 900.0, 1200.0, 1800.0, 3600.0];

/// Counts of observations at or under each bound, their sum and their number.
#[derive(Clone, Debug, Default)]
struct Histogram {
    buckets: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, bounds: &[f64], value: f64) {
        if self.buckets.len() != bounds.len() {
            self.buckets = vec![0; bounds.len()];
        }
        for (bound, n) in bounds.iter().zip(&mut self.buckets) {
            if value <= *bound {
                *n += 1;
            }
        }
        self.sum += value;
        self.count += 1;
    }

    fn write(&self, out: &mut String, name: &str, labels: &str, bounds: &[f64]) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (i, bound) in bounds.iter().enumerate() {
            let n = self.buckets.get(i).copied().unwrap_or(0);
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {n}");
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let _ = writeln!(out, "{name}_sum{{{labels}}} {}", self.sum);
        let _ = writeln!(out, "{name}_count{{{labels}}} {}", self.count);
    }
}

/// The HTTP requests this server answered, by route and status, and how long they took.
#[derive(Default)]
pub(super) struct Requests {
    answered: Mutex<BTreeMap<(String, u16), u64>>,
    durations: Mutex<BTreeMap<String, Histogram>>,
}

/// Counts every request by the route it matched (never its path: a token or a ticket number
/// is not a label) and its status.
pub(super) async fn track(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    let took = started.elapsed().as_secs_f64();
    let status = response.status().as_u16();
    if let Ok(mut answered) = shared.requests.answered.lock() {
        *answered.entry((route.clone(), status)).or_default() += 1;
    }
    if let Ok(mut durations) = shared.requests.durations.lock() {
        durations
            .entry(route)
            .or_default()
            .observe(&REQUEST_BUCKETS, took);
    }
    response
}

/// A label's value as the text format writes it.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// Whether a ticket counts towards a counter.
type Counted = fn(&Ticket) -> bool;

/// What one scrape reads from the store.
struct Queue {
    windows: Vec<WindowStatus>,
    tickets: Vec<Ticket>,
    now: NaiveDateTime,
}

/// The day's queue as figures, per window.
fn write_queue(out: &mut String, office: &str, queue: &Queue) {
    let o = label(office);
    let per_window = |w: &str| format!("office=\"{o}\",window=\"{}\"", label(w));
    family(
        out,
        "madoguchi_waiting",
        "gauge",
        "Tickets waiting to be called.",
    );
    for w in &queue.windows {
        let _ = writeln!(
            out,
            "madoguchi_waiting{{{}}} {}",
            per_window(&w.id),
            w.waiting
        );
    }
    family(
        out,
        "madoguchi_longest_wait_seconds",
        "gauge",
        "How long the longest-waiting ticket has waited so far (0 when nobody waits).",
    );
    for w in &queue.windows {
        let longest = queue
            .tickets
            .iter()
            .filter(|t| t.window() == w.id && t.queue.state == TicketState::Waiting)
            .map(|t| (queue.now - t.issued_at).num_seconds().max(0))
            .max()
            .unwrap_or(0);
        let _ = writeln!(
            out,
            "madoguchi_longest_wait_seconds{{{}}} {longest}",
            per_window(&w.id)
        );
    }
    let counters: [(&str, &str, Counted); 4] = [
        ("issued", "Tickets issued today.", |_| true),
        ("called", "Tickets called today.", |t| {
            t.queue.called_at.is_some()
        }),
        ("served", "Tickets served today.", |t| {
            t.queue.state == TicketState::Done
        }),
        (
            "not_served",
            "Tickets that ended today without being served (no-shows, and those still waiting at the day's end).",
            |t| matches!(t.queue.state, TicketState::NoShow | TicketState::NotServed),
        ),
    ];
    for (what, help, counted) in counters {
        let name = format!("madoguchi_tickets_{what}_total");
        family(out, &name, "counter", help);
        for w in &queue.windows {
            let n = queue
                .tickets
                .iter()
                .filter(|t| t.window() == w.id && counted(t))
                .count();
            let _ = writeln!(out, "{name}{{{}}} {n}", per_window(&w.id));
        }
    }
    let mut waits: BTreeMap<&str, Histogram> = BTreeMap::new();
    let mut services: BTreeMap<&str, Histogram> = BTreeMap::new();
    for w in &queue.windows {
        waits.entry(&w.id).or_default();
        services.entry(&w.id).or_default();
    }
    for t in &queue.tickets {
        if let (Some(called), Some(h)) = (t.queue.called_at, waits.get_mut(t.window())) {
            h.observe(
                &WAIT_BUCKETS,
                (called - t.issued_at).num_seconds().max(0) as f64,
            );
        }
        if let (TicketState::Done, Some(start), Some(end), Some(h)) = (
            t.queue.state,
            t.queue.serving_at,
            t.queue.finished_at,
            services.get_mut(t.window()),
        ) {
            h.observe(&SERVICE_BUCKETS, (end - start).num_seconds().max(0) as f64);
        }
    }
    family(
        out,
        "madoguchi_wait_seconds",
        "histogram",
        "Today's waits from issue to call.",
    );
    for (w, h) in &waits {
        h.write(out, "madoguchi_wait_seconds", &per_window(w), &WAIT_BUCKETS);
    }
    family(
        out,
        "madoguchi_service_seconds",
        "histogram",
        "Today's service times from the start at the desk to done.",
    );
    for (w, h) in &services {
        h.write(
            out,
            "madoguchi_service_seconds",
            &per_window(w),
            &SERVICE_BUCKETS,
        );
    }
}

fn write_kiosks(out: &mut String, shared: &Shared) {
    let rows = shared.fleet.rows();
    let each = |out: &mut String,
                name: &str,
                kind: &str,
                help: &str,
                value: &dyn Fn(&super::kiosks::KioskRow) -> u64| {
        family(out, name, kind, help);
        for r in rows.iter() {
            let _ = writeln!(
                out,
                "{name}{{office=\"{}\",kiosk=\"{}\"}} {}",
                label(&r.office),
                label(&r.kiosk),
                value(r)
            );
        }
    };
    each(
        out,
        "madoguchi_kiosk_up",
        "gauge",
        "1 while the kiosk's heartbeat comes; 0 once it is silent.",
        &|r| u64::from(!r.silent),
    );
    each(
        out,
        "madoguchi_kiosk_reader_present",
        "gauge",
        "1 while the kiosk sees its card reader (and pcscd).",
        &|r| u64::from(r.heartbeat.reader && r.heartbeat.pcscd),
    );
    each(
        out,
        "madoguchi_kiosk_paused",
        "gauge",
        "1 while staff have paused ticketing.",
        &|r| u64::from(r.heartbeat.paused),
    );
    each(
        out,
        "madoguchi_kiosk_out_of_service",
        "gauge",
        "1 while the kiosk is out of service.",
        &|r| u64::from(r.heartbeat.out_of_service),
    );
    each(
        out,
        "madoguchi_kiosk_uptime_seconds",
        "gauge",
        "Seconds since the kiosk started.",
        &|r| r.heartbeat.uptime_secs,
    );
    each(
        out,
        "madoguchi_kiosk_cards_read_total",
        "counter",
        "Cards read since the kiosk started.",
        &|r| r.heartbeat.counts.cards_read,
    );
    each(
        out,
        "madoguchi_kiosk_read_failures_total",
        "counter",
        "Card reads that failed since the kiosk started.",
        &|r| r.heartbeat.counts.read_failures,
    );
    each(
        out,
        "madoguchi_kiosk_tickets_printed_total",
        "counter",
        "Tickets printed since the kiosk started.",
        &|r| r.heartbeat.counts.tickets_printed,
    );
    each(
        out,
        "madoguchi_kiosk_print_failures_total",
        "counter",
        "Tickets that could not be printed since the kiosk started.",
        &|r| r.heartbeat.counts.print_failures,
    );
    family(
        out,
        "madoguchi_kiosk_printer",
        "gauge",
        "The kiosk's printer: 1 for the state it last reported, 0 for the others.",
    );
    for r in rows.iter() {
        for state in PrinterHealth::ALL {
            let _ = writeln!(
                out,
                "madoguchi_kiosk_printer{{office=\"{}\",kiosk=\"{}\",state=\"{}\"}} {}",
                label(&r.office),
                label(&r.kiosk),
                state.id(),
                u64::from(r.heartbeat.printer == state)
            );
        }
    }
}

fn write_http(out: &mut String, shared: &Shared) {
    family(
        out,
        "madoguchi_http_requests_total",
        "counter",
        "HTTP requests answered since the server started, by route and status.",
    );
    if let Ok(answered) = shared.requests.answered.lock() {
        for ((route, status), n) in answered.iter() {
            let _ = writeln!(
                out,
                "madoguchi_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}",
                label(route)
            );
        }
    }
    family(
        out,
        "madoguchi_http_request_duration_seconds",
        "histogram",
        "How long the server took to answer (to the first byte of a live stream).",
    );
    if let Ok(durations) = shared.requests.durations.lock() {
        for (route, h) in durations.iter() {
            h.write(
                out,
                "madoguchi_http_request_duration_seconds",
                &format!("route=\"{}\"", label(route)),
                &REQUEST_BUCKETS,
            );
        }
    }
    family(
        out,
        "madoguchi_event_streams",
        "gauge",
        "Live event streams open now, by who they are for.",
    );
    let open = shared.streams.open();
    for (audience, name) in [
        (Audience::Phone, "phone"),
        (Audience::Lobby, "lobby"),
        (Audience::Public, "public"),
    ] {
        let n = open.get(&audience).copied().unwrap_or(0);
        let _ = writeln!(out, "madoguchi_event_streams{{audience=\"{name}\"}} {n}");
    }
}

/// `GET /metrics`: off unless `server.metrics`; only for `server.metrics_allow`.
pub(super) async fn page(
    State(shared): State<Arc<Shared>>,
    Peer(peer): Peer,
) -> Result<Response, Failure> {
    let server = &shared.config.server;
    if !server.metrics {
        return Err(Failure::NotFound(
            "metrics are off; set server.metrics = true in kiosk.toml".into(),
        ));
    }
    if !peer.is_some_and(|ip| server.metrics_allow.iter().any(|r| r.contains(ip))) {
        return Err(Failure::Forbidden(
            "this address may not read the metrics; add it to server.metrics_allow".into(),
        ));
    }
    let queue = shared
        .read(|store, config, now| {
            store.writable()?;
            let tickets = store.tickets_on(now.date())?;
            Ok(Queue {
                windows: queue_status(config, &tickets),
                tickets,
                now,
            })
        })
        .await;
    let mut out = String::with_capacity(16 * 1024);
    family(
        &mut out,
        "madoguchi_build_info",
        "gauge",
        "The madoguchi version serving.",
    );
    let _ = writeln!(
        out,
        "madoguchi_build_info{{version=\"{}\"}} 1",
        env!("CARGO_PKG_VERSION")
    );
    family(
        &mut out,
        "madoguchi_database_up",
        "gauge",
        "1 when the ticket database answers and takes writes.",
    );
    let _ = writeln!(out, "madoguchi_database_up {}", u8::from(queue.is_ok()));
    if let Ok(queue) = &queue {
        write_queue(&mut out, shared.config.municipality.office_id(), queue);
    }
    write_kiosks(&mut out, &shared);
    write_http(&mut out, &shared);
    Ok((
        StatusCode::OK,
        [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        out,
    )
        .into_response())
}
