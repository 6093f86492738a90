//! Issuing and the ticket: the number very large, the counter, and "take your card"; or why there is none.

use iced::Alignment;
use iced::widget::{column, text};

use super::{Context, Page, big_button, body, title};
use crate::printer::PrintReport;
use crate::session::Touch;
use crate::tickets::{PrintOutcome, StoreError, Ticket};
use crate::ui::theme::{self, ButtonKind};

pub fn issuing<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(title(c.t("issuing")))
}

pub fn view<'a>(c: &Context<'a>, ticket: &Ticket, print: &PrintReport) -> Page<'a> {
    let counter = c.counter_name(&ticket.window);
    let mut col = column![
        title(c.t("ticket-screen-title")),
        text(ticket.number.to_string())
            .size(theme::NUMBER)
            .font(theme::FONT_BOLD),
        text(counter).size(theme::HEADLINE).font(theme::FONT_BOLD),
    ]
    .spacing(24)
    .align_x(Alignment::Center);
    if !matches!(print.outcome, PrintOutcome::Printed) {
        col = col.push(body(c.t("ticket-not-printed")));
    }
    Page::with_actions(
        col.push(body(c.t("take-your-card"))),
        vec![big_button(
            c.t("finish"),
            ButtonKind::Primary,
            Some(Touch::Continue),
        )],
    )
}

pub fn not_issued<'a>(c: &Context<'a>, error: &StoreError) -> Page<'a> {
    let key = match error {
        StoreError::CapReached { .. } => "no-ticket-cap",
        _ => "no-ticket-failed",
    };
    Page::with_actions(
        title(c.t(key)),
        vec![big_button(
            c.t("finish"),
            ButtonKind::Primary,
            Some(Touch::Continue),
        )],
    )
}
