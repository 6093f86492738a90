//! The typical week drawn as an SVG heat map: each cell's median minutes written in it, so that it is never told by colour alone, on colours that keep the text readable (WCAG AA).

use std::fmt::Write;

use crate::city::{DayRow, TypicalWeek, TypicalWindow};
use crate::i18n::{Arg, Catalog};

use super::escape;

/// Fill and text colour by median minutes: pale green (short) to dark red (long). Each
/// pair keeps a contrast of at least 4.5:1 (the test below checks it).
pub(super) const SHADES: [(u32, &str, &str); 6] = [
    (5, "#eef7f0", "#111111"),
    (10, "#cfe9d6", "#111111"),
    (20, "#f2cf5b", "#111111"),
    (30, "#f2a65a", "#111111"),
    (45, "#b3261e", "#ffffff"),
    (u32::MAX, "#5e0b07", "#ffffff"),
];
const EMPTY: (&str, &str) = ("#ffffff", "#444444");

const CELL_WIDTH: u32 = 40;
const CELL_HEIGHT: u32 = 30;
const HEADER: u32 = 22;

/// About how wide `text` is drawn at 14 px: wide characters (kana, kanji, hangul) are
/// square, the rest about half as wide.
fn drawn_width(text: &str) -> u32 {
    text.chars()
        .map(|c| if u32::from(c) >= 0x1100 { 15 } else { 8 })
        .sum()
}

/// A row's name in `lang`.
pub(super) fn day_name(day: DayRow, lang: &str, catalog: &Catalog) -> String {
    match day {
        DayRow::Weekday(n) => {
            catalog.text(lang, "weekday", &[("weekday", Arg::Count(i64::from(n)))])
        }
        DayRow::AfterHoliday => catalog.text(lang, "now-after-holiday", &[]),
    }
}

/// The shade of `minutes`.
fn shade(minutes: u32) -> (&'static str, &'static str) {
    SHADES
        .iter()
        .find(|(upto, _, _)| minutes <= *upto)
        .map_or(EMPTY, |(_, fill, ink)| (*fill, *ink))
}

/// The heat map of `window`: a row per weekday (and the days after a holiday), a column
/// per hour, the minutes in each cell and "–" where nothing was recorded.
pub(super) fn heat_map(
    week: &TypicalWeek,
    window: &TypicalWindow,
    title: &str,
    lang: &str,
    catalog: &Catalog,
) -> String {
    // SVG has no ruby: easy Japanese's row names are drawn without their readings.
    let names: Vec<String> = window
        .rows
        .iter()
        .map(|row| crate::furigana::plain(&day_name(row.day, lang, catalog)))
        .collect();
    let label_width = names.iter().map(|n| drawn_width(n)).max().unwrap_or(0) + 12;
    let width = label_width + CELL_WIDTH * week.hours.len() as u32;
    let height = HEADER + CELL_HEIGHT * window.rows.len() as u32;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"heat\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{}\" font-size=\"14\">",
        escape(&crate::furigana::plain(title))
    );
    for (i, hour) in week.hours.iter().enumerate() {
        let x = label_width + CELL_WIDTH * i as u32 + CELL_WIDTH / 2;
        let _ = write!(
            svg,
            "<text x=\"{x}\" y=\"15\" text-anchor=\"middle\" fill=\"#111111\">{hour}</text>"
        );
    }
    for (r, row) in window.rows.iter().enumerate() {
        let y = HEADER + CELL_HEIGHT * r as u32;
        let day = &names[r];
        let _ = write!(
            svg,
            "<text x=\"4\" y=\"{}\" fill=\"#111111\">{}</text>",
            y + CELL_HEIGHT / 2 + 5,
            escape(day)
        );
        for (c, (cell, hour)) in row.cells.iter().zip(&week.hours).enumerate() {
            let x = label_width + CELL_WIDTH * c as u32;
            // Too few visits to show without telling one resident's wait.
            let cell = cell.filter(|c| c.visits >= crate::city::FEW_VISITS);
            let (fill, ink, shown) = match cell {
                Some(cell) => {
                    let (fill, ink) = shade(cell.minutes());
                    (fill, ink, cell.minutes().to_string())
                }
                None => (EMPTY.0, EMPTY.1, "–".to_owned()),
            };
            let _ = write!(
                svg,
                "<g class=\"cell\"><title>{} {hour}:00 {}</title><rect x=\"{x}\" y=\"{y}\" width=\"{CELL_WIDTH}\" height=\"{CELL_HEIGHT}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"2\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{ink}\">{shown}</text></g>",
                escape(day),
                cell.map_or_else(String::new, |c| format!(
                    "{} min ({} visits)",
                    c.minutes(),
                    c.visits
                )),
                x + CELL_WIDTH / 2,
                y + CELL_HEIGHT / 2 + 5,
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_shade_keeps_its_text_readable() {
        for (_, fill, ink) in SHADES.iter().chain([&(0, EMPTY.0, EMPTY.1)]) {
            let ratio = contrast(fill, ink);
            assert!(ratio >= 4.5, "{ink} on {fill}: {ratio:.2}");
        }
    }

    #[test]
    fn longer_waits_are_darker() {
        let l: Vec<f64> = SHADES.iter().map(|(_, fill, _)| luminance(fill)).collect();
        assert!(l.windows(2).all(|w| w[0] > w[1]), "{l:?}");
    }
}
