//! Reading: shown the moment a card is detected, so the resident leaves it where it is.

use iced::widget::column;

use super::{Context, Page};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(column![c.title(c.t("reading-title")), c.body(c.t("reading-keep"))].spacing(32))
}
