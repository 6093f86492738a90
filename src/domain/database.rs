//! Where the ticket store is (`tickets.database`): an SQLite file for one PC, or a PostgreSQL URL for an office.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

/// Where the ticket store is.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// A file, relative to kiosk.toml; created on first start.
    Sqlite(PathBuf),
    /// `postgresql://user@host:port/dbname`: the password comes from `tickets.password_file`
    /// or libpq's `.pgpass`, never from kiosk.toml.
    Postgres(String),
}

impl Database {
    /// A `postgresql://` or `postgres://` URL names PostgreSQL; anything else is a file.
    pub fn parse(text: &str) -> Database {
        if text.starts_with("postgresql://") || text.starts_with("postgres://") {
            Database::Postgres(text.to_owned())
        } else {
            Database::Sqlite(PathBuf::from(text))
        }
    }

    /// The SQLite file, if it is one.
    pub fn file(&self) -> Option<&std::path::Path> {
        match self {
            Database::Sqlite(path) => Some(path),
            Database::Postgres(_) => None,
        }
    }
}

impl From<PathBuf> for Database {
    fn from(path: PathBuf) -> Database {
        Database::Sqlite(path)
    }
}

impl<'de> Deserialize<'de> for Database {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Database, D::Error> {
        Ok(Database::parse(&String::deserialize(d)?))
    }
}

/// Shown as written, except a password someone put in the URL.
impl fmt::Display for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Database::Sqlite(path) => write!(f, "{}", path.display()),
            Database::Postgres(url) => f.write_str(&without_password(url)),
        }
    }
}

impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Database({self})")
    }
}

/// `postgresql://user:secret@host/db?password=secret` as `postgresql://user@host/db`: the
/// password taken out wherever the URL holds it (a `/` in it included).
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let without_user_password = match before_query.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split_once(':').map_or(user, |(u, _)| u);
            format!("{user}@{host}")
        }
        None => before_query.to_owned(),
    };
    let query: Vec<&str> = query
        .into_iter()
        .flat_map(|q| q.split('&'))
        // Keys as libpq reads them: `pass%77ord=` is a password too.
        .filter(|p| {
            let key = p.split_once('=').map_or(*p, |(k, _)| k);
            !p.is_empty() && percent_decoded(key).as_deref() != Ok("password")
        })
        .collect();
    if query.is_empty() {
        format!("{scheme}://{without_user_password}")
    } else {
        format!("{scheme}://{without_user_password}?{}", query.join("&"))
    }
}

/// Whether a PostgreSQL URL carries a password anywhere (as libpq would read it).
pub fn has_password(url: &str) -> bool {
    without_password(url) != url
        || url
            .parse::<tokio_postgres::Config>()
            .is_ok_and(|c| c.get_password().is_some())
}

/// The URL's `sslmode`. libpq's `allow` and `prefer` are refused: both fall back to plain
/// text without a word, which is what this setting exists to rule out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain text, written out as `sslmode=disable`.
    Disable,
    /// Encrypted; the certificate is checked against `sslrootcert` when one is given (as
    /// libpq does), else not at all.
    Require,
    /// Encrypted, and the certificate signed by the CA in `sslrootcert`.
    VerifyCa,
    /// As `VerifyCa`, and the certificate is for the host name in the URL.
    VerifyFull,
}

impl TlsMode {
    pub fn name(self) -> &'static str {
        match self {
            TlsMode::Disable => "disable",
            TlsMode::Require => "require",
            TlsMode::VerifyCa => "verify-ca",
            TlsMode::VerifyFull => "verify-full",
        }
    }
}

/// What the URL says about TLS: tokio-postgres knows neither `verify-ca`, `verify-full`
/// nor `sslrootcert`, so they are taken out of the URL it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsSettings {
    pub mode: TlsMode,
    pub root: Option<PathBuf>,
}

/// Splits `sslmode` and `sslrootcert` from the URL's query, and gives the rest for
/// tokio-postgres. Plain text across a network only when written out (`sslmode=disable`); a
/// URL on Unix sockets alone never leaves the machine and needs no word.
pub fn tls_settings(url: &str) -> Result<(String, TlsSettings), String> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut mode = None;
    let mut root = None;
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decoded(key)?;
        // A second word on TLS would quietly undo the first (libpq takes the last).
        if (key == "sslmode" && mode.is_some()) || (key == "sslrootcert" && root.is_some()) {
            return Err(format!(
                "{key} is given twice; write it once, so the URL says one thing about TLS"
            ));
        }
        match key.as_str() {
            "sslmode" => {
                mode = Some(match value {
                    "disable" => TlsMode::Disable,
                    "require" => TlsMode::Require,
                    "verify-ca" => TlsMode::VerifyCa,
                    "verify-full" => TlsMode::VerifyFull,
                    "allow" | "prefer" => {
                        return Err(format!(
                            "sslmode={value} falls back to plain text without a word; write sslmode=verify-full \
                             (with sslrootcert=) to encrypt, or sslmode=disable to send in plain text"
                        ));
                    }
                    other => {
                        return Err(format!(
                            "sslmode={other} is not a TLS mode; use disable, require, verify-ca or verify-full"
                        ));
                    }
                });
            }
            "sslrootcert" => root = Some(PathBuf::from(percent_decoded(value)?)),
            _ => kept.push(pair),
        }
    }
    let rest = if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    // `hostaddr` is reached over TCP whatever the host says.
    let networked = rest.parse::<tokio_postgres::Config>().map_or(true, |c| {
        !c.get_hostaddrs().is_empty()
            || c.get_hosts()
                .iter()
                .any(|h| matches!(h, tokio_postgres::config::Host::Tcp(_)))
    });
    let mode = match mode {
        Some(mode) => mode,
        None if networked => {
            return Err(
                "the URL says nothing about TLS; add sslmode=verify-full&sslrootcert=/path/to/ca.pem to encrypt \
                 the connection, or sslmode=disable to send tickets in plain text"
                    .to_owned(),
            );
        }
        None => TlsMode::Disable,
    };
    if (mode == TlsMode::VerifyCa || mode == TlsMode::VerifyFull) && root.is_none() {
        return Err(format!(
            "sslmode={} needs sslrootcert=FILE: the CA certificate (PEM) that signed the database server's",
            mode.name()
        ));
    }
    Ok((rest, TlsSettings { mode, root }))
}

