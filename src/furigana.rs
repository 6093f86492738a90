//! Readings written into easy-Japanese texts as `窓口《まどぐち》` (the Aozora Bunko markup), split into runs to draw as ruby.
//!
//! A reading in 《》 belongs to the run of kanji just before it; `｜` marks where a base
//! starts when it is not that run (`｜1日《ついたち》`). Fluent takes `{` for its own, which is
//! why the markup is the one Japanese plain-text ruby has long used, not `{窓口|まどぐち}`.

/// A stretch of text: plain, or a base with its reading drawn above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run<'a> {
    Plain(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

const BASE_START: char = '｜';
const OPEN: char = '《';
const CLOSE: char = '》';

/// Whether `c` is written with a kanji, which a reader of easy Japanese needs read out.
pub fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}' | '々' | '〆')
}

/// Whether `text` carries any reading at all (most texts, in most languages, do not).
pub fn has_ruby(text: &str) -> bool {
    text.contains(OPEN) && text.contains(CLOSE)
}

/// `text` as runs. Markup that does not close, or has no base, stays as it is written.
pub fn runs(text: &str) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    // Where the plain text not yet pushed starts, and an explicit base's start (after `｜`).
    let mut plain_from = 0;
    let mut explicit: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        match c {
            BASE_START => {
                if plain_from < i {
                    out.push(Run::Plain(&text[plain_from..i]));
                }
                plain_from = i + c.len_utf8();
                explicit = Some(plain_from);
            }
            OPEN => {
                let Some(close) = text[i..].find(CLOSE).map(|at| i + at) else {
                    continue;
                };
                let base_from = explicit.unwrap_or_else(|| {
                    text[plain_from..i]
                        .char_indices()
                        .rev()
                        .take_while(|(_, c)| is_kanji(*c))
                        .last()
                        .map_or(i, |(at, _)| plain_from + at)
                });
                if base_from == i {
                    continue;
                }
                if plain_from < base_from {
                    out.push(Run::Plain(&text[plain_from..base_from]));
                }
                out.push(Run::Ruby {
                    base: &text[base_from..i],
                    reading: &text[i + OPEN.len_utf8()..close],
                });
                plain_from = close + CLOSE.len_utf8();
                explicit = None;
                while iter.peek().is_some_and(|(at, _)| *at < plain_from) {
                    iter.next();
                }
            }
            _ => {}
        }
    }
    if plain_from < text.len() {
        out.push(Run::Plain(&text[plain_from..]));
    }
    out
}

/// The text as it reads without its readings: for a search, a log, or a face without ruby.
pub fn plain(text: &str) -> String {
    if !text.contains(OPEN) && !text.contains(BASE_START) {
        return text.to_owned();
    }
    joined(text, |base, _| base)
}

/// The text read out: each base replaced by its reading (for speech, and for checking).
pub fn spoken(text: &str) -> String {
    joined(text, |_, reading| reading)
}

/// The runs joined, each ruby as `pick(base, reading)` gives it.
fn joined<'a>(text: &'a str, pick: impl Fn(&'a str, &'a str) -> &'a str) -> String {
    runs(text)
        .into_iter()
        .map(|run| match run {
            Run::Plain(s) => s,
            Run::Ruby { base, reading } => pick(base, reading),
        })
        .collect()
}

/// The kanji in `text` that no reading covers.
pub fn unread_kanji(text: &str) -> Vec<char> {
    runs(text)
        .into_iter()
        .filter_map(|run| match run {
            Run::Plain(s) => Some(s),
            Run::Ruby { .. } => None,
        })
        .flat_map(str::chars)
        .filter(|c| is_kanji(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_covers_the_run_of_kanji_before_it() {
        assert_eq!(
            runs("市役所《しやくしょ》の窓口《まどぐち》へ"),
            vec![
                Run::Ruby {
                    base: "市役所",
                    reading: "しやくしょ"
                },
                Run::Plain("の"),
                Run::Ruby {
                    base: "窓口",
                    reading: "まどぐち"
                },
                Run::Plain("へ"),
            ]
        );
        assert_eq!(
            runs("書《か》いて"),
            vec![
                Run::Ruby {
                    base: "書",
                    reading: "か"
                },
                Run::Plain("いて")
            ]
        );
    }

    #[test]
    fn a_bar_starts_a_base_that_is_not_a_run_of_kanji() {
        assert_eq!(
            runs("7月｜1日《ついたち》"),
            vec![
                Run::Plain("7月"),
                Run::Ruby {
                    base: "1日",
                    reading: "ついたち"
                }
            ]
        );
        assert_eq!(plain("7月｜1日《ついたち》"), "7月1日");
        assert_eq!(spoken("3回《かい》"), "3かい");
    }

    #[test]
    fn markup_without_a_base_or_an_end_is_left_as_written() {
        assert_eq!(plain("《注意》"), "《注意》");
        assert_eq!(plain("窓口《まどぐち"), "窓口《まどぐち");
        assert_eq!(runs("English only"), vec![Run::Plain("English only")]);
        assert!(!has_ruby("English only"));
    }

    #[test]
    fn kanji_outside_a_base_are_found() {
        assert_eq!(unread_kanji("窓口《まどぐち》へ来て"), vec!['来']);
        assert_eq!(unread_kanji("まどぐち 2027年《ねん》"), Vec::<char>::new());
        assert_eq!(unread_kanji("人々"), vec!['人', '々']);
    }
}
