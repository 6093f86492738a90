//! A virtual JPKI card: answers APDUs as a My Number Card does, for the simulated reader and for vpcd.

use std::collections::BTreeMap;
use std::time::Duration;

/// The JPKI application (公的個人認証AP).
pub const JPKI_AID: [u8; 10] = [0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01];
/// The common application (共通AP), which holds the card record with the card's expiry.
pub const COMMON_AID: [u8; 10] = [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x01, 0x00];
/// The card-info application (券面入力補助AP): its EF 0001 is the individual number. Never to be read.
pub const CARD_INFO_AID: [u8; 10] = [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];
/// The card-face application (券面事項確認AP): its PIN-A is the individual number. Never to be used.
pub const CARD_FACE_AID: [u8; 10] = [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x02];

/// EF ids of the JPKI application.
pub mod jpki_ef {
    pub const SIGN_CERTIFICATE: u16 = 0x0001;
    pub const TOKEN_INFO: u16 = 0x0006;
    pub const CERTIFICATE_AVAILABILITY: u16 = 0x0008;
    pub const AUTH_CERTIFICATE: u16 = 0x000A;
    pub const AUTH_PIN: u16 = 0x0018;
    pub const SIGN_PIN: u16 = 0x001B;
}

/// EF 0001 of the common application: the card record.
pub const COMMON_CARD_INFO: u16 = 0x0001;

const SW_OK: [u8; 2] = [0x90, 0x00];
const SW_NOT_FOUND: [u8; 2] = [0x6A, 0x82];
const SW_SECURITY: [u8; 2] = [0x69, 0x82];
const SW_END_OF_FILE: [u8; 2] = [0x6B, 0x00];
const SW_NO_EF: [u8; 2] = [0x69, 0x86];
const SW_INS_UNKNOWN: [u8; 2] = [0x6D, 0x00];
const SW_WRONG_LENGTH: [u8; 2] = [0x67, 0x00];

/// How the card misbehaves, for tests of the reader's resilience (card.md, "Card behaviours").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quirks {
    /// Time taken by every APDU.
    pub delay: Duration,
    /// Answer data with 61xx and hand it over on GET RESPONSE.
    pub get_response: bool,
    /// Answer a READ BINARY whose Le does not fit with 6Cxx first.
    pub wrong_le: bool,
    /// The card leaves the reader after answering this many APDUs.
    pub vanish_after: Option<u32>,
    /// The authentication certificate's file is damaged.
    pub certificate: CertificateDamage,
}

/// What is wrong with the authentication certificate's file, for the fault tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CertificateDamage {
    #[default]
    Intact,
    /// Cut to its first half: the DER header claims more than the file holds.
    Truncated,
    /// The file exists and holds no bytes.
    Empty,
}

/// One application's files: transparent EFs, record EFs, and PIN tries by PIN EF.
#[derive(Clone, Debug, Default)]
pub struct Application {
    pub binaries: BTreeMap<u16, Vec<u8>>,
    pub records: BTreeMap<u16, Vec<Vec<u8>>>,
    pub pins: BTreeMap<u16, u8>,
    /// EFs that exist but need a PIN first (the signature certificate).
    pub protected: Vec<u16>,
}

/// The whole card as the reader sees it.
#[derive(Clone, Debug, Default)]
pub struct CardImage {
    pub atr: Vec<u8>,
    pub applications: BTreeMap<[u8; 10], Application>,
    /// A broken card: every answer is one byte of noise.
    pub garbled: bool,
}

/// What a virtual card did with one command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Response(Vec<u8>),
    /// The card has left the reader.
    Gone,
}

/// A virtual card in a reader: its image, what is selected, and the log of commands it received.
#[derive(Clone, Debug)]
pub struct VirtualCard {
    image: CardImage,
    quirks: Quirks,
    selected_df: Option<[u8; 10]>,
    selected_ef: Option<u16>,
    pending: Vec<u8>,
    answered: u32,
    log: Vec<Vec<u8>>,
}

impl VirtualCard {
    pub fn new(mut image: CardImage, quirks: Quirks) -> Self {
        if let Some(cert) = image
            .applications
            .get_mut(&JPKI_AID)
            .and_then(|app| app.binaries.get_mut(&jpki_ef::AUTH_CERTIFICATE))
        {
            match quirks.certificate {
                CertificateDamage::Intact => {}
                CertificateDamage::Truncated => cert.truncate(cert.len() / 2),
                CertificateDamage::Empty => cert.clear(),
            }
        }
        VirtualCard {
            image,
            quirks,
            selected_df: None,
            selected_ef: None,
            pending: Vec::new(),
            answered: 0,
            log: Vec::new(),
        }
    }

    pub fn atr(&self) -> &[u8] {
        &self.image.atr
    }

    pub fn quirks(&self) -> &Quirks {
        &self.quirks
    }

    /// Every command APDU received, in order (the card's own log, for privacy tests).
    pub fn log(&self) -> &[Vec<u8>] {
        &self.log
    }

