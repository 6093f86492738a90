//! Staff accounts of the counter console and the API: names, the windows each may call, Argon2id passwords, and the lock after wrong ones.

use std::sync::OnceLock;

use chrono::{Duration, NaiveDateTime};

use crate::config::Config;
use crate::secret::pin::{EntryLock, pin_matches};

/// A signed-in console with no request for this long is signed out.
pub const SESSION_IDLE: Duration = Duration::minutes(30);
/// Passwords at least this long: an account is reachable from every PC of the office.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longer than any password a person types: refused before it is hashed.
pub const MAX_PASSWORD_BYTES: usize = 256;
const MAX_NAME_CHARS: usize = 32;
/// Random bytes of a console session's cookie, its CSRF token and an API token.
pub const TOKEN_BYTES: usize = 32;

/// One staff member as the store keeps them: never a password, only its hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    /// The windows (ids of kiosk.toml) whose tickets this member may call.
    pub windows: Vec<String>,
    pub password_hash: String,
    /// Wrong passwords so far, and the lock they led to: kept in the store so a restart of
    /// the server does not lift it.
    pub lock: EntryLock,
    /// The SHA-256 of the member's API token, when `staff token` made one.
    pub api_token_digest: Option<String>,
    /// When that token stops working (`staff token --days`).
    pub api_token_expires: Option<NaiveDateTime>,
    pub role: Role,
}

/// What a member may do beyond calling their windows' tickets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Calls and serves the tickets of their windows. Accounts made before roles are clerks.
    #[default]
    Clerk,
    /// Also sees every kiosk (`/kiosks`) and pauses, stops or reprints on one from afar.
    Admin,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Clerk, Role::Admin];

    pub fn id(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Admin => "admin",
        }
    }

    /// The role a store's column or a command line names.
    pub fn parse(text: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.id() == text)
            .ok_or_else(|| format!("{text:?} is not a role; a role is clerk or admin"))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// How long an API token works unless `staff token --days` says otherwise.
pub const TOKEN_DAYS: i64 = 90;
/// The longest a token may be made for.
pub const MAX_TOKEN_DAYS: i64 = 3650;

impl Account {
    pub fn may_call(&self, window: &str) -> bool {
        self.windows.iter().any(|w| w == window)
    }
}

/// A signed-in console: whose it is, the desk it sits at, and its CSRF token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleSession {
    pub name: String,
    pub seat: Option<Seat>,
    pub csrf: String,
    pub last_seen: NaiveDateTime,
}

/// The desk a clerk sits at, and the window whose tickets it calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seat {
    pub window: String,
    pub desk: String,
}

/// Checks a staff name: 1 to 32 letters or digits (any script, so 佐藤 is a name), `.`, `_`
/// or `-`. It is shown on the console and written to the audit trail.
pub fn check_name(name: &str) -> Result<(), String> {
    let chars = name.chars().count();
    if chars == 0 || chars > MAX_NAME_CHARS {
        return Err(format!(
            "a staff name has 1 to {MAX_NAME_CHARS} characters; this one has {chars}"
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "a staff name is letters, digits, '.', '_' or '-'; {c:?} is not allowed"
        ));
    }
    Ok(())
}

/// A name as the office tells names apart: NFKC, so that full-width ｓａｔｏ and half-width
/// ﾀﾅｶ are sato and タナカ, and case-folded, so that Sato is sato. New accounts are kept
/// under it; a name is looked up by it (`tickets::account_named`).
pub fn name_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfkc().flat_map(char::to_lowercase).collect()
}

/// The names among `names` that are one name once normalised (Sato and sato), group by
/// group: accounts made before names were normalised, which are reported, never merged.
pub fn colliding<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<Vec<String>> {
    let mut by_key = std::collections::BTreeMap::<String, Vec<String>>::new();
    for name in names {
        by_key
            .entry(name_key(name))
            .or_default()
            .push(name.to_owned());
    }
    by_key
        .into_values()
        .filter(|names| names.len() > 1)
        .collect()
}

/// Checks a new password's length; the message never repeats it.
pub fn check_password(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(format!(
            "a staff password has at least {MIN_PASSWORD_CHARS} characters; this one has {chars}"
        ));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(format!(
            "a staff password is at most {MAX_PASSWORD_BYTES} bytes long"
        ));
    }
    Ok(())
}

