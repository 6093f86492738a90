//! Status: the most urgent fact about the card under its sign, then what the card says and means.

use iced::widget::Column;

use super::{Context, Page, split_explanation};
use crate::session::Touch;
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let Some(advice) = &c.advice else {
        return Page::new(c.title(c.t("reading-title")));
    };
    let (said, _) = split_explanation(advice);
    let mut col = Column::new()
        .spacing(20)
        .push(c.signed_headline(advice.headline));
    for s in said {
        col = col.push(c.body(c.sentence(s)));
    }
    let next = if advice.procedures.is_empty()
        && advice.pending_questions.is_empty()
        && advice.status != crate::rules::Status::Valid
    {
        c.t("finish")
    } else {
        c.t("next")
    };
    // The way forward is key 1; it stays on the right.
    let next = c.button(next, ButtonKind::Primary, Some(Touch::Continue));
    Page::with_actions(col, vec![c.start_over(), next])
}
