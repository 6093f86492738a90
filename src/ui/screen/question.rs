//! Question: one of the rules' pending questions, with two to four big answers and Back.

use iced::widget::{Column, Row};

use super::{Context, Page, big_button, body, title};
use crate::rules::{Arg, NoCardReason, Question, Visitor};
use crate::session::{Answer, Touch};
use crate::ui::theme::ButtonKind;

pub fn view<'a>(c: &Context<'a>, q: Question) -> Page<'a> {
    let cert_expiry = c.advice.as_ref().and_then(|a| a.cert_expiry);
    let args: Vec<(&str, Arg)> = cert_expiry
        .map(|d| vec![("expiry", Arg::Date(d))])
        .unwrap_or_default();
    let mut col = Column::new()
        .spacing(24)
        .push(title(c.t_with(&format!("question-{}", q.id()), &args)));
    let hint_key = format!("question-{}-hint", q.id());
    let hint = c.t(&hint_key);
    if hint != hint_key {
        col = col.push(body(hint));
    }
    let answers: Vec<(String, Answer)> = match q {
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
        _ => vec![(c.t("yes"), Answer::Yes), (c.t("no"), Answer::No)],
    };
    let buttons = answers
        .into_iter()
        .map(|(label, answer)| big_button(label, ButtonKind::Primary, Some(Touch::Answer(answer))));
    // Yes and No side by side, as a pair; longer answers one under another, each in full.
    col = if buttons.len() == 2 {
        col.push(Row::with_children(buttons).spacing(24))
    } else {
        col.push(Column::with_children(buttons).spacing(24))
    };
    Page::with_actions(
        col,
        vec![big_button(
            c.t("back"),
            ButtonKind::Secondary,
            Some(Touch::Back),
        )],
    )
}
