//! Reading: shown the moment a card is detected, so the resident leaves it where it is.

use iced::widget::column;

use super::{Context, Page, body, title};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(column![title(c.t("reading-title")), body(c.t("reading-keep"))].spacing(32))
}
