//! The privacy firewall in front of the card: only the reads the kiosk may make ever reach it.
//!
//! An allowlist, not a blocklist: SELECT of the JPKI and common applications and of their
//! listed EFs, READ BINARY / READ RECORD of the EF so selected, the empty VERIFY that reports
//! PIN tries, and GET RESPONSE. Anything else (a VERIFY carrying a PIN, the card-info
//! application with the individual number, the card-face application, signing) is answered
//! here with 6982 and recorded, and never sent.

use myna_card::Transmit;

use super::virtual_card::{COMMON_AID, COMMON_CARD_INFO, JPKI_AID, jpki_ef};

/// The EFs the kiosk may select, by application.
fn allowed_ef(df: &[u8; 10], ef: u16) -> bool {
    match *df {
        JPKI_AID => matches!(
            ef,
            jpki_ef::TOKEN_INFO
                | jpki_ef::CERTIFICATE_AVAILABILITY
                | jpki_ef::AUTH_CERTIFICATE
                | jpki_ef::AUTH_PIN
                | jpki_ef::SIGN_PIN
        ),
        COMMON_AID => ef == COMMON_CARD_INFO,
        _ => false,
    }
}

const SW_REFUSED: [u8; 2] = [0x69, 0x82];
const SW_NO_PRECISE_DIAGNOSIS: [u8; 2] = [0x6F, 0x00];
/// More than any file of the card needs (a certificate is about 1.5 KB).
const MAX_GET_RESPONSE_ROUNDS: u32 = 64;

/// Wraps a card link; counts what it sends and refuses what the kiosk must never send.
pub struct GuardedTransport<T> {
    inner: T,
    df: Option<[u8; 10]>,
    ef_selected: bool,
    sent: u32,
    refused: Vec<String>,
}

impl<T> GuardedTransport<T> {
    pub fn new(inner: T) -> Self {
        GuardedTransport {
            inner,
            df: None,
            ef_selected: false,
            sent: 0,
            refused: Vec::new(),
        }
    }

    /// APDUs that reached the card.
    pub fn sent(&self) -> u32 {
        self.sent
    }

    /// What was refused (a bug in the reading code if ever non-empty).
    pub fn refused(&self) -> &[String] {
        &self.refused
    }

    /// Why `command` must not reach the card, if it must not.
    fn refusal(&mut self, command: &[u8]) -> Option<String> {
        let Some((&[_, ins, p1, p2], body)) = command.split_first_chunk::<4>() else {
            return Some("a command shorter than its header".into());
        };
        let data = body
            .split_first()
            .map(|(&lc, rest)| rest.get(..usize::from(lc)).unwrap_or(rest))
            .unwrap_or(&[]);
        match (ins, p1) {
            (0xA4, 0x04) => match <[u8; 10]>::try_from(data) {
                Ok(aid) if aid == JPKI_AID || aid == COMMON_AID => {
                    self.df = Some(aid);
                    self.ef_selected = false;
                    None
                }
                _ => {
                    self.df = None;
                    Some(format!("SELECT of application {}", hex(data)))
                }
            },
            (0xA4, 0x02) => {
                let ef = <[u8; 2]>::try_from(data).map(u16::from_be_bytes).ok();
                match (self.df, ef) {
                    (Some(df), Some(ef)) if allowed_ef(&df, ef) => {
                        self.ef_selected = true;
                        None
                    }
                    _ => {
                        self.ef_selected = false;
                        Some(format!("SELECT of EF {}", hex(data)))
                    }
                }
            }
            // Short-EF-id forms would select a file behind the allowlist's back.
            (0xB0, _) if p1 & 0x80 == 0 && self.ef_selected => None,
            (0xB2, _) if p2 & 0xF8 == 0 && self.ef_selected => None,
            (0x20, 0x00) if p2 == 0x80 && body.is_empty() && self.ef_selected => None,
            (0x20, _) => Some("VERIFY with data (a PIN is never sent)".into()),
            (0xC0, _) => None,
            _ => Some(format!("instruction {ins:02X} {p1:02X} {p2:02X}")),
        }
    }
}

