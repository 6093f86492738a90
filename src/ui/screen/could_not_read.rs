//! Could not read: what to do now first (put it down again, or after repeated failures ask at the counter), then how to put the card down.

use iced::widget::{column, row};

use super::{Context, Page};
use crate::session::{FAILURES_BEFORE_HELP, Touch};
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>, failures: u8) -> Page<'a> {
    let again = failures < FAILURES_BEFORE_HELP;
    let open = c.config.reception.is_open(c.local);
    let mut col = column![c.title(c.t("headline-unreadable"))].spacing(28);
    col = if again {
        col.push(c.body(c.t("could-not-read-again")))
    } else if open {
        col.push(c.headline(c.t("help-offer")))
    } else {
        // No ticket outside reception hours: say so rather than offer one.
        col.push(c.headline(c.t("counter-closed-no-ticket")))
    };
    col = col.push(
        row![
            super::waiting::insert_picture(),
            c.body(c.t("could-not-read-how"))
        ]
        .spacing(48)
        .align_y(iced::Alignment::Center),
    );
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
