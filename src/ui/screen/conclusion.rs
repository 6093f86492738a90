//! Conclusion: nothing to do today, with the dates that say so; a card that did not verify is sent to a person.

use iced::widget::Column;

use super::{Context, Page};
use crate::domain::{Headline, Sign};
use crate::session::Touch;
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let Some(advice) = &c.advice else {
        return Page::new(c.title(c.t("reading-title")));
    };
    let unverified = c.unverified();
    let mut col = Column::new().spacing(20);
    if c.session.without_card() {
        col = col.push(c.signed(Sign::Info, "sign-info", c.t("headline-left_at_home")));
    } else {
        let sign = if unverified { Sign::Info } else { Sign::Fine };
        let title = c.t(if unverified {
            "conclusion-title-unverified"
        } else {
            "conclusion-title"
        });
        col = col.push(c.signed(sign, &format!("sign-{}", sign.id()), title));
        if unverified {
            col = col.push(c.headline(c.t("conclusion-unverified")));
        } else if advice.headline == Headline::Valid {
            col = col.push(c.headline(c.t("conclusion-fine")));
        }
    }
    for s in advice
        .explanation
        .iter()
        .filter(|s| s.key != "nothing-to-do")
    {
        col = col.push(c.body(c.sentence(s)));
    }
    let open = c.config.reception.is_open(c.local);
    let mut actions = Vec::new();
    if unverified && open {
        // An unverified card always reaches staff, even with nothing to do.
        let ask = c.button(
            c.t("ask-counter"),
            ButtonKind::Primary,
            Some(Touch::AskCounter),
        );
        actions.push(c.button(c.t("finish"), ButtonKind::Secondary, Some(Touch::Continue)));
        actions.push(ask);
    } else {
        actions.push(c.button(c.t("finish"), ButtonKind::Primary, Some(Touch::Continue)));
    }
    Page::with_actions(col, actions)
}
