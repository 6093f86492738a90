//! The typefaces, and which one draws each language, on the screen and on the ticket alike.

/// BIZ UDPGothic, the universal-design face (SIL OFL 1.1, assets/fonts/LICENSE-BIZUDGothic.txt):
/// Japanese, and the staff block of every ticket.
pub const JAPANESE_REGULAR: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Regular.ttf");
pub const JAPANESE_BOLD: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Bold.ttf");
/// Noto Sans (SIL OFL 1.1, assets/fonts/LICENSE-NotoSans.txt, from Debian's fonts-noto-core):
/// languages written in the Latin alphabet. BIZ UDPGothic keeps its Latin descenders inside
/// the Japanese em box (g, p, y reach 0.12 em below the baseline, where Latin faces reach
/// 0.24), so "Sunday" reads "Sundav" to a weak eye at 30 px.
pub const LATIN_REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
pub const LATIN_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");

/// Every face, for a font system to load.
pub const ALL: [&[u8]; 4] = [JAPANESE_REGULAR, JAPANESE_BOLD, LATIN_REGULAR, LATIN_BOLD];

pub const JAPANESE_FAMILY: &str = "BIZ UDPGothic";
pub const LATIN_FAMILY: &str = "Noto Sans";

/// The family that draws `lang`: Japanese in BIZ UDPGothic, the rest (English today) in the
/// Latin face. Glyphs a face lacks fall back to the other.
pub fn family(lang: &str) -> &'static str {
    if lang == "ja" || lang.starts_with("ja-") {
        JAPANESE_FAMILY
    } else {
        LATIN_FAMILY
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_is_drawn_in_biz_udpgothic_and_english_in_the_latin_face() {
        assert_eq!(family("ja"), JAPANESE_FAMILY);
        assert_eq!(family("en"), LATIN_FAMILY);
    }
}
