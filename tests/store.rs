//! The store conformance suite: the same behaviour of the queue, run against a real SQLite file and a real PostgreSQL server the tests start themselves.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use common::postgres::{PgCluster, unique};
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::domain::Procedure;
use madoguchi::domain::TransferTarget;
use madoguchi::domain::{Database, TicketNumber};
use madoguchi::fleet::{Counts, Heartbeat, PrinterHealth, RemoteAction};
use madoguchi::maintenance::desk;
use madoguchi::queue::{self, EventKind, Move, MoveError, State};
use madoguchi::secret::pin::EntryLock;
use madoguchi::staff::{Account, ConsoleSession, Role, Seat};
use madoguchi::tickets::{
    self, Accounts as _, KioskSetting, Kiosks as _, Order, PrintOutcome, StoreError, Ticket,
    TicketStore, queue_status,
};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const MORNING: &str = "2027-05-06T09:00:00";

fn by(name: &str) -> String {
    name.to_owned()
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Sqlite,
    Postgres,
}

/// One test's store: its own SQLite file, or its own office in the shared PostgreSQL
/// database (offices share nothing, which a test below checks).
struct Backend {
    kind: Kind,
    dir: tempfile::TempDir,
    database: Database,
    office: String,
}

/// The one database of the shared cluster that the suite's tests use.
fn shared_database() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| PgCluster::shared().create_database("conformance"))
}

impl Backend {
    /// A PostgreSQL database of its own, for a test that ends or holds connections.
    fn own_postgres_database() -> Backend {
        let name = unique("own");
        Backend {
            kind: Kind::Postgres,
            dir: tempfile::tempdir().unwrap(),
            database: Database::Postgres(PgCluster::shared().create_database(&name)),
            office: unique("office"),
        }
    }

    /// The database's name on the server.
    fn database_name(&self) -> &str {
        match &self.database {
            Database::Postgres(url) => url
                .rsplit('/')
                .next()
                .and_then(|name| name.split('?').next())
                .unwrap_or_default(),
            Database::Sqlite(_) => "",
        }
    }

    fn new(kind: Kind) -> Backend {
        let dir = tempfile::tempdir().unwrap();
        let database = match kind {
            Kind::Sqlite => Database::Sqlite(dir.path().join("tickets.sqlite")),
            Kind::Postgres => Database::Postgres(shared_database().to_owned()),
        };
        Backend {
            kind,
            dir,
            database,
            office: unique("office"),
        }
    }

    /// kiosk.toml as shipped, on this store and office, printing to files.
    fn config(&self) -> Config {
        let mut config =
            Config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
        config.tickets.database = self.database.clone();
        config.municipality.office_id = Some(self.office.clone());
        config.printer.driver = PrinterDriver::File;
        config.printer.directory = Some(self.dir.path().join("printed"));
        config
    }

    /// A new connection to the store, as another kiosk or desk would open.
    fn open(&self) -> Box<dyn TicketStore> {
        tickets::open(&self.config(), at(MORNING)).unwrap()
    }

    /// The same configuration as a file, for the commands.
    fn config_file(&self) -> PathBuf {
        let database = match &self.database {
            Database::Sqlite(p) => p.display().to_string(),
            Database::Postgres(url) => url.clone(),
        };
        let office = format!("[municipality]\noffice_id = \"{}\"\n", self.office);
        let printed = format!("directory = \"{}/printed\"", self.dir.path().display());
        common::kiosk_toml(
            self.dir.path(),
            &database,
            &[
                ("[municipality]\n", &office),
                ("directory = \"printed-tickets\"", &printed),
                ("\ncalling = false", "\ncalling = true"),
            ],
        )
    }
}

fn order(config: &Config, procedures: &[Procedure]) -> Order {
    Order::for_procedures(config, procedures, "ja").unwrap()
}

fn cert(config: &Config) -> Order {
    order(config, &[Procedure::CertRenewal])
}

fn card(config: &Config) -> Order {
    order(config, &[Procedure::CardRenewal])
}

fn number(s: &str) -> TicketNumber {
    s.parse().unwrap()
}

fn call(store: &dyn TicketStore, window: &str, now: &str) -> Option<String> {
    store
        .call_next(window, "1", "佐藤", at(now))
        .unwrap()
        .map(|t| t.number.to_string())
}

fn advance(store: &dyn TicketStore, n: &str, mv: Move, now: &str) -> Result<Ticket, StoreError> {
    store.advance(at(now).date(), &number(n), &mv, at(now))
}

