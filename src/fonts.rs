//! The typefaces, and which one draws each language, on the screen and on the ticket alike.

use std::sync::Arc;

use cosmic_text::fontdb;

/// One family in a regular and a bold weight, bundled in the binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Typeface {
    pub family: &'static str,
    pub regular: &'static [u8],
    pub bold: &'static [u8],
}

/// BIZ UDPGothic, the universal-design face (SIL OFL 1.1, assets/fonts/LICENSE-BIZUDGothic.txt):
/// Japanese, easy Japanese and its readings, the Japanese words in a foreign text, and the
/// staff block of every ticket.
pub const JAPANESE: Typeface = Typeface {
    family: "BIZ UDPGothic",
    regular: include_bytes!("../assets/fonts/BIZUDPGothic-Regular.ttf"),
    bold: include_bytes!("../assets/fonts/BIZUDPGothic-Bold.ttf"),
};

/// Noto Sans (SIL OFL 1.1, assets/fonts/LICENSE-NotoSans.txt, from Debian's fonts-noto-core):
/// languages written in the Latin alphabet, Vietnamese's stacked diacritics among them.
/// BIZ UDPGothic keeps its Latin descenders inside the Japanese em box (g, p, y reach 0.12 em
/// below the baseline, where Latin faces reach 0.24), so "Sunday" reads "Sundav" to a weak
/// eye at 30 px.
pub const LATIN: Typeface = Typeface {
    family: "Noto Sans",
    regular: include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
    bold: include_bytes!("../assets/fonts/NotoSans-Bold.ttf"),
};

// Noto Sans CJK (SIL OFL 1.1, assets/fonts/LICENSE-NotoSansCJK.txt, from Debian's
// fonts-noto-cjk), cut by scripts/subset-fonts to the characters of that language's texts and
// kiosk.toml. A Han character has a different shape in each region's standard (骨, 直, 写):
// Chinese and Korean readers get their own, not the Japanese one.

/// Simplified Chinese, mainland China's shapes.
pub const SIMPLIFIED_CHINESE: Typeface = Typeface {
    family: "Noto Sans CJK SC",
    regular: include_bytes!("../assets/fonts/NotoSansCJKsc-Regular.subset.otf"),
    bold: include_bytes!("../assets/fonts/NotoSansCJKsc-Bold.subset.otf"),
};

/// Traditional Chinese, Taiwan's shapes.
pub const TRADITIONAL_CHINESE: Typeface = Typeface {
    family: "Noto Sans CJK TC",
    regular: include_bytes!("../assets/fonts/NotoSansCJKtc-Regular.subset.otf"),
    bold: include_bytes!("../assets/fonts/NotoSansCJKtc-Bold.subset.otf"),
};

/// Hangul, and Korea's shapes for the few Han characters a text may carry.
pub const KOREAN: Typeface = Typeface {
    family: "Noto Sans CJK KR",
    regular: include_bytes!("../assets/fonts/NotoSansCJKkr-Regular.subset.otf"),
    bold: include_bytes!("../assets/fonts/NotoSansCJKkr-Bold.subset.otf"),
};

/// Noto Sans Devanagari (SIL OFL 1.1, assets/fonts/LICENSE-NotoSans.txt): Nepali, whole, since
/// its conjuncts and vowel signs come from shaping rules a character subset would cut.
pub const DEVANAGARI: Typeface = Typeface {
    family: "Noto Sans Devanagari",
    regular: include_bytes!("../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    bold: include_bytes!("../assets/fonts/NotoSansDevanagari-Bold.ttf"),
};

/// Every bundled typeface.
pub const ALL: [Typeface; 6] = [
    JAPANESE,
    LATIN,
    SIMPLIFIED_CHINESE,
    TRADITIONAL_CHINESE,
    KOREAN,
    DEVANAGARI,
];

/// The faces that write Han characters, each in its region's shapes.
const HAN_FACES: [Typeface; 4] = [JAPANESE, SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE, KOREAN];

/// The typeface that draws `lang`, by its language and script subtags.
pub fn typeface(lang: &str) -> Typeface {
    let primary = lang.split('-').next().unwrap_or(lang);
    match primary {
        "ja" => JAPANESE,
        "zh" if lang.contains("Hant") || lang.ends_with("-TW") || lang.ends_with("-HK") => {
            TRADITIONAL_CHINESE
        }
        "zh" => SIMPLIFIED_CHINESE,
        "ko" => KOREAN,
        "ne" | "hi" | "mr" => DEVANAGARI,
        _ => LATIN,
    }
}

/// The family name that draws `lang`.
pub fn family(lang: &str) -> &'static str {
    typeface(lang).family
}

