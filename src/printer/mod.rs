//! The ticket on paper: what it says, drawn to a raster, sent as ESC/POS to the printer, and how that went.

pub mod escpos;
pub mod layout;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use escpos::PrinterState;
use layout::{Raster, TicketView};

use crate::advise::checklist_line;
use chrono::NaiveDate;

use crate::card::Genuineness;
use crate::config::{Config, Printer, PrinterDriver};
use crate::domain::{Answers, CardFacts, CardKind, ChecklistItem, Procedure, Status};
use crate::i18n::{Arg, Sentence};
use crate::i18n::{Catalog, PRIMARY_LANGUAGE};
use crate::rules::{plan_procedures, visit_and_fee};
use crate::tickets::{Order, PrintOutcome, Ticket};

/// A print that has not finished by then has failed (the ticket stays issued).
pub const PRINT_DEADLINE: Duration = Duration::from_secs(5);
/// How long to wait for one status byte.
const STATUS_WAIT: Duration = Duration::from_millis(800);

/// What the ticket says besides its number and brief: from the advice the resident was given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TicketDetails {
    pub checklist: Vec<ChecklistItem>,
    pub notes: Vec<Sentence>,
    /// Printed for the clerk, never kept in the queue record (the certificate's end date is
    /// the holder's birthday).
    pub cert_expiry: Option<NaiveDate>,
    pub card_expiry: Option<NaiveDate>,
}

impl TicketDetails {
    /// For a ticket issued for procedures alone (by staff, or from the command line): the
    /// holder, with the card those procedures need.
    pub fn for_procedures(procedures: &[Procedure], config: &Config) -> TicketDetails {
        let needs_card = procedures
            .iter()
            .any(|p| !matches!(p, Procedure::CardApplication | Procedure::CardReissue));
        let card = CardFacts {
            kind: CardKind::MyNumberCard,
            auth_cert_expiry: None,
            card_expiry: None,
            auth_pin_tries_left: None,
            sign_pin_tries_left: None,
        };
        let answers = Answers::default();
        let plan = plan_procedures(
            Status::Valid,
            procedures.to_vec(),
            needs_card.then_some(&card),
            &answers,
            config,
        );
        TicketDetails {
            checklist: plan.checklist.clone(),
            notes: visit_and_fee(&plan, &answers),
            ..TicketDetails::default()
        }
    }
}

/// Everything printed on `ticket`, in its language, with the procedures in Japanese for staff.
pub fn ticket_view(
    ticket: &Ticket,
    details: &TicketDetails,
    config: &Config,
    catalog: &Catalog,
) -> TicketView {
    let lang = ticket.language.as_str();
    let window = config.window(ticket.window());
    let mut header = vec![config.municipality.name.get(lang)];
    if let Some(office) = &config.municipality.office {
        header.push(office.get(lang));
    }
    let procedure_names = |l: &str| -> Vec<String> {
        ticket
            .procedures
            .iter()
            .map(|p| catalog.text(l, &format!("procedure-{}", p.id()), &[]))
            .collect()
    };
    let staff = staff_block(ticket, details, &procedure_names(PRIMARY_LANGUAGE), catalog);
    // The warning is for staff, in Japanese; a resident of another language reads only what
    // they are asked to do (show the card), never a message about them meant for staff.
    let warning_key = match ticket.brief.genuineness {
        Some(Genuineness::Unverified) => Some(("ticket-check-card", "conclusion-title-unverified")),
        Some(Genuineness::TestCard) => Some(("ticket-test-card", "ticket-test-card")),
        _ => None,
    };
    let warning = warning_key.map(|(staff, resident)| {
        let ja = catalog.text(PRIMARY_LANGUAGE, staff, &[]);
        if lang == PRIMARY_LANGUAGE || staff == resident {
            ja
        } else {
            format!("{ja}\n{}", catalog.text(lang, resident, &[]))
        }
    });
    let phone = ticket
        .phone_token
        .as_deref()
        .and_then(|token| config.server.phone_page(token))
        .map(|url| (url, catalog.text(lang, "ticket-follow-on-phone", &[])));
    let info = ticket
        .procedures
        .iter()
        .find_map(|p| config.tickets.qr.get(p))
        .map(|url| (url.clone(), catalog.text(lang, "ticket-more-info", &[])));
    let qr = phone.into_iter().chain(info).collect();
    TicketView {
        header,
        issued: catalog.text(
            lang,
            "ticket-issued",
            &[
                ("date", Arg::Date(ticket.issued_at.date())),
                ("time", Arg::Time(ticket.issued_at.time())),
            ],
        ),
        number_label: catalog.text(lang, "ticket-your-number", &[]),
        number: ticket.number.to_string(),
        counter: catalog.text(
            lang,
            "ticket-counter",
            &[(
                "number",
                Arg::Count(window.map_or(0, |w| i64::from(w.number))),
            )],
        ),
        counter_label: window.map_or_else(String::new, |w| w.label.get(lang)),
        wait: None,
        elsewhere: Vec::new(),
        language: lang.to_owned(),
        procedures: procedure_names(lang),
        staff,
        bring_title: catalog.text(lang, "ticket-bring", &[]),
        checklist: details
            .checklist
            .iter()
            .map(|item| checklist_line(item, lang, ticket.brief.visitor, config, catalog))
            .collect(),
        notes: details
            .notes
            .iter()
            .map(|s| catalog.sentence(lang, s))
            .collect(),
        warning,
        qr,
        footer: catalog.text(lang, "ticket-please-wait", &[]),
    }
}

