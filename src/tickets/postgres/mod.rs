//! The ticket store on a PostgreSQL server that an office's kiosks, desks and server share: one statement per number, `SKIP LOCKED` calls, NOTIFY on every change.

mod connection;
mod hosts;
mod kiosks;
mod offices;
mod schema;
mod staff;
mod tls;

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, GenericClient, Row, Transaction};

use crate::domain::TicketNumber;
use crate::queue::{self, Event, EventKind, Move, Progress, State};
use crate::secret::pin::EntryLock;

use super::{
    AuditEntry, Brief, Export, KioskSetting, Offices, Order, PrintOutcome, SCHEMA_VERSION,
    StoreError, Ticket, TicketStore,
};
use connection::Failure;
pub(crate) use connection::describe;
pub use connection::{PgConnector, connector};
pub use hosts::{HostAnswer, HostRole, survey};
use schema::ensure_schema;
pub use tls::TlsMode;

/// The channel every change is announced on; the payload is the office.
pub const CHANNEL: &str = "madoguchi_queue";

/// Every call to the database gives up after this, with [`StoreError::Unreachable`]: a
/// resident at the kiosk is told within seconds, not left watching a spinner.
pub const DEADLINE: Duration = Duration::from_secs(5);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
const IMPORT_DEADLINE: Duration = Duration::from_secs(30 * 60);
/// The server aborts a transaction idle this long (its client is gone).
pub const IDLE_IN_TRANSACTION: Duration = Duration::from_secs(10);
/// As in the SQLite store: a ticket pending this long from another kiosk was never printed.
const INTERRUPTED_AFTER_SECS: i64 = 60;

pub struct PgStore {
    /// The runtime the database futures run on: the store is called from plain threads.
    runtime: tokio::runtime::Runtime,
    connector: PgConnector,
    /// Shown in messages: the URL without a password.
    server: String,
    /// None after the connection was lost; the next call connects again.
    client: RefCell<Option<Client>>,
    office: String,
    session: String,
}