fn refusal(result: Result<Ticket, StoreError>) -> MoveError {
    match result {
        Err(StoreError::Refused { reason, .. }) => *reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn numbers_on(store: &dyn TicketStore, d: &str) -> Vec<String> {
    store
        .tickets_on(day(d))
        .unwrap()
        .iter()
        .map(|t| t.number.to_string())
        .collect()
}

fn numbers_run_per_window_from_the_start_number(b: &Backend) {
    let config = b.config();
    let store = b.open();
    let mut cards = card(&config);
    cards.start = 101;
    for o in [
        cert(&config),
        cert(&config),
        cards.clone(),
        cert(&config),
        cards,
    ] {
        store.issue(&o, at(MORNING)).unwrap();
    }
    assert_eq!(
        numbers_on(store.as_ref(), "2027-05-06"),
        ["A-001", "A-002", "B-101", "A-003", "B-102"]
    );
    let t = store.find(day("2027-05-06"), &number("B-102")).unwrap();
    assert_eq!(t.queue.state, State::Waiting);
    assert_eq!(t.window(), "cards");
    assert_eq!(t.procedures, [Procedure::CardRenewal]);
}

fn the_daily_cap_ends_a_windows_day_without_using_a_number(b: &Backend) {
    let config = b.config();
    let store = b.open();
    let mut capped = card(&config);
    capped.daily_cap = Some(2);
    store.issue(&capped, at(MORNING)).unwrap();
    store.issue(&capped, at(MORNING)).unwrap();
    assert_eq!(
        store.issue(&capped, at(MORNING)).unwrap_err(),
        StoreError::CapReached {
            window: "cards".into(),
            cap: 2
        }
    );
    // The refusal took no number: one more allowed is the third.
    capped.daily_cap = Some(3);
    assert_eq!(
        store
            .issue(&capped, at(MORNING))
            .unwrap()
            .number
            .to_string(),
        "B-003"
    );
    assert_eq!(
        store
            .issue(&cert(&config), at(MORNING))
            .unwrap()
            .number
            .to_string(),
        "A-001",
        "the cap is the window's alone"
    );
}

fn a_new_day_starts_the_numbers_again_and_closes_the_old_line(b: &Backend) {
    let config = b.config();
    let store = b.open();
    store
        .issue(&cert(&config), at("2027-05-06T16:50:00"))
        .unwrap();
    store
        .issue(&cert(&config), at("2027-05-06T16:55:00"))
        .unwrap();
    call(store.as_ref(), "certificates", "2027-05-06T17:00:00").unwrap();
    advance(
        store.as_ref(),
        "A-001",
        Move::Finish { by: by("佐藤") },
        "2027-05-06T17:05:00",
    )
    .unwrap();
    let next_morning = at("2027-05-07T08:30:00");
    let before = store.last_event().unwrap();
    assert_eq!(
        store
            .close_days_before(next_morning.date(), next_morning)
            .unwrap(),
        1
    );
    let yesterday = store.tickets_on(day("2027-05-06")).unwrap();
    assert_eq!(
        yesterday.iter().map(|t| t.queue.state).collect::<Vec<_>>(),
        [State::Done, State::NotServed]
    );
    let status = queue_status(&config, &yesterday);
    assert_eq!((status[0].served, status[0].not_served), (1, 1));
    let closed: Vec<(EventKind, String)> = store
        .events_after(before, 10)
        .unwrap()
        .into_iter()
        .map(|e| (e.kind, e.number.to_string()))
        .collect();
    assert_eq!(closed, [(EventKind::NotServed, "A-002".to_owned())]);
    assert_eq!(
        store
            .close_days_before(next_morning.date(), next_morning)
            .unwrap(),
        0,
        "closing twice closes nothing more"
    );
    assert_eq!(
        store
            .issue(&cert(&config), next_morning)
            .unwrap()
            .number
            .to_string(),
        "A-001"
    );
    assert_eq!(
        store
            .call_next("certificates", "1", "cli", next_morning)
            .unwrap()
            .map(|t| t.day),
        Some(next_morning.date()),
        "yesterday's line is never called"
    );
}

fn desks_call_in_the_calling_order_and_nobody_waiting_is_none(b: &Backend) {
    let config = b.config();
    let store = b.open();
    // Three in the same second, one earlier, one for another window.
    for when in [
        "2027-05-06T09:00:05",
        "2027-05-06T09:00:05",
        "2027-05-06T09:00:01",
        "2027-05-06T09:00:05",
    ] {
        store.issue(&cert(&config), at(when)).unwrap();
    }
    store
        .issue(&card(&config), at("2027-05-06T08:59:00"))
        .unwrap();
    let mut expected: Vec<Ticket> = store
        .tickets_on(day("2027-05-06"))
        .unwrap()
        .into_iter()
        .filter(|t| t.window() == "certificates")
        .collect();
    expected.sort_by(|a, b| queue::calling_order((a.issued_at, a.id), (b.issued_at, b.id)));
    let expected: Vec<String> = expected.iter().map(|t| t.number.to_string()).collect();
    assert_eq!(expected, ["A-003", "A-001", "A-002", "A-004"]);
    let mut called = Vec::new();
    while let Some(t) = store
        .call_next("certificates", "2", "佐藤", at("2027-05-06T09:10:00"))
        .unwrap()
    {
        assert_eq!(t.queue.state, State::Called);
        assert_eq!(t.queue.desk.as_deref(), Some("2"));
        assert_eq!(t.queue.called_by.as_deref(), Some("佐藤"));
        assert_eq!(t.queue.called_at, Some(at("2027-05-06T09:10:00")));
        called.push(t.number.to_string());
    }
    assert_eq!(called, expected, "the store calls in queue::calling_order");
    assert_eq!(
        call(store.as_ref(), "cards", "2027-05-06T09:11:00").as_deref(),
        Some("B-001")
    );
    assert_eq!(call(store.as_ref(), "cards", "2027-05-06T09:11:00"), None);
}

fn a_recall_is_an_event_and_not_a_new_state(b: &Backend) {
    let config = b.config();
    let store = b.open();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    assert!(matches!(
        refusal(advance(
            store.as_ref(),
            "A-001",
            Move::Recall { by: by("cli") },
            MORNING
        )),
        MoveError::NotCalled { .. }
    ));
    call(store.as_ref(), "certificates", "2027-05-06T09:01:00").unwrap();
    let before = store.last_event().unwrap();
    let again = advance(
        store.as_ref(),
        "A-001",
        Move::Recall { by: by("cli") },
        "2027-05-06T09:03:00",
    )
    .unwrap();
    assert_eq!(again.queue.state, State::Called);
    assert_eq!(again.queue.called_at, Some(at("2027-05-06T09:01:00")));
    let events = store.events_after(before, 10).unwrap();
    assert_eq!(
        events.iter().map(|e| e.kind).collect::<Vec<_>>(),
        [EventKind::Recalled]
    );
    assert_eq!(events[0].desk.as_deref(), Some("1"));
}

fn a_no_show_put_back_keeps_its_place_by_issue_time(b: &Backend) {
    let config = b.config();
    let store = b.open();
    for _ in 0..3 {
        store.issue(&cert(&config), at(MORNING)).unwrap();
    }
    assert_eq!(
        call(store.as_ref(), "certificates", "2027-05-06T09:05:00").as_deref(),
        Some("A-001")
    );
    advance(
        store.as_ref(),
        "A-001",
        Move::NoShow { by: by("cli") },
        "2027-05-06T09:08:00",
    )
    .unwrap();
    assert!(matches!(
        refusal(advance(
            store.as_ref(),
            "A-002",
            Move::Reactivate { by: by("cli") },
            "2027-05-06T09:09:00"
        )),
        MoveError::NotNoShow(State::Waiting)
    ));
    let back = advance(
        store.as_ref(),
        "A-001",
        Move::Reactivate { by: by("受付") },
        "2027-05-06T09:20:00",
    )
    .unwrap();
    assert_eq!(back.queue.state, State::Waiting);
    assert_eq!(back.issued_at, at(MORNING));
    assert_eq!(
        call(store.as_ref(), "certificates", "2027-05-06T09:21:00").as_deref(),
        Some("A-001"),
        "ahead of A-002, issued after it"
    );
}

fn a_transfer_keeps_the_number_and_the_place(b: &Backend) {
    let config = b.config();
    let store = b.open();
    let both = order(&config, &[Procedure::CertRenewal, Procedure::CardRenewal]);
    store.issue(&both, at("2027-05-06T09:00:00")).unwrap();
    store
        .issue(&cert(&config), at("2027-05-06T09:01:00"))
        .unwrap();
    store
        .issue(&card(&config), at("2027-05-06T09:05:00"))
        .unwrap();
    let cards = config.window("cards").unwrap();
    let to_cards = || Move::Transfer {
        to: TransferTarget {
            window: cards.id.clone(),
            open: cards.open,
            procedures: cards.procedures.clone(),
        },
        by: by("佐藤"),
    };
    assert!(matches!(
        refusal(advance(
            store.as_ref(),
            "A-002",
            to_cards(),
            "2027-05-06T09:10:00"
        )),
        MoveError::WindowDoesNotServe { .. }
    ));
    call(store.as_ref(), "certificates", "2027-05-06T09:10:00").unwrap();
    let moved = advance(store.as_ref(), "A-001", to_cards(), "2027-05-06T09:20:00").unwrap();
    assert_eq!(
        (moved.number.to_string(), moved.window(), moved.queue.state),
        ("A-001".to_owned(), "cards", State::Waiting)
    );
    assert_eq!(moved.issued_at, at("2027-05-06T09:00:00"));
    assert_eq!(
        call(store.as_ref(), "cards", "2027-05-06T09:21:00").as_deref(),
        Some("A-001"),
        "ahead of B-001, issued after it"
    );
    assert_eq!(
        call(store.as_ref(), "certificates", "2027-05-06T09:22:00").as_deref(),
        Some("A-002")
    );
}

fn done_needs_a_call_and_every_time_is_kept(b: &Backend) {
    let config = b.config();
    let store = b.open();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    assert!(matches!(
        refusal(advance(
            store.as_ref(),
            "A-001",
            Move::Finish { by: by("cli") },
            MORNING
        )),
        MoveError::NotCalled { .. }
    ));
    call(store.as_ref(), "certificates", "2027-05-06T09:02:00").unwrap();
    advance(
        store.as_ref(),
        "A-001",
        Move::Serve { by: by("佐藤") },
        "2027-05-06T09:03:00",
    )
    .unwrap();
    let done = advance(
        store.as_ref(),
        "A-001",
        Move::Finish { by: by("佐藤") },
        "2027-05-06T09:15:00",
    )
    .unwrap();
    let found = store.find(day("2027-05-06"), &number("A-001")).unwrap();
    assert_eq!(found, done);
    assert_eq!(found.queue.state, State::Done);
    assert_eq!(
        (
            found.issued_at,
            found.queue.called_at,
            found.queue.serving_at,
            found.queue.finished_at
        ),
        (
            at(MORNING),
            Some(at("2027-05-06T09:02:00")),
            Some(at("2027-05-06T09:03:00")),
            Some(at("2027-05-06T09:15:00"))
        )
    );
    assert_eq!(found.queue.called_by.as_deref(), Some("佐藤"));
    assert!(matches!(
        refusal(advance(
            store.as_ref(),
            "A-001",
            Move::Void { by: by("cli") },
            "2027-05-06T09:16:00"
        )),
        MoveError::Finished(State::Done)
    ));
    assert!(matches!(
        advance(
            store.as_ref(),
            "A-009",
            Move::Finish { by: by("cli") },
            MORNING
        ),
        Err(StoreError::NotFound { .. })
    ));
}

fn a_voided_ticket_is_never_called(b: &Backend) {
    let config = b.config();
    let store = b.open();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    advance(
        store.as_ref(),
        "A-001",
        Move::Void {
            by: by("maintenance"),
        },
        MORNING,
    )
    .unwrap();
    assert_eq!(
        call(store.as_ref(), "certificates", "2027-05-06T09:01:00").as_deref(),
        Some("A-002")
    );
    assert_eq!(
        call(store.as_ref(), "certificates", "2027-05-06T09:01:00"),
        None
    );
    assert_eq!(
        refusal(advance(
            store.as_ref(),
            "A-001",
            Move::Call {
                desk: "1".into(),
                by: by("cli")
            },
            MORNING
        )),
        MoveError::Finished(State::Void)
    );
}

fn a_reprint_is_recorded_and_a_void_ticket_is_not_reprinted(b: &Backend) {
    let config = b.config();
    let store = b.open();
    let ticket = store.issue(&cert(&config), at(MORNING)).unwrap();
    store
        .record_print(
            ticket.id,
            &PrintOutcome::Failed("paper_end".into()),
            at(MORNING),
        )
        .unwrap();
    let failed = store.find(ticket.day, &ticket.number).unwrap();
    assert_eq!(failed.outcome, PrintOutcome::Failed("paper_end".into()));
    let report =
        desk::reprint(store.as_ref(), &config, &failed, at("2027-05-06T09:05:00")).unwrap();
    assert_eq!(report.outcome, PrintOutcome::Printed);
    let printed = store.find(ticket.day, &ticket.number).unwrap();
    assert_eq!(printed.outcome, PrintOutcome::Printed);
    assert_eq!(printed.printed_at, Some(at("2027-05-06T09:05:00")));
    assert!(
        std::fs::read_dir(b.dir.path().join("printed"))
            .unwrap()
            .count()
            > 0,
        "the reprint went to the printer"
    );
    desk::void(store.as_ref(), &printed, at("2027-05-06T09:06:00")).unwrap();
    let void = store.find(ticket.day, &ticket.number).unwrap();
    assert_eq!(void.queue.state, State::Void);
    assert!(matches!(
        desk::reprint(store.as_ref(), &config, &void, at("2027-05-06T09:07:00")),
        Err(desk::DeskError::Void(_))
    ));
}

fn a_ticket_left_pending_by_a_dead_kiosk_is_marked_interrupted(b: &Backend) {
    let config = b.config();
    let ticket = b.open().issue(&cert(&config), at(MORNING)).unwrap();
    let soon = tickets::open(&config, at("2027-05-06T09:00:30")).unwrap();
    assert_eq!(
        soon.find(ticket.day, &ticket.number).unwrap().outcome,
        PrintOutcome::Pending
    );
    let later = tickets::open(&config, at("2027-05-06T09:05:00")).unwrap();
    assert_eq!(
        later.find(ticket.day, &ticket.number).unwrap().outcome,
        PrintOutcome::Interrupted
    );
}

fn staff_settings_outlive_the_connection(b: &Backend) {
    let store = b.open();
    let today = day("2027-05-06");
    store
        .set_setting(KioskSetting::TicketingPaused, Some("yes"))
        .unwrap();
    store
        .set_setting(KioskSetting::DefaultLanguage, Some("en"))
        .unwrap();
    store
        .set_setting(KioskSetting::DefaultLanguage, None)
        .unwrap();
    store.set_counter_closed(today, "cards", true).unwrap();
    store.set_counter_closed(today, "cards", true).unwrap();
    store
        .set_counter_closed(today, "certificates", true)
        .unwrap();
    store
        .set_counter_closed(today, "certificates", false)
        .unwrap();
    let lock = EntryLock {
        wrong_in_a_row: 5,
        locked_until: Some(at("2027-05-06T09:30:00")),
    };
    store.set_entry_lock(lock).unwrap();
    drop(store);
    let again = b.open();
    assert_eq!(
        again
            .setting(KioskSetting::TicketingPaused)
            .unwrap()
            .as_deref(),
        Some("yes")
    );
    assert_eq!(again.setting(KioskSetting::DefaultLanguage).unwrap(), None);
    assert_eq!(
        again.closed_counters(today).unwrap(),
        BTreeSet::from(["cards".to_owned()])
    );
    assert!(again.closed_counters(day("2027-05-07")).unwrap().is_empty());
    assert_eq!(again.entry_lock().unwrap(), lock);
}

fn the_audit_trail_lists_actions_newest_first(b: &Backend) {
    let store = b.open();
    assert_eq!(store.last_write().unwrap(), None);
    store
        .record_action(at("2027-05-06T09:00:00"), "enter", "ok")
        .unwrap();
    store
        .record_action(at("2027-05-06T09:01:00"), "pause", "ok")
        .unwrap();
    store
        .record_action(at("2027-05-06T09:02:00"), "exit", "staff")
        .unwrap();
    let actions: Vec<String> = store
        .recent_actions(2)
        .unwrap()
        .into_iter()
        .map(|a| format!("{} {} {}", a.at.format("%H:%M"), a.action, a.outcome))
        .collect();
    assert_eq!(actions, ["09:02 exit staff", "09:01 pause ok"]);
    assert_eq!(store.last_write().unwrap(), Some(at("2027-05-06T09:02:00")));
}

fn every_change_raises_one_event_in_order(b: &Backend) {
    let config = b.config();
    let store = b.open();
    let start = store.last_event().unwrap();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    call(store.as_ref(), "certificates", "2027-05-06T09:01:00").unwrap();
    let recall = || Move::Recall { by: by("佐藤") };
    advance(store.as_ref(), "A-001", recall(), "2027-05-06T09:02:00").unwrap();
    advance(
        store.as_ref(),
        "A-001",
        Move::NoShow { by: by("佐藤") },
        "2027-05-06T09:03:00",
    )
    .unwrap();
    advance(
        store.as_ref(),
        "A-001",
        Move::Reactivate { by: by("佐藤") },
        "2027-05-06T09:04:00",
    )
    .unwrap();
    call(store.as_ref(), "certificates", "2027-05-06T09:05:00").unwrap();
    advance(
        store.as_ref(),
        "A-001",
        Move::Serve { by: by("佐藤") },
        "2027-05-06T09:06:00",
    )
    .unwrap();
    advance(
        store.as_ref(),
        "A-001",
        Move::Finish { by: by("佐藤") },
        "2027-05-06T09:07:00",
    )
    .unwrap();
    advance(
        store.as_ref(),
        "A-002",
        Move::Void { by: by("佐藤") },
        "2027-05-06T09:08:00",
    )
    .unwrap();
    // A refused move raises nothing.
    let _ = advance(store.as_ref(), "A-002", recall(), "2027-05-06T09:09:00");
    let events = store.events_after(start, 100).unwrap();
    assert_eq!(
        events
            .iter()
            .map(|e| (e.kind, e.number.to_string()))
            .collect::<Vec<_>>(),
        [
            (EventKind::Issued, "A-001".to_owned()),
            (EventKind::Issued, "A-002".to_owned()),
            (EventKind::Called, "A-001".to_owned()),
            (EventKind::Recalled, "A-001".to_owned()),
            (EventKind::NoShow, "A-001".to_owned()),
            (EventKind::Reactivated, "A-001".to_owned()),
            (EventKind::Called, "A-001".to_owned()),
            (EventKind::Serving, "A-001".to_owned()),
            (EventKind::Done, "A-001".to_owned()),
            (EventKind::Voided, "A-002".to_owned()),
        ]
    );
    assert!(events.windows(2).all(|w| w[0].id < w[1].id));
    assert_eq!(store.last_event().unwrap(), events.last().unwrap().id);
    assert_eq!(events[2].desk.as_deref(), Some("1"));
    assert_eq!(events[2].by.as_deref(), Some("佐藤"));
    assert_eq!(events[0].language, "ja");
    let paged = store.events_after(events[3].id, 2).unwrap();
    assert_eq!(paged, events[4..6]);
}

fn offices_sharing_a_store_share_no_number_and_no_line(b: &Backend) {
    let other = Backend {
        kind: b.kind,
        dir: tempfile::tempdir().unwrap(),
        database: b.database.clone(),
        office: unique("branch"),
    };
    let (here, there) = (b.open(), other.open());
    let config = b.config();
    assert_eq!(
        here.issue(&cert(&config), at(MORNING))
            .unwrap()
            .number
            .to_string(),
        "A-001"
    );
    assert_eq!(
        there
            .issue(&cert(&config), at(MORNING))
            .unwrap()
            .number
            .to_string(),
        "A-001"
    );
    assert_eq!(
        here.issue(&cert(&config), at(MORNING))
            .unwrap()
            .number
            .to_string(),
        "A-002"
    );
    assert_eq!(
        call(there.as_ref(), "certificates", MORNING).as_deref(),
        Some("A-001")
    );
    assert_eq!(call(there.as_ref(), "certificates", MORNING), None);
    assert_eq!(here.tickets_on(day("2027-05-06")).unwrap().len(), 2);
    assert!(
        here.events_after(0, 100)
            .unwrap()
            .iter()
            .all(|e| e.kind == EventKind::Issued),
        "the branch's call is not this office's event"
    );
    // An SQLite file is one office's (its kiosks on one PC); on PostgreSQL the staff's
    // settings are per office too.
    if b.kind == Kind::Postgres {
        there
            .set_setting(KioskSetting::TicketingPaused, Some("yes"))
            .unwrap();
        assert_eq!(here.setting(KioskSetting::TicketingPaused).unwrap(), None);
    }
}

fn two_desks_calling_at_once_never_get_the_same_ticket(b: &Backend) {
    let config = b.config();
    let store = b.open();
    const TICKETS: usize = 300;
    for _ in 0..TICKETS {
        store.issue(&cert(&config), at(MORNING)).unwrap();
    }
    let desks: Vec<_> = ["1", "2"]
        .into_iter()
        .map(|desk| {
            let store = b.open();
            std::thread::spawn(move || {
                let mut called = Vec::new();
                while let Some(t) = store
                    .call_next("certificates", desk, desk, at("2027-05-06T09:30:00"))
                    .unwrap()
                {
                    called.push(t.number.seq);
                }
                called
            })
        })
        .collect();
    let called: Vec<Vec<u32>> = desks.into_iter().map(|d| d.join().unwrap()).collect();
    let all: Vec<u32> = called.concat();
    let distinct: BTreeSet<u32> = all.iter().copied().collect();
    assert_eq!(all.len(), TICKETS, "no ticket called twice");
    assert_eq!(distinct, (1..=TICKETS as u32).collect(), "none skipped");
    for desk in &called {
        assert!(
            desk.windows(2).all(|w| w[0] < w[1]),
            "each desk calls in order"
        );
    }
}

fn a_subscriber_hears_every_change_in_order(b: &Backend) {
    let config = b.config();
    let store = b.open();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    let heard = Arc::new(Mutex::new(Vec::new()));
    let into = heard.clone();
    let subscription = tickets::subscribe(
        &config,
        at(MORNING),
        store.last_event().unwrap(),
        move |e| into.lock().unwrap().push((e.kind, e.number.to_string())),
        |_| {},
    );
    // Changes made from other connections, as other kiosks and desks make them.
    let desk = b.open();
    std::thread::sleep(Duration::from_millis(300));
    desk.issue(&cert(&config), at(MORNING)).unwrap();
    call(desk.as_ref(), "certificates", "2027-05-06T09:01:00").unwrap();
    advance(
        desk.as_ref(),
        "A-001",
        Move::Recall { by: by("cli") },
        "2027-05-06T09:02:00",
    )
    .unwrap();
    let expected = [
        (EventKind::Issued, "A-002".to_owned()),
        (EventKind::Called, "A-001".to_owned()),
        (EventKind::Recalled, "A-001".to_owned()),
    ];
    let deadline = Instant::now() + Duration::from_secs(10);
    while heard.lock().unwrap().len() < expected.len() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(subscription);
    assert_eq!(
        *heard.lock().unwrap(),
        expected,
        "the issue before subscribing is not heard again"
    );
}

/// The commands a desk without a browser uses: the same words and exit statuses on both
/// stores.
fn the_desk_commands_call_move_and_report_the_queue(b: &Backend) {
    let config = b.config_file();
    let run = |args: &[&str]| {
        let out = common::run_on(&config, args);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).trim().to_owned(),
            String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        )
    };
    let now = ["--now", "2027-05-06T10:00"];
    let (code, _, err) = run(&[
        &[
            "ticket",
            "call",
            "--window",
            "certificates",
            "--counter",
            "1",
        ][..],
        &now,
    ]
    .concat());
    assert_eq!(code, Some(9), "{err}");
    assert!(
        err.contains("nobody is waiting for window certificates"),
        "{err}"
    );
    for p in ["cert_renewal", "cert_renewal", "card_renewal"] {
        let (code, _, err) = run(&[&["ticket", "issue", "--procedure", p][..], &now].concat());
        assert_eq!(code, Some(0), "{err}");
    }
    let (code, out, err) = run(&[
        &[
            "ticket",
            "call",
            "--window",
            "certificates",
            "--counter",
            "1",
            "--by",
            "佐藤",
        ][..],
        &now,
    ]
    .concat());
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "A-001 called window certificates counter 1 (ja)");
    let (code, _, err) = run(&[
        &[
            "ticket",
            "call",
            "--window",
            "certificates",
            "--counter",
            "9",
        ][..],
        &now,
    ]
    .concat());
    assert_eq!(code, Some(2));
    assert!(err.contains("its desks are 1"), "{err}");
    let (code, _, err) = run(&[&["ticket", "done", "A-002"][..], &now].concat());
    assert_eq!(code, Some(10), "done before called is refused");
    assert!(err.contains("call it first"), "{err}");
    for step in ["recall", "serve", "done"] {
        let (code, _, err) = run(&[&["ticket", step, "A-001"][..], &now].concat());
        assert_eq!(code, Some(0), "{step}: {err}");
    }
    let (code, out, err) = run(&[
        &["ticket", "transfer", "A-002", "--window", "cards"][..],
        &now,
    ]
    .concat());
    assert_eq!(code, Some(10), "{out} {err}");
    assert!(err.contains("does not serve cert_renewal"), "{err}");
    let (code, _, _) = run(&[&["ticket", "void", "A-009"][..], &now].concat());
    assert_eq!(code, Some(11));
    let (code, out, err) = run(&[&["queue", "status", "--json"][..], &now].concat());
    assert_eq!(code, Some(0), "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let windows = json["windows"].as_array().unwrap();
    assert_eq!(windows[0]["id"], "certificates");
    assert_eq!(windows[0]["waiting"], 1);
    assert_eq!(windows[0]["served"], 1);
    assert_eq!(windows[0]["last_called"], "A-001");
    assert_eq!(windows[0]["last_called_counter"], "1");
    assert!(windows[0]["estimated_wait_minutes"].is_u64(), "{out}");
    assert_eq!(windows[1]["id"], "cards");
    assert_eq!(windows[1]["waiting"], 1);
    assert_eq!(windows[1]["last_called"], serde_json::Value::Null);
}

