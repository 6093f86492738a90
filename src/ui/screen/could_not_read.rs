//! Could not read: how to put the card down, and a ticket to ask at the counter, first among the actions after repeated failures.

use iced::widget::{column, row};

use super::{Context, Page};
use crate::session::{FAILURES_BEFORE_HELP, Touch};
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>, failures: u8) -> Page<'a> {
    let again = failures < FAILURES_BEFORE_HELP;
    let mut col = column![c.title(c.t("headline-unreadable"))].spacing(28);
    col = col.push(
        row![
            super::waiting::insert_picture(),
            c.body(c.t("could-not-read-how"))
        ]
        .spacing(48)
        .align_y(iced::Alignment::Center),
    );
    if again {
        col = col.push(c.body(c.t("could-not-read-again")));
    } else {
        col = col.push(c.headline(c.t("help-offer")));
    }
    let open = c.config.reception.is_open(c.local);
    let actions = if !again && open {
        vec![c.button(
            c.t("ask-counter"),
            ButtonKind::Primary,
            Some(Touch::AskCounter),
        )]
    } else {
        Vec::new()
    };
    Page::with_actions(col, actions)
}