impl PgStore {
    /// Connects to `url` for `office` (the password from `password`, else from `.pgpass`),
    /// creates or checks the schema, and marks tickets a dead kiosk left pending.
    pub fn open(
        url: &str,
        password: Option<&str>,
        office: &str,
        now: NaiveDateTime,
    ) -> Result<PgStore, StoreError> {
        let server = crate::domain::without_password(url);
        let connector = connector(url, password).map_err(|reason| StoreError::CannotOpen {
            path: server.clone(),
            reason,
        })?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| StoreError::Other(format!("cannot start the database runtime: {e}")))?;
        let store = PgStore {
            runtime,
            connector,
            server,
            client: RefCell::new(None),
            office: office.to_owned(),
            session: super::session_id(),
        };
        // The first call connects, and creates or checks the schema.
        let marked = store.with_client(async |c, office, session| {
            let before = now - chrono::Duration::seconds(INTERRUPTED_AFTER_SECS);
            c.execute(
                "UPDATE tickets SET outcome = 'interrupted'
                 WHERE office = $1 AND outcome = 'pending' AND session <> $2 AND issued_at < $3",
                &[&office, &session, &before],
            )
            .await?;
            Ok(())
        });
        match marked {
            // A server that is down now is tried again at each call: the kiosk starts, says
            // tickets cannot be issued right now, and is back by itself when the server is.
            Err(e @ StoreError::Unreachable { .. }) => {
                tracing::warn!("{e}; trying again at the next ticket");
                Ok(store)
            }
            Err(e) => Err(e),
            Ok(()) => Ok(store),
        }
    }

    /// How to reach the database, for a subscriber's own connection.
    pub fn connector(&self) -> &PgConnector {
        &self.connector
    }

    /// Runs `work` on the connection (connecting first when there is none) within
    /// [`DEADLINE`]. A lost connection or a deadline passed drops the connection, so the
    /// next call starts afresh: the kiosk is back by itself once the server is.
    fn with_client<T>(
        &self,
        work: impl AsyncFnOnce(&mut Client, &str, &str) -> Result<T, tokio_postgres::Error>,
    ) -> Result<T, StoreError> {
        self.within(DEADLINE, work)
    }

    /// [`Self::with_client`] with another deadline (`db copy`'s one long transaction).
    fn within<T>(
        &self,
        deadline: Duration,
        work: impl AsyncFnOnce(&mut Client, &str, &str) -> Result<T, tokio_postgres::Error>,
    ) -> Result<T, StoreError> {
        let mut slot = self.client.borrow_mut();
        let result = self.runtime.block_on(async {
            // Let the connection's task notice a connection the server closed while the
            // store was idle, so this call connects afresh instead of failing on it.
            tokio::task::yield_now().await;
            tokio::time::timeout(deadline, async {
                if slot.as_ref().is_none_or(Client::is_closed) {
                    *slot = Some(self.connect().await?);
                }
                let Some(client) = slot.as_mut() else {
                    return Err(Failure::Lost("no connection".into()));
                };
                work(client, &self.office, &self.session)
                    .await
                    .map_err(Failure::Db)
            })
            .await
            .unwrap_or(Err(Failure::Deadline))
        });
        result.map_err(|failure| {
            let error = self.error(&failure);
            if error.is_outage() {
                *slot = None;
            }
            error
        })
    }

    /// A new connection, with the schema created, upgraded or checked on it.
    async fn connect(&self) -> Result<Client, Failure> {
        let (mut client, connection) = self.connector.connect().await.map_err(|e| {
            // The server's refusal (a wrong password, no such database) is named, and so is
            // TLS that failed (a certificate, a server without TLS); anything else is the
            // server not being there.
            if e.as_db_error().is_some() {
                Failure::Db(e)
            } else if let Some(reason) = tls::failure(&e, self.connector.mode) {
                Failure::Tls(reason)
            } else if self.connector.config.get_target_session_attrs()
                == tokio_postgres::config::TargetSessionAttrs::ReadWrite
            {
                Failure::Lost(format!(
                    "{}; no host of the URL took writes (down, or a standby not yet promoted)",
                    describe(&e)
                ))
            } else {
                Failure::Lost(describe(&e))
            }
        })?;
        self.runtime.spawn(async move {
            if let Err(e) = connection.await {
                tracing::warn!("the ticket database connection ended: {}", describe(&e));
            }
        });
        let version = ensure_schema(&mut client).await.map_err(Failure::Db)?;
        if version > SCHEMA_VERSION {
            return Err(Failure::TooNew(version));
        }
        Ok(client)
    }

    fn error(&self, failure: &Failure) -> StoreError {
        let unreachable = |reason: String| StoreError::Unreachable {
            server: self.server.clone(),
            reason,
        };
        match failure {
            Failure::Deadline => {
                unreachable(format!("no answer within {} seconds", DEADLINE.as_secs()))
            }
            Failure::Lost(reason) => unreachable(reason.clone()),
            Failure::Tls(reason) => StoreError::CannotOpen {
                path: self.server.clone(),
                reason: reason.clone(),
            },
            Failure::TooNew(version) => StoreError::TooNew {
                found: self.server.clone(),
                found_version: *version,
                known_version: SCHEMA_VERSION,
            },
            Failure::Db(e) => match e.code() {
                _ if e.is_closed() => unreachable(describe(e)),
                Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE => StoreError::Busy,
                Some(c) if *c == SqlState::T_R_DEADLOCK_DETECTED => StoreError::Busy,
                Some(c) if *c == SqlState::LOCK_NOT_AVAILABLE => StoreError::Busy,
                Some(c) if *c == SqlState::READ_ONLY_SQL_TRANSACTION => StoreError::ReadOnly {
                    path: self.server.clone(),
                },
                Some(c) if *c == SqlState::DISK_FULL => StoreError::DiskFull {
                    path: self.server.clone(),
                },
                Some(c) if c.code().starts_with("28") => StoreError::CannotOpen {
                    path: self.server.clone(),
                    reason: format!(
                        "{}; check the user in the URL and its password (tickets.password_file or ~/.pgpass)",
                        describe(e)
                    ),
                },
                Some(c) if *c == SqlState::INVALID_CATALOG_NAME => StoreError::CannotOpen {
                    path: self.server.clone(),
                    reason: format!("{}; create it with createdb", describe(e)),
                },
                Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => StoreError::CannotOpen {
                    path: self.server.clone(),
                    reason: format!(
                        "{}; grant the kiosk's database user its rights",
                        describe(e)
                    ),
                },
                Some(c)
                    if c.code().starts_with("08")
                        || c.code().starts_with("57P")
                        || *c == SqlState::ADMIN_SHUTDOWN =>
                {
                    unreachable(describe(e))
                }
                None => unreachable(describe(e)),
                Some(_) => StoreError::Other(describe(e)),
            },
        }
    }
}