impl<T: Transmit> Transmit for GuardedTransport<T> {
    fn transmit(&mut self, command: &[u8]) -> myna_card::Result<Vec<u8>> {
        if let Some(why) = self.refusal(command) {
            self.refused.push(why);
            return Ok(SW_REFUSED.to_vec());
        }
        self.sent += 1;
        let mut response = self.inner.transmit(command)?;
        // 61xx: xx more bytes wait for GET RESPONSE. Collected here because myna-card 3.3
        // turns 6100 (256 bytes, ISO 7816-4) into an invalid Le of 0.
        let mut data = Vec::new();
        let mut rounds = 0;
        while let [.., 0x61, available] = response[..] {
            rounds += 1;
            if rounds > MAX_GET_RESPONSE_ROUNDS {
                // A card that never stops offering more is broken; say so rather than hang.
                return Ok(SW_NO_PRECISE_DIAGNOSIS.to_vec());
            }
            response.truncate(response.len() - 2);
            data.append(&mut response);
            self.sent += 1;
            response = self.inner.transmit(&[0x00, 0xC0, 0x00, 0x00, available])?;
        }
        if !data.is_empty() {
            data.append(&mut response);
            response = data;
        }
        if is_read_from_start(command) && claims_too_much(&response) {
            // Found by fuzzing: myna-card reserves the length a file's first bytes claim, so
            // a card claiming gigabytes would abort the kiosk; such a card is broken.
            return Ok(SW_NO_PRECISE_DIAGNOSIS.to_vec());
        }
        Ok(response)
    }
}

/// No file on the card is larger than this (a certificate is about 1.5 KB; short READ BINARY
/// offsets stop at 32 KB anyway).
const MAX_FILE_LENGTH: usize = 32 * 1024;

/// READ BINARY of the selected EF at offset 0: the answer starts with the file's header.
fn is_read_from_start(command: &[u8]) -> bool {
    matches!(command, [_, 0xB0, p1, 0x00, ..] if p1 & 0x80 == 0 && p1 & 0x7F == 0)
}

