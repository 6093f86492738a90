//! Status: the most urgent fact about the card under its sign, then what the card says and means.

use iced::widget::Column;

use super::{Context, Page, split_explanation};
use crate::domain::Sign;
use crate::session::Touch;
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let Some(advice) = &c.advice else {
        return Page::new(c.title(c.t("reading-title")));
    };
    let (said, _) = split_explanation(advice);
    let mut col = Column::new().spacing(20);
    if c.unverified() && advice.headline.sign() == Sign::Fine {
        // A certificate that did not chain to the J-LIS roots is never headlined as fine:
        // what its dates say is worth nothing until staff have looked at the card.
        col = col
            .push(c.signed(Sign::Info, "sign-info", c.t("conclusion-title-unverified")))
            .push(c.headline(c.t("conclusion-unverified")));
    } else {
        col = col.push(c.signed_headline(advice.headline));
        if c.unverified() {
            col = col.push(c.headline(c.t("conclusion-unverified")));
        }
    }
    for s in said {
        col = col.push(c.body(c.sentence(s)));
    }
    let next = if advice.procedures.is_empty()
        && advice.pending_questions.is_empty()
        && advice.status != crate::domain::Status::Valid
    {
        c.t("finish")
    } else {
        c.t("next")
    };
    // The way forward is key 1; it stays on the right.
    let next = c.button(next, ButtonKind::Primary, Some(Touch::Continue));
    Page::with_actions(col, vec![c.start_over(), next])
}