/// A reading command run with a later clock (a typing slip, a desk PC whose clock is ahead)
/// closes nothing; a command that issues on that day does.
fn only_issuing_or_calling_closes_an_old_line(b: &Backend) {
    let config = b.config_file();
    let run = |args: &[&str]| common::run_on(&config, args);
    assert!(
        run(&[
            "ticket",
            "issue",
            "--procedure",
            "cert_renewal",
            "--now",
            "2027-05-06T10:00"
        ])
        .status
        .success()
    );
    for reading in [
        &["queue", "status", "--now", "2027-06-01T10:00"][..],
        &["ticket", "list", "--date", "2027-06-01"][..],
    ] {
        assert!(run(reading).status.success());
    }
    let state = || {
        b.open()
            .find(day("2027-05-06"), &number("A-001"))
            .unwrap()
            .queue
            .state
    };
    assert_eq!(state(), State::Waiting);
    assert!(
        run(&[
            "ticket",
            "issue",
            "--procedure",
            "cert_renewal",
            "--now",
            "2027-05-07T09:00"
        ])
        .status
        .success()
    );
    assert_eq!(state(), State::NotServed);
}

/// Runs each behaviour once on each store.
fn account(name: &str, windows: &[&str]) -> Account {
    Account {
        name: name.to_owned(),
        windows: windows.iter().map(|w| w.to_string()).collect(),
        // Any text: the store keeps the hash it is given.
        password_hash: format!("$argon2id$hash-of-{name}"),
        lock: EntryLock::default(),
        api_token_digest: None,
        api_token_expires: None,
        role: Default::default(),
    }
}