/// Checks that every window of `windows` is one of kiosk.toml's.
pub fn check_windows(windows: &[String], config: &Config) -> Result<(), String> {
    let known: Vec<&str> = config.windows.iter().map(|w| w.id.as_str()).collect();
    if windows.is_empty() {
        return Err(format!(
            "name the windows this member calls, e.g. --windows {}",
            known.join(",")
        ));
    }
    match windows.iter().find(|w| !known.contains(&w.as_str())) {
        Some(w) => Err(format!(
            "{w:?} is not a window of kiosk.toml; the windows are {}",
            known.join(", ")
        )),
        None => Ok(()),
    }
}

/// The Argon2id hash of a password, in PHC form with a fresh salt.
pub fn hash_password(password: &str) -> Result<String, String> {
    check_password(password)?;
    crate::secret::pin::hash_secret(password)
}

/// How a sign-in went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignIn {
    Welcome,
    /// Wrong name or password: the same answer for both, so names cannot be probed.
    Refused,
    /// Too many wrong passwords; the account opens again at this time.
    Locked(NaiveDateTime),
}

/// Whether `password` is `account`'s (`None`: no such name). Always one Argon2id check, so
/// an unknown name, a locked account and a wrong password take as long as a right one.
/// Slow by design: run it off the async workers and outside the store's lock.
pub fn verify(account: Option<&Account>, password: &str) -> bool {
    let known = account.map(|a| a.password_hash.as_str());
    pin_matches(known.unwrap_or_else(|| decoy_hash()), password) && known.is_some()
}

/// The answer to a sign-in with the name's `lock` at `now`, the password checked: a locked
/// name stays locked even for the right password.
pub fn answer(lock: EntryLock, verified: bool, now: NaiveDateTime) -> SignIn {
    match lock.locked_at(now) {
        Some(until) => SignIn::Locked(until),
        None if verified => SignIn::Welcome,
        None => SignIn::Refused,
    }
}

/// A hash no password matches, checked for unknown names.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        crate::secret::pin::hash_secret("no staff member has this password").unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_told_apart_as_people_read_them() {
        assert_eq!(name_key("Sato"), "sato");
        assert_eq!(name_key("ＳＡＴＯ"), "sato");
        assert_eq!(name_key("ﾀﾅｶ"), "タナカ");
        assert_eq!(name_key("佐藤"), "佐藤");
        assert_eq!(
            colliding(["Sato", "tanaka", "sato", "ＳＡＴＯ", "佐藤"]),
            vec![vec![
                "Sato".to_owned(),
                "sato".to_owned(),
                "ＳＡＴＯ".to_owned()
            ]]
        );
        assert!(colliding(["sato", "tanaka"]).is_empty());
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }

    fn account(password: &str) -> Account {
        Account {
            name: "sato".into(),
            windows: vec!["certificates".into()],
            password_hash: hash_password(password).unwrap(),
            lock: EntryLock::default(),
            api_token_digest: None,
            api_token_expires: None,
            role: Role::Clerk,
        }
    }

    #[test]
    fn a_role_is_read_back_from_its_name_and_nothing_else_is_a_role() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.id()), Ok(role));
        }
        assert!(Role::parse("Admin").unwrap_err().contains("clerk or admin"));
        assert_eq!(Role::default(), Role::Clerk);
    }

    #[test]
    fn names_are_letters_digits_and_a_few_marks() {
        assert!(check_name("sato").is_ok());
        assert!(check_name("佐藤.花子").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("a b").is_err());
        assert!(check_name("<script>").is_err());
        assert!(check_name(&"a".repeat(33)).is_err());
    }

    #[test]
    fn short_and_huge_passwords_are_refused_without_being_repeated() {
        let e = check_password("secret").unwrap_err();
        assert!(e.contains("at least 10") && !e.contains("secret"), "{e}");
        assert!(check_password(&"x".repeat(300)).is_err());
        assert!(check_password("correct horse").is_ok());
    }

    #[test]
    fn only_the_right_password_of_a_known_name_verifies() {
        let a = account("correct horse");
        assert!(verify(Some(&a), "correct horse"));
        assert!(!verify(Some(&a), "wrong horse"));
        assert!(!verify(None, "correct horse"));
        assert!(!verify(None, "no staff member has this password"));
    }

    #[test]
    fn five_wrong_passwords_lock_the_name_even_against_the_right_one() {
        let now = at("2027-05-06T10:00");
        let mut lock = EntryLock::default();
        for n in 1..=4 {
            assert_eq!(answer(lock, false, now), SignIn::Refused, "try {n}");
            lock = lock.after_wrong(now);
        }
        assert_eq!(answer(lock, false, now), SignIn::Refused);
        lock = lock.after_wrong(now);
        assert!(matches!(answer(lock, true, now), SignIn::Locked(_)));
        let later = now + Duration::minutes(6);
        assert_eq!(answer(lock, true, later), SignIn::Welcome);
    }
}
