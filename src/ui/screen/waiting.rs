//! Waiting: how to put the card on the reader, today's hours, and the way in without a card.

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element};

use super::{Context, Page};
use crate::i18n::Arg;
use crate::session::Touch;
use crate::ui::Message;
use crate::ui::theme::{self, ButtonKind};

/// A card laid flat on a reader, chip up: the picture beside "put your card on the reader".
pub fn insert_picture<'a>() -> Element<'a, Message> {
    use iced::{Background, Border, Color};
    let chip = container(Space::new().width(44).height(34)).style(|_| container::Style {
        background: Some(Background::Color(Color::from_rgb(0.85, 0.68, 0.22))),
        border: Border {
            radius: 6.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    });
    let card = container(chip)
        .width(240)
        .height(150)
        .padding([56, 28])
        .style(|t| container::Style {
            background: Some(Background::Color(Color::from_rgb(0.80, 0.88, 0.97))),
            border: Border {
                color: theme::palette(t).ink,
                width: 3.0,
                radius: 14.0.into(),
            },
            ..container::Style::default()
        });
    let reader = container(Space::new().width(300).height(40)).style(|t| container::Style {
        background: Some(Background::Color(theme::palette(t).ink)),
        border: Border {
            radius: 10.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    });
    column![card, text("↓").size(theme::TITLE).font(theme::FONT), reader]
        .spacing(8)
        .align_x(Alignment::Center)
        .into()
}

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    let reception = &c.config.reception;
    let hours = match reception.hours_on(c.local.date()) {
        Some(h) => c.t_with(
            "waiting-hours",
            &[
                ("open", Arg::Time(h.open.0)),
                ("close", Arg::Time(h.close.0)),
            ],
        ),
        None => c.t("waiting-no-reception"),
    };
    let open = if reception.is_open(c.local) {
        c.t("counters-open")
    } else {
        match reception.next_open(c.local) {
            Some(next) => c.t_with(
                "counters-closed",
                &[
                    ("date", Arg::Date(next.date())),
                    ("time", Arg::Time(next.time())),
                ],
            ),
            None => String::new(),
        }
    };
    // Today's hours and whether the counters are open come before the picture, so they show
    // on a 1280×800 screen without scrolling.
    let col = column![
        c.title(c.t("waiting-title")),
        c.headline(open),
        c.body(hours),
        Space::new().height(8),
        row![insert_picture(), c.body(c.t("waiting-how"))]
            .spacing(48)
            .align_y(Alignment::Center),
    ]
    .spacing(20);
    let mut actions = vec![c.button(c.t("no-card"), ButtonKind::Secondary, Some(Touch::NoCard))];
    // More languages than the header's buttons hold: the chooser, in its words of several.
    let offered = &c.config.languages.offered;
    if offered.len() > 3 {
        let digit = c.number(&Touch::Languages, &c.t("language-word"), c.lang());
        // A resident who cannot read the screen hears "Language" in their own words and voice.
        if let Some(choice) = c.script.borrow_mut().options.last_mut() {
            choice.also = offered
                .iter()
                .filter(|l| *l != c.lang())
                .filter(|l| crate::speech::voice_for(l).is_some_and(|v| v.reads == l.as_str()))
                .map(|l| (l.clone(), c.catalog.text(l, "language-word", &[])))
                .collect();
        }
        // Its words in several faces cannot wrap: at the usual size they fit a quarter of a
        // 1280-wide screen.
        actions.push(crate::ui::language_chooser_button(
            c.catalog,
            &crate::ui::theme::Look::default(),
            offered,
            c.lang(),
            digit,
        ));
    }
    // Chosen here for the visit, and forgotten when it ends.
    let look = c.session.look();
    for (key, on, touch) in [
        ("larger-text", look.larger_text, Touch::LargerText),
        ("high-contrast", look.high_contrast, Touch::HighContrast),
    ] {
        let kind = if on {
            ButtonKind::Primary
        } else {
            ButtonKind::Secondary
        };
        actions.push(c.button(c.t(key), kind, Some(touch)));
    }
    Page::with_actions(col, actions)
}
