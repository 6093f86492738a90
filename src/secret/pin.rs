//! Argon2id hashes of the staff PIN (kiosk.toml) and of staff passwords, checking an entered one, and the lock-out after wrong ones.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2};
use chrono::{Duration, NaiveDateTime};

/// Wrong PINs in a row before entry is locked.
pub const WRONG_PINS_BEFORE_LOCK: u32 = 5;
/// How long entry stays locked.
pub const LOCK_MINUTES: i64 = 5;
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 6..=12;

/// Checks that `pin` is 6 to 12 digits; the message says what is wrong without repeating it.
pub fn check_pin_shape(pin: &str) -> Result<(), String> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err("a staff PIN is digits only (0-9)".into());
    }
    if !PIN_DIGITS.contains(&pin.len()) {
        return Err(format!(
            "a staff PIN has {} to {} digits; this one has {}",
            PIN_DIGITS.start(),
            PIN_DIGITS.end(),
            pin.len()
        ));
    }
    Ok(())
}

/// The Argon2id hash of `pin` in PHC form, with a fresh random salt, for `maintenance.pin_hash`.
pub fn hash_pin(pin: &str) -> Result<String, String> {
    check_pin_shape(pin)?;
    hash_secret(pin)
}

/// The Argon2id hash of a PIN or a staff password, in PHC form, with a fresh random salt.
pub fn hash_secret(secret: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|e| format!("no random numbers for a salt: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `text` is an Argon2id hash in PHC form; the error says what to do instead.
pub fn check_hash(text: &str) -> Result<(), String> {
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) {
        return Err(
            "this is a plain PIN; a PIN is never kept in the file: run `madoguchi hash-pin` and put its output here"
                .into(),
        );
    }
    let hash = PasswordHash::new(text).map_err(|e| {
        format!("not an Argon2id hash ({e}); run `madoguchi hash-pin` and put its output here")
    })?;
    if hash.algorithm != Algorithm::Argon2id.ident() {
        return Err(format!(
            "the hash is {}, not argon2id; run `madoguchi hash-pin` for a new one",
            hash.algorithm
        ));
    }
    Ok(())
}

/// Whether `pin` (or a password) is the one hashed in `hash` (a hash `check_hash` accepted).
pub fn pin_matches(hash: &str, pin: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Wrong PINs so far and the lock they led to; kept in the kiosk's database so that a restart
/// does not lift a lock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntryLock {
    pub wrong_in_a_row: u32,
    pub locked_until: Option<NaiveDateTime>,
}

impl EntryLock {
    /// Until when entry is locked at `now`, if it is. A clock stepped back cannot stretch a
    /// lock beyond its length.
    pub fn locked_at(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        self.locked_until
            .filter(|until| *until > now)
            .map(|until| until.min(now + Duration::minutes(LOCK_MINUTES)))
    }

    /// After a wrong PIN at `now`. A lock still in force stays as it is: a wrong try
    /// while locked neither lifts it nor starts a new count.
    pub fn after_wrong(self, now: NaiveDateTime) -> EntryLock {
        if self.locked_at(now).is_some() {
            return self;
        }
        let wrong = self.wrong_in_a_row + 1;
        if wrong >= WRONG_PINS_BEFORE_LOCK {
            EntryLock {
                wrong_in_a_row: 0,
                locked_until: Some(now + Duration::minutes(LOCK_MINUTES)),
            }
        } else {
            EntryLock {
                wrong_in_a_row: wrong,
                locked_until: None,
            }
        }
    }

    /// After a checked password at `now`: a lock still in force stays; a right one clears
    /// the count; a wrong one counts.
    pub fn after_sign_in(self, verified: bool, now: NaiveDateTime) -> EntryLock {
        match self.locked_at(now) {
            Some(_) => self,
            None if verified => EntryLock::default(),
            None => self.after_wrong(now),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    #[test]
    fn a_hash_accepts_its_pin_and_refuses_others() {
        let hash = hash_pin("24681357").unwrap();
        assert!(check_hash(&hash).is_ok());
        assert!(hash.starts_with("$argon2id$"));
        assert!(pin_matches(&hash, "24681357"));
        assert!(!pin_matches(&hash, "24681358"));
        assert!(!pin_matches(&hash, ""));
    }

    #[test]
    fn two_hashes_of_one_pin_differ_by_their_salt() {
        assert_ne!(hash_pin("123456").unwrap(), hash_pin("123456").unwrap());
    }

    #[test]
    fn pins_outside_six_to_twelve_digits_are_refused() {
        assert!(hash_pin("12345").is_err());
        assert!(hash_pin("1234567890123").is_err());
        assert!(hash_pin("12345a").is_err());
        assert!(hash_pin("123456").is_ok());
        assert!(hash_pin("123456789012").is_ok());
    }

    #[test]
    fn a_plain_pin_or_another_algorithm_is_not_a_hash() {
        assert!(check_hash("123456").unwrap_err().contains("plain PIN"));
        assert!(check_hash("secret").unwrap_err().contains("hash-pin"));
        let bcrypt_like = "$argon2i$v=19$m=16,t=2,p=1$c29tZXNhbHQ$Y2I5ZDJmZTc0ZjY2YTk2Yw";
        assert!(check_hash(bcrypt_like).unwrap_err().contains("argon2i"));
    }

    #[test]
    fn the_fifth_wrong_pin_locks_for_five_minutes() {
        let now = at("2027-05-06T10:00:00");
        let mut lock = EntryLock::default();
        for _ in 0..4 {
            lock = lock.after_wrong(now);
            assert_eq!(lock.locked_at(now), None);
        }
        lock = lock.after_wrong(now);
        let until = at("2027-05-06T10:05:00");
        assert_eq!(lock.locked_at(now), Some(until));
        assert_eq!(lock.locked_at(at("2027-05-06T10:04:59")), Some(until));
        assert_eq!(lock.locked_at(until), None);
    }

    /// Five wrong passwords sent at once from several places must not undo each other: a
    /// wrong one while locked keeps the lock, and so does a right one.
    #[test]
    fn a_lock_in_force_is_never_lifted_by_another_try() {
        let now = at("2027-05-06T10:00:00");
        let locked = (0..5).fold(EntryLock::default(), |lock, _| lock.after_wrong(now));
        assert!(locked.locked_at(now).is_some());
        assert_eq!(locked.after_wrong(now), locked);
        assert_eq!(locked.after_sign_in(false, now), locked);
        assert_eq!(locked.after_sign_in(true, now), locked);
        let later = at("2027-05-06T10:05:00");
        assert_eq!(locked.after_sign_in(true, later), EntryLock::default());
        assert_eq!(locked.after_sign_in(false, later).wrong_in_a_row, 1);
    }

    #[test]
    fn a_clock_stepped_back_does_not_stretch_the_lock() {
        let lock = EntryLock {
            wrong_in_a_row: 0,
            locked_until: Some(at("2027-05-06T10:05:00")),
        };
        let earlier = at("2027-05-06T08:00:00");
        assert_eq!(lock.locked_at(earlier), Some(at("2027-05-06T08:05:00")));
    }
}