/// The bundled typeface of `family`, if it is one.
pub fn by_family(family: &str) -> Option<Typeface> {
    ALL.into_iter().find(|t| t.family == family)
}

/// `text` cut into the stretches each face draws: all of it in `own` when `own` writes Han
/// characters; else the Japanese words a foreign text carries (成年後見, a counter's name) in
/// the Japanese face, so they keep Japanese shapes, and the rest in `own`. Screen and printer
/// both draw by these runs, not by a font system's fallback, which would pick a Chinese face.
pub fn face_runs(own: Typeface, text: &str) -> Vec<(&str, Typeface)> {
    if HAN_FACES.contains(&own) {
        return vec![(text, own)];
    }
    let mut runs: Vec<(&str, Typeface)> = Vec::new();
    let mut start = 0;
    let mut current: Option<Typeface> = None;
    for (i, c) in text.char_indices() {
        let face = if crate::phrases::is_cjk(c) {
            JAPANESE
        } else if c.is_whitespace() || c.is_ascii_punctuation() || is_mark(c) {
            // Spaces, brackets and joiners go with the run they sit in.
            current.unwrap_or(own)
        } else {
            own
        };
        if let Some(f) = current
            && f != face
        {
            runs.push((&text[start..i], f));
            start = i;
        }
        current = Some(face);
    }
    if start < text.len() {
        runs.push((&text[start..], current.unwrap_or(own)));
    }
    runs
}

/// `text` as `face` should break it into lines: Japanese and Chinese between phrases only
/// (`phrases`: a word joiner between the characters of a phrase), so no word is cut in two;
/// Korean between words only (a word joiner between Hangul syllables), as Korean is written,
/// not between any two syllables as the Unicode line-break rules allow; and in a foreign
/// text, a Japanese name (有効期限通知書, a counter's sign) kept whole on one line, as the
/// resident will look for it. A phrase wider than the line is still cut where it overflows
/// (the screen and the printer lay text out `WordOrGlyph`).
pub fn keep_words(face: Typeface, text: &str) -> std::borrow::Cow<'_, str> {
    let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    let korean = face == KOREAN;
    if let Some(writing) = writing_of(face) {
        return keep_phrases(writing, text);
    }
    if !text.chars().any(|c| hangul(c) || crate::phrases::is_cjk(c)) {
        return text.into();
    }
    let chars: Vec<char> = text.chars().collect();
    // In a foreign text, each Japanese run short enough to be a name, by where it ends.
    let mut name_ends = vec![0; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && crate::phrases::is_cjk(chars[i]) {
            i += 1;
        }
        if i - start <= JAPANESE_NAME_LENGTH {
            name_ends[start..i].fill(i);
        }
        i = i.max(start + 1);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for (i, &c) in chars.iter().enumerate() {
        if let Some(&p) = i.checked_sub(1).and_then(|j| chars.get(j)) {
            let join = if korean {
                !p.is_whitespace() && !c.is_whitespace() && (hangul(p) || hangul(c))
            } else {
                name_ends[i] > i && name_ends[i - 1] == name_ends[i]
            };
            if join {
                out.push(WORD_JOINER);
            }
        }
        out.push(c);
    }
    out.into()
}

/// Whether `keep_words` holds `face`'s text together by phrases: a phrase wider than the
/// line must then be cut where it overflows (`WordOrGlyph`), or it would run past the edge.
pub fn breaks_by_phrase(face: Typeface) -> bool {
    writing_of(face).is_some()
}

/// The phrase model for a face's writing.
fn writing_of(face: Typeface) -> Option<crate::phrases::Writing> {
    use crate::phrases::Writing;
    [
        (JAPANESE, Writing::Japanese),
        (SIMPLIFIED_CHINESE, Writing::SimplifiedChinese),
        (TRADITIONAL_CHINESE, Writing::TraditionalChinese),
    ]
    .into_iter()
    .find(|(f, _)| *f == face)
    .map(|(_, w)| w)
}

