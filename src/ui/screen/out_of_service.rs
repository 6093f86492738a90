//! Out of service: no reader, no card service, or paused by staff; it recovers by itself.

use iced::widget::column;

use super::{Context, Page, body, title};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(
        column![
            title(c.t("out-of-service-title")),
            body(c.t("out-of-service-body"))
        ]
        .spacing(32),
    )
}
