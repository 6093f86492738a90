//! Which of the URL's hosts answers, and as what: the writable primary or a standby, for `check-config`.

use tokio_postgres::config::Host;

use super::PgStore;
use super::connection::{PgConnector, describe};
use crate::tickets::{StoreError, TicketStore};

/// One host of the URL, as it answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostAnswer {
    /// `host:port`.
    pub host: String,
    pub role: Result<HostRole, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostRole {
    /// Takes writes: tickets are issued here.
    Primary,
    /// In recovery (a streaming standby): read-only until promoted.
    Standby,
}

/// Asks each host of `connector` on its own whether it is in recovery, each within the
/// connection timeout.
pub fn survey(connector: &PgConnector) -> Vec<HostAnswer> {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let config = &connector.config;
    let ports = config.get_ports();
    connector
        .hosts()
        .into_iter()
        .zip(config.get_hosts())
        .enumerate()
        .map(|(i, (shown, host))| {
            let mut one = one_host(config, i, host, ports.get(i).or(ports.first()).copied());
            let tls = connector.tls.clone();
            let role = runtime.block_on(async {
                let connecting =
                    one.target_session_attrs(tokio_postgres::config::TargetSessionAttrs::Any);
                let (client, connection) =
                    tokio::time::timeout(super::DEADLINE, connecting.connect(tls))
                        .await
                        .map_err(|_| "no answer".to_owned())?
                        .map_err(|e| describe(&e))?;
                let driver = tokio::spawn(connection);
                let row = client
                    .query_one("SELECT pg_is_in_recovery()", &[])
                    .await
                    .map_err(|e| describe(&e))?;
                drop(client);
                let _ = driver.await;
                Ok(if row.get::<_, bool>(0) {
                    HostRole::Standby
                } else {
                    HostRole::Primary
                })
            });
            HostAnswer { host: shown, role }
        })
        .collect()
}

/// The same settings with one host and port in place of the URL's list.
fn one_host(
    all: &tokio_postgres::Config,
    index: usize,
    host: &Host,
    port: Option<u16>,
) -> tokio_postgres::Config {
    {
        let mut one = tokio_postgres::Config::new();
        match host {
            Host::Tcp(name) => one.host(name),
            Host::Unix(dir) => one.host_path(dir),
        };
        one.port(port.unwrap_or(5432));
        if let Some(user) = all.get_user() {
            one.user(user);
        }
        if let Some(password) = all.get_password() {
            one.password(password);
        }
        if let Some(db) = all.get_dbname() {
            one.dbname(db);
        }
        if let Some(options) = all.get_options() {
            one.options(options);
        }
        if let Some(timeout) = all.get_connect_timeout() {
            one.connect_timeout(*timeout);
        }
        if let Some(addr) = all.get_hostaddrs().get(index) {
            one.hostaddr(*addr);
        }
        one.channel_binding(all.get_channel_binding());
        one.ssl_mode(all.get_ssl_mode())
            .application_name("madoguchi check-config");
        one
    }
}

/// Whether the server the store is connected to takes writes: a standby in recovery, or a
/// server set read-only, does not.
pub(super) fn writable(store: &PgStore) -> Result<(), StoreError> {
    let read_only = store.run(async |c, _office| {
        c.query_one(
            "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on'",
            &[],
        )
        .await
        .map(|r| r.get::<_, bool>(0))
    })?;
    if read_only {
        Err(StoreError::ReadOnly {
            path: store.describe(),
        })
    } else {
        Ok(())
    }
}