/// A word joiner between any two characters of a phrase, spaces aside (a Latin word in it,
/// e-Tax, keeps its hyphen too), and a zero-width space where a phrase starts after a
/// character the line-break rules would hold it to (Mynaportal（マイナポータル）: a Latin
/// letter before a bracket).
fn keep_phrases(writing: crate::phrases::Writing, text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(crate::phrases::is_cjk) {
        return text.into();
    }
    let starts = crate::phrases::starts(writing, text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 {
            let p = chars[i - 1];
            if !p.is_whitespace() && !c.is_whitespace() {
                out.push(if starts[i] { PHRASE_BREAK } else { WORD_JOINER });
            }
        }
        out.push(c);
    }
    out.into()
}

/// Where the stretch of bytes `range` of a text is once `keep_words` has put its joiners in
/// (`kept`), without the joiners at its ends.
pub fn kept_range(kept: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut original = 0;
    let (mut start, mut end) = (kept.len(), kept.len());
    for (at, c) in kept.char_indices() {
        if is_mark(c) {
            continue;
        }
        if original == range.start {
            start = at;
        }
        if original == range.end {
            end = at;
            break;
        }
        original += c.len_utf8();
    }
    let end = kept[..end].trim_end_matches(is_mark).len().max(start);
    start..end
}

/// The longest Japanese run a foreign text keeps on one line (有効期限通知書 is 7): a
/// sentence in Japanese (a note for the clerk) breaks as Japanese does.
const JAPANESE_NAME_LENGTH: usize = 12;

/// U+2060, which forbids a line break where it stands and draws nothing.
const WORD_JOINER: char = '\u{2060}';

/// U+200B, which allows a line break where it stands and draws nothing.
const PHRASE_BREAK: char = '\u{200B}';

/// The marks `keep_words` puts in, which are no part of the text.
fn is_mark(c: char) -> bool {
    c == WORD_JOINER || c == PHRASE_BREAK
}

/// Every face file, regular and bold, for a font system to load.
pub fn faces() -> impl Iterator<Item = &'static [u8]> {
    ALL.into_iter().flat_map(|t| [t.regular, t.bold])
}

/// A font database of the bundled faces only: what is drawn must not depend on what the
/// machine has installed.
pub fn database() -> fontdb::Database {
    let mut db = fontdb::Database::new();
    for face in faces() {
        db.load_font_source(fontdb::Source::Binary(Arc::new(face)));
    }
    db
}

