//! `madoguchi db copy`: moves an office's ticket history from one store to another, e.g. when it outgrows one PC.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::config::Config;
use madoguchi::domain::Database;
use madoguchi::tickets::{self};

use super::ticket::{exit, fail};

#[derive(Args)]
pub struct CopyArgs {
    /// The configuration naming the office (`municipality.office_id`) and the PostgreSQL
    /// password file; its own `tickets.database` is not used.
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// The store to read: an SQLite file or a postgresql:// URL.
    #[arg(long)]
    from: String,
    /// The store to write, which must not hold the same numbers yet.
    #[arg(long)]
    to: String,
}

pub fn copy(args: &CopyArgs) -> ExitCode {
    let base = match Config::load(&args.config) {
        Ok(c) => c,
        Err(e) => return fail(exit::BAD_INPUT, e),
    };
    let now = SystemClock.now();
    let store_at = |text: &str| {
        let mut config = base.clone();
        config.tickets.database = Database::parse(text);
        tickets::open(&config, now)
    };
    if [&args.from, &args.to]
        .iter()
        .any(|u| madoguchi::domain::has_password(u))
    {
        return fail(
            exit::BAD_INPUT,
            "a database URL holds a password: take it out, and put it in kiosk.toml's tickets.password_file or ~/.pgpass",
        );
    }
    if Database::parse(&args.from) == Database::parse(&args.to) {
        return fail(exit::BAD_INPUT, "--from and --to are the same database");
    }
    if let Database::Sqlite(path) = Database::parse(&args.from)
        && !path.exists()
    {
        return fail(
            exit::BAD_INPUT,
            format!("--from {}: no such file", path.display()),
        );
    }
    let from = match store_at(&args.from) {
        Ok(s) => s,
        Err(e) => return fail(exit::STORE_FAILED, format!("--from: {e}")),
    };
    let to = match store_at(&args.to) {
        Ok(s) => s,
        Err(e) => return fail(exit::STORE_FAILED, format!("--to: {e}")),
    };
    let export = match from.export() {
        Ok(x) => x,
        Err(e) => return fail(exit::STORE_FAILED, format!("--from: {e}")),
    };
    // One transaction: a copy that fails half-way leaves the target as it was.
    match to.import(&export) {
        Ok(()) => {
            println!(
                "copied office {}: {} tickets, {} events, {} audit entries from {} to {}",
                base.municipality.office_id(),
                export.tickets.len(),
                export.events.len(),
                export.audit.len(),
                from.describe(),
                to.describe()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(exit::STORE_FAILED, format!("--to: {e}")),
    }
}