/// The slip printed when no database takes the ticket (ATMs never leave a customer without
/// a receipt): everything a ticket says but the number, which it never has, so no number can
/// be given twice; in its place the line sending the resident to the reception desk, in
/// the resident's language and in Japanese for staff.
pub fn slip_view(
    order: &Order,
    details: &TicketDetails,
    config: &Config,
    catalog: &Catalog,
    now: chrono::NaiveDateTime,
) -> TicketView {
    let ticket = Ticket {
        // No store holds it, so no phone page can follow it.
        phone_token: None,
        ..order.ticket(now, 0)
    };
    let mut view = ticket_view(&ticket, details, config, catalog);
    let lang = ticket.language.as_str();
    let ja = catalog.text(PRIMARY_LANGUAGE, "slip-show-staff", &[]);
    view.number_label = if lang == PRIMARY_LANGUAGE {
        ja
    } else {
        format!("{}\n{ja}", catalog.text(lang, "slip-show-staff", &[]))
    };
    view.number = String::new();
    if view.staff.is_empty() {
        view.staff
            .push(catalog.text(PRIMARY_LANGUAGE, "ticket-staff-title", &[]));
    }
    view.staff
        .push(catalog.text(PRIMARY_LANGUAGE, "ticket-staff-slip", &[]));
    view.footer = catalog.text(lang, "slip-footer", &[]);
    view
}

/// The clerk's block of the ticket: its title, then [`clerk_notes`].
fn staff_block(
    ticket: &Ticket,
    details: &TicketDetails,
    procedures_ja: &[String],
    catalog: &Catalog,
) -> Vec<String> {
    let ja = |key: &str, args: &[(&str, Arg)]| catalog.text(PRIMARY_LANGUAGE, key, args);
    let mut lines = Vec::new();
    if ticket.procedures.is_empty() {
        lines.push(ja("ticket-staff-consultation", &[]));
    } else if ticket.language != PRIMARY_LANGUAGE {
        // A Japanese ticket prints the procedures in Japanese already.
        lines.push(ja(
            "ticket-staff-procedures",
            &[("procedures", Arg::Text(procedures_ja.join("、")))],
        ));
    }
    lines.extend(clerk_notes(ticket, details, catalog));
    if ticket.language != PRIMARY_LANGUAGE {
        let name = catalog.text(&ticket.language, "language-name-in-japanese", &[]);
        lines.push(ja(
            "ticket-staff-language",
            &[("language", Arg::Text(name))],
        ));
    }
    if !lines.is_empty() {
        lines.insert(0, ja("ticket-staff-title", &[]));
    }
    lines
}