fn session(name: &str, now: &str) -> ConsoleSession {
    ConsoleSession {
        name: name.to_owned(),
        seat: None,
        csrf: format!("csrf-of-{name}"),
        last_seen: at(now),
    }
}

fn staff_accounts_and_their_locks_outlive_the_connection(b: &Backend) {
    let store = b.open();
    store
        .add_account(&account("sato", &["certificates"]))
        .unwrap();
    store
        .add_account(&account("佐藤", &["certificates", "cards"]))
        .unwrap();
    let again = store.add_account(&account("sato", &["cards"])).unwrap_err();
    assert!(again.to_string().contains("exists already"), "{again}");
    let lock = EntryLock {
        wrong_in_a_row: 3,
        locked_until: None,
    };
    store.set_account_lock("sato", lock).unwrap();
    let expires = at("2027-08-04T10:15:00");
    assert!(
        store
            .set_api_token("sato", Some(("digest-1", expires)))
            .unwrap()
    );
    assert!(
        !store
            .set_api_token("nobody", Some(("digest-2", expires)))
            .unwrap()
    );
    drop(store);
    let store = b.open();
    let names: Vec<String> = store
        .accounts()
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(names, ["sato", "佐藤"]);
    let sato = store.account("sato").unwrap().unwrap();
    assert_eq!(sato.windows, ["certificates"]);
    assert_eq!(
        sato.api_token_expires,
        Some(expires),
        "the token's last day is kept"
    );
    assert_eq!(sato.lock, lock);
    assert_eq!(
        store
            .account_by_api_token("digest-1")
            .unwrap()
            .map(|a| a.name),
        Some("sato".to_owned())
    );
    assert_eq!(store.account_by_api_token("digest-2").unwrap(), None);
    // A new password lifts the lock.
    assert!(store.set_password("sato", "$argon2id$new").unwrap());
    let sato = store.account("sato").unwrap().unwrap();
    assert_eq!(
        (sato.password_hash.as_str(), sato.lock),
        ("$argon2id$new", EntryLock::default())
    );
    assert!(store.remove_account("sato").unwrap());
    assert!(!store.remove_account("sato").unwrap());
    assert_eq!(store.account("sato").unwrap(), None);
    assert_eq!(store.account_by_api_token("digest-1").unwrap(), None);
    // Another office of the same database has staff of its own.
    let other = Backend {
        kind: b.kind,
        dir: tempfile::tempdir().unwrap(),
        database: b.database.clone(),
        office: unique("branch"),
    };
    assert_eq!(other.open().account("佐藤").unwrap(), None);
}