/// The characters of `text` that neither `lang`'s typeface nor, for the Japanese names a
/// foreign text may carry, the Japanese one can draw: tofu on the screen and the ticket.
pub fn missing_glyphs(lang: &str, text: &str) -> Vec<char> {
    let faces: Vec<ttf_parser::Face> = [typeface(lang).regular, JAPANESE.regular]
        .into_iter()
        .filter_map(|data| ttf_parser::Face::parse(data, 0).ok())
        .collect();
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .filter(|c| faces.iter().all(|f| f.glyph_index(*c).is_none()))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

/// Each place `buffer` (laid out from `kept`, a text as `keep_words` gave it) starts a line
/// inside a phrase of `writing` that is no wider than the line: what a reader would meet as
/// a word cut in two. A phrase wider than the line is cut where it overflows (cosmic-text's
/// `WordOrGlyph` fills the line first), and is not counted. Read from the layout's own lines.
#[cfg(test)]
pub(crate) fn phrase_cuts(
    buffer: &cosmic_text::Buffer,
    kept: &str,
    writing: crate::phrases::Writing,
) -> Vec<String> {
    use std::collections::HashMap;
    let lines: Vec<&str> = kept.split('\n').collect();
    // Per text line: its characters without joiners, where phrases start, and each
    // character's index once joiners are taken out, by byte offset.
    /// A text line's characters without marks, where its phrases start, and each byte
    /// offset's character index once the marks are out.
    type Prepared = (Vec<char>, Vec<bool>, HashMap<usize, usize>);
    let prepared: Vec<Prepared> = lines
        .iter()
        .map(|line| {
            let original: String = line.chars().filter(|c| !is_mark(*c)).collect();
            let mut index = HashMap::new();
            let mut n = 0;
            for (at, c) in line.char_indices() {
                index.insert(at, n);
                if !is_mark(c) {
                    n += 1;
                }
            }
            index.insert(line.len(), n);
            let starts = crate::phrases::starts(writing, &original);
            (original.chars().collect(), starts, index)
        })
        .collect();
    let phrase_of = |starts: &[bool], i: usize| (0..=i).rev().find(|&j| starts[j]).unwrap_or(0);
    // How wide each phrase is drawn: (text line, phrase start) → width.
    let mut widths: HashMap<(usize, usize), f32> = HashMap::new();
    for run in buffer.layout_runs() {
        let Some((_, starts, index)) = prepared.get(run.line_i) else {
            continue;
        };
        for g in run.glyphs {
            if let Some(&i) = index.get(&g.start)
                && i < starts.len()
            {
                *widths
                    .entry((run.line_i, phrase_of(starts, i)))
                    .or_default() += g.w;
            }
        }
    }
    let room = buffer.size().0.unwrap_or(f32::INFINITY);
    let mut cuts = Vec::new();
    let mut previous_line = None;
    for run in buffer.layout_runs() {
        let wrapped = previous_line == Some(run.line_i);
        previous_line = Some(run.line_i);
        let (Some(first), Some((chars, starts, index))) = (
            run.glyphs.iter().map(|g| g.start).min(),
            prepared.get(run.line_i),
        ) else {
            continue;
        };
        let Some(&at) = index.get(&first) else {
            continue;
        };
        // A line may always start after a space, easy Japanese's phrase boundary.
        let after_space = at > 0 && chars[at - 1].is_whitespace();
        if !wrapped || at >= starts.len() || starts[at] || after_space {
            continue;
        }
        let from = phrase_of(starts, at);
        if widths.get(&(run.line_i, from)).copied().unwrap_or(0.0) > room {
            continue;
        }
        let before: String = chars[from..at].iter().collect();
        let after: String = chars[at..].iter().take(6).collect();
        let whole: String = chars.iter().collect();
        cuts.push(format!("{before}/{after} in {whole:?}"));
    }
    cuts
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping, Weight};

    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn a_character_no_bundled_face_draws_is_named() {
        assert_eq!(
            missing_glyphs("vi", "Thành phố Kagoshima 鹿児島市"),
            Vec::<char>::new()
        );
        assert_eq!(missing_glyphs("ko", "가고시마시 𓀀"), vec!['𓀀']);
        // 鬱 is in no Korean text, so the Korean subset lacks it; the Japanese face draws it.
        assert_eq!(missing_glyphs("ko", "鬱"), Vec::<char>::new());
        let korean = ttf_parser::Face::parse(KOREAN.regular, 0).unwrap();
        assert!(korean.glyph_index('鬱').is_none());
    }

    #[test]
    fn japanese_words_in_a_foreign_text_are_drawn_in_the_japanese_face() {
        assert_eq!(
            face_runs(LATIN, "adult guardianship (成年後見) here"),
            vec![
                ("adult guardianship (", LATIN),
                ("成年後見) ", JAPANESE),
                ("here", LATIN)
            ]
        );
        assert_eq!(
            face_runs(KOREAN, "가고시마시 鹿児島市"),
            vec![("가고시마시 鹿児島市", KOREAN)]
        );
    }

    #[test]
    fn korean_breaks_only_between_words_and_a_japanese_name_stays_whole() {
        assert_eq!(
            keep_words(KOREAN, "비밀번호와 영문"),
            "비\u{2060}밀\u{2060}번\u{2060}호\u{2060}와 영\u{2060}문"
        );
        assert_eq!(keep_words(LATIN, "비밀번호"), "비밀번호");
        assert_eq!(
            keep_words(LATIN, "notice (通知書)"),
            "notice (通\u{2060}知\u{2060}書)"
        );
        let sentence = "このカードの電子証明書は確認できませんでした。";
        assert!(!keep_words(LATIN, sentence).contains('\u{2060}'));
    }

    #[test]
    fn japanese_and_chinese_break_only_between_phrases() {
        let j = '\u{2060}';
        let b = PHRASE_BREAK;
        assert_eq!(
            keep_words(JAPANESE, "新しいカードを申請してください"),
            format!("新{j}し{j}い{b}カ{j}ー{j}ド{j}を{b}申{j}請{j}し{j}て{j}く{j}だ{j}さ{j}い")
        );
        // Easy Japanese: its spaces are its phrases.
        assert_eq!(
            keep_words(JAPANESE, "カードを 置いて"),
            format!("カ{j}ー{j}ド{j}を 置{j}い{j}て")
        );
        let chinese = "您的电子证书将于七月十五日到期";
        let joined: String =
            crate::phrases::split(crate::phrases::Writing::SimplifiedChinese, chinese)
                .iter()
                .map(|p| {
                    p.chars()
                        .map(String::from)
                        .collect::<Vec<_>>()
                        .join(&j.to_string())
                })
                .collect::<Vec<_>>()
                .join(&b.to_string());
        assert!(joined.contains(&format!("电{j}子")), "{joined:?}");
        assert_eq!(keep_words(SIMPLIFIED_CHINESE, chinese), joined);
        assert_eq!(
            keep_words(JAPANESE, "e-Taxで"),
            format!("e{j}-{j}T{j}a{j}x{j}で")
        );
        // A ruby base's place, found again once joiners are in.
        let kept = keep_words(JAPANESE, "新しい窓口を");
        let at = "新しい".len();
        assert_eq!(
            &kept[kept_range(&kept, at..at + "窓口".len())],
            format!("窓{j}口")
        );
    }

    #[test]
    fn each_language_is_drawn_in_its_own_region_s_face() {
        assert_eq!(family("ja"), JAPANESE.family);
        assert_eq!(family("ja-easy"), JAPANESE.family);
        assert_eq!(family("zh-Hans"), SIMPLIFIED_CHINESE.family);
        assert_eq!(family("zh-Hant"), TRADITIONAL_CHINESE.family);
        assert_eq!(family("ko"), KOREAN.family);
        assert_eq!(family("ne"), DEVANAGARI.family);
        for lang in ["en", "vi", "pt-BR", "tl", "id"] {
            assert_eq!(family(lang), LATIN.family, "{lang}");
        }
    }

    /// Every character of every resident text, and of the city's texts in kiosk.toml, shaped
    /// the way the screen and the printer shape it (cosmic-text over the bundled faces only),
    /// run by run in the faces `face_runs` gives, in both weights: no glyph is missing (tofu),
    /// and none is drawn by a face of another region (a Chinese text in Japanese shapes).
    #[test]
    fn every_text_of_every_language_has_its_glyphs_in_the_face_that_draws_it() {
        let catalog = Catalog::embedded();
        let city_texts = city_texts(include_str!("../kiosk.toml"));
        assert!(
            city_texts.len() > 5,
            "the shipped kiosk.toml's texts are found"
        );
        let mut fonts = FontSystem::new_with_locale_and_db("ja-JP".into(), database());
        let mut problems = BTreeMap::<String, Vec<String>>::new();
        for lang in catalog.languages() {
            let face = typeface(lang);
            let mut texts = catalog.resident_texts(lang);
            texts.extend(city_texts.iter().map(|t| t.get(lang)));
            for text in texts {
                let text = keep_words(face, &text);
                for (run, run_face) in face_runs(face, &text) {
                    for weight in [Weight::NORMAL, Weight::BOLD] {
                        for fault in shaping_faults(&mut fonts, run, run_face.family, weight) {
                            problems.entry(lang.to_owned()).or_default().push(fault);
                        }
                    }
                }
            }
        }
        for faults in problems.values_mut() {
            faults.sort();
            faults.dedup();
        }
        assert!(
            problems.is_empty(),
            "characters drawn without their face (run scripts/subset-fonts after changing a \
             Chinese or Korean text): {problems:#?}"
        );
    }

    /// Every text kiosk.toml gives once per language (a table with a Japanese text), read
    /// from the file as it is: the configuration's own types stand above the typefaces.
    fn city_texts(kiosk_toml: &str) -> Vec<crate::i18n::Localized> {
        fn walk(value: &toml::Value, out: &mut Vec<crate::i18n::Localized>) {
            match value {
                toml::Value::Table(table) if table.get("ja").is_some_and(toml::Value::is_str) => {
                    out.push(crate::i18n::Localized(
                        table
                            .iter()
                            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                            .collect(),
                    ));
                }
                toml::Value::Table(table) => table.values().for_each(|v| walk(v, out)),
                toml::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        let table: toml::Table = kiosk_toml.parse().expect("the shipped kiosk.toml parses");
        walk(&toml::Value::Table(table), &mut out);
        out
    }

    /// What shaping `text` in `family` draws wrongly: a missing glyph, or a Han, kana or
    /// Hangul character drawn by another family than the one asked for.
    fn shaping_faults(
        fonts: &mut FontSystem,
        text: &str,
        family: &str,
        weight: Weight,
    ) -> Vec<String> {
        let mut buffer = Buffer::new(fonts, Metrics::new(30.0, 40.0));
        let attrs = Attrs::new().family(Family::Name(family)).weight(weight);
        buffer.set_text(fonts, text, &attrs, Shaping::Advanced, None);
        buffer.shape_until_scroll(fonts, false);
        let mut faults = Vec::new();
        for run in buffer.layout_runs() {
            for glyph in run.glyphs {
                let drawn = &run.text[glyph.start..glyph.end];
                if glyph.glyph_id == 0 {
                    faults.push(format!("no glyph for {drawn:?} in {text:?}"));
                    continue;
                }
                let by = fonts
                    .db()
                    .face(glyph.font_id)
                    .and_then(|f| f.families.first().map(|(name, _)| name.clone()))
                    .unwrap_or_default();
                if by != family && drawn.chars().any(is_regional) {
                    faults.push(format!("{drawn:?} drawn by {by} in {text:?}"));
                }
            }
        }
        faults
    }

    /// Characters whose shape differs by region's face: Han, kana, Hangul.
    fn is_regional(c: char) -> bool {
        crate::furigana::is_kanji(c)
            || ('\u{3040}'..='\u{30FF}').contains(&c)
            || ('\u{AC00}'..='\u{D7AF}').contains(&c)
            || ('\u{1100}'..='\u{11FF}').contains(&c)
    }

    /// Every Japanese, easy-Japanese and Chinese resident text, laid out as the kiosk's screen
    /// lays it out (cosmic-text, the bundled faces, `keep_words`, cut `WordOrGlyph`) at the
    /// body's width on a 1920 and a 1280 screen (less the 96 px margins) and a button's, in
    /// every type size: no line starts inside a phrase that fits on a line.
    #[test]
    fn no_screen_line_starts_inside_a_phrase() {
        let catalog = Catalog::embedded();
        let mut fonts = FontSystem::new_with_locale_and_db("ja-JP".into(), database());
        let mut cuts = Vec::new();
        let mut lines = 0;
        for lang in ["ja", "ja-easy", "zh-Hans", "zh-Hant"] {
            let writing = crate::phrases::Writing::of(lang).unwrap();
            let face = typeface(lang);
            for text in catalog.resident_texts(lang) {
                // Easy Japanese's ruby is drawn phrase by phrase (ui::ruby), never cut; its
                // base text is what a plain line would hold.
                let text = crate::furigana::plain(&text);
                let kept = keep_words(face, &text);
                for width in [1920.0 - 192.0, 1280.0 - 192.0, 560.0] {
                    for size in [30.0, 40.0, 52.0, 42.0, 56.0, 72.8] {
                        let mut buffer = Buffer::new(&mut fonts, Metrics::new(size, size * 1.3));
                        buffer.set_size(&mut fonts, Some(width), None);
                        buffer.set_wrap(&mut fonts, cosmic_text::Wrap::WordOrGlyph);
                        let attrs = Attrs::new().family(Family::Name(face.family));
                        let spans: Vec<(&str, Attrs)> = face_runs(face, &kept)
                            .into_iter()
                            .map(|(run, f)| (run, attrs.clone().family(Family::Name(f.family))))
                            .collect();
                        buffer.set_rich_text(&mut fonts, spans, &attrs, Shaping::Advanced, None);
                        buffer.shape_until_scroll(&mut fonts, false);
                        lines += buffer.layout_runs().count();
                        for cut in phrase_cuts(&buffer, &kept, writing) {
                            cuts.push(format!("{lang} at {width} px, {size} px: {cut}"));
                        }
                    }
                }
            }
        }
        assert!(lines > 10_000, "only {lines} lines laid out");
        assert!(
            cuts.is_empty(),
            "{} lines start inside a phrase:\n{}",
            cuts.len(),
            cuts.join("\n")
        );
    }
}
