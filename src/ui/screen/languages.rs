//! The language chooser: every offered language as a large button in its own name and script.

use iced::widget::{Column, Row, button, container};
use iced::{Element, Length};

use super::{Context, Page};
use crate::session::Touch;
use crate::ui::theme::{self, ButtonKind};
use crate::ui::{Message, keyed_label, language_name};

/// Buttons in a row: eleven languages in four rows, all in view on a 1280×800 screen.
const PER_ROW: usize = 3;
/// Each name larger than body text, and "Bahasa Indonesia" on one line at 1280 wide.
const NAME_SIZE: f32 = 36.0;
/// The touch target's least height, so four rows fit.
const BUTTON_HEIGHT: f32 = 88.0;

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let mut rows = Column::new().spacing(16);
    let offered = &c.config.languages.offered;
    for chunk in offered.chunks(PER_ROW) {
        let mut row = Row::new().spacing(16);
        for code in chunk {
            let kind = if code == c.lang() {
                ButtonKind::Primary
            } else {
                ButtonKind::Secondary
            };
            let touch = Touch::Language(code.clone());
            let name = c.catalog.text(code, "language-name", &[]);
            // Nine keys for eleven languages: the two the Waiting screen's header already
            // gives a key (the default language and English; Back returns there) have none.
            let in_header = offered.len() > super::KEYS
                && (*code == *c.session.default_language() || code == "en");
            let digit = if in_header {
                None
            } else {
                c.number(&touch, &name, code)
            };
            let size = NAME_SIZE * c.look.scale();
            row = row.push(
                button(
                    container(keyed_label(
                        digit,
                        language_name(c.catalog, code, size),
                        &c.look,
                        kind,
                    ))
                    .center_x(Length::Fill)
                    .center_y(Length::Fill),
                )
                .width(Length::FillPortion(1))
                .height(BUTTON_HEIGHT * c.look.scale())
                .style(theme::button_style(kind))
                .on_press(Message::Touch(touch)),
            );
        }
        // A short last row keeps its buttons as wide as the others'.
        for _ in chunk.len()..PER_ROW {
            row = row.push(iced::widget::Space::new().width(Length::FillPortion(1)));
        }
        rows = rows.push(row);
    }
    let body: Element<'a, Message> = Column::new()
        .spacing(24)
        .push(c.headline(c.t("languages-title")))
        .push(rows)
        .into();
    Page::with_actions(
        body,
        vec![c.button(
            c.t("back"),
            ButtonKind::Secondary,
            Some(Touch::CloseLanguages),
        )],
    )
}
