//! Checklist: the counter, what to have ready, visits and fee; a ticket while the counters are open.

use iced::widget::{Column, rule, text};

use super::{Context, Page, split_explanation, tick_line};
use crate::advise::checklist_line;
use crate::rules::{Arg, Sign};
use crate::session::Touch;
use crate::ui::theme::{self, ButtonKind};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let Some(advice) = &c.advice else {
        return Page::new(c.title(c.t("reading-title")));
    };
    let (said, todo) = split_explanation(advice);
    let mut col = Column::new().spacing(16);
    // R-LOST-1: a lost card is stopped and reported first, above everything else.
    let lost: Vec<_> = said
        .into_iter()
        .filter(|s| s.key.starts_with("lost-"))
        .collect();
    if !lost.is_empty() {
        // The number itself, next to the headline and large enough to read from a step
        // away or to copy down.
        col = col
            .push(crate::ui::sign::view(
                Sign::Stopped,
                c.t("sign-act"),
                c.bold(),
            ))
            .push(c.title(c.t("headline-lost")))
            .push(
                text(c.config.lost_card.hotline.clone())
                    .size(theme::TITLE * 1.4)
                    .font(theme::FONT_BOLD),
            );
        for s in lost {
            col = col.push(c.body(c.sentence(s)));
        }
        col = col.push(rule::horizontal(2));
    }
    col = col.push(c.title(c.t("checklist-title")));
    let mut todo = todo.into_iter();
    // The counter first, then what to have ready, so the first items show without scrolling.
    if let Some(first) = todo.next() {
        col = col.push(c.body(c.sentence(first)));
    }
    col = col.push(c.headline(c.t("ticket-bring")));
    for item in &advice.checklist {
        col = col.push(tick_line(
            checklist_line(
                item,
                c.lang(),
                c.session.answers().visitor,
                c.config,
                c.catalog,
            ),
            c.font(),
        ));
    }
    col = col.push(c.body(c.t("checklist-if-missing")));
    for s in todo {
        col = col.push(c.body(c.sentence(s)));
    }
    let open = c.config.reception.is_open(c.local);
    let mut buttons = vec![c.start_over()];
    let counter_closed = advice.window.as_ref().is_some_and(|w| c.closed.contains(w));
    if counter_closed {
        // Staff closed this counter today: no ticket for it; the branches that also do this
        // procedure are named above ("also-at"), when there are any.
        let key = if c.config.other_offices_for(&advice.procedures).is_empty() {
            "counter-closed-today"
        } else {
            "counter-closed-today-go-elsewhere"
        };
        col = col.push(c.headline(c.t(key)));
    } else if open {
        buttons.push(c.button(
            c.t("get-ticket"),
            ButtonKind::Primary,
            Some(Touch::GetTicket),
        ));
    } else {
        // Closed: the advice stands, but no ticket; say when the counters open.
        col = col.push(c.body(c.t("counter-closed-no-ticket")));
        if let Some(next) = c.config.reception.next_open(c.local) {
            col = col.push(c.body(c.t_with(
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