fn row_to_ticket(row: &Row) -> Ticket {
    let seq: i32 = row.get("seq");
    let procedures: String = row.get("procedures");
    let outcome: String = row.get("outcome");
    let brief: String = row.get("brief");
    let state: String = row.get("state");
    Ticket {
        id: row.get("id"),
        day: row.get("day"),
        number: TicketNumber {
            prefix: row.get("prefix"),
            seq: u32::try_from(seq).unwrap_or_default(),
        },
        procedures: serde_json::from_str(&procedures).unwrap_or_default(),
        language: row.get("language"),
        issued_at: row.get("issued_at"),
        printed_at: row.get("printed_at"),
        outcome: PrintOutcome::from_db(&outcome),
        brief: Brief::from_json(&brief),
        queue: Progress {
            state: State::from_id(&state).unwrap_or(State::Waiting),
            window: row.get("window_id"),
            called_at: row.get("called_at"),
            serving_at: row.get("serving_at"),
            finished_at: row.get("finished_at"),
            desk: row.get("desk"),
            called_by: row.get("called_by"),
        },
        phone_token: row.get("phone_token"),
    }
}

fn row_to_event(row: &Row) -> Event {
    let kind: String = row.get("kind");
    Event {
        id: row.get("id"),
        at: row.get("at"),
        kind: EventKind::from_id(&kind).unwrap_or(EventKind::Issued),
        ticket: row.get("ticket_id"),
        number: TicketNumber {
            prefix: row.get("prefix"),
            seq: u32::try_from(row.get::<_, i32>("seq")).unwrap_or_default(),
        },
        window: row.get("window_id"),
        desk: row.get("desk"),
        language: row.get("language"),
        by: row.get("actor"),
    }
}

fn seq_i32(seq: u32) -> i32 {
    i32::try_from(seq).unwrap_or(i32::MAX)
}

/// Records the event of a change and announces it; NOTIFY is delivered at commit, so a
/// listener never hears of a change that was rolled back.
async fn insert_event(
    tx: &Transaction<'_>,
    office: &str,
    kind: EventKind,
    ticket: &Ticket,
    at: NaiveDateTime,
    by: Option<&str>,
) -> Result<(), tokio_postgres::Error> {
    // One round trip: the row and the announcement together.
    tx.execute(
        "WITH e AS (
            INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window_id, desk,
                language, actor)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id)
         SELECT pg_notify($11, $1) FROM e",
        &[
            &office,
            &at,
            &kind.id(),
            &ticket.id,
            &ticket.number.prefix,
            &seq_i32(ticket.number.seq),
            &ticket.queue.window,
            &ticket.queue.desk,
            &ticket.language,
            &by,
            &CHANNEL,
        ],
    )
    .await?;
    Ok(())
}

async fn insert_ticket(
    tx: &impl GenericClient,
    office: &str,
    session: &str,
    t: &Ticket,
) -> Result<i64, tokio_postgres::Error> {
    let q = &t.queue;
    let procedures = serde_json::to_string(&t.procedures).unwrap_or_else(|_| "[]".into());
    tx.query_one(
        "INSERT INTO tickets (office, day, window_id, prefix, seq, procedures, language,
            issued_at, printed_at, outcome, session, brief, state, called_at, serving_at,
            finished_at, desk, called_by, phone_token)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
            $19)
         RETURNING id",
        &[
            &office,
            &t.day,
            &q.window,
            &t.number.prefix,
            &seq_i32(t.number.seq),
            &procedures,
            &t.language,
            &t.issued_at,
            &t.printed_at,
            &t.outcome.to_db(),
            &session,
            &t.brief.to_json(),
            &q.state.id(),
            &q.called_at,
            &q.serving_at,
            &q.finished_at,
            &q.desk,
            &q.called_by,
            &t.phone_token,
        ],
    )
    .await
    .map(|r| r.get(0))
}

