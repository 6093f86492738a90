//! Reads an office's history from its old ticket machine's CSV (`window,issued_at,called_at,finished_at[,outcome]`, local times), naming the line and column of anything wrong.

use chrono::NaiveDateTime;

use crate::domain::{Visit, VisitOutcome};

/// What is wrong with a history file, and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    #[error("the file is not UTF-8 text; save it as \"CSV UTF-8\" and import it again")]
    NotText,
    #[error(
        "line 1: the header must name the columns window,issued_at,called_at,finished_at (and outcome, if given); {0}"
    )]
    Header(String),
    #[error("line {line}, column {column} ({name}): {problem}")]
    Field {
        line: usize,
        column: usize,
        name: &'static str,
        problem: String,
    },
    #[error("the file holds no visits; nothing was imported")]
    Empty,
}

const COLUMNS: [&str; 5] = ["window", "issued_at", "called_at", "finished_at", "outcome"];

/// Times as old machines write them: `2026-10-05 09:12[:30]`, with a `T` or slashes.
fn parse_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim().replace('/', "-").replace('T', " ");
    ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok())
}

/// One field, without the quotes a spreadsheet may put round it.
fn unquote(field: &str) -> &str {
    let field = field.trim();
    field
        .strip_prefix('"')
        .and_then(|f| f.strip_suffix('"'))
        .unwrap_or(field)
}

/// The visits of `bytes`, each for a window that `is_window` knows; the first error found
/// otherwise, and then nothing is to be imported.
pub fn parse_history(
    bytes: &[u8],
    is_window: impl Fn(&str) -> bool,
    windows_hint: &str,
) -> Result<Vec<Visit>, HistoryError> {
    let text = std::str::from_utf8(bytes).map_err(|_| HistoryError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate();
    let header: Vec<String> = lines
        .next()
        .map(|(_, l)| l.split(',').map(|f| unquote(f).to_lowercase()).collect())
        .unwrap_or_default();
    let mut at = [None; 5];
    for (i, name) in header.iter().enumerate() {
        match COLUMNS.iter().position(|c| c == name) {
            Some(c) if at[c].is_none() => at[c] = Some(i),
            Some(_) => return Err(HistoryError::Header(format!("{name} is given twice"))),
            None => {
                return Err(HistoryError::Header(format!(
                    "{:?} is not one of them",
                    name.chars().take(40).collect::<String>()
                )));
            }
        }
    }
    if let Some(missing) = COLUMNS[..4].iter().zip(&at).find(|(_, a)| a.is_none()) {
        return Err(HistoryError::Header(format!("{} is missing", missing.0)));
    }
    let mut visits = Vec::new();
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        let fields: Vec<&str> = line.split(',').map(unquote).collect();
        // A column the header does not name (the optional outcome) reads as empty.
        let field = |c: usize| -> &str { at[c].and_then(|i| fields.get(i).copied()).unwrap_or("") };
        let wrong = |c: usize, problem: String| HistoryError::Field {
            line: number,
            column: at[c].map_or(0, |i| i + 1),
            name: COLUMNS[c],
            problem,
        };
        let window = field(0);
        if !is_window(window) {
            return Err(wrong(
                0,
                format!(
                    "{:?} is not a window of the office; the windows are {windows_hint}",
                    window.chars().take(40).collect::<String>()
                ),
            ));
        }
        let time = |c: usize, required: bool| -> Result<Option<NaiveDateTime>, HistoryError> {
            let text = field(c);
            if text.is_empty() && !required {
                return Ok(None);
            }
            parse_time(text).map(Some).ok_or_else(|| {
                wrong(
                    c,
                    format!(
                        "{:?} is not a local time; write it as 2026-10-05 09:12",
                        text.chars().take(40).collect::<String>()
                    ),
                )
            })
        };
        let issued = time(1, true)?.unwrap_or_default();
        let called = time(2, true)?.unwrap_or_default();
        let finished = time(3, false)?;
        let outcome = match field(4) {
            "" => {
                if finished.is_some() {
                    VisitOutcome::Served
                } else {
                    VisitOutcome::NoShow
                }
            }
            given => VisitOutcome::from_id(given).ok_or_else(|| {
                wrong(
                    4,
                    format!(
                        "{:?} is not an outcome; write served or no_show",
                        given.chars().take(40).collect::<String>()
                    ),
                )
            })?,
        };
        if called < issued {
            return Err(wrong(2, "the call is before the number was issued".into()));
        }
        if called.date() != issued.date() {
            return Err(wrong(
                2,
                "the call is on another day than the number's issue; a number is called the day it is taken".into(),
            ));
        }
        if finished.is_some_and(|f| f < called) {
            return Err(wrong(3, "the visit finished before it was called".into()));
        }
        if outcome == VisitOutcome::Served && finished.is_none() {
            return Err(wrong(3, "a served visit needs the time it finished".into()));
        }
        visits.push(Visit {
            window: window.to_owned(),
            issued_at: issued,
            called_at: called,
            finished_at: finished,
            outcome,
        });
    }
    if visits.is_empty() {
        return Err(HistoryError::Empty);
    }
    Ok(visits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Visit>, HistoryError> {
        parse_history(text.as_bytes(), |w| w == "certificates", "certificates")
    }

    #[test]
    fn a_good_file_reads_with_or_without_outcomes() {
        let v = parse(
            "\u{feff}window,issued_at,called_at,finished_at\ncertificates,2026-10-05 09:00,2026-10-05 09:12,2026-10-05 09:20\ncertificates,2026/10/05 09:01:30,2026-10-05T09:30,\n",
        )
        .unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].outcome, VisitOutcome::Served);
        assert_eq!(v[0].wait_minutes(), 12.0);
        assert_eq!(v[1].outcome, VisitOutcome::NoShow);
    }

    #[test]
    fn each_problem_names_its_line_and_column() {
        let head = "window,issued_at,called_at,finished_at,outcome\n";
        let cases = [
            (
                "cards,2026-10-05 09:00,2026-10-05 09:12,,",
                "line 2, column 1 (window)",
            ),
            (
                "certificates,soon,2026-10-05 09:12,,",
                "line 2, column 2 (issued_at)",
            ),
            (
                "certificates,2026-10-05 09:00,2026-10-05 08:12,,",
                "line 2, column 3 (called_at)",
            ),
            (
                "certificates,2026-10-05 09:00,2026-10-05 09:12,2026-10-05 09:10,",
                "line 2, column 4",
            ),
            (
                "certificates,2026-10-05 09:00,2026-10-05 09:12,,maybe",
                "line 2, column 5 (outcome)",
            ),
            (
                "certificates,2026-10-05 09:00,2026-10-06 09:12,,",
                "line 2, column 3 (called_at): the call is on another day",
            ),
        ];
        for (row, named) in cases {
            let e = parse(&format!("{head}{row}\n")).unwrap_err().to_string();
            assert!(e.contains(named), "{row}: {e}");
        }
        assert!(matches!(
            parse("when,where\n"),
            Err(HistoryError::Header(_))
        ));
        assert_eq!(parse(head), Err(HistoryError::Empty));
        assert_eq!(
            parse_history(b"window\xff", |_| true, ""),
            Err(HistoryError::NotText)
        );
    }
}
