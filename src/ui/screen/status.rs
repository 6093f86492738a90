//! Status: what the card's certificate dates mean, told by word and sign.

use iced::widget::{Column, text};

use super::{Context, Page, big_button, body, split_explanation, title};
use crate::rules::Status;
use crate::session::Touch;
use crate::ui::theme::{self, ButtonKind};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let Some(advice) = &c.advice else {
        return Page::new(title(c.t("reading-title")));
    };
    let (said, _) = split_explanation(advice);
    let headline = format!(
        "{}  {}",
        status_sign(advice.status),
        c.t(&format!("status-title-{}", advice.status.id()))
    );
    let mut col = Column::new()
        .spacing(20)
        .push(text(headline).size(theme::TITLE).font(theme::FONT_BOLD));
    for s in said {
        col = col.push(body(c.sentence(s)));
    }
    let next = if advice.procedures.is_empty() && advice.pending_questions.is_empty() {
        c.t("finish")
    } else {
        c.t("next")
    };
    Page::with_actions(
        col,
        vec![
            big_button(
                c.t("start-over"),
                ButtonKind::Secondary,
                Some(Touch::StartOver),
            ),
            big_button(next, ButtonKind::Primary, Some(Touch::Continue)),
        ],
    )
}

/// A status told by word and sign, not by colour alone.
fn status_sign(status: Status) -> &'static str {
    match status {
        Status::Valid => "○",
        Status::Renewable | Status::NoCard => "！",
        _ => "×",
    }
}
