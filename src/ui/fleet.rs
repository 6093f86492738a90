//! The kiosk as one of the city's: its heartbeat to the store every 15 s, and what administrators ask of it from `/kiosks`, done within 5 s as staff's own buttons would.

use std::time::Instant;

use chrono::NaiveDateTime;

use crate::card::watcher::CardEvent;
use crate::config::{Config, PrinterDriver};
use crate::fleet::{
    BEAT_EVERY, Counts, Heartbeat, KioskOrder, ORDERS_EVERY, PrinterHealth, RemoteAction,
};
use crate::maintenance::desk;
use crate::maintenance::health::{PrinterCheck, check_printer};
use crate::session::Screen;
use crate::tickets::{Hold, KioskSetting, PrintOutcome, SharedStore, StoreError};

use super::staff::store_text;
use super::{App, Handed, Job, Message};

/// What the kiosk keeps to tell the city about itself.
pub struct Beacon {
    pub id: String,
    beat: u64,
    counts: Counts,
    printer: PrinterHealth,
    /// Taken out of service from `/kiosks`: residents see the out-of-service screen.
    pub out_of_service: bool,
    last_beat: Option<Instant>,
    last_look: Option<Instant>,
    in_flight: bool,
    /// The remote reprints being printed, by order id.
    reprinting: std::collections::BTreeSet<i64>,
    voice: bool,
}

impl Beacon {
    pub fn new(config: &Config) -> Beacon {
        Beacon {
            id: config.kiosk.id(),
            beat: 0,
            counts: Counts::default(),
            printer: match config.printer.driver {
                PrinterDriver::None => PrinterHealth::None,
                _ => PrinterHealth::Ok,
            },
            out_of_service: false,
            last_beat: None,
            last_look: None,
            in_flight: false,
            reprinting: std::collections::BTreeSet::new(),
            voice: config.accessibility.voice == crate::config::VoiceMode::Off
                || config.accessibility.engines.present(),
        }
    }

    /// Counts what a message tells of cards read and tickets printed.
    pub fn count(&mut self, message: &Message) {
        let c = &mut self.counts;
        match message {
            Message::Card(CardEvent::FactsReady { .. }) => c.cards_read += 1,
            Message::Card(CardEvent::ReadFailed { .. }) => c.read_failures += 1,
            Message::Issued(Ok(Handed::Ticket(issued))) => match issued.report.outcome {
                PrintOutcome::Printed => c.tickets_printed += 1,
                PrintOutcome::Failed(_) | PrintOutcome::Interrupted => c.print_failures += 1,
                PrintOutcome::Pending | PrintOutcome::NoPrinter => {}
            },
            Message::PrinterChecked(check) => self.printer = health_of(check),
            _ => {}
        }
    }
}

/// The printer's state as city IT reads it.
fn health_of(check: &PrinterCheck) -> PrinterHealth {
    match check.finding.key {
        "printer-fine" | "printer-file" | "printer-usb-ready" => PrinterHealth::Ok,
        "printer-paper-near-end" => PrinterHealth::PaperLow,
        "printer-paper-end" => PrinterHealth::PaperOut,
        "printer-cover-open" => PrinterHealth::CoverOpen,
        "printer-unreachable" | "printer-no-answer" | "printer-unplugged" => {
            PrinterHealth::Unreachable
        }
        "printer-none" => PrinterHealth::None,
        _ => PrinterHealth::Fault,
    }
}

/// The heartbeat and the orders' look, as handed off the UI thread.
#[derive(Clone, Debug)]
pub struct FleetJob {
    /// The heartbeat to write, when one is due; its printer is asked first when `ask_printer`.
    beat: Option<Heartbeat>,
    ask_printer: bool,
}

/// What came back: the printer's answer, and the orders waiting for this kiosk.
#[derive(Clone, Debug)]
pub struct FleetRead {
    printer: Option<PrinterCheck>,
    orders: Result<Vec<KioskOrder>, StoreError>,
}

impl App {
    /// A look for orders every 2 s, with a heartbeat every 15 s; the printer is asked only
    /// while nobody is at the kiosk, never in the middle of a ticket.
    pub(super) fn fleet_due(&mut self) -> Option<Job> {
        let now = self.clock.instant();
        let b = &self.beacon;
        if self.store.is_none()
            || b.in_flight
            || b.last_look.is_some_and(|t| now - t < ORDERS_EVERY)
        {
            return None;
        }
        let beat_due = b.last_beat.is_none_or(|t| now - t >= BEAT_EVERY);
        let idle = matches!(
            self.session.screen(),
            Screen::Waiting | Screen::OutOfService(_)
        );
        let beat = beat_due.then(|| self.heartbeat(now));
        let b = &mut self.beacon;
        b.last_look = Some(now);
        b.in_flight = true;
        if beat_due {
            b.last_beat = Some(now);
        }
        Some(Job::Fleet(FleetJob {
            ask_printer: beat.is_some() && idle,
            beat,
        }))
    }

    fn heartbeat(&mut self, now: Instant) -> Heartbeat {
        self.beacon.beat += 1;
        let b = &self.beacon;
        Heartbeat {
            kiosk: b.id.clone(),
            at: self.clock.now(),
            beat: b.beat,
            printer: b.printer,
            reader: self.staff.reader.name.is_some(),
            pcscd: !self.staff.reader.service_down,
            voice: b.voice,
            paused: self.staff.ticketing_paused || self.staff.remote_paused,
            out_of_service: b.out_of_service,
            version: env!("CARGO_PKG_VERSION").to_owned(),
            uptime_secs: now.saturating_duration_since(self.staff.started).as_secs(),
            screen: super::screen_kind(self.session.screen()).to_owned(),
            counts: b.counts,
        }
    }