    /// A power cycle: nothing selected any more.
    pub fn reset(&mut self) {
        self.selected_df = None;
        self.selected_ef = None;
        self.pending.clear();
    }

    /// Answers one command APDU (without the configured delay: the transport applies it).
    pub fn execute(&mut self, command: &[u8]) -> Answer {
        if self.quirks.vanish_after.is_some_and(|n| self.answered >= n) {
            return Answer::Gone;
        }
        self.answered += 1;
        self.log.push(command.to_vec());
        if self.image.garbled {
            return Answer::Response(vec![0x6F]);
        }
        let response = self.respond(command);
        Answer::Response(self.deliver(command, response))
    }

    /// Applies the 61xx quirk to a successful answer with data.
    fn deliver(&mut self, command: &[u8], response: Vec<u8>) -> Vec<u8> {
        let is_get_response = command.get(1) == Some(&0xC0);
        if !self.quirks.get_response || is_get_response || response.len() <= 2 {
            return response;
        }
        let (data, sw) = response.split_at(response.len() - 2);
        if sw != SW_OK {
            return response;
        }
        self.pending = data.to_vec();
        let available = u8::try_from(data.len()).unwrap_or(0); // 00 means 256
        vec![0x61, available]
    }

    fn respond(&mut self, command: &[u8]) -> Vec<u8> {
        let Some((&[_, ins, p1, p2], body)) = command.split_first_chunk::<4>() else {
            return SW_WRONG_LENGTH.to_vec();
        };
        match ins {
            0xA4 => self.select(p1, body),
            0xB0 => self.read_binary(p1, p2, body),
            0xB2 => self.read_record(p1, p2),
            0x20 => self.verify(p2, body),
            0xC0 => {
                let data = std::mem::take(&mut self.pending);
                with_sw(data, SW_OK)
            }
            _ => SW_INS_UNKNOWN.to_vec(),
        }
    }

    fn current_app(&self) -> Option<&Application> {
        self.selected_df
            .and_then(|df| self.image.applications.get(&df))
    }

    fn select(&mut self, p1: u8, body: &[u8]) -> Vec<u8> {
        let Some((&lc, data)) = body.split_first() else {
            return SW_WRONG_LENGTH.to_vec();
        };
        let data = data.get(..usize::from(lc)).unwrap_or(data);
        match p1 {
            0x04 => match <[u8; 10]>::try_from(data) {
                Ok(aid) if self.image.applications.contains_key(&aid) => {
                    self.selected_df = Some(aid);
                    self.selected_ef = None;
                    SW_OK.to_vec()
                }
                _ => SW_NOT_FOUND.to_vec(),
            },
            0x02 => {
                let Ok(id) = <[u8; 2]>::try_from(data).map(u16::from_be_bytes) else {
                    return SW_WRONG_LENGTH.to_vec();
                };
                let exists = self.current_app().is_some_and(|app| {
                    app.binaries.contains_key(&id)
                        || app.records.contains_key(&id)
                        || app.pins.contains_key(&id)
                        || app.protected.contains(&id)
                });
                if exists {
                    self.selected_ef = Some(id);
                    SW_OK.to_vec()
                } else {
                    SW_NOT_FOUND.to_vec()
                }
            }
            _ => SW_NOT_FOUND.to_vec(),
        }
    }

    fn read_binary(&mut self, p1: u8, p2: u8, body: &[u8]) -> Vec<u8> {
        let le = match body {
            [0x00] => 256,
            [n] => usize::from(*n),
            _ => return SW_WRONG_LENGTH.to_vec(),
        };
        let offset = usize::from(u16::from_be_bytes([p1 & 0x7F, p2]));
        let Some(id) = self.selected_ef else {
            return SW_NO_EF.to_vec();
        };
        let Some(app) = self.current_app() else {
            return SW_NO_EF.to_vec();
        };
        if app.protected.contains(&id) {
            return SW_SECURITY.to_vec();
        }
        let Some(file) = app.binaries.get(&id) else {
            return SW_NO_EF.to_vec();
        };
        if offset >= file.len() {
            return SW_END_OF_FILE.to_vec();
        }
        let available = (file.len() - offset).min(256);
        if self.quirks.wrong_le && le != available {
            // 6C00 stands for 256.
            return vec![0x6C, u8::try_from(available).unwrap_or(0)];
        }
        let end = offset + le.min(file.len() - offset);
        with_sw(file[offset..end].to_vec(), SW_OK)
    }

    fn read_record(&mut self, number: u8, p2: u8) -> Vec<u8> {
        if p2 != 0x04 || number == 0 {
            return SW_NOT_FOUND.to_vec();
        }
        let record = self.selected_ef.and_then(|id| {
            self.current_app()
                .and_then(|app| app.records.get(&id))
                .and_then(|records| records.get(usize::from(number) - 1))
                .cloned()
        });
        match record {
            Some(r) => with_sw(r, SW_OK),
            None => SW_NOT_FOUND.to_vec(),
        }
    }

