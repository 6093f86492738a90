//! What staff do from maintenance mode: today's figures, reprinting and voiding tickets, a test page, reloading kiosk.toml.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, Timelike};

use crate::config::{Config, ConfigError};
use crate::domain::TicketNumber;
use crate::i18n::Arg;
use crate::i18n::{Catalog, PRIMARY_LANGUAGE};
use crate::printer::layout::{self, TicketView};
use crate::printer::{self, PrintReport, TicketDetails, ticket_view};
use crate::queue::{Move, State};
use crate::tickets::{PrintOutcome, StoreError, Ticket, TicketStore};

/// One counter's day, for the Today screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CounterDay {
    pub window: String,
    pub issued: u32,
    pub last_number: Option<TicketNumber>,
    /// Issued but not printed (failed, interrupted, no printer), void ones aside.
    pub unprinted: u32,
    pub voided: u32,
    /// Tickets issued per hour of the day (Asia/Tokyo).
    pub by_hour: BTreeMap<u32, u32>,
}

/// Today's tickets per counter, in kiosk.toml's order of counters.
pub fn today(
    store: &dyn TicketStore,
    config: &Config,
    day: NaiveDate,
) -> Result<Vec<CounterDay>, StoreError> {
    let tickets = store.tickets_on(day)?;
    Ok(config
        .windows
        .iter()
        .map(|w| {
            let mut d = CounterDay {
                window: w.id.clone(),
                ..CounterDay::default()
            };
            for t in tickets.iter().filter(|t| t.window() == w.id) {
                d.issued += 1;
                d.last_number = Some(t.number.clone());
                *d.by_hour.entry(t.issued_at.hour()).or_default() += 1;
                if t.queue.state == State::Void {
                    d.voided += 1;
                } else if t.outcome != PrintOutcome::Printed {
                    d.unprinted += 1;
                }
            }
            d
        })
        .collect())
}

/// Why a staff action on a ticket did not happen.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeskError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("ticket {0} is void; it is not printed again")]
    Void(String),
    #[error("no ticket has been issued today")]
    NoneToday,
    #[error("the ticket could not be drawn: {0}")]
    Render(String),
}

/// Prints `ticket` again, marked as a reprint for the counter staff, and records how it went.
pub fn reprint(
    store: &dyn TicketStore,
    config: &Config,
    ticket: &Ticket,
    now: NaiveDateTime,
) -> Result<PrintReport, DeskError> {
    if ticket.queue.state == State::Void {
        return Err(DeskError::Void(ticket.number.to_string()));
    }
    let catalog = Catalog::embedded();
    let details = TicketDetails::for_procedures(&ticket.procedures, config);
    let mut view = ticket_view(ticket, &details, config, catalog);
    let mark = catalog.text(
        PRIMARY_LANGUAGE,
        "ticket-reprint",
        &[("time", Arg::Time(now.time()))],
    );
    view.warning = Some(match view.warning.take() {
        Some(w) => format!("{mark}\n{w}"),
        None => mark,
    });
    let report = print_view(&view, config, &format!("{}-reprint", ticket.number))?;
    store.record_print(ticket.id, &report.outcome, now)?;
    Ok(report)
}

/// The day's latest ticket.
pub fn last_ticket(store: &dyn TicketStore, day: NaiveDate) -> Result<Ticket, DeskError> {
    store
        .tickets_on(day)?
        .into_iter()
        .max_by_key(|t| t.id)
        .ok_or(DeskError::NoneToday)
}

/// The name maintenance mode's moves are recorded under: its PIN is the staff's, not a person's.
pub const MAINTENANCE: &str = "maintenance";

/// Marks a ticket void: the number is not called and not printed again.
pub fn void(store: &dyn TicketStore, ticket: &Ticket, now: NaiveDateTime) -> Result<(), DeskError> {
    let by = MAINTENANCE.to_owned();
    store.advance(ticket.day, &ticket.number, &Move::Void { by }, now)?;
    Ok(())
}

/// A test page: the date and time, and a sample of the characters tickets use, in both languages.
pub fn test_page(config: &Config, now: NaiveDateTime) -> TicketView {
    let catalog = Catalog::embedded();
    let mut lines = Vec::new();
    for lang in ["ja", "en"] {
        lines.push(catalog.text(
            lang,
            "ticket-issued",
            &[
                ("date", Arg::Date(now.date())),
                ("time", Arg::Time(now.time())),
            ],
        ));
        lines.push(catalog.text(lang, "test-page-sample", &[]));
    }
    TicketView {
        header: vec![
            config.municipality.name.get(PRIMARY_LANGUAGE).to_owned(),
            catalog.text(PRIMARY_LANGUAGE, "test-page-title", &[]),
            catalog.text("en", "test-page-title", &[]),
        ],
        issued: String::new(),
        number_label: String::new(),
        number: "0123456789".into(),
        counter: String::new(),
        counter_label: String::new(),
        wait: None,
        elsewhere: Vec::new(),
        procedures: Vec::new(),
        language: PRIMARY_LANGUAGE.into(),
        staff: Vec::new(),
        bring_title: String::new(),
        checklist: Vec::new(),
        notes: lines,
        warning: Some("ESC/POS GS v 0".into()),
        qr: Vec::new(),
        footer: catalog.text(PRIMARY_LANGUAGE, "test-page-footer", &[]),
    }
}

/// Draws and prints a view on the configured printer.
pub fn print_view(
    view: &TicketView,
    config: &Config,
    name: &str,
) -> Result<PrintReport, DeskError> {
    let raster = layout::render(view, config.printer.width_dots()).map_err(DeskError::Render)?;
    Ok(printer::print(&config.printer, &raster, name))
}

/// Reads kiosk.toml again; on any problem the running configuration stays and the error says why.
pub fn reload(path: &Path) -> Result<Config, ConfigError> {
    Config::load(path)
}
