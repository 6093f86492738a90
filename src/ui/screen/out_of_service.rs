//! Out of service: no reader, no card service, or paused by staff; it recovers by itself.

use iced::widget::{Column, column, rule, text};

use super::{Context, Page};
use crate::ui::theme;

/// Whoever walks up may read any of the offered languages and nobody is in a session to have
/// chosen one, so the notice is given in each of them, the session's language first.
pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let lang = c.lang();
    let others = c
        .config
        .languages
        .offered
        .iter()
        .filter(|l| l.as_str() != lang);
    let mut col = Column::new().spacing(32);
    for (i, l) in std::iter::once(lang)
        .chain(others.map(String::as_str))
        .enumerate()
    {
        if i > 0 {
            col = col.push(rule::horizontal(2));
        }
        col = col.push(
            column![
                text(c.catalog.text(l, "out-of-service-title", &[]))
                    .size(theme::TITLE)
                    .font(theme::font(l, true)),
                text(c.catalog.text(l, "out-of-service-body", &[]))
                    .size(theme::BODY)
                    .font(theme::font(l, false)),
            ]
            .spacing(24),
        );
    }
    Page::new(col)
}
