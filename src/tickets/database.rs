//! `tickets.database`: an SQLite file for one PC, or a PostgreSQL URL for an office.

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

/// `postgresql://user:secret@host/db` as `postgresql://user@host/db`.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split_once(':').map_or(user, |(u, _)| u);
            format!("{scheme}://{user}@{host}{tail}")
        }
        None => url.to_owned(),
    }
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
}
