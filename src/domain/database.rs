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
        .filter(|p| !p.is_empty() && !p.starts_with("password="))
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

#[cfg(test)]
mod tests {
    use super::*;

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