fn a_console_session_ends_after_inactivity_or_a_new_password(b: &Backend) {
    let store = b.open();
    store
        .add_account(&account("sato", &["certificates"]))
        .unwrap();
    let idle = chrono::Duration::minutes(30);
    store
        .open_session("cookie-1", &session("sato", "2027-05-06T09:00:00"))
        .unwrap();
    let seat = Seat {
        window: "certificates".into(),
        desk: "3".into(),
    };
    store.set_session_seat("cookie-1", Some(&seat)).unwrap();
    // Each request counts as activity: 29 minutes after the last one is still signed in.
    for now in ["2027-05-06T09:20:00", "2027-05-06T09:49:00"] {
        let s = store
            .resume_session("cookie-1", at(now), idle, true)
            .unwrap()
            .unwrap();
        assert_eq!((s.name.as_str(), s.seat.as_ref()), ("sato", Some(&seat)));
        assert_eq!(s.csrf, "csrf-of-sato");
    }
    assert_eq!(
        store
            .resume_session("cookie-2", at("2027-05-06T09:50:00"), idle, true)
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .resume_session("cookie-1", at("2027-05-06T10:20:00"), idle, true)
            .unwrap(),
        None,
        "31 minutes idle"
    );
    assert_eq!(
        store
            .resume_session("cookie-1", at("2027-05-06T10:00:00"), idle, true)
            .unwrap(),
        None,
        "an ended session stays ended"
    );
    store
        .open_session("cookie-3", &session("sato", "2027-05-06T11:00:00"))
        .unwrap();
    store.set_password("sato", "$argon2id$new").unwrap();
    assert_eq!(
        store
            .resume_session("cookie-3", at("2027-05-06T11:01:00"), idle, true)
            .unwrap(),
        None,
        "a new password signs every console out"
    );
    store
        .open_session("cookie-4", &session("sato", "2027-05-06T11:00:00"))
        .unwrap();
    store.end_session("cookie-4").unwrap();
    assert_eq!(
        store
            .resume_session("cookie-4", at("2027-05-06T11:01:00"), idle, true)
            .unwrap(),
        None
    );
    // The console refreshing itself is not the clerk's activity.
    store
        .open_session("cookie-5", &session("sato", "2027-05-06T12:00:00"))
        .unwrap();
    let seen = store
        .resume_session("cookie-5", at("2027-05-06T12:20:00"), idle, false)
        .unwrap()
        .unwrap();
    assert_eq!(seen.last_seen, at("2027-05-06T12:00:00"));
    assert_eq!(
        store
            .resume_session("cookie-5", at("2027-05-06T12:31:00"), idle, false)
            .unwrap(),
        None
    );
}

fn a_phone_token_finds_its_ticket_and_nothing_else(b: &Backend) {
    let config = b.config();
    let store = b.open();
    let first = store.issue(&cert(&config), at(MORNING)).unwrap();
    let second = store.issue(&cert(&config), at(MORNING)).unwrap();
    let token = first.phone_token.clone().unwrap();
    assert!(madoguchi::secret::is_token(
        &token,
        tickets::PHONE_TOKEN_BYTES
    ));
    assert_ne!(second.phone_token.as_deref(), Some(token.as_str()));
    let found = b.open().find_by_phone(&token).unwrap().unwrap();
    assert_eq!(found.number, first.number);
    assert_eq!(found.phone_token.as_deref(), Some(token.as_str()));
    assert_eq!(store.find_by_phone(&"0".repeat(32)).unwrap(), None);
    let other = Backend {
        kind: b.kind,
        dir: tempfile::tempdir().unwrap(),
        database: b.database.clone(),
        office: unique("branch"),
    };
    assert_eq!(other.open().find_by_phone(&token).unwrap(), None);
}

