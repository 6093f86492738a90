//! Finds where a key sits in the TOML text, so every configuration error names its line and column.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

/// A 1-based line and column (in characters) of the configuration text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub fn of(text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }
}

/// One step of a key path such as `windows[1].procedures[0]`.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some((index, after)) = rest.split_once(']') {
            if let Ok(i) = index.parse() {
                out.push(Step::Index(i));
            }
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    out
}

/// The byte range of the deepest value along `path` that exists in the document:
/// a key that is missing is reported where its table is.
pub fn span_of(root: &toml::Spanned<DeTable<'_>>, path: &str) -> Range<usize> {
    let mut span = root.span();
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut value: Option<&DeValue<'_>> = None;
    for step in steps(path) {
        let next = match (step, table, value) {
            (Step::Key(key), Some(t), _) => t.get(key),
            (Step::Index(i), _, Some(DeValue::Array(a))) => a.get(i),
            _ => None,
        };
        let Some(next) = next else { break };
        span = next.span();
        value = Some(next.get_ref());
        table = next.get_ref().as_table();
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_characters_not_bytes() {
        let text = "a = 1\nb = \"窓口\"\nc = 3";
        let offset = text.find("c =").unwrap();
        assert_eq!(Position::of(text, offset), Position { line: 3, column: 1 });
        let offset = text.find('"').unwrap() + "\"窓口".len();
        assert_eq!(Position::of(text, offset), Position { line: 2, column: 8 });
    }

    #[test]
    fn span_of_follows_tables_and_arrays() {
        let text = "[[w]]\nid = \"a\"\np = [\"x\"]\n[[w]]\nid = \"b\"\np = [\"y\", \"z\"]\n";
        let root = DeTable::parse(text).unwrap();
        let span = span_of(&root, "w[1].p[1]");
        assert_eq!(&text[span], "\"z\"");
        // A missing key falls back to its table.
        let span = span_of(&root, "w[0].missing");
        assert_eq!(Position::of(text, span.start).line, 1);
    }
}
