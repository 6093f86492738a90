//! `madoguchi staff add|role|remove|list|passwd|token`: the counter console's accounts, kept in the ticket store so every server of the office knows them.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::secret::pin::EntryLock;
use madoguchi::staff::{self, Account, TOKEN_BYTES};
use madoguchi::tickets::TicketStore;
use zeroize::Zeroizing;

use super::ticket::{exit, fail, open};

#[derive(Args)]
pub struct Target {
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
}

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Add a staff member who may call the given windows; asks for a password (10 or more
    /// characters), or reads it from standard input with --password-stdin.
    Add {
        name: String,
        /// The windows (kiosk.toml's windows.id) they call, e.g. certificates,cards.
        #[arg(long, value_delimiter = ',', required = true)]
        windows: Vec<String>,
        #[arg(long)]
        password_stdin: bool,
        /// clerk (calls tickets) or admin (also sees and steers the kiosks at /kiosks).
        #[arg(long, default_value = "clerk", value_parser = staff::Role::parse)]
        role: staff::Role,
        #[command(flatten)]
        target: Target,
    },
    /// Give a staff member another role (clerk or admin); their consoles are signed out, so
    /// the new role holds from their next sign-in.
    Role {
        name: String,
        #[arg(value_parser = staff::Role::parse)]
        role: staff::Role,
        #[command(flatten)]
        target: Target,
    },
    /// Remove a staff member; their consoles are signed out at once.
    Remove {
        name: String,
        #[command(flatten)]
        target: Target,
    },
    /// List the staff members, their windows, and whether they are locked out.
    List {
        #[command(flatten)]
        target: Target,
    },
    /// Set a new password: lifts a lock and signs their consoles out.
    Passwd {
        name: String,
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        target: Target,
    },
    /// Make a new API token for a staff member (printed once; the old one stops working),
    /// or withdraw it with --revoke. `staff list` shows each token's last day.
    Token {
        name: String,
        #[arg(long)]
        revoke: bool,
        /// The days the token works (1 to 3650).
        #[arg(long, default_value_t = staff::TOKEN_DAYS, conflicts_with = "revoke")]
        days: i64,
        #[command(flatten)]
        target: Target,
    },
}

/// Reads a secret: from the terminal, without echo and twice, or as one line of standard
/// input. `check` refuses a bad one before the second prompt.
pub fn read_secret(
    prompt: &str,
    check: impl Fn(&str) -> Result<(), String>,
) -> Result<Zeroizing<String>, String> {
    let interactive = std::io::stdin().is_terminal();
    let read = |prompt: &str| -> Result<Zeroizing<String>, String> {
        if interactive {
            eprint!("{prompt}");
        }
        let _quiet = interactive.then(EchoOff::new);
        let mut line = Zeroizing::new(String::new());
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        if interactive {
            eprintln!();
        }
        Ok(Zeroizing::new(
            line.trim_end_matches(['\r', '\n']).to_owned(),
        ))
    };
    let secret = read(prompt)?;
    check(&secret)?;
    if interactive && *read("Again: ")? != *secret {
        return Err("the two entries differ; nothing was changed".into());
    }
    Ok(secret)
}

/// A new password for `name`: from standard input with `--password-stdin`, else typed twice
/// at the terminal (a password never goes on the command line).
fn new_password(name: &str, from_stdin: bool) -> Result<String, String> {
    if !from_stdin && !std::io::stdin().is_terminal() {
        return Err(
            "standard input is not a terminal: pass --password-stdin to read the password from it"
                .into(),
        );
    }
    let password = read_secret(&format!("Password for {name}: "), staff::check_password)?;
    staff::hash_password(&password)
}

fn opened(target: &Target) -> Result<Box<dyn TicketStore>, ExitCode> {
    open(&target.config, SystemClock.now()).map(|(_, store)| store)
}

/// The name the store keeps for the member `typed` names (Sato finds sato).
fn member(store: &dyn TicketStore, typed: &str) -> Result<String, ExitCode> {
    match madoguchi::tickets::account_named(store, typed) {
        Ok(Some(account)) => Ok(account.name),
        Ok(None) => Err(fail(exit::NOT_FOUND, format!("no staff member {typed}"))),
        Err(e) => Err(fail(exit::STORE_FAILED, e)),
    }
}