    fn verify(&mut self, p2: u8, body: &[u8]) -> Vec<u8> {
        let Some(id) = self.selected_ef.filter(|_| p2 == 0x80) else {
            return SW_NOT_FOUND.to_vec();
        };
        let Some(&tries) = self.current_app().and_then(|app| app.pins.get(&id)) else {
            return SW_NOT_FOUND.to_vec();
        };
        if !body.is_empty() {
            // A real card would spend a try here; the virtual one refuses outright, and its
            // log shows the attempt to the tests that look for it.
            return SW_SECURITY.to_vec();
        }
        vec![0x63, 0xC0 | tries.min(0x0F)]
    }
}

fn with_sw(mut data: Vec<u8>, sw: [u8; 2]) -> Vec<u8> {
    data.extend_from_slice(&sw);
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(quirks: Quirks) -> VirtualCard {
        let mut jpki = Application::default();
        jpki.binaries
            .insert(jpki_ef::TOKEN_INFO, (0..=255u8).chain(0..44).collect());
        jpki.pins.insert(jpki_ef::AUTH_PIN, 2);
        let mut image = CardImage::default();
        image.applications.insert(JPKI_AID, jpki);
        VirtualCard::new(image, quirks)
    }

    fn answer(card: &mut VirtualCard, apdu: &[u8]) -> Vec<u8> {
        match card.execute(apdu) {
            Answer::Response(r) => r,
            Answer::Gone => panic!("card gone"),
        }
    }

    fn select_jpki(card: &mut VirtualCard) {
        let mut select = vec![0x00, 0xA4, 0x04, 0x0C, 0x0A];
        select.extend(JPKI_AID);
        assert_eq!(answer(card, &select), SW_OK);
    }

    #[test]
    fn reads_a_file_in_chunks_and_reports_its_end() {
        let mut c = card(Quirks::default());
        select_jpki(&mut c);
        assert_eq!(
            answer(&mut c, &[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x06]),
            SW_OK
        );
        let first = answer(&mut c, &[0x00, 0xB0, 0x00, 0x00, 0x00]);
        assert_eq!(first.len(), 258);
        let rest = answer(&mut c, &[0x00, 0xB0, 0x01, 0x00, 0x00]);
        assert_eq!(rest.len(), 44 + 2);
        assert_eq!(
            answer(&mut c, &[0x00, 0xB0, 0x01, 0x2C, 0x00]),
            SW_END_OF_FILE
        );
    }

    #[test]
    fn empty_verify_reports_tries_and_verify_with_data_is_refused_and_logged() {
        let mut c = card(Quirks::default());
        select_jpki(&mut c);
        answer(&mut c, &[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x18]);
        assert_eq!(answer(&mut c, &[0x00, 0x20, 0x00, 0x80]), [0x63, 0xC2]);
        let with_pin = [0x00, 0x20, 0x00, 0x80, 0x04, b'1', b'2', b'3', b'4'];
        assert_eq!(answer(&mut c, &with_pin), SW_SECURITY);
        assert_eq!(c.log().last().unwrap(), &with_pin.to_vec());
    }

    #[test]
    fn unknown_application_is_not_found() {
        let mut c = card(Quirks::default());
        let mut select = vec![0x00, 0xA4, 0x04, 0x0C, 0x0A];
        select.extend(COMMON_AID);
        assert_eq!(answer(&mut c, &select), SW_NOT_FOUND);
    }

    #[test]
    fn get_response_quirk_answers_61xx_then_hands_the_data_over() {
        let mut c = card(Quirks {
            get_response: true,
            ..Quirks::default()
        });
        select_jpki(&mut c);
        answer(&mut c, &[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x06]);
        assert_eq!(answer(&mut c, &[0x00, 0xB0, 0x01, 0x00, 0x00]), [0x61, 44]);
        assert_eq!(answer(&mut c, &[0x00, 0xC0, 0x00, 0x00, 44]).len(), 46);
    }

    #[test]
    fn wrong_le_quirk_answers_6cxx_with_the_right_length() {
        let mut c = card(Quirks {
            wrong_le: true,
            ..Quirks::default()
        });
        select_jpki(&mut c);
        answer(&mut c, &[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x06]);
        assert_eq!(answer(&mut c, &[0x00, 0xB0, 0x01, 0x00, 0x00]), [0x6C, 44]);
        assert_eq!(answer(&mut c, &[0x00, 0xB0, 0x01, 0x00, 44]).len(), 46);
    }

    #[test]
    fn card_vanishes_after_the_configured_number_of_apdus() {
        let mut c = card(Quirks {
            vanish_after: Some(1),
            ..Quirks::default()
        });
        select_jpki(&mut c);
        assert_eq!(c.execute(&[0x00, 0xB0, 0x00, 0x00, 0x00]), Answer::Gone);
    }
}
