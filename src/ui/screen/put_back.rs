//! Put the card back: the card was lifted mid-session; the same card carries on where the resident was.

use iced::widget::column;

use super::{Context, Page};
use crate::i18n::Arg;
use crate::session::Touch;
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>, seconds: u64) -> Page<'a> {
    // A resident who has what they came for need not wait out the seconds: "Finish" ends the
    // visit now (the card is out, so starting over is the end).
    Page::with_actions(
        column![
            c.title(c.t("put-back-title")),
            super::waiting::insert_picture(),
            c.body(c.t_with("put-back-body", &[("seconds", Arg::Count(seconds as i64))])),
        ]
        .spacing(32),
        vec![c.button(c.t("finish"), ButtonKind::Secondary, Some(Touch::StartOver))],
    )
}