/// An administrator made a clerk (or a clerk an administrator) signs in again: the role a
/// console was opened with never outlives a change.
fn a_role_change_ends_the_members_sessions(b: &Backend) {
    let store = b.open();
    store
        .add_account(&account("sato", &["certificates"]))
        .unwrap();
    assert_eq!(store.account("sato").unwrap().unwrap().role, Role::Clerk);
    store
        .open_session("cookie-1", &session("sato", "2027-05-06T09:00:00"))
        .unwrap();
    let idle = chrono::Duration::minutes(30);
    let now = at("2027-05-06T09:01:00");
    assert!(
        store
            .resume_session("cookie-1", now, idle, true)
            .unwrap()
            .is_some()
    );
    assert!(store.set_role("sato", Role::Admin).unwrap());
    assert_eq!(b.open().account("sato").unwrap().unwrap().role, Role::Admin);
    assert_eq!(
        store.resume_session("cookie-1", now, idle, true).unwrap(),
        None
    );
    assert!(!store.set_role("nobody", Role::Admin).unwrap());
}

fn heartbeat(kiosk: &str, beat: u64) -> Heartbeat {
    Heartbeat {
        kiosk: kiosk.into(),
        at: at(MORNING),
        beat,
        printer: PrinterHealth::Ok,
        reader: true,
        pcscd: true,
        voice: true,
        paused: false,
        out_of_service: false,
        version: "1.0.0".into(),
        uptime_secs: beat * 15,
        screen: "Waiting".into(),
        counts: Counts::default(),
    }
}

/// Each kiosk's latest heartbeat is kept, one row a kiosk, under its office; another
/// connection (the server) reads it back as written.
fn a_kiosks_latest_heartbeat_is_kept_under_its_office(b: &Backend) {
    let store = b.open();
    store.beat(&heartbeat("lobby-1", 1)).unwrap();
    store.beat(&heartbeat("lobby-2", 1)).unwrap();
    let mut later = heartbeat("lobby-1", 2);
    later.printer = PrinterHealth::PaperOut;
    later.counts.tickets_printed = 3;
    store.beat(&later).unwrap();
    let ours: Vec<_> = b
        .open()
        .kiosks()
        .unwrap()
        .into_iter()
        .filter(|k| k.office == b.office)
        .collect();
    assert_eq!(ours.len(), 2, "{ours:?}");
    assert_eq!(ours[0].heartbeat, later);
    assert_eq!(ours[1].heartbeat.kiosk, "lobby-2");
    // A retired kiosk is forgotten; forgetting it again finds nothing.
    assert!(store.forget_kiosk("lobby-2").unwrap());
    assert!(!store.forget_kiosk("lobby-2").unwrap());
    let left: Vec<_> = b
        .open()
        .kiosks()
        .unwrap()
        .into_iter()
        .filter(|k| k.office == b.office)
        .map(|k| k.heartbeat.kiosk)
        .collect();
    assert_eq!(left, vec!["lobby-1".to_owned()]);
}

/// An order asked of a kiosk waits for it alone, is done once, and both the asking and
/// the doing are in the audit trail with who asked.
fn an_order_asked_of_a_kiosk_is_done_once_and_audited(b: &Backend) {
    let store = b.open();
    let pause = RemoteAction::Pause;
    let reprint = RemoteAction::parse("reprint", Some("A-012")).unwrap();
    store
        .ask_kiosk("lobby-1", &pause, "yamada", at("2027-05-06T10:00:00"))
        .unwrap();
    store
        .ask_kiosk("lobby-1", &reprint, "yamada", at("2027-05-06T10:00:01"))
        .unwrap();
    assert!(store.kiosk_orders("lobby-2").unwrap().is_empty());
    let kiosk = b.open();
    let waiting = kiosk.kiosk_orders("lobby-1").unwrap();
    assert_eq!(
        waiting.iter().map(|o| o.action.clone()).collect::<Vec<_>>(),
        vec![pause.clone(), reprint.clone()]
    );
    assert_eq!(waiting[0].by, "yamada");
    let done_at = at("2027-05-06T10:00:03");
    kiosk
        .finish_kiosk_order(&waiting[0], "done", done_at)
        .unwrap();
    // A second finish changes nothing and writes no second entry.
    kiosk
        .finish_kiosk_order(&waiting[0], "failed: again", done_at)
        .unwrap();
    assert_eq!(
        kiosk.kiosk_orders("lobby-1").unwrap(),
        vec![waiting[1].clone()]
    );
    let recent = store.recent_kiosk_orders(10).unwrap();
    assert_eq!(recent.len(), 2);
    assert_eq!(recent[1].done, Some((done_at, "done".to_owned())));
    assert_eq!(recent[0].done, None);
    let audit: Vec<_> = store
        .recent_actions(10)
        .unwrap()
        .into_iter()
        .map(|e| format!("{} | {}", e.action, e.outcome))
        .collect();
    assert_eq!(
        audit,
        vec![
            "remote pause on kiosk lobby-1 (asked by yamada) | done".to_owned(),
            "remote reprint A-012 on kiosk lobby-1 asked by yamada | asked".to_owned(),
            "remote pause on kiosk lobby-1 asked by yamada | asked".to_owned(),
        ]
    );
}

macro_rules! on_both_stores {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test] fn $name() { super::$name(&super::Backend::new(super::Kind::Sqlite)); })*
        }
        mod postgres {
            $(#[test] fn $name() { super::$name(&super::Backend::new(super::Kind::Postgres)); })*
        }
    };
}

on_both_stores!(
    numbers_run_per_window_from_the_start_number,
    the_daily_cap_ends_a_windows_day_without_using_a_number,
    a_new_day_starts_the_numbers_again_and_closes_the_old_line,
    desks_call_in_the_calling_order_and_nobody_waiting_is_none,
    a_recall_is_an_event_and_not_a_new_state,
    a_no_show_put_back_keeps_its_place_by_issue_time,
    a_transfer_keeps_the_number_and_the_place,
    done_needs_a_call_and_every_time_is_kept,
    a_voided_ticket_is_never_called,
    a_reprint_is_recorded_and_a_void_ticket_is_not_reprinted,
    a_ticket_left_pending_by_a_dead_kiosk_is_marked_interrupted,
    staff_settings_outlive_the_connection,
    the_audit_trail_lists_actions_newest_first,
    every_change_raises_one_event_in_order,
    offices_sharing_a_store_share_no_number_and_no_line,
    two_desks_calling_at_once_never_get_the_same_ticket,
    a_subscriber_hears_every_change_in_order,
    the_desk_commands_call_move_and_report_the_queue,
    only_issuing_or_calling_closes_an_old_line,
    staff_accounts_and_their_locks_outlive_the_connection,
    a_console_session_ends_after_inactivity_or_a_new_password,
    a_phone_token_finds_its_ticket_and_nothing_else,
    a_role_change_ends_the_members_sessions,
    a_kiosks_latest_heartbeat_is_kept_under_its_office,
    an_order_asked_of_a_kiosk_is_done_once_and_audited,
);

/// A copy of a ticket file made by an earlier release (tests/data), in a folder of its own.
fn copy_of(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tickets.sqlite");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name),
        &path,
    )
    .unwrap();
    (dir, path)
}