/// Applies `mv` to the locked `ticket` and records its event; a refusal is returned for
/// the caller to roll back.
async fn move_ticket(
    tx: &Transaction<'_>,
    office: &str,
    ticket: Ticket,
    mv: &Move,
    now: NaiveDateTime,
) -> Result<Result<Ticket, StoreError>, tokio_postgres::Error> {
    let ticket = match ticket.moved(mv, now) {
        Ok(ticket) => ticket,
        Err(refused) => return Ok(Err(refused)),
    };
    let q = &ticket.queue;
    tx.execute(
        "UPDATE tickets SET state = $2, window_id = $3, called_at = $4, serving_at = $5,
            finished_at = $6, desk = $7, called_by = $8
         WHERE id = $1",
        &[
            &ticket.id,
            &q.state.id(),
            &q.window,
            &q.called_at,
            &q.serving_at,
            &q.finished_at,
            &q.desk,
            &q.called_by,
        ],
    )
    .await?;
    insert_event(tx, office, mv.event(), &ticket, now, Some(mv.actor())).await?;
    Ok(Ok(ticket))
}

/// Commits `tx` when the work succeeded; a refusal rolls back (on drop).
async fn commit_if_ok<T>(
    tx: Transaction<'_>,
    result: Result<T, StoreError>,
) -> Result<Result<T, StoreError>, tokio_postgres::Error> {
    if result.is_ok() {
        tx.commit().await?;
    }
    Ok(result)
}

impl PgStore {
    /// Runs work whose answer may be a refusal (a full day, a move not allowed).
    fn decide<T>(
        &self,
        work: impl AsyncFnOnce(
            &mut Client,
            &str,
            &str,
        ) -> Result<Result<T, StoreError>, tokio_postgres::Error>,
    ) -> Result<T, StoreError> {
        self.with_client(work)?
    }

    /// Runs `work` on the connection with the office; the many simple reads and writes.
    fn run<T>(
        &self,
        work: impl AsyncFnOnce(&mut Client, &str) -> Result<T, tokio_postgres::Error>,
    ) -> Result<T, StoreError> {
        self.with_client(async |c, office, _| work(c, office).await)
    }
}

impl TicketStore for PgStore {
    fn describe(&self) -> String {
        self.server.clone()
    }