/// What the kiosk read and was told (the brief), in Japanese whatever the resident's
/// language, with the certificate's dates, which only the paper carries. The counter
/// console shows them too (without dates: the queue record has none; the language has a
/// badge of its own there).
pub fn clerk_notes(ticket: &Ticket, details: &TicketDetails, catalog: &Catalog) -> Vec<String> {
    let ja = |key: &str, args: &[(&str, Arg)]| catalog.text(PRIMARY_LANGUAGE, key, args);
    let brief = &ticket.brief;
    let mut lines = Vec::new();
    if let Some(status) = brief.status {
        lines.push(ja(
            "ticket-staff-status",
            &[("status", Arg::Key(format!("staff-status-{}", status.id())))],
        ));
        match details.cert_expiry {
            Some(date) => lines.push(ja("ticket-staff-cert", &[("date", Arg::Date(date))])),
            None if status == Status::NoCertificate => lines.push(ja("ticket-staff-no-cert", &[])),
            None => {}
        }
        if let Some(date) = details.card_expiry {
            lines.push(ja("ticket-staff-card", &[("date", Arg::Date(date))]));
        }
    }
    if brief.auth_pin_locked {
        lines.push(ja("ticket-staff-auth-locked", &[]));
    }
    if brief.sign_pin_locked {
        lines.push(ja("ticket-staff-sign-locked", &[]));
    }
    if let Some(reason) = brief.no_card_reason {
        lines.push(ja(
            "ticket-staff-no-card",
            &[("reason", Arg::Text(reason.id().into()))],
        ));
    }
    if let Some(visitor) = brief.visitor {
        lines.push(ja(
            "ticket-staff-visitor",
            &[("visitor", Arg::Text(visitor.id().into()))],
        ));
    }
    if let Some(has) = brief.inquiry_form {
        let has = if has { "yes" } else { "no" };
        lines.push(ja(
            "ticket-staff-inquiry-form",
            &[("has", Arg::Text(has.into()))],
        ));
    }
    if let Some(from) = brief.asked_from {
        lines.push(ja(
            "ticket-staff-reason",
            &[("screen", Arg::Text(from.id().into()))],
        ));
        if from == crate::tickets::AskedFrom::CouldNotRead {
            lines.push(ja("ticket-staff-unreadable", &[]));
        }
    }
    lines
}

/// How a print went, and what the printer said about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintReport {
    pub outcome: PrintOutcome,
    pub state: Option<PrinterState>,
}

impl PrintReport {
    fn failed(reason: impl Into<String>, state: Option<PrinterState>) -> Self {
        PrintReport {
            outcome: PrintOutcome::Failed(reason.into()),
            state,
        }
    }
}

/// Prints `raster` on the configured printer within [`PRINT_DEADLINE`]; `name` names the
/// file driver's output (the ticket number). Never panics, never blocks past the deadline.
pub fn print(printer: &Printer, raster: &Raster, name: &str) -> PrintReport {
    let bytes = escpos::ticket_bytes(raster);
    match printer.driver {
        PrinterDriver::None => PrintReport {
            outcome: PrintOutcome::NoPrinter,
            state: None,
        },
        PrinterDriver::File => match &printer.directory {
            Some(dir) => to_files(dir, name, &bytes, raster),
            None => PrintReport::failed("no_directory", None),
        },
        PrinterDriver::Usb => match &printer.device {
            Some(device) => with_deadline({
                let device = device.clone();
                move || to_usb(&device, &bytes)
            }),
            None => PrintReport::failed("no_device", None),
        },
        PrinterDriver::Tcp => match printer.address.clone() {
            Some(address) => with_deadline(move || to_tcp(&address, &bytes)),
            None => PrintReport::failed("no_address", None),
        },
    }
}

/// Runs a print on its own thread, so a printer that hangs cannot hold the kiosk.
fn with_deadline(job: impl FnOnce() -> PrintReport + Send + 'static) -> PrintReport {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(job());
    });
    rx.recv_timeout(PRINT_DEADLINE)
        .unwrap_or_else(|_| PrintReport::failed("timeout", None))
}