/// The schema version an SQLite file says it is at.
fn schema_version_of(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_schema_1_file_is_upgraded_in_place_without_losing_a_ticket() {
    let (_dir, path) = copy_of("schema1-tickets.sqlite");
    let now = at("2027-05-06T09:30:00");
    let store = tickets::SqliteStore::open(&path, "main", now).unwrap();
    let seen = |d: &str| -> Vec<String> {
        store
            .tickets_on(day(d))
            .unwrap()
            .iter()
            .map(|t| {
                format!(
                    "{} {} {} {} {}",
                    t.number,
                    t.window(),
                    t.language,
                    t.outcome,
                    t.queue.state
                )
            })
            .collect()
    };
    assert_eq!(
        seen("2027-05-05"),
        [
            "A-001 certificates ja printed waiting",
            "A-002 certificates ja printed waiting",
            "B-001 cards en interrupted waiting"
        ]
    );
    assert_eq!(
        seen("2027-05-06"),
        [
            "A-001 certificates ja printed waiting",
            "A-002 certificates ja interrupted void",
            "B-001 cards ja interrupted waiting"
        ]
    );
    // The numbering goes on from the file's counters.
    let config = Config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    assert_eq!(
        store.issue(&cert(&config), now).unwrap().number.to_string(),
        "A-003"
    );
    assert_eq!(store.close_days_before(now.date(), now).unwrap(), 3);
    drop(store);
    let again = tickets::SqliteStore::open(&path, "main", now).unwrap();
    assert_eq!(again.tickets_on(day("2027-05-06")).unwrap().len(), 4);
    assert_eq!(schema_version_of(&path), tickets::SCHEMA_VERSION);
}

#[test]
fn a_schema_2_file_gains_staff_and_phone_pages_without_losing_a_ticket() {
    let (_dir, path) = copy_of("schema2-tickets.sqlite");
    let now = at("2027-05-06T09:30:00");
    let store = tickets::SqliteStore::open(&path, "main", now).unwrap();
    let seen = |d: &str| -> Vec<String> {
        store
            .tickets_on(day(d))
            .unwrap()
            .iter()
            .map(|t| {
                format!(
                    "{} {} {} {} {:?}",
                    t.number,
                    t.queue.state,
                    t.queue.desk.as_deref().unwrap_or("-"),
                    t.queue.called_by.as_deref().unwrap_or("-"),
                    t.phone_token
                )
            })
            .collect()
    };
    assert_eq!(
        seen("2027-05-05"),
        [
            "A-001 done 1 sato None",
            "A-002 not_served - - None",
            "B-001 not_served - - None"
        ]
    );
    assert_eq!(seen("2027-05-06"), ["A-001 waiting - - None"]);
    let config = Config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    let issued = store.issue(&cert(&config), now).unwrap();
    assert_eq!(issued.number.to_string(), "A-002");
    let token = issued.phone_token.unwrap();
    assert_eq!(
        store
            .find_by_phone(&token)
            .unwrap()
            .map(|t| t.number.to_string()),
        Some("A-002".to_owned())
    );
    store
        .add_account(&account("sato", &["certificates"]))
        .unwrap();
    drop(store);
    let again = tickets::SqliteStore::open(&path, "main", now).unwrap();
    assert!(again.account("sato").unwrap().is_some());
    assert_eq!(schema_version_of(&path), tickets::SCHEMA_VERSION);
}

#[test]
fn a_schema_2_postgresql_database_gains_staff_and_phone_pages_in_place() {
    let b = Backend::own_postgres_database();
    let config = b.config();
    let old = b.open().issue(&cert(&config), at(MORNING)).unwrap();
    // Back to schema 2 as the previous release left it: no phone tokens, no staff tables.
    PgCluster::shared().psql(
        b.database_name(),
        "ALTER TABLE tickets DROP COLUMN phone_token; DROP TABLE staff; DROP TABLE staff_sessions;
         UPDATE schema_version SET version = 2",
    );
    let store = b.open();
    let kept = store.find(old.day, &old.number).unwrap();
    assert_eq!((kept.queue.state, kept.phone_token), (State::Waiting, None));
    let new = store.issue(&cert(&config), at(MORNING)).unwrap();
    assert_eq!(new.number.to_string(), "A-002");
    assert!(
        store
            .find_by_phone(&new.phone_token.unwrap())
            .unwrap()
            .is_some()
    );
    store
        .add_account(&account("sato", &["certificates"]))
        .unwrap();
    assert_eq!(
        PgCluster::shared().psql(b.database_name(), "SELECT version FROM schema_version"),
        tickets::SCHEMA_VERSION.to_string()
    );
}

/// Schema 4 (the last release) kept API tokens without a last day, and had no roles nor
/// kiosks' tables: both stores gain them in place, members become clerks, and a member and
/// their token are kept (a token made before works on,
/// with no last day, until it is made again).
#[test]
fn a_schema_4_store_gains_the_tokens_expiry_roles_and_kiosks_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tickets.sqlite");
    let store = tickets::SqliteStore::open(&path, "main", at(MORNING)).unwrap();
    store
        .add_account(&account("sato", &["certificates"]))
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "ALTER TABLE staff DROP COLUMN api_token_expires;
         ALTER TABLE staff DROP COLUMN role;
         DROP TABLE kiosks; DROP TABLE kiosk_orders;
         UPDATE staff SET api_token = 'digest-old';
         UPDATE schema_version SET version = 4",
    )
    .unwrap();
    drop(conn);
    let store = tickets::SqliteStore::open(&path, "main", at(MORNING)).unwrap();
    let sato = store.account_by_api_token("digest-old").unwrap().unwrap();
    assert_eq!((sato.name.as_str(), sato.api_token_expires), ("sato", None));
    // Before roles, every member was a clerk; the kiosks' tables are made.
    assert_eq!(sato.role, Role::Clerk);
    store.beat(&heartbeat("lobby-1", 1)).unwrap();
    assert_eq!(schema_version_of(&path), tickets::SCHEMA_VERSION);

    let b = Backend::own_postgres_database();
    b.open()
        .add_account(&account("sato", &["certificates"]))
        .unwrap();
    PgCluster::shared().psql(
        b.database_name(),
        "ALTER TABLE staff DROP COLUMN api_token_expires; ALTER TABLE staff DROP COLUMN role;
         DROP TABLE kiosks; DROP TABLE kiosk_orders;
         UPDATE staff SET api_token = 'digest-old';
         UPDATE schema_version SET version = 4",
    );
    let store = b.open();
    let sato = store.account_by_api_token("digest-old").unwrap().unwrap();
    assert_eq!((sato.name.as_str(), sato.api_token_expires), ("sato", None));
    assert_eq!(sato.role, Role::Clerk);
    store.beat(&heartbeat("lobby-1", 1)).unwrap();
    let expires = at("2027-08-04T10:15:00");
    assert!(
        store
            .set_api_token("sato", Some(("digest-new", expires)))
            .unwrap()
    );
    assert_eq!(
        store.account("sato").unwrap().unwrap().api_token_expires,
        Some(expires)
    );
    assert_eq!(
        PgCluster::shared().psql(b.database_name(), "SELECT version FROM schema_version"),
        tickets::SCHEMA_VERSION.to_string()
    );
}

#[test]
fn a_store_newer_than_this_madoguchi_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tickets.sqlite");
    drop(tickets::SqliteStore::open(&path, "main", at(MORNING)).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE schema_version SET version = 99", [])
        .unwrap();
    drop(conn);
    let refused = tickets::SqliteStore::open(&path, "main", at(MORNING))
        .err()
        .unwrap();
    assert!(
        matches!(
            refused,
            StoreError::TooNew {
                found_version: 99,
                ..
            }
        ),
        "{refused}"
    );
    assert!(
        refused.to_string().contains("update madoguchi"),
        "{refused}"
    );
}