    /// Carries out the orders read for this kiosk: pause and service at once, as staff's
    /// buttons do; a reprint off the UI thread. Each is marked done with its outcome.
    pub(super) fn fleet_read(&mut self, read: FleetRead) -> Vec<Job> {
        self.beacon.in_flight = false;
        if let Some(check) = read.printer {
            self.beacon.printer = health_of(&check);
        }
        let orders = match read.orders {
            Ok(orders) => orders,
            Err(e) => {
                tracing::debug!("the kiosk's orders could not be read: {e}");
                return Vec::new();
            }
        };
        // A reprint still printing is still waiting in the store: it is not printed twice.
        let orders: Vec<KioskOrder> = orders
            .into_iter()
            .filter(|o| !self.beacon.reprinting.contains(&o.id))
            .collect();
        if orders.is_empty() {
            return Vec::new();
        }
        let mut jobs = Vec::new();
        for order in orders {
            tracing::info!("remote {} asked by {}", order.action, order.by);
            let outcome = match &order.action {
                RemoteAction::Pause => self.hold(Hold::Paused, true),
                // Resumed from afar is resumed: a pause staff made at this kiosk ends too,
                // as their own Resume button would end it.
                RemoteAction::Resume => self.hold(Hold::Paused, false).and_then(|()| {
                    if self.staff.ticketing_paused {
                        self.set_ticketing_paused(false)
                    } else {
                        Ok(())
                    }
                }),
                RemoteAction::OutOfService => self.hold(Hold::OutOfService, true),
                RemoteAction::BackInService => self.hold(Hold::OutOfService, false),
                RemoteAction::Reprint(_) => {
                    self.beacon.reprinting.insert(order.id);
                    jobs.push(Job::RemoteReprint(Box::new(order)));
                    continue;
                }
            };
            let local = self.clock.now();
            let said = match outcome {
                Ok(()) => "done".to_owned(),
                Err(e) => format!("failed: {e}"),
            };
            let _ = self.with_store(|s| store_text(s.finish_kiosk_order(&order, &said, local)));
        }
        // What changed shows on /kiosks with the next look, not a beat later.
        self.beacon.last_beat = None;
        jobs
    }

    /// A remote reprint finished (and was marked so in the store).
    pub(super) fn reprinted(&mut self, order: i64) {
        self.beacon.reprinting.remove(&order);
    }

    /// Holds this kiosk (paused, or out of service) from `/kiosks`, or lets it go: kept in
    /// the store under this kiosk's id, so a restart keeps it and no other kiosk takes it.
    fn hold(&mut self, hold: Hold, on: bool) -> Result<(), String> {
        let setting = KioskSetting::Held {
            kiosk: self.beacon.id.clone(),
            hold,
        };
        self.with_store(|s| store_text(s.set_setting(setting, on.then_some("yes"))))?;
        match hold {
            Hold::Paused => self.staff.remote_paused = on,
            Hold::OutOfService => self.beacon.out_of_service = on,
        }
        self.sync_pause();
        Ok(())
    }

    /// What `/kiosks` held this kiosk to before a restart.
    pub(super) fn restore_holds(&mut self) {
        let kiosk = self.beacon.id.clone();
        let held = |hold| {
            let setting = KioskSetting::Held {
                kiosk: kiosk.clone(),
                hold,
            };
            move |s: &dyn crate::tickets::TicketStore| store_text(s.setting(setting))
        };
        self.staff.remote_paused = self
            .with_store(held(Hold::Paused))
            .is_ok_and(|v| v.is_some());
        self.beacon.out_of_service = self
            .with_store(held(Hold::OutOfService))
            .is_ok_and(|v| v.is_some());
    }
}

/// The heartbeat written and the orders read, off the UI thread.
pub fn run_fleet_job(
    job: &FleetJob,
    store: Option<SharedStore>,
    config: &Config,
    kiosk: &str,
) -> Message {
    let printer = job.ask_printer.then(|| check_printer(&config.printer));
    let orders = (|| {
        let store = store.ok_or_else(|| StoreError::Other("no ticket database".into()))?;
        let store = store
            .lock()
            .map_err(|_| StoreError::Other("the ticket store is unavailable".into()))?;
        if let Some(mut beat) = job.beat.clone() {
            if let Some(check) = &printer {
                beat.printer = health_of(check);
            }
            store.beat(&beat)?;
        }
        store.kiosk_orders(kiosk)
    })();
    Message::Fleet(Box::new(FleetRead { printer, orders }))
}

/// A reprint asked from `/kiosks`, printed and marked done with how it went.
pub fn run_remote_reprint(
    order: &KioskOrder,
    store: Option<SharedStore>,
    config: &Config,
    local: NaiveDateTime,
) -> Message {
    let done = (|| -> Result<(), String> {
        let store = store.ok_or("the ticket database could not be opened")?;
        let store = store
            .lock()
            .map_err(|_| "the ticket database is unavailable".to_owned())?;
        let outcome = (|| -> Result<(), String> {
            let number = order.action.ticket().ok_or("no ticket named")?;
            let ticket = store_text(store.find(local.date(), number))?;
            let report = store_text(desk::reprint(store.as_ref(), config, &ticket, local))?;
            match report.outcome {
                PrintOutcome::Printed | PrintOutcome::NoPrinter => Ok(()),
                other => Err(other.to_string()),
            }
        })();
        let said = match &outcome {
            Ok(()) => "done".to_owned(),
            Err(e) => format!("failed: {e}"),
        };
        store_text(store.finish_kiosk_order(order, &said, local))?;
        outcome
    })();
    Message::RemoteReprinted {
        order: order.id,
        number: order.action.to_string(),
        done,
    }
}
