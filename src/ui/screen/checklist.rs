//! Checklist: the counter, what to have ready, visits and fee; a ticket while the counters are open.

use iced::widget::{Column, rule, text};

use super::{Context, Page, split_explanation};
use crate::advise::checklist_line;
use crate::domain::Sign;
use crate::i18n::Arg;
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
            .push(c.signed(Sign::Stopped, "sign-act", c.t("headline-lost")))
            .push(
                text(c.config.lost_card.hotline.clone())
                    .size(c.look.title() * 1.4)
                    .font(theme::FONT_BOLD),
            );
        c.say(c.config.lost_card.hotline.clone());
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
    let open = c.config.reception.is_open(c.local);
    let window = advice.window.as_deref().and_then(|w| c.config.window(w));
    let line = advice.window.as_deref().and_then(|w| c.lobby.line(w));
    let full = match (window, line) {
        (Some(w), Some(l)) => {
            l.full_before_closing(w, c.config.reception.closes_at(c.local), c.local)
        }
        _ => false,
    };
    // How long the wait is, before the resident takes a number (only where numbers are
    // called through madoguchi, and the counters are open).
    if let Some(told) = line
        .filter(|_| open && !full)
        .and_then(|l| l.told(c.lang(), c.catalog))
    {
        col = col.push(c.headline(told));
    }
    // A long line or a full day: the branches that do the same, with their lines now.
    let counter_closed = advice
        .window
        .as_ref()
        .is_some_and(|w| c.lobby.closed.contains(w));
    if open && !counter_closed && crate::city::long_wait(c.config, line, full) {
        let branches = crate::city::branch_lines(
            c.config,
            &c.lobby.branches,
            c.lobby.read_at,
            &advice.procedures,
            c.local,
        );
        if !branches.is_empty() {
            col = col.push(c.headline(c.t("now-elsewhere")));
            for branch in &branches {
                col = col.push(c.body(branch.told(c.config, c.lang(), c.catalog)));
            }
        }
    }
    col = col.push(c.headline(c.t("ticket-bring")));
    for item in &advice.checklist {
        col = col.push(c.tick_line(checklist_line(
            item,
            c.lang(),
            c.session.answers().visitor,
            c.config,
            c.catalog,
        )));
    }
    col = col.push(c.body(c.t("checklist-if-missing")));
    for s in todo {
        col = col.push(c.body(c.sentence(s)));
    }
    let mut buttons = Vec::new();
    let elsewhere = !c.config.other_offices_for(&advice.procedures).is_empty();
    if counter_closed {
        // Staff closed this counter today: no ticket for it; the branches that also do this
        // procedure are named above ("also-at"), when there are any.
        let key = if elsewhere {
            "counter-closed-today-go-elsewhere"
        } else {
            "counter-closed-today"
        };
        col = col.push(c.headline(c.t(key)));
    } else if open && full {
        // `stop_when_full`: the people already waiting fill the day; say so, and when to
        // come back or where else it is done (R-LOCAL-3).
        col = col.push(c.headline(c.t("full-today")));
        if elsewhere {
            col = col.push(c.body(c.t("full-go-elsewhere")));
        }
        if let Some(next) = c
            .config
            .reception
            .next_open(c.local.date().and_hms_opt(23, 59, 59).unwrap_or(c.local))
        {
            col = col.push(c.body(c.t_with(
                "full-come-back",
                &[
                    ("date", Arg::Date(next.date())),
                    ("time", Arg::Time(next.time())),
                ],
            )));
        }
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
                    ("time", Arg::Time(next.time())),
                ],
            )));
        }
    }
    // "Get a ticket" (when there is one) is key 1; "Start over" stays on the left.
    buttons.insert(0, c.start_over());
    Page::with_actions(col, buttons)
}
