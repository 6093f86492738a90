//! ESC/POS: the raster as `GS v 0` bands (any ESC/POS printer, Kanji font or not), feed and cut; status bytes.

use super::layout::Raster;

/// Rows per `GS v 0` command: small enough for every printer's buffer.
const BAND_ROWS: u32 = 255;

/// The bytes that print `raster`, feed it past the cutter and cut.
pub fn ticket_bytes(raster: &Raster) -> Vec<u8> {
    let per_row = raster.bytes_per_row();
    let mut out = vec![0x1B, 0x40]; // ESC @: initialise
    let mut top = 0;
    while top < raster.height {
        let rows = BAND_ROWS.min(raster.height - top);
        let [xl, xh] = (per_row as u16).to_le_bytes();
        let [yl, yh] = (rows as u16).to_le_bytes();
        out.extend([0x1D, 0x76, 0x30, 0x00, xl, xh, yl, yh]);
        let start = top as usize * per_row;
        out.extend_from_slice(&raster.bits[start..start + rows as usize * per_row]);
        top += rows;
    }
    out.extend([0x1B, 0x64, 0x04]); // ESC d 4: feed four lines
    out.extend([0x1D, 0x56, 0x42, 0x00]); // GS V 66 0: feed to the cutter and cut
    out
}

/// The real-time status requests (`DLE EOT n`) and what each answers.
pub const STATUS_PRINTER: [u8; 3] = [0x10, 0x04, 0x01];
pub const STATUS_OFFLINE: [u8; 3] = [0x10, 0x04, 0x02];
pub const STATUS_PAPER: [u8; 3] = [0x10, 0x04, 0x04];

/// What the printer said about itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrinterState {
    pub offline: bool,
    pub cover_open: bool,
    pub paper_end: bool,
    pub paper_near_end: bool,
    pub error: bool,
}

impl PrinterState {
    /// From the answers to `DLE EOT 1`, `2` and `4`. A byte that is not a status byte
    /// (bit 1 and bit 4 set, bits 0 and 7 clear) is refused.
    pub fn parse(printer: u8, offline: u8, paper: u8) -> Result<PrinterState, String> {
        for b in [printer, offline, paper] {
            if b & 0x93 != 0x12 {
                return Err(format!("{b:#04x} is not an ESC/POS status byte"));
            }
        }
        Ok(PrinterState {
            offline: printer & 0x08 != 0,
            cover_open: offline & 0x04 != 0,
            paper_end: paper & 0x60 != 0 || offline & 0x20 != 0,
            paper_near_end: paper & 0x0C != 0,
            error: offline & 0x40 != 0,
        })
    }

    /// The one reason it cannot print, in the words stored with the ticket.
    pub fn blocking_problem(&self) -> Option<&'static str> {
        if self.cover_open {
            Some("cover_open")
        } else if self.paper_end {
            Some("paper_end")
        } else if self.error {
            Some("printer_error")
        } else if self.offline {
            Some("offline")
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_bytes_are_read_bit_by_bit() {
        let fine = PrinterState::parse(0x12, 0x12, 0x12).unwrap();
        assert_eq!(fine, PrinterState::default());
        assert_eq!(fine.blocking_problem(), None);
        let cover = PrinterState::parse(0x1A, 0x16, 0x12).unwrap();
        assert!(cover.offline && cover.cover_open);
        assert_eq!(cover.blocking_problem(), Some("cover_open"));
        let paper = PrinterState::parse(0x1A, 0x32, 0x72).unwrap();
        assert_eq!(paper.blocking_problem(), Some("paper_end"));
        let near = PrinterState::parse(0x12, 0x12, 0x1E).unwrap();
        assert!(near.paper_near_end);
        assert_eq!(near.blocking_problem(), None);
        assert!(PrinterState::parse(0xFF, 0x12, 0x12).is_err());
    }

    #[test]
    fn a_tall_raster_is_sent_in_bands() {
        let raster = Raster {
            width: 16,
            height: 300,
            bits: vec![0xAA; 2 * 300],
        };
        let bytes = ticket_bytes(&raster);
        let bands = bytes
            .windows(3)
            .filter(|w| *w == [0x1D, 0x76, 0x30])
            .count();
        assert_eq!(bands, 2);
        assert_eq!(bytes.len(), 2 + 2 * 8 + 600 + 3 + 4);
    }
}
