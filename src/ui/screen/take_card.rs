//! Take your card: the session is over but the card is still in the reader.

use iced::widget::column;

use super::{Context, Page, body, title};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(column![title(c.t("take-card-title")), body(c.t("take-card-body"))].spacing(32))
}
