//! Checklist: the counter, what to have ready, visits and fee; a ticket while the counters are open.

use iced::widget::{Column, text};

use super::{Context, Page, big_button, body, split_explanation, title};
use crate::advise::checklist_line;
use crate::rules::Arg;
use crate::session::Touch;
use crate::ui::theme::{self, ButtonKind};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let Some(advice) = &c.advice else {
        return Page::new(title(c.t("reading-title")));
    };
    let (_, todo) = split_explanation(advice);
    let mut col = Column::new()
        .spacing(16)
        .push(title(c.t("checklist-title")));
    for s in todo {
        col = col.push(body(c.sentence(s)));
    }
    col = col.push(
        text(c.t("ticket-bring"))
            .size(theme::HEADLINE)
            .font(theme::FONT_BOLD),
    );
    for item in &advice.checklist {
        col = col.push(body(format!(
            "☐ {}",
            checklist_line(item, c.lang(), c.config, c.catalog)
        )));
    }
    let open = c.config.reception.is_open(c.local);
    let mut buttons = vec![big_button(
        c.t("start-over"),
        ButtonKind::Secondary,
        Some(Touch::StartOver),
    )];
    let counter_closed = advice.window.as_ref().is_some_and(|w| c.closed.contains(w));
    if counter_closed {
        // Staff closed this counter today: no ticket for it; the branches that also do this
        // procedure are named above ("also-at"), when there are any.
        let key = if c.config.other_offices_for(&advice.procedures).is_empty() {
            "counter-closed-today"
        } else {
            "counter-closed-today-go-elsewhere"
        };
        col = col.push(text(c.t(key)).size(theme::HEADLINE).font(theme::FONT_BOLD));
    } else if open {
        buttons.push(big_button(
            c.t("get-ticket"),
            ButtonKind::Primary,
            Some(Touch::GetTicket),
        ));
    } else {
        // Closed: the advice stands, but no ticket; say when the counters open.
        col = col.push(body(c.t("counter-closed-no-ticket")));
        if let Some(next) = c.config.reception.next_open(c.local) {
            col = col.push(body(c.t_with(
                "counters-closed",
                &[
                    ("date", Arg::Date(next.date())),
                    ("time", Arg::Text(next.format("%H:%M").to_string())),
                ],
            )));
        }
    }
    Page::with_actions(col, buttons)
}