    fn issue(&self, order: &Order, now: NaiveDateTime) -> Result<Ticket, StoreError> {
        let ticket = order.ticket(now, 0);
        let procedures = serde_json::to_string(&ticket.procedures).unwrap_or_else(|_| "[]".into());
        let cap = order.daily_cap.map(seq_i32);
        let issued = self.run(async |c, office| {
            // One statement, so one round trip and its own transaction: the number from the
            // counter row (whose lock orders the kiosks, held only for this statement and its
            // commit), the ticket, its event and the announcement. At the cap the counter is
            // not moved, no ticket is inserted and nothing comes back.
            c.query_opt(
                "WITH n AS (
                    INSERT INTO counters (office, prefix, day, last) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (office, prefix, day) DO UPDATE
                      SET last = GREATEST(counters.last + 1, $4)
                      WHERE $5::INTEGER IS NULL
                         OR GREATEST(counters.last + 1, $4) - $4 + 1 <= $5::INTEGER
                    RETURNING last),
                 t AS (
                    INSERT INTO tickets (office, day, window_id, prefix, seq, procedures, language,
                        issued_at, outcome, session, brief, state, phone_token)
                    SELECT $1, $3, $6, $2, n.last, $7, $8, $9, 'pending', $10, $11, 'waiting', $13
                    FROM n RETURNING id, seq),
                 e AS (
                    INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window_id,
                        language)
                    SELECT $1, $9, 'issued', t.id, $2, t.seq, $6, $8 FROM t RETURNING id)
                 SELECT t.id, t.seq, (SELECT count(pg_notify($12, $1)) FROM e) FROM t",
                &[
                    &office,
                    &order.prefix,
                    &now.date(),
                    &seq_i32(order.start),
                    &cap,
                    &order.window,
                    &procedures,
                    &order.language,
                    &ticket.issued_at,
                    &self.session,
                    &order.brief.to_json(),
                    &CHANNEL,
                    &ticket.phone_token,
                ],
            )
            .await
            .map(|row| row.map(|r| (r.get::<_, i64>(0), r.get::<_, i32>(1))))
        })?;
        match issued {
            Some((id, seq)) => Ok(Ticket {
                id,
                number: TicketNumber {
                    prefix: order.prefix.clone(),
                    seq: u32::try_from(seq).unwrap_or_default(),
                },
                ..ticket
            }),
            None => Err(StoreError::CapReached {
                window: order.window.clone(),
                cap: order.daily_cap.unwrap_or_default(),
            }),
        }
    }

    fn record_print(
        &self,
        id: i64,
        outcome: &PrintOutcome,
        at: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let printed_at = (*outcome == PrintOutcome::Printed).then_some(at);
        let outcome = outcome.to_db();
        self.run(async |c, _| {
            c.execute(
                "UPDATE tickets SET outcome = $2, printed_at = COALESCE($3, printed_at) WHERE id = $1",
                &[&id, &outcome, &printed_at],
            )
            .await
            .map(|_| ())
        })
    }

    fn tickets_on(&self, day: NaiveDate) -> Result<Vec<Ticket>, StoreError> {
        self.office_tickets_on(&self.office, day)
    }

    fn find(&self, day: NaiveDate, number: &TicketNumber) -> Result<Ticket, StoreError> {
        let found = self.run(async |c, office| {
            c.query_opt(
                "SELECT * FROM tickets WHERE office = $1 AND day = $2 AND prefix = $3 AND seq = $4",
                &[&office, &day, &number.prefix, &seq_i32(number.seq)],
            )
            .await
            .map(|r| r.as_ref().map(row_to_ticket))
        })?;
        found.ok_or_else(|| StoreError::not_found(number, day))
    }

    fn find_by_phone(&self, token: &str) -> Result<Option<Ticket>, StoreError> {
        self.run(async |c, office| {
            c.query_opt(
                "SELECT * FROM tickets WHERE office = $1 AND phone_token = $2",
                &[&office, &token],
            )
            .await
            .map(|r| r.as_ref().map(row_to_ticket))
        })
    }

    fn call_next(
        &self,
        window: &str,
        desk: &str,
        by: &str,
        now: NaiveDateTime,
    ) -> Result<Option<Ticket>, StoreError> {
        self.decide(async |c, office, _| {
            let tx = c.transaction().await?;
            // SKIP LOCKED: a desk calling at the same instant takes the next ticket instead
            // of waiting for this one.
            let next = tx
                .query_opt(
                    &format!(
                        "SELECT * FROM tickets WHERE office = $1 AND window_id = $2 AND day = $3
                         AND state = 'waiting' ORDER BY {} LIMIT 1 FOR UPDATE SKIP LOCKED",
                        queue::CALLING_ORDER_SQL
                    ),
                    &[&office, &window, &now.date()],
                )
                .await?;
            let Some(row) = next else {
                return Ok(Ok(None));
            };
            let mv = Move::Call {
                desk: desk.to_owned(),
                by: by.to_owned(),
            };
            let moved = move_ticket(&tx, office, row_to_ticket(&row), &mv, now).await?;
            commit_if_ok(tx, moved.map(Some)).await
        })
    }

    fn advance(
        &self,
        day: NaiveDate,
        number: &TicketNumber,
        mv: &Move,
        now: NaiveDateTime,
    ) -> Result<Ticket, StoreError> {
        self.decide(async |c, office, _| {
            let tx = c.transaction().await?;
            let row = tx
                .query_opt(
                    "SELECT * FROM tickets WHERE office = $1 AND day = $2 AND prefix = $3
                     AND seq = $4 FOR UPDATE",
                    &[&office, &day, &number.prefix, &seq_i32(number.seq)],
                )
                .await?;
            let Some(row) = row else {
                return Ok(Err(StoreError::not_found(number, day)));
            };
            let moved = move_ticket(&tx, office, row_to_ticket(&row), mv, now).await?;
            commit_if_ok(tx, moved).await
        })
    }

    fn close_days_before(&self, today: NaiveDate, now: NaiveDateTime) -> Result<u32, StoreError> {
        self.run(async |c, office| {
            // One statement: the tickets closed, an event for each, and the announcement.
            c.query_one(
                "WITH c AS (
                    UPDATE tickets SET state = 'not_served', finished_at = $3
                    WHERE office = $1 AND day < $2 AND state IN ('waiting', 'called')
                    RETURNING id, prefix, seq, window_id, desk, language),
                 e AS (
                    INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window_id, desk,
                        language)
                    SELECT $1, $3, 'not_served', id, prefix, seq, window_id, desk, language
                    FROM c ORDER BY id RETURNING id)
                 SELECT (SELECT count(*) FROM c),
                        (SELECT count(pg_notify($4, $1)) FROM (SELECT 1 FROM e LIMIT 1) AS first)",
                &[&office, &today, &now, &CHANNEL],
            )
            .await
            .map(|r| u32::try_from(r.get::<_, i64>(0)).unwrap_or(u32::MAX))
        })
    }

    fn events_after(&self, after: i64, limit: u32) -> Result<Vec<Event>, StoreError> {
        let limit = i64::from(limit);
        self.run(async |c, office| {
            let rows = c
                .query(
                    "SELECT * FROM events WHERE office = $1 AND id > $2 ORDER BY id LIMIT $3",
                    &[&office, &after, &limit],
                )
                .await?;
            Ok(rows.iter().map(row_to_event).collect())
        })
    }

    fn last_event(&self) -> Result<i64, StoreError> {
        self.run(async |c, office| {
            c.query_one(
                "SELECT COALESCE(max(id), 0) FROM events WHERE office = $1",
                &[&office],
            )
            .await
            .map(|r| r.get(0))
        })
    }

    fn writable(&self) -> Result<(), StoreError> {
        hosts::writable(self)
    }

    fn record_action(
        &self,
        at: NaiveDateTime,
        action: &str,
        outcome: &str,
    ) -> Result<(), StoreError> {
        self.run(async |c, office| {
            c.execute(
                "INSERT INTO audit (office, at, action, outcome) VALUES ($1, $2, $3, $4)",
                &[&office, &at, &action, &outcome],
            )
            .await
            .map(|_| ())
        })
    }

    fn recent_actions(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let limit = i64::from(limit);
        self.run(async |c, office| {
            let rows = c
                .query(
                    "SELECT at, action, outcome FROM audit WHERE office = $1
                     ORDER BY id DESC LIMIT $2",
                    &[&office, &limit],
                )
                .await?;
            Ok(rows
                .iter()
                .map(|r| AuditEntry {
                    at: r.get(0),
                    action: r.get(1),
                    outcome: r.get(2),
                })
                .collect())
        })
    }

    fn last_write(&self) -> Result<Option<NaiveDateTime>, StoreError> {
        self.run(async |c, office| {
            c.query_one(
                "SELECT GREATEST(
                    (SELECT max(issued_at) FROM tickets WHERE office = $1),
                    (SELECT max(printed_at) FROM tickets WHERE office = $1),
                    (SELECT max(at) FROM events WHERE office = $1),
                    (SELECT max(at) FROM audit WHERE office = $1))",
                &[&office],
            )
            .await
            .map(|r| r.get(0))
        })
    }

    fn entry_lock(&self) -> Result<EntryLock, StoreError> {
        self.run(async |c, office| {
            let row = c
                .query_opt(
                    "SELECT wrong_in_a_row, locked_until FROM staff_entry WHERE office = $1",
                    &[&office],
                )
                .await?;
            Ok(row.map_or_else(EntryLock::default, |r| EntryLock {
                wrong_in_a_row: u32::try_from(r.get::<_, i32>(0)).unwrap_or_default(),
                locked_until: r.get(1),
            }))
        })
    }

    fn set_entry_lock(&self, lock: EntryLock) -> Result<(), StoreError> {
        let wrong = i32::try_from(lock.wrong_in_a_row).unwrap_or(i32::MAX);
        self.run(async |c, office| {
            c.execute(
                "INSERT INTO staff_entry (office, wrong_in_a_row, locked_until) VALUES ($1, $2, $3)
                 ON CONFLICT (office) DO UPDATE SET wrong_in_a_row = $2, locked_until = $3",
                &[&office, &wrong, &lock.locked_until],
            )
            .await
            .map(|_| ())
        })
    }

    fn closed_counters(&self, day: NaiveDate) -> Result<BTreeSet<String>, StoreError> {
        self.run(async |c, office| {
            let rows = c
                .query(
                    "SELECT window_id FROM closed_counters WHERE office = $1 AND day = $2",
                    &[&office, &day],
                )
                .await?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })
    }

    fn set_counter_closed(
        &self,
        day: NaiveDate,
        window: &str,
        closed: bool,
    ) -> Result<(), StoreError> {
        let sql = if closed {
            "INSERT INTO closed_counters (office, day, window_id) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM closed_counters WHERE office = $1 AND day = $2 AND window_id = $3"
        };
        self.run(async |c, office| c.execute(sql, &[&office, &day, &window]).await.map(|_| ()))
    }

    fn setting(&self, setting: KioskSetting) -> Result<Option<String>, StoreError> {
        self.run(async |c, office| {
            c.query_opt(
                "SELECT value FROM kiosk_state WHERE office = $1 AND key = $2",
                &[&office, &setting.key()],
            )
            .await
            .map(|r| r.map(|r| r.get(0)))
        })
    }

    fn set_setting(&self, setting: KioskSetting, value: Option<&str>) -> Result<(), StoreError> {
        self.run(async |c, office| {
            match value {
                Some(v) => {
                    c.execute(
                        "INSERT INTO kiosk_state (office, key, value) VALUES ($1, $2, $3)
                         ON CONFLICT (office, key) DO UPDATE SET value = $3",
                        &[&office, &setting.key(), &v],
                    )
                    .await
                }
                None => {
                    c.execute(
                        "DELETE FROM kiosk_state WHERE office = $1 AND key = $2",
                        &[&office, &setting.key()],
                    )
                    .await
                }
            }
            .map(|_| ())
        })
    }

    fn export(&self) -> Result<Export, StoreError> {
        let tickets = self.run(async |c, office| {
            let rows = c
                .query(
                    "SELECT * FROM tickets WHERE office = $1 ORDER BY id",
                    &[&office],
                )
                .await?;
            Ok(rows.iter().map(row_to_ticket).collect())
        })?;
        Export::with_history(self, tickets)
    }

    fn import(&self, export: &Export) -> Result<(), StoreError> {
        // An office's history is thousands of rows: one transaction, with time for them.
        let deadline = IMPORT_DEADLINE;
        self.within(deadline, async |c, office, session| {
            let tx = c.transaction().await?;
            let mut ids = std::collections::HashMap::new();
            for t in &export.tickets {
                let seq = seq_i32(t.number.seq);
                let there = tx
                    .query_opt(
                        "SELECT id FROM tickets WHERE office = $1 AND day = $2 AND prefix = $3
                         AND seq = $4",
                        &[&office, &t.day, &t.number.prefix, &seq],
                    )
                    .await?;
                if there.is_some() {
                    return Ok(Err(super::already_there(t)));
                }
                ids.insert(t.id, insert_ticket(&tx, office, session, t).await?);
                tx.execute(
                    "INSERT INTO counters (office, prefix, day, last) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (office, prefix, day) DO UPDATE
                       SET last = GREATEST(counters.last, $4)",
                    &[&office, &t.number.prefix, &t.day, &seq],
                )
                .await?;
            }
            for e in &export.events {
                tx.execute(
                    "INSERT INTO events (office, at, kind, ticket_id, prefix, seq, window_id, desk,
                        language, actor)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    &[
                        &office,
                        &e.at,
                        &e.kind.id(),
                        &ids.get(&e.ticket).copied().unwrap_or(e.ticket),
                        &e.number.prefix,
                        &seq_i32(e.number.seq),
                        &e.window,
                        &e.desk,
                        &e.language,
                        &e.by,
                    ],
                )
                .await?;
            }
            for a in &export.audit {
                tx.execute(
                    "INSERT INTO audit (office, at, action, outcome) VALUES ($1, $2, $3, $4)",
                    &[&office, &a.at, &a.action, &a.outcome],
                )
                .await?;
            }
            tx.commit().await?;
            Ok(Ok(()))
        })?
    }
}
