//! Easy Japanese drawn with its readings: small kana centred above each kanji, as printed ruby.
//!
//! iced lays text out as whole paragraphs, with no place for a reading above a span. Easy
//! Japanese is written with a space between phrases (分かち書き), and a line may break only
//! there, so each phrase is laid out as a row of pieces, a kanji run with its reading above
//! it, a kana run with an empty line of the reading's height above it, and the phrases flow
//! into lines as a wrapping row does.

use iced::widget::text::{Span, Wrapping};
use iced::widget::{Column, Row, Space, rich_text, span, text};
use iced::{Alignment, Color, Element, Font, Length};

use crate::fonts;
use crate::furigana::{self, Run};

/// A reading's size beside its base's: half, as printed ruby has it.
const READING_SCALE: f32 = 0.5;
/// The reading's line, as a share of its size: close above the base, not touching it.
const READING_LINE: f32 = 1.15;

/// `s` in `font`, but its Japanese words in the Japanese face (fonts::face_runs), Japanese
/// and Chinese broken into lines between phrases and Korean between words only
/// (fonts::keep_words); a phrase wider than the line is cut where it overflows.
fn faced<'a, M: 'a>(s: &str, size: f32, font: Font, color: Option<Color>) -> Element<'a, M> {
    let own = match font.family {
        iced::font::Family::Name(name) => fonts::by_family(name),
        _ => None,
    };
    let kept = own.map_or(s.into(), |own| fonts::keep_words(own, s));
    let wrapping = if own.is_some_and(fonts::breaks_by_phrase) {
        Wrapping::WordOrGlyph
    } else {
        Wrapping::Word
    };
    let runs = own
        .map(|own| fonts::face_runs(own, &kept))
        .unwrap_or_default();
    if runs.len() <= 1 {
        let mut t = text(kept.into_owned())
            .size(size)
            .font(font)
            .wrapping(wrapping);
        if let Some(color) = color {
            t = t.color(color);
        }
        return t.into();
    }
    let spans: Vec<Span<'a, (), Font>> = runs
        .into_iter()
        .map(|(run, face)| {
            let span = span(run.to_owned()).font(Font {
                family: iced::font::Family::Name(face.family),
                ..font
            });
            match color {
                Some(c) => span.color(c),
                None => span,
            }
        })
        .collect();
    rich_text(spans).size(size).wrapping(wrapping).into()
}

/// `s` at `size` in `font`, its readings above its kanji; plain text where it has none.
/// `centred` centres each line (a button's label).
pub fn words<'a, M: 'a>(
    s: &str,
    size: f32,
    font: Font,
    color: Option<Color>,
    centred: bool,
) -> Element<'a, M> {
    if !furigana::has_ruby(s) {
        return faced(s, size, font, color);
    }
    let reading_size = size * READING_SCALE;
    let piece = |base: &str, reading: Option<&str>| -> Element<'a, M> {
        let mut base = text(base.to_owned()).size(size).font(font);
        let above: Element<'a, M> = match reading {
            Some(r) => {
                let mut r = text(r.to_owned())
                    .size(reading_size)
                    .font(font)
                    .line_height(READING_LINE);
                if let Some(color) = color {
                    r = r.color(color);
                }
                r.into()
            }
            None => Space::new()
                .height(reading_size * READING_LINE)
                .width(Length::Shrink)
                .into(),
        };
        if let Some(color) = color {
            base = base.color(color);
        }
        Column::new()
            .push(above)
            .push(base)
            .align_x(Alignment::Center)
            .into()
    };
    let mut lines = Column::new();
    for line in s.split('\n') {
        let mut phrases = Row::new().spacing(size * 0.3);
        for phrase in line.split([' ', '\u{3000}']).filter(|p| !p.is_empty()) {
            let mut pieces = Row::new();
            for run in furigana::runs(phrase) {
                pieces = pieces.push(match run {
                    Run::Plain(p) => piece(p, None),
                    Run::Ruby { base, reading } => piece(base, Some(reading)),
                });
            }
            phrases = phrases.push(pieces);
        }
        let align = if centred {
            Alignment::Center
        } else {
            Alignment::Start
        };
        lines = lines.push(phrases.wrap().vertical_spacing(size * 0.15).align_x(align));
    }
    let align = if centred {
        Alignment::Center
    } else {
        Alignment::Start
    };
    lines.align_x(align).into()
}
