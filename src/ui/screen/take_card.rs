//! Take your card: the session is over but the card is still in the reader; said in every offered language, the resident's first.

use iced::widget::{Column, column, rule};

use super::{Context, Page};
use crate::ui::theme;

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let lang = c.lang();
    let others = c
        .config
        .languages
        .offered
        .iter()
        .map(String::as_str)
        .filter(|l| *l != lang);
    let mut col = Column::new().spacing(32);
    for (i, l) in std::iter::once(lang).chain(others).enumerate() {
        if i > 0 {
            col = col.push(rule::horizontal(2));
        }
        col = col.push(
            column![
                iced::widget::text(c.catalog.text(l, "take-card-title", &[]))
                    .size(theme::TITLE)
                    .font(theme::font(l, true)),
                iced::widget::text(c.catalog.text(l, "take-card-body", &[]))
                    .size(theme::BODY)
                    .font(theme::font(l, false)),
            ]
            .spacing(16),
        );
    }
    Page::new(col)
}
