//! Question: one of the rules' pending questions, worded for whoever is asking; Yes and No always at the foot, in the same places.

use iced::widget::{Column, Space, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Context, Page};
use crate::domain::{NoCardReason, Question, Visitor};
use crate::i18n::Arg;
use crate::session::{Answer, Touch};
use crate::ui::Message;
use crate::ui::theme::{self, ButtonKind};

/// The text key of the question, and of its hint: a proxy is asked about the holder's PINs
/// (and told not to learn them), a legal representative whether either of them knows them;
/// without a card, whose visit it is.
fn key(c: &Context<'_>, q: Question) -> String {
    let visitor = c.session.answers().visitor;
    match q {
        Question::KnowsPins if visitor == Some(Visitor::Proxy) => {
            "question-knows_pins-for-holder".into()
        }
        Question::KnowsPins if visitor == Some(Visitor::LegalRepresentative) => {
            "question-knows_pins-legal_representative".into()
        }
        // Nobody is asked whose card it is when there is no card.
        Question::Visitor if c.session.without_card() => "question-visitor-no-card".into(),
        _ => format!("question-{}", q.id()),
    }
}

pub fn view<'a>(c: &Context<'a>, q: Question) -> Page<'a> {
    let cert_expiry = c.advice.as_ref().and_then(|a| a.cert_expiry);
    let args: Vec<(&str, Arg)> = cert_expiry
        .map(|d| vec![("expiry", Arg::Date(d))])
        .unwrap_or_default();
    let key = key(c, q);
    let mut col = Column::new()
        .spacing(24)
        .push(c.title(c.t_with(&key, &args)));
    let hint_key = format!("{key}-hint");
    let hint = c.t(&hint_key);
    if hint != hint_key {
        col = col.push(c.body(hint));
    }
    if q == Question::HasInquiryForm {
        col = col.push(inquiry_form_picture());
    }
    let choices: Vec<(String, Answer)> = match q {
        Question::Visitor => Visitor::ALL
            .iter()
            .map(|v| {
                (
                    c.t(&format!("answer-visitor-{}", v.id())),
                    Answer::Visitor(*v),
                )
            })
            .collect(),
        Question::NoCardReason => NoCardReason::ALL
            .iter()
            .map(|r| {
                (
                    c.t(&format!("answer-no_card_reason-{}", r.id())),
                    Answer::NoCardReason(*r),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    let back = c.button(c.t("back"), ButtonKind::Secondary, Some(Touch::Back));
    if choices.is_empty() {
        // Yes and No sit at the foot of every yes/no question, No left of Yes, in the same
        // colours, so a hand learns where they are.
        // Yes is key 1 and No key 2, whatever their places.
        let yes = c.button(
            c.t("yes"),
            ButtonKind::Primary,
            Some(Touch::Answer(Answer::Yes)),
        );
        let no = c.button(c.t("no"), ButtonKind::No, Some(Touch::Answer(Answer::No)));
        return Page::with_actions(col, vec![back, no, yes]);
    }
    // Longer answers one under another, each in full.
    let buttons = choices
        .into_iter()
        .map(|(label, answer)| c.button(label, ButtonKind::Primary, Some(Touch::Answer(answer))));
    col = col.push(Column::with_children(buttons).spacing(24));
    Page::with_actions(col, vec![back])
}

/// The inquiry-and-answer form as a resident meets it: a sheet with its title and boxes for
/// the PINs, going into its envelope.
fn inquiry_form_picture<'a>() -> Element<'a, Message> {
    use iced::{Background, Border, Color};
    let line = || {
        container(Space::new().width(Length::Fill).height(4)).style(|_| container::Style {
            background: Some(Background::Color(Color::from_rgb(0.6, 0.6, 0.65))),
            ..container::Style::default()
        })
    };
    let pin_boxes = row((0..4).map(|_| {
        container(Space::new().width(28).height(34))
            .style(|_| container::Style {
                border: Border {
                    color: theme::NORMAL.ink,
                    width: 2.0,
                    radius: 2.0.into(),
                },
                ..container::Style::default()
            })
            .into()
    }))
    .spacing(6);
    let sheet = container(
        column![
            text("照会書兼回答書").size(22).font(theme::FONT_BOLD),
            line(),
            line(),
            pin_boxes,
            line(),
        ]
        .spacing(12),
    )
    .width(220)
    .padding(16)
    // A sheet of paper, white with dark print in either theme.
    .style(|_| container::Style {
        background: Some(Background::Color(Color::WHITE)),
        text_color: Some(theme::NORMAL.ink),
        border: Border {
            color: theme::NORMAL.ink,
            width: 3.0,
            radius: 4.0.into(),
        },
        ..container::Style::default()
    });
    row![
        sheet,
        text("→").size(theme::TITLE).font(theme::FONT),
        crate::ui::sign::envelope()
    ]
    .spacing(24)
    .align_y(Alignment::Center)
    .into()
}