/// Staff names that are one name once normalised, as a warning for each.
pub fn collision_warnings(store: &dyn TicketStore) -> Result<Vec<String>, String> {
    let accounts = store.accounts().map_err(|e| e.to_string())?;
    Ok(staff::colliding(accounts.iter().map(|a| a.name.as_str()))
        .into_iter()
        .map(|names| {
            format!(
                "staff names {} are one name once normalised (full-width and half-width letters, \
                 upper and lower case): each signs in only by its exact name. Keep one: \
                 `madoguchi staff remove` the others and add them again under new names.",
                names.join(" and ")
            )
        })
        .collect())
}

pub fn run(command: &StaffCommand) -> ExitCode {
    match command {
        StaffCommand::Add {
            name,
            windows,
            password_stdin,
            role,
            target,
        } => {
            let now = SystemClock.now();
            let (config, store) = match open(&target.config, now) {
                Ok(x) => x,
                Err(code) => return code,
            };
            // Kept as the office tells names apart: Sato is added as sato.
            let name = &staff::name_key(name);
            if let Err(e) =
                staff::check_name(name).and_then(|()| staff::check_windows(windows, &config))
            {
                return fail(exit::BAD_INPUT, e);
            }
            match madoguchi::tickets::account_named(store.as_ref(), name) {
                Ok(None) => {}
                Ok(Some(existing)) => {
                    return fail(
                        exit::BAD_INPUT,
                        format!(
                            "staff member {} exists already, and {name} is the same name; choose another, or `madoguchi staff passwd {}`",
                            existing.name, existing.name
                        ),
                    );
                }
                Err(e) => return fail(exit::STORE_FAILED, e),
            }
            let hash = match new_password(name, *password_stdin) {
                Ok(h) => h,
                Err(e) => return fail(exit::BAD_INPUT, e),
            };
            let account = Account {
                name: name.clone(),
                windows: windows.clone(),
                password_hash: hash,
                lock: EntryLock::default(),
                api_token_digest: None,
                api_token_expires: None,
                role: *role,
            };
            match store.add_account(&account) {
                Ok(()) => {
                    let _ = store.record_action(now, &format!("staff add {name} ({role})"), "ok");
                    println!("added {name} as {role} (windows {})", windows.join(", "));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(exit::BAD_INPUT, e),
            }
        }
        StaffCommand::Role { name, role, target } => {
            let store = match opened(target) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let name = &match member(store.as_ref(), name) {
                Ok(n) => n,
                Err(code) => return code,
            };
            match store.set_role(name, *role) {
                Ok(true) => {
                    let _ = store.record_action(
                        SystemClock.now(),
                        &format!("staff role {name} {role}"),
                        "ok",
                    );
                    println!("{name} is now {role}; their consoles are signed out");
                    ExitCode::SUCCESS
                }
                Ok(false) => fail(exit::NOT_FOUND, format!("no staff member {name}")),
                Err(e) => fail(exit::STORE_FAILED, e),
            }
        }
        StaffCommand::Remove { name, target } => {
            let store = match opened(target) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let name = &match member(store.as_ref(), name) {
                Ok(n) => n,
                Err(code) => return code,
            };
            match store.remove_account(name) {
                Ok(true) => {
                    let _ = store.record_action(
                        SystemClock.now(),
                        &format!("staff remove {name}"),
                        "ok",
                    );
                    println!("removed {name}");
                    ExitCode::SUCCESS
                }
                Ok(false) => fail(exit::NOT_FOUND, format!("no staff member {name}")),
                Err(e) => fail(exit::STORE_FAILED, e),
            }
        }
        StaffCommand::List { target } => {
            let store = match opened(target) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let now = SystemClock.now();
            match store.accounts() {
                Ok(accounts) => {
                    println!("name\trole\twindows\tapi token until\tlocked until");
                    for a in accounts {
                        let locked = a
                            .lock
                            .locked_at(now)
                            .map_or("-".to_owned(), |t| t.format("%H:%M").to_string());
                        let token = match (&a.api_token_digest, a.api_token_expires) {
                            (None, _) => "-".to_owned(),
                            (Some(_), None) => "no expiry (made before tokens had one)".to_owned(),
                            (Some(_), Some(t)) if t <= now => {
                                format!("expired {}", t.format("%Y-%m-%d"))
                            }
                            (Some(_), Some(t)) => t.format("%Y-%m-%d %H:%M").to_string(),
                        };
                        println!(
                            "{}\t{}\t{}\t{token}\t{locked}",
                            a.name,
                            a.role,
                            a.windows.join(",")
                        );
                    }
                    for warning in collision_warnings(store.as_ref()).unwrap_or_default() {
                        eprintln!("warning: {warning}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(exit::STORE_FAILED, e),
            }
        }
        StaffCommand::Passwd {
            name,
            password_stdin,
            target,
        } => {
            let store = match opened(target) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let name = &match member(store.as_ref(), name) {
                Ok(n) => n,
                Err(code) => return code,
            };
            let hash = match new_password(name, *password_stdin) {
                Ok(h) => h,
                Err(e) => return fail(exit::BAD_INPUT, e),
            };
            match store.set_password(name, &hash) {
                Ok(_) => {
                    let _ = store.record_action(
                        SystemClock.now(),
                        &format!("staff passwd {name}"),
                        "ok",
                    );
                    println!("new password set for {name}; their consoles are signed out");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(exit::STORE_FAILED, e),
            }
        }
        StaffCommand::Token {
            name,
            revoke,
            days,
            target,
        } => {
            if !(1..=staff::MAX_TOKEN_DAYS).contains(days) {
                return fail(
                    exit::BAD_INPUT,
                    format!(
                        "--days {days}: a token works for 1 to {} days",
                        staff::MAX_TOKEN_DAYS
                    ),
                );
            }
            let store = match opened(target) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let name = &match member(store.as_ref(), name) {
                Ok(n) => n,
                Err(code) => return code,
            };
            let token = match (!revoke)
                .then(|| madoguchi::secret::token(TOKEN_BYTES))
                .transpose()
            {
                Ok(t) => t,
                Err(e) => return fail(exit::STORE_FAILED, e),
            };
            let digest = token.as_deref().map(madoguchi::secret::digest);
            let expires = SystemClock.now() + chrono::Duration::days(*days);
            match store.set_api_token(name, digest.as_deref().map(|d| (d, expires))) {
                Ok(true) => {
                    let what = if *revoke { "revoked" } else { "new" };
                    let _ = store.record_action(
                        SystemClock.now(),
                        &format!("staff token {name}"),
                        what,
                    );
                    match token {
                        Some(t) => {
                            println!("{t}");
                            if std::io::stdout().is_terminal() {
                                eprintln!(
                                    "Send it as `Authorization: Bearer <token>`; it is shown only this once. It works until {}.",
                                    expires.format("%Y-%m-%d %H:%M")
                                );
                            }
                        }
                        None => println!("the API token of {name} is withdrawn"),
                    }
                    ExitCode::SUCCESS
                }
                Ok(false) => fail(exit::NOT_FOUND, format!("no staff member {name}")),
                Err(e) => fail(exit::STORE_FAILED, e),
            }
        }
    }
}

/// Turns the terminal's echo off until dropped.
struct EchoOff(Option<libc::termios>);

impl EchoOff {
    fn new() -> EchoOff {
        let mut term: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: fd 0 is a terminal (checked by the caller) and `term` is writable.
        if unsafe { libc::tcgetattr(0, &mut term) } != 0 {
            return EchoOff(None);
        }
        let saved = term;
        term.c_lflag &= !libc::ECHO;
        unsafe { libc::tcsetattr(0, libc::TCSANOW, &term) };
        EchoOff(Some(saved))
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        if let Some(saved) = &self.0 {
            unsafe { libc::tcsetattr(0, libc::TCSANOW, saved) };
        }
    }
}
