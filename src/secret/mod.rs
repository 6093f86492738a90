//! Secrets: random tokens and their digests (what a browser, an integration or a ticket carries, and for sign-ins the only trace of it the database keeps), and the PIN and password hashes (`pin`).

pub mod pin;

use sha2::{Digest, Sha256};

/// A fresh random token of `bytes` bytes, as lower-case hex.
pub fn token(bytes: usize) -> Result<String, String> {
    let mut raw = vec![0u8; bytes];
    getrandom::getrandom(&mut raw).map_err(|e| format!("no random numbers for a token: {e}"))?;
    Ok(hex(&raw))
}

/// The SHA-256 of `token`, as the database keeps a session's or an API token in its place:
/// a copy of the database signs no one in. (A phone page's token is kept as it is: a reprint
/// prints it again, and it opens only the ticket's number and place in the line.) (Tokens are 128 random bits or more, so a fast hash suffices,
/// unlike a password.)
pub fn digest(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether `text` has the shape of a token of `bytes` bytes: checked before any lookup, so
/// a hostile path or header never reaches the database.
pub fn is_token(text: &str, bytes: usize) -> bool {
    text.len() == bytes * 2
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Compares two secrets in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_of_their_length() {
        let a = token(16).unwrap();
        let b = token(16).unwrap();
        assert!(is_token(&a, 16) && is_token(&b, 16));
        assert_ne!(a, b);
        assert!(!is_token(&a, 32));
        assert!(!is_token("../../etc/passwd", 8));
        assert!(!is_token(&a.to_uppercase(), 16));
    }

    #[test]
    fn a_digest_is_sha256_and_never_the_token() {
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let t = token(32).unwrap();
        assert_ne!(digest(&t), t);
    }

    #[test]
    fn same_compares_whole_strings() {
        assert!(same("abcd", "abcd"));
        assert!(!same("abcd", "abce"));
        assert!(!same("abc", "abcd"));
    }
}