fn to_files(dir: &Path, name: &str, bytes: &[u8], raster: &Raster) -> PrintReport {
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        std::fs::write(dir.join(format!("{name}.escpos")), bytes)?;
        let png = raster.png().map_err(std::io::Error::other)?;
        std::fs::write(dir.join(format!("{name}.png")), png)
    };
    match write() {
        Ok(()) => PrintReport {
            outcome: PrintOutcome::Printed,
            state: Some(PrinterState::default()),
        },
        Err(e) => PrintReport::failed(format!("io: {e}"), None),
    }
}

/// USB printer class devices take the bytes; their status answers are not read here.
fn to_usb(device: &Path, bytes: &[u8]) -> PrintReport {
    let result = std::fs::OpenOptions::new()
        .write(true)
        .open(device)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.flush()));
    match result {
        Ok(()) => PrintReport {
            outcome: PrintOutcome::Printed,
            state: None,
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            PrintReport::failed("unplugged", None)
        }
        Err(e) => PrintReport::failed(format!("io: {e}"), None),
    }
}

/// Asks the three real-time statuses on an open link.
fn ask_status(stream: &mut TcpStream) -> Result<PrinterState, &'static str> {
    let mut answers = [0u8; 3];
    for (i, request) in [
        escpos::STATUS_PRINTER,
        escpos::STATUS_OFFLINE,
        escpos::STATUS_PAPER,
    ]
    .iter()
    .enumerate()
    {
        stream.write_all(request).map_err(|_| "unreachable")?;
        let mut byte = [0u8; 1];
        stream.read_exact(&mut byte).map_err(|_| "no_answer")?;
        answers[i] = byte[0];
    }
    PrinterState::parse(answers[0], answers[1], answers[2]).map_err(|_| "garbled_status")
}

fn connect(address: &str) -> Result<TcpStream, &'static str> {
    let addr: SocketAddr = address
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .ok_or("unreachable")?;
    let stream =
        TcpStream::connect_timeout(&addr, Duration::from_secs(2)).map_err(|_| "unreachable")?;
    let _ = stream.set_read_timeout(Some(STATUS_WAIT));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(3)));
    let _ = stream.set_nodelay(true);
    Ok(stream)
}

/// What a network printer says about itself now (`DLE EOT`), within [`PRINT_DEADLINE`]:
/// the reason in the words of a failed print when it cannot be asked.
pub fn ask_tcp_printer(address: &str) -> Result<PrinterState, &'static str> {
    let address = address.to_owned();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(connect(&address).and_then(|mut s| ask_status(&mut s)));
    });
    rx.recv_timeout(PRINT_DEADLINE).unwrap_or(Err("timeout"))
}

fn to_tcp(address: &str, bytes: &[u8]) -> PrintReport {
    let mut stream = match connect(address) {
        Ok(s) => s,
        Err(reason) => return PrintReport::failed(reason, None),
    };
    let before = match ask_status(&mut stream) {
        Ok(state) => state,
        Err(reason) => return PrintReport::failed(reason, None),
    };
    if let Some(problem) = before.blocking_problem() {
        return PrintReport::failed(problem, Some(before));
    }
    if stream.write_all(bytes).is_err() {
        return PrintReport::failed("unreachable", Some(before));
    }
    // The status after the job tells whether the paper ran out on this ticket.
    match ask_status(&mut stream) {
        Ok(after) => match after.blocking_problem() {
            Some(problem) => PrintReport::failed(problem, Some(after)),
            None => PrintReport {
                outcome: PrintOutcome::Printed,
                state: Some(after),
            },
        },
        Err(reason) => PrintReport::failed(reason, Some(before)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_print_that_does_not_finish_in_five_seconds_has_failed() {
        let started = std::time::Instant::now();
        let report = with_deadline(|| {
            std::thread::sleep(PRINT_DEADLINE + Duration::from_secs(2));
            PrintReport {
                outcome: PrintOutcome::Printed,
                state: None,
            }
        });
        assert_eq!(report.outcome, PrintOutcome::Failed("timeout".into()));
        assert!(started.elapsed() < PRINT_DEADLINE + Duration::from_millis(500));
    }
}
