//! The office database's tables, created once by whichever kiosk or server connects first.

use tokio_postgres::Client;

use crate::tickets::SCHEMA_VERSION;

/// Schema 2, the first on PostgreSQL. `window` is an SQL keyword there: the column is
/// `window_id`. Days are the office's business days (Asia/Tokyo) and times are local, as
/// the kiosks keep them.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS counters (
    office  TEXT NOT NULL,
    prefix  TEXT NOT NULL,
    day     DATE NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (office, prefix, day)
);
CREATE TABLE IF NOT EXISTS tickets (
    id          BIGSERIAL PRIMARY KEY,
    office      TEXT NOT NULL,
    day         DATE NOT NULL,
    window_id   TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    procedures  TEXT NOT NULL,
    language    TEXT NOT NULL,
    issued_at   TIMESTAMP NOT NULL,
    printed_at  TIMESTAMP,
    outcome     TEXT NOT NULL,
    session     TEXT NOT NULL,
    brief       TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'waiting',
    called_at   TIMESTAMP,
    serving_at  TIMESTAMP,
    finished_at TIMESTAMP,
    desk        TEXT,
    called_by   TEXT,
    UNIQUE (office, prefix, day, seq)
);
CREATE INDEX IF NOT EXISTS tickets_by_day ON tickets (office, day, id);
CREATE INDEX IF NOT EXISTS tickets_waiting ON tickets (office, window_id, state, issued_at, id);
CREATE INDEX IF NOT EXISTS tickets_open ON tickets (office, day) WHERE state IN ('waiting', 'called');
CREATE TABLE IF NOT EXISTS events (
    id          BIGSERIAL PRIMARY KEY,
    office      TEXT NOT NULL,
    at          TIMESTAMP NOT NULL,
    kind        TEXT NOT NULL,
    ticket_id   BIGINT NOT NULL,
    prefix      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    window_id   TEXT NOT NULL,
    desk        TEXT,
    language    TEXT NOT NULL,
    actor       TEXT
);
CREATE INDEX IF NOT EXISTS events_by_office ON events (office, id);
CREATE TABLE IF NOT EXISTS audit (
    id      BIGSERIAL PRIMARY KEY,
    office  TEXT NOT NULL,
    at      TIMESTAMP NOT NULL,
    action  TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_entry (
    office          TEXT PRIMARY KEY,
    wrong_in_a_row  INTEGER NOT NULL,
    locked_until    TIMESTAMP
);
CREATE TABLE IF NOT EXISTS closed_counters (
    office  TEXT NOT NULL,
    day     DATE NOT NULL,
    window_id TEXT NOT NULL,
    PRIMARY KEY (office, day, window_id)
);
CREATE TABLE IF NOT EXISTS kiosk_state (
    office  TEXT NOT NULL,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (office, key)
);
ALTER TABLE tickets ADD COLUMN IF NOT EXISTS phone_token TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS tickets_by_phone ON tickets (phone_token)
    WHERE phone_token IS NOT NULL;
CREATE TABLE IF NOT EXISTS staff (
    office          TEXT NOT NULL,
    name            TEXT NOT NULL,
    windows         TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    wrong_in_a_row  INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    api_token       TEXT UNIQUE,
    api_token_expires TIMESTAMP,
    PRIMARY KEY (office, name)
);
CREATE TABLE IF NOT EXISTS staff_sessions (
    digest      TEXT PRIMARY KEY,
    office      TEXT NOT NULL,
    name        TEXT NOT NULL,
    window_id   TEXT,
    desk        TEXT,
    csrf        TEXT NOT NULL,
    last_seen   TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS offices (
    office      TEXT PRIMARY KEY,
    listing     TEXT NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS imported_visits (
    id          BIGSERIAL PRIMARY KEY,
    office      TEXT NOT NULL,
    window_id   TEXT NOT NULL,
    issued_at   TIMESTAMP NOT NULL,
    called_at   TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    outcome     TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS imported_visits_by_office ON imported_visits (office, issued_at);
-- Schema 3 and 4 made the staff table without the tokens' expiry.
ALTER TABLE staff ADD COLUMN IF NOT EXISTS api_token_expires TIMESTAMP;
-- Before schema 6 there were no roles: every member was a clerk.
ALTER TABLE staff ADD COLUMN IF NOT EXISTS role TEXT NOT NULL DEFAULT 'clerk';
CREATE TABLE IF NOT EXISTS kiosks (
    office  TEXT NOT NULL,
    kiosk   TEXT NOT NULL,
    beat    TEXT NOT NULL,
    PRIMARY KEY (office, kiosk)
);
CREATE TABLE IF NOT EXISTS kiosk_orders (
    id          BIGSERIAL PRIMARY KEY,
    office      TEXT NOT NULL,
    kiosk       TEXT NOT NULL,
    action      TEXT NOT NULL,
    ticket      TEXT,
    by_name     TEXT NOT NULL,
    asked_at    TIMESTAMP NOT NULL,
    done_at     TIMESTAMP,
    outcome     TEXT
);
CREATE INDEX IF NOT EXISTS kiosk_orders_open ON kiosk_orders (office, kiosk) WHERE done_at IS NULL;
";

/// Serialises the schema's creation between kiosks starting at once (any fixed key).
const SCHEMA_LOCK: i64 = 0x6d61_646f_6775_6368;

/// Creates the tables on a new database, or upgrades them, and returns the schema version
/// found. A database already at this version is only read: the DDL (and the locks it
/// takes) runs once, not at every connection.
pub(super) async fn ensure_schema(client: &mut Client) -> Result<i64, tokio_postgres::Error> {
    let tx = client.transaction().await?;
    // The table is named only once it is known to exist: a query naming a missing table
    // fails as it is planned.
    let exists: bool = tx
        .query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])
        .await?
        .get(0);
    let version = if exists {
        let row = tx
            .query_one("SELECT COALESCE(max(version), 0) FROM schema_version", &[])
            .await?;
        i64::from(row.get::<_, i32>(0))
    } else {
        0
    };
    if version >= SCHEMA_VERSION {
        return Ok(version);
    }
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])
        .await?;
    tx.batch_execute(SCHEMA).await?;
    tx.execute("DELETE FROM schema_version", &[]).await?;
    tx.execute(
        "INSERT INTO schema_version (version) VALUES ($1)",
        &[&(SCHEMA_VERSION as i32)],
    )
    .await?;
    tx.commit().await?;
    Ok(SCHEMA_VERSION)
}