/// Whether an answer's BER-TLV header (after the tag) claims more than any card file holds.
fn claims_too_much(answer: &[u8]) -> bool {
    let data = answer.get(..answer.len().saturating_sub(2)).unwrap_or(&[]);
    let Some((&tag, rest)) = data.split_first() else {
        return false;
    };
    // A multi-byte tag (low five bits all set) continues while bit 8 is set.
    let rest = if tag & 0x1F == 0x1F {
        let extra = rest.iter().take_while(|b| *b & 0x80 != 0).count() + 1;
        rest.get(extra..).unwrap_or(&[])
    } else {
        rest
    };
    let Some((&first, rest)) = rest.split_first() else {
        return false;
    };
    if first < 0x80 {
        return false;
    }
    // Headers that do not parse are not TLV: myna-card then reads in bounded chunks.
    let count = usize::from(first & 0x7F);
    let Some(digits) = rest.get(..count).filter(|_| (1..=8).contains(&count)) else {
        return false;
    };
    digits
        .iter()
        .try_fold(0u64, |n, b| n.checked_mul(256).map(|n| n + u64::from(*b)))
        .is_none_or(|length| length > MAX_FILE_LENGTH as u64)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::virtual_card::{CARD_FACE_AID, CARD_INFO_AID};

    /// A link that records what reaches the card and answers 9000.
    #[derive(Default)]
    struct Recorder(Vec<Vec<u8>>);

    impl Transmit for Recorder {
        fn transmit(&mut self, command: &[u8]) -> myna_card::Result<Vec<u8>> {
            self.0.push(command.to_vec());
            Ok(vec![0x90, 0x00])
        }
    }

    fn select_df(aid: [u8; 10]) -> Vec<u8> {
        let mut c = vec![0x00, 0xA4, 0x04, 0x0C, 0x0A];
        c.extend(aid);
        c
    }

    #[test]
    fn a_file_claiming_more_than_a_card_holds_is_refused_before_anyone_reserves_it() {
        // 30 84 FF FF FF FF: a SEQUENCE of 4 GB.
        assert!(claims_too_much(&[
            0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF, 0x90, 0x00
        ]));
        // A real certificate's header: 30 82 05 9A (1,434 bytes).
        assert!(!claims_too_much(&[
            0x30, 0x82, 0x05, 0x9A, 0x30, 0x90, 0x00
        ]));
        assert!(!claims_too_much(&[0x30, 0x10, 0x90, 0x00]));
        assert!(!claims_too_much(&[0x90, 0x00]));
        assert!(is_read_from_start(&[0x00, 0xB0, 0x00, 0x00, 0x00]));
        assert!(!is_read_from_start(&[0x00, 0xB0, 0x01, 0x00, 0x00]));
    }

    #[test]
    fn verify_with_a_pin_never_reaches_the_card() {
        let mut g = GuardedTransport::new(Recorder::default());
        g.transmit(&select_df(JPKI_AID)).unwrap();
        g.transmit(&[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x18])
            .unwrap();
        let answer = g
            .transmit(&[0x00, 0x20, 0x00, 0x80, 0x04, b'1', b'2', b'3', b'4'])
            .unwrap();
        assert_eq!(answer, SW_REFUSED);
        assert_eq!(g.inner.0.len(), 2);
        // The empty VERIFY that reports tries passes.
        g.transmit(&[0x00, 0x20, 0x00, 0x80]).unwrap();
        assert_eq!(g.inner.0.len(), 3);
        assert_eq!(g.refused().len(), 1);
    }

    #[test]
    fn individual_number_and_card_face_applications_are_never_selected() {
        let mut g = GuardedTransport::new(Recorder::default());
        for aid in [CARD_INFO_AID, CARD_FACE_AID] {
            assert_eq!(g.transmit(&select_df(aid)).unwrap(), SW_REFUSED);
            // Reading after a refused selection is refused too.
            assert_eq!(
                g.transmit(&[0x00, 0xB0, 0x00, 0x00, 0x00]).unwrap(),
                SW_REFUSED
            );
        }
        assert!(g.inner.0.is_empty());
        assert_eq!(g.sent(), 0);
    }

    #[test]
    fn signature_certificate_and_short_ef_reads_are_refused() {
        let mut g = GuardedTransport::new(Recorder::default());
        g.transmit(&select_df(JPKI_AID)).unwrap();
        assert_eq!(
            g.transmit(&[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x01])
                .unwrap(),
            SW_REFUSED
        );
        assert_eq!(
            g.transmit(&[0x00, 0xB0, 0x81, 0x00, 0x00]).unwrap(),
            SW_REFUSED
        );
        assert_eq!(g.inner.0.len(), 1);
    }

    /// A card that hands its answer over in two GET RESPONSE steps, the first of 256 bytes.
    struct Chaining(u8);

    impl Transmit for Chaining {
        fn transmit(&mut self, command: &[u8]) -> myna_card::Result<Vec<u8>> {
            self.0 += 1;
            Ok(match (self.0, command[1]) {
                (1, 0xB0) => vec![0x61, 0x00],
                (2, 0xC0) if command[4] == 0 => [vec![0xAA; 256], vec![0x61, 0x03]].concat(),
                (3, 0xC0) if command[4] == 3 => vec![0xBB, 0xBB, 0xBB, 0x90, 0x00],
                _ => vec![0x6F, 0x00],
            })
        }
    }

    #[test]
    fn get_response_chains_are_collected_including_6100() {
        let mut g = GuardedTransport::new(Chaining(0));
        g.df = Some(JPKI_AID);
        g.ef_selected = true;
        let answer = g.transmit(&[0x00, 0xB0, 0x00, 0x00, 0x00]).unwrap();
        assert_eq!(answer.len(), 256 + 3 + 2);
        assert_eq!(answer[255..260], [0xAA, 0xBB, 0xBB, 0xBB, 0x90]);
        assert_eq!(g.sent(), 3);
    }

    /// A broken card that offers more data for ever.
    struct Endless;

    impl Transmit for Endless {
        fn transmit(&mut self, _: &[u8]) -> myna_card::Result<Vec<u8>> {
            Ok(vec![0x01, 0x61, 0x10])
        }
    }

    #[test]
    fn an_endless_get_response_chain_ends_in_an_error_status() {
        let mut g = GuardedTransport::new(Endless);
        g.df = Some(JPKI_AID);
        g.ef_selected = true;
        let answer = g.transmit(&[0x00, 0xB0, 0x00, 0x00, 0x00]).unwrap();
        assert_eq!(answer, SW_NO_PRECISE_DIAGNOSIS);
        assert_eq!(g.sent(), 1 + MAX_GET_RESPONSE_ROUNDS);
    }

    #[test]
    fn the_allowed_reads_pass_and_are_counted() {
        let mut g = GuardedTransport::new(Recorder::default());
        g.transmit(&select_df(JPKI_AID)).unwrap();
        g.transmit(&[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x0A])
            .unwrap();
        g.transmit(&[0x00, 0xB0, 0x00, 0x00, 0x00]).unwrap();
        g.transmit(&[0x00, 0xC0, 0x00, 0x00, 0x10]).unwrap();
        g.transmit(&select_df(COMMON_AID)).unwrap();
        g.transmit(&[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x01])
            .unwrap();
        g.transmit(&[0x00, 0xB2, 0x01, 0x04, 0x00]).unwrap();
        assert_eq!(g.sent(), 7);
        assert!(g.refused().is_empty(), "{:?}", g.refused());
    }
}
