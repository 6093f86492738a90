//! Finding a text on the kiosk's screen as a resident reads it, in iced_test's simulator.

/// A text on the kiosk's screen as a resident reads it, found whatever invisible marks the
/// screen put in to keep phrases and words on one line (`fonts::keep_words`: word joiners and
/// zero-width spaces).
pub struct Shown(pub String);

pub fn shown(label: impl AsRef<str>) -> Shown {
    Shown(label.as_ref().to_owned())
}

impl iced_test::selector::Selector for Shown {
    type Output = iced_test::selector::Text;

    fn select(&mut self, candidate: iced_test::selector::Candidate<'_>) -> Option<Self::Output> {
        use iced_test::selector::{Candidate, Text};
        match candidate {
            Candidate::Text {
                id,
                bounds,
                visible_bounds,
                content,
            } if as_read(content) == as_read(&self.0) => Some(Text::Raw {
                id: id.cloned(),
                bounds,
                visible_bounds,
            }),
            _ => None,
        }
    }

    fn description(&self) -> String {
        format!("text as read == {:?}", self.0)
    }
}

/// A text without the marks the screen puts in to keep phrases and words together.
pub fn as_read(content: &str) -> String {
    content
        .chars()
        .filter(|c| !matches!(c, '\u{2060}' | '\u{200B}'))
        .collect()
}
