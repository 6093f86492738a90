//! Lost card (R-LOST-1): have the card stopped by telephone at once, and report it to the police, before the checklist.

use iced::widget::{Column, text};

use super::{Context, Page};
use crate::rules::Sign;
use crate::session::Touch;
use crate::ui::theme::{self, ButtonKind};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let mut col = Column::new()
        .spacing(24)
        .push(crate::ui::sign::view(
            Sign::Stopped,
            c.t("sign-act"),
            c.bold(),
        ))
        .push(c.title(c.t("headline-lost")));
    if let Some(advice) = &c.advice {
        for s in advice
            .explanation
            .iter()
            .filter(|s| s.key.starts_with("lost-"))
        {
            col = col.push(c.body(c.sentence(s)));
        }
    }
    // The number itself, large enough to read from a step away or to copy down.
    col = col.push(
        text(c.config.lost_card.hotline.clone())
            .size(theme::NUMBER * 0.5)
            .font(theme::FONT_BOLD),
    );
    Page::with_actions(
        col,
        vec![
            c.button(c.t("back"), ButtonKind::Secondary, Some(Touch::Back)),
            c.button(c.t("next"), ButtonKind::Primary, Some(Touch::Continue)),
        ],
    )
}
