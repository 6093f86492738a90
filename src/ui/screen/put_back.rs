//! Put the card back: the card was lifted mid-session; the same card carries on where the resident was.

use iced::widget::column;

use super::{Context, Page};
use crate::rules::Arg;

pub fn view<'a>(c: &Context<'a>, seconds: u64) -> Page<'a> {
    Page::new(
        column![
            c.title(c.t("put-back-title")),
            super::waiting::insert_picture(),
            c.body(c.t_with("put-back-body", &[("seconds", Arg::Count(seconds as i64))])),
        ]
        .spacing(32),
    )
}