/// `%2F` and the like in a path written into a URL.
fn percent_decoded(value: &str) -> Result<String, String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = value
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("sslrootcert={value} has a broken %-escape"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("sslrootcert={value} is not UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn the_tls_settings_are_taken_out_of_the_url() {
        let (rest, settings) = tls_settings(
            "postgresql://k@db1:5432,db2:5432/m?sslmode=verify-full&target_session_attrs=read-write&sslrootcert=%2Fetc%2Fca.pem",
        )
        .unwrap();
        assert_eq!(
            rest,
            "postgresql://k@db1:5432,db2:5432/m?target_session_attrs=read-write"
        );
        assert_eq!(settings.mode, TlsMode::VerifyFull);
        assert_eq!(settings.root, Some(PathBuf::from("/etc/ca.pem")));
        let (rest, settings) = tls_settings("postgresql://k@db/m?sslmode=disable").unwrap();
        assert_eq!(rest, "postgresql://k@db/m");
        assert_eq!(settings.mode, TlsMode::Disable);
    }

    #[test]
    fn plain_text_across_a_network_must_be_written_out() {
        let e = tls_settings("postgresql://k@db.city/m").unwrap_err();
        assert!(
            e.contains("sslmode=disable") && e.contains("verify-full"),
            "{e}"
        );
        let (_, socket) = tls_settings("postgresql://k@%2Frun%2Fpostgresql/m").unwrap();
        assert_eq!(
            socket.mode,
            TlsMode::Disable,
            "a Unix socket stays on the machine"
        );
        for over_tcp in [
            "postgresql://k@/m?hostaddr=10.0.0.5",
            "postgresql://k@%2Frun%2Fpostgresql/m?hostaddr=10.0.0.5",
        ] {
            assert!(tls_settings(over_tcp).is_err(), "{over_tcp}");
        }
        let e = tls_settings(
            "postgresql://k@db/m?sslmode=verify-full&sslrootcert=/ca.pem&sslmode=require",
        )
        .unwrap_err();
        assert!(e.contains("twice"), "{e}");
        let (_, encoded) =
            tls_settings("postgresql://k@db/m?ssl%6Dode=verify-full&sslrootcert=/ca.pem").unwrap();
        assert_eq!(encoded.mode, TlsMode::VerifyFull);
        let e = tls_settings("postgresql://k@db/m?sslmode=verify-ca").unwrap_err();
        assert!(e.contains("sslrootcert"), "{e}");
    }

    #[test]
    fn modes_that_fall_back_to_plain_text_are_refused_with_the_fix() {
        let e = tls_settings("postgresql://k@db/m?sslmode=prefer").unwrap_err();
        assert!(
            e.contains("sslmode=disable") && e.contains("verify-full"),
            "{e}"
        );
        assert!(tls_settings("postgresql://k@db/m?sslmode=strict").is_err());
    }

    #[test]
    fn a_url_names_postgresql_and_anything_else_a_file() {
        assert_eq!(
            Database::parse("postgresql://kiosk@db.city.local/madoguchi"),
            Database::Postgres("postgresql://kiosk@db.city.local/madoguchi".into())
        );
        assert_eq!(
            Database::parse("tickets.sqlite"),
            Database::Sqlite("tickets.sqlite".into())
        );
    }

    #[test]
    fn a_password_in_the_url_is_never_shown() {
        let db = Database::parse("postgresql://kiosk:hunter2@db:5432/madoguchi?sslmode=require");
        assert_eq!(
            db.to_string(),
            "postgresql://kiosk@db:5432/madoguchi?sslmode=require"
        );
        assert!(!format!("{db:?}").contains("hunter2"));
    }

    #[test]
    fn a_password_anywhere_in_the_url_is_found_and_taken_out() {
        for url in [
            "postgresql://kiosk:pa/ss@db/madoguchi",
            "postgresql://kiosk@db/madoguchi?password=hunter2",
            "postgresql://kiosk@db/madoguchi?sslmode=disable&password=hunter2",
            "postgresql://kiosk@db/madoguchi?sslmode=disable&pass%77ord=hunter2",
        ] {
            assert!(has_password(url), "{url}");
            let shown = without_password(url);
            assert!(
                !shown.contains("hunter2") && !shown.contains("pa/ss"),
                "{shown}"
            );
        }
        assert_eq!(
            without_password("postgresql://kiosk@db/madoguchi?sslmode=disable&password=x"),
            "postgresql://kiosk@db/madoguchi?sslmode=disable"
        );
        assert!(!has_password(
            "postgresql://kiosk@db.city.local:5432/madoguchi"
        ));
    }
}