#[test]
fn db_copy_moves_an_offices_history_from_sqlite_to_postgresql() {
    let from = Backend::new(Kind::Sqlite);
    let config = from.config();
    let store = from.open();
    store
        .issue(&cert(&config), at("2027-05-05T09:00:00"))
        .unwrap();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    store.issue(&card(&config), at(MORNING)).unwrap();
    call(store.as_ref(), "certificates", "2027-05-06T09:05:00").unwrap();
    store.record_action(at(MORNING), "enter", "ok").unwrap();
    drop(store);
    let url = PgCluster::shared().create_database(&unique("copy"));
    let config_file = from.config_file();
    let copy = || {
        Command::new(common::bin())
            .args(["db", "copy", "--config", config_file.to_str().unwrap()])
            .args([
                "--from",
                from.database.file().unwrap().to_str().unwrap(),
                "--to",
                &url,
            ])
            .output()
            .unwrap()
    };
    let out = copy();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("3 tickets, 4 events, 1 audit entries"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let to = Backend {
        kind: Kind::Postgres,
        dir: tempfile::tempdir().unwrap(),
        database: Database::Postgres(url.clone()),
        office: from.office.clone(),
    };
    // Both opened as a kiosk would that morning (yesterday's line closed).
    let before = from.open().export().unwrap();
    let copied = to.open();
    let after = copied.export().unwrap();
    let strip = |t: &Ticket| Ticket { id: 0, ..t.clone() };
    assert_eq!(
        after.tickets.iter().map(strip).collect::<Vec<_>>(),
        before.tickets.iter().map(strip).collect::<Vec<_>>()
    );
    assert_eq!(
        after
            .events
            .iter()
            .map(|e| (e.kind, e.number.clone(), e.at))
            .collect::<Vec<_>>(),
        before
            .events
            .iter()
            .map(|e| (e.kind, e.number.clone(), e.at))
            .collect::<Vec<_>>()
    );
    assert_eq!(after.audit, before.audit);
    assert_eq!(
        copied
            .issue(&cert(&config), at(MORNING))
            .unwrap()
            .number
            .to_string(),
        "A-002",
        "numbering goes on after the copied numbers"
    );
    let again = copy();
    assert_eq!(again.status.code(), Some(8));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("in the target database already"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn a_subscriber_whose_connection_is_cut_reconnects_and_misses_nothing() {
    let b = Backend::own_postgres_database();
    let config = b.config();
    let store = b.open();
    let heard = Arc::new(Mutex::new(Vec::new()));
    let troubles = Arc::new(Mutex::new(Vec::new()));
    let (into, trouble) = (heard.clone(), troubles.clone());
    let subscription = tickets::subscribe(
        &config,
        at(MORNING),
        store.last_event().unwrap(),
        move |e| into.lock().unwrap().push(e.number.to_string()),
        move |e| trouble.lock().unwrap().push(e.map(|e| e.to_string())),
    );
    let wait_for = |n: usize| {
        let deadline = Instant::now() + Duration::from_secs(10);
        while heard.lock().unwrap().len() < n && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
    };
    std::thread::sleep(Duration::from_millis(300));
    store.issue(&cert(&b.config()), at(MORNING)).unwrap();
    wait_for(1);
    // The server ends every connection of the subscriber (its LISTEN and its reads).
    let cut = PgCluster::shared().psql(
        "postgres",
        &format!(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
             WHERE datname = '{}' AND pid <> pg_backend_pid()
             AND (query LIKE 'LISTEN%' OR query LIKE '%FROM events%')",
            b.database_name()
        ),
    );
    assert_ne!(
        cut, "0",
        "the subscriber's connections were found and ended"
    );
    // Changes made while it is away, and after.
    store.issue(&cert(&config), at(MORNING)).unwrap();
    store.issue(&cert(&config), at(MORNING)).unwrap();
    wait_for(3);
    drop(subscription);
    assert_eq!(*heard.lock().unwrap(), ["A-001", "A-002", "A-003"]);
    let troubles = troubles.lock().unwrap();
    assert!(
        matches!(troubles.first(), Some(Some(_))) && troubles.last() == Some(&None),
        "the loss and the return are told: {troubles:?}"
    );
}

#[test]
fn an_event_committed_after_a_later_numbered_one_still_reaches_the_subscriber() {
    use std::io::Write;
    let b = Backend::own_postgres_database();
    let config = b.config();
    let store = b.open();
    let heard = Arc::new(Mutex::new(Vec::new()));
    let into = heard.clone();
    let subscription = tickets::subscribe(
        &config,
        at(MORNING),
        store.last_event().unwrap(),
        move |e| into.lock().unwrap().push(e.number.to_string()),
        |_| {},
    );
    std::thread::sleep(Duration::from_millis(300));
    // Another writer takes the next event id and holds its transaction open...
    let cluster = PgCluster::shared();
    let mut open = cluster.psql_session(b.database_name());
    let stdin = open.stdin.as_mut().unwrap();
    writeln!(
        stdin,
        "BEGIN; INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window_id, language)
         VALUES ('{}', '2027-05-06 09:00', 'issued', 0, 'Z', 9, 'certificates', 'ja');
         SELECT pg_notify('madoguchi_queue', '{}');",
        b.office, b.office
    )
    .unwrap();
    stdin.flush().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let idle = format!(
        "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction' AND datname = '{}'",
        b.database_name()
    );
    while cluster.psql("postgres", &idle) == "0" {
        assert!(
            Instant::now() < deadline,
            "the open transaction never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // ... while a kiosk's ticket, numbered after it, commits first.
    store.issue(&cert(&config), at(MORNING)).unwrap();
    let wait_for = |n: usize| {
        let deadline = Instant::now() + Duration::from_secs(10);
        while heard.lock().unwrap().len() < n && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
    };
    wait_for(1);
    writeln!(open.stdin.as_mut().unwrap(), "COMMIT;").unwrap();
    drop(open.stdin.take());
    open.wait().unwrap();
    wait_for(2);
    drop(subscription);
    assert_eq!(*heard.lock().unwrap(), ["A-001", "Z-009"]);
}

#[test]
fn a_kiosk_started_while_postgresql_is_down_issues_once_it_is_up() {
    let cluster = PgCluster::new();
    let url = cluster.create_database("late");
    cluster.stop();
    let b = Backend {
        kind: Kind::Postgres,
        dir: tempfile::tempdir().unwrap(),
        database: Database::Postgres(url),
        office: unique("office"),
    };
    let config = b.config();
    // It opens (a kiosk must start and say plainly that tickets cannot be issued now)...
    let store = tickets::open(&config, at(MORNING)).unwrap();
    let down = store.issue(&cert(&config), at(MORNING)).unwrap_err();
    assert!(
        matches!(down, StoreError::Unreachable { .. }) && down.is_outage(),
        "{down}"
    );
    // ... and issues, on the same store, once the server is there, creating its tables.
    cluster.start();
    let ticket = store.issue(&cert(&config), at(MORNING)).unwrap();
    assert_eq!(ticket.number.to_string(), "A-001");
}

#[test]
fn a_database_that_does_not_exist_or_is_newer_is_named_with_what_to_do() {
    let cluster = PgCluster::shared();
    let mut b = Backend::own_postgres_database();
    let config = b.config();
    drop(tickets::open(&config, at(MORNING)).unwrap());
    cluster.psql(b.database_name(), "UPDATE schema_version SET version = 99");
    let newer = tickets::open(&config, at(MORNING)).err().unwrap();
    assert!(
        matches!(
            newer,
            StoreError::TooNew {
                found_version: 99,
                ..
            }
        ),
        "{newer}"
    );
    b.database = Database::Postgres(cluster.url("no_such_database"));
    let missing = tickets::open(&b.config(), at(MORNING)).err().unwrap();
    assert!(
        matches!(missing, StoreError::CannotOpen { .. })
            && missing.to_string().contains("createdb"),
        "{missing}"
    );
}
