//! Could not read: how to try again, and after repeated failures a ticket for help.

use iced::widget::column;

use super::{Context, Page, big_button, body, title};
use crate::session::{FAILURES_BEFORE_HELP, Touch};
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>, failures: u8) -> Page<'a> {
    let mut col = column![
        title(c.t("status-title-unreadable")),
        body(c.t("status-unreadable")),
        body(c.t("could-not-read-again")),
    ]
    .spacing(28);
    if failures < FAILURES_BEFORE_HELP {
        return Page::new(col);
    }
    col = col.push(body(c.t("help-offer")));
    Page::with_actions(
        col,
        vec![big_button(
            c.t("help-ticket"),
            ButtonKind::Primary,
            Some(Touch::HelpTicket),
        )],
    )
}
