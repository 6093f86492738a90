//! Issuing and the ticket: the number very large and first, the counter, and "take your card" while it is in; or why there is none.

use iced::Alignment;
use iced::widget::{column, text};

use super::{Context, Page};
use crate::printer::PrintReport;
use crate::session::Touch;
use crate::tickets::{PrintOutcome, StoreError, Ticket};
use crate::ui::theme::{self, ButtonKind};

pub fn issuing<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(c.title(c.t("issuing")))
}

pub fn view<'a>(c: &Context<'a>, ticket: &Ticket, print: &PrintReport) -> Page<'a> {
    let counter = c.counter_name(ticket.window());
    // Only someone whose card is still on the reader is reminded of it.
    let take = if c.session.card_in() {
        "take-your-ticket-and-card"
    } else {
        "ticket-screen-title"
    };
    let title = c.title(c.t(take));
    // "A-012" is said as a letter and a number, first and again before the keys: a number
    // heard once is easily lost.
    let number = c.t_with(
        "speech-ticket",
        &[
            (
                "prefix",
                crate::i18n::Arg::Text(ticket.number.prefix.clone()),
            ),
            ("seq", crate::i18n::Arg::Count(i64::from(ticket.number.seq))),
        ],
    );
    c.say(number.clone());
    let mut col = column![
        title,
        // Digits and capitals need no room for descenders or accents: a tight line keeps the
        // counter's name in view under it at 1280×800 in the longest languages.
        text(ticket.number.to_string())
            .size(theme::NUMBER * c.look.scale().min(1.2))
            .line_height(1.0)
            .font(theme::FONT_BOLD),
        c.headline(counter),
    ]
    .spacing(16)
    .align_x(Alignment::Center);
    if !matches!(print.outcome, PrintOutcome::Printed) {
        col = col.push(c.body(c.t("ticket-not-printed")));
    }
    col = col.push(c.body(c.t("ticket-please-wait")));
    c.say(number);
    c.script.borrow_mut().lead = usize::MAX;
    Page::with_actions(
        col,
        vec![c.button(c.t("finish"), ButtonKind::Primary, Some(Touch::Continue))],
    )
}

/// No database took the ticket: the slip in hand (or, if it could not be printed, what to
/// tell the reception desk), and the counter it is for.
pub fn slip<'a>(c: &Context<'a>, window: &str, print: &PrintReport) -> Page<'a> {
    let counter = c.counter_name(window);
    let printed = matches!(print.outcome, PrintOutcome::Printed);
    let mut col = column![c.title(c.t(if printed {
        "slip-title"
    } else {
        "slip-title-not-printed"
    }))]
    .spacing(16)
    .align_x(Alignment::Center);
    col = col.push(c.headline(counter));
    col = col.push(c.body(c.t(if printed {
        "slip-show-staff"
    } else {
        "slip-not-printed"
    })));
    c.script.borrow_mut().lead = usize::MAX;
    Page::with_actions(
        col,
        vec![c.button(c.t("finish"), ButtonKind::Primary, Some(Touch::Continue))],
    )
}

pub fn not_issued<'a>(c: &Context<'a>, error: &StoreError) -> Page<'a> {
    let key = match error {
        StoreError::CapReached { .. } => "no-ticket-cap",
        StoreError::FullForToday { .. } => "no-ticket-full",
        _ => "no-ticket-failed",
    };
    Page::with_actions(
        c.title(c.t(key)),
        vec![c.button(c.t("finish"), ButtonKind::Primary, Some(Touch::Continue))],
    )
}
