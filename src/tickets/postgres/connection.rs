//! Reaching PostgreSQL: the URL with the password given, or libpq's `.pgpass`, its TLS, and what a failure means for the caller.

use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio_postgres::config::Host;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::tls::{self, TlsMode};
use super::{CONNECT_TIMEOUT, DEADLINE, IDLE_IN_TRANSACTION};

/// How to reach the database: the settings tokio-postgres reads, and the TLS they ask for.
#[derive(Clone)]
pub struct PgConnector {
    pub config: tokio_postgres::Config,
    pub tls: MakeRustlsConnect,
    pub mode: TlsMode,
}

impl PgConnector {
    /// A connection to the first host that takes it (the writable one, with
    /// `target_session_attrs=read-write`), and the task that drives it.
    pub async fn connect(
        &self,
    ) -> Result<
        (
            tokio_postgres::Client,
            tokio_postgres::Connection<
                tokio_postgres::Socket,
                <MakeRustlsConnect as tokio_postgres::tls::MakeTlsConnect<
                    tokio_postgres::Socket,
                >>::Stream,
            >,
        ),
        tokio_postgres::Error,
    > {
        self.config.connect(self.tls.clone()).await
    }

    /// Each host of the URL as `host:port`, in the URL's order.
    pub fn hosts(&self) -> Vec<String> {
        let ports = self.config.get_ports();
        self.config
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, host)| {
                let port = ports.get(i).or(ports.first()).copied().unwrap_or(5432);
                match host {
                    Host::Tcp(name) => format!("{name}:{port}"),
                    Host::Unix(dir) => format!("{}:{port} (socket)", dir.display()),
                }
            })
            .collect()
    }
}

/// How a call to the database went wrong, before it is named for staff.
pub(super) enum Failure {
    Deadline,
    Lost(String),
    /// TLS failed: the words say which host and what was wrong.
    Tls(String),
    Db(tokio_postgres::Error),
    /// The schema is of a later madoguchi.
    TooNew(i64),
}

/// The server's own message when there is one ("password authentication failed for user
/// …"), else the client's.
pub(crate) fn describe(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_owned(),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text = format!("{text}: {s}");
                source = s.source();
            }
            text
        }
    }
}

/// The URL's settings, with the password given or found in `.pgpass`, and the timeouts a
/// kiosk needs.
pub fn connector(url: &str, password: Option<&str>) -> Result<PgConnector, String> {
    let shown = crate::domain::without_password(url);
    let (rest, settings) = crate::domain::tls_settings(url).map_err(|e| format!("{shown}: {e}"))?;
    let mut config: tokio_postgres::Config = rest.parse().map_err(|e| {
        format!(
            "{shown} is not a PostgreSQL URL ({e}); write it as postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=/etc/madoguchi/db-ca.pem"
        )
    })?;
    let mode = settings.mode;
    config.ssl_mode(if mode == TlsMode::Disable {
        tokio_postgres::config::SslMode::Disable
    } else {
        tokio_postgres::config::SslMode::Require
    });
    let tls = tls::connector(&settings).map_err(|e| format!("{shown}: {e}"))?;
    // The server ends what the client has given up on: a statement past the deadline, a
    // lock waited for too long, and a transaction left open by a client that vanished
    // (so no change can commit long after its event was numbered; see subscribe.rs).
    let options = format!(
        "{} -c statement_timeout={} -c lock_timeout={} -c idle_in_transaction_session_timeout={}",
        config.get_options().unwrap_or(""),
        DEADLINE.as_millis(),
        DEADLINE.as_millis() - 1000,
        IDLE_IN_TRANSACTION.as_millis()
    );
    config
        .connect_timeout(CONNECT_TIMEOUT)
        .keepalives(true)
        .keepalives_idle(Duration::from_secs(30))
        .application_name("madoguchi")
        .options(options.trim_start());
    if let Some(password) = password {
        config.password(password);
    } else if config.get_password().is_none()
        && let Some(file) = pgpass_file()
        && let Some(found) = pgpass_lookup(&file, &config)
    {
        config.password(found);
    }
    Ok(PgConnector { config, tls, mode })
}

/// `$PGPASSFILE`, else `~/.pgpass`, as libpq looks for it.
fn pgpass_file() -> Option<PathBuf> {
    std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass")))
        .filter(|p| p.exists())
}

/// The password of the first `.pgpass` line (`host:port:database:user:password`, `*` for
/// any, `\` escaping `:` and `\`) that matches. libpq ignores a file others can read; so
/// does this, with a warning.
fn pgpass_lookup(file: &Path, config: &tokio_postgres::Config) -> Option<String> {
    if let Err(message) = crate::config::check_private(file) {
        tracing::warn!("{message}; the password in it is not used");
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        Some(tokio_postgres::config::Host::Unix(_)) | None => "localhost".to_owned(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or("").to_owned();
    let database = config
        .get_dbname()
        .map_or_else(|| user.clone(), str::to_owned);
    let wanted = [host, port, database, user];
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(pgpass_fields)
        .find(|fields| {
            fields.len() == 5
                && fields[..4]
                    .iter()
                    .zip(&wanted)
                    .all(|(f, w)| f == "*" || f == w)
        })
        .map(|mut fields| fields.remove(4))
}

fn pgpass_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(last)) = (chars.next(), fields.last_mut()) {
                    last.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(last) = fields.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgpass_lines_split_on_unescaped_colons() {
        assert_eq!(
            pgpass_fields(r"db.city:5432:madoguchi:kiosk:pa\:ss\\word"),
            ["db.city", "5432", "madoguchi", "kiosk", r"pa:ss\word"]
        );
        assert_eq!(pgpass_fields("*:*:*:*:a:b"), ["*", "*", "*", "*", "a:b"]);
    }

    #[test]
    fn the_first_matching_pgpass_line_gives_the_password() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# office database\nother:5432:madoguchi:kiosk:no\ndb.city:*:madoguchi:kiosk:yes\n",
        )
        .unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let config: tokio_postgres::Config =
            "postgresql://kiosk@db.city:6543/madoguchi".parse().unwrap();
        assert_eq!(pgpass_lookup(&file, &config).as_deref(), Some("yes"));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(
            pgpass_lookup(&file, &config),
            None,
            "a file others can read is not used"
        );
    }
}
