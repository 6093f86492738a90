//! What each screen of the session shows; every text from the catalog in the session's language.

use iced::widget::{Column, Space, button, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::Message;
use super::theme::{self, ButtonKind};
use crate::advise::checklist_line;
use crate::config::Config;
use crate::i18n::Catalog;
use crate::rules::{Advice, Arg, NoCardReason, Question, Sentence, Status, Visitor};
use crate::session::{Answer, Screen, Session, Touch};
use crate::tickets::{PrintOutcome, StoreError};

/// What a view needs to draw a screen.
pub struct Context<'a> {
    pub session: &'a Session,
    pub config: &'a Config,
    pub catalog: &'a Catalog,
    pub advice: Option<Advice>,
    pub local: chrono::NaiveDateTime,
}

impl Context<'_> {
    fn lang(&self) -> &str {
        self.session.language()
    }

    fn t(&self, key: &str) -> String {
        self.catalog.text(self.lang(), key, &[])
    }

    fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.catalog.text(self.lang(), key, args)
    }

    fn sentence(&self, s: &Sentence) -> String {
        self.catalog.sentence(self.lang(), s)
    }
}

fn big_button<'a>(label: String, kind: ButtonKind, touch: Option<Touch>) -> Element<'a, Message> {
    let font = if kind == ButtonKind::Primary {
        theme::FONT_BOLD
    } else {
        theme::FONT
    };
    let mut b = button(
        container(text(label).size(theme::BODY).font(font))
            .center_x(Length::Fill)
            .center_y(Length::Fill),
    )
    .height(theme::BUTTON_HEIGHT)
    .width(Length::Fill)
    .padding([8, 24])
    .style(theme::button_style(kind));
    if let Some(t) = touch {
        b = b.on_press(Message::Touch(t));
    }
    b.into()
}

fn title<'a>(s: String) -> Element<'a, Message> {
    text(s).size(theme::TITLE).font(theme::FONT_BOLD).into()
}

fn body<'a>(s: String) -> Element<'a, Message> {
    text(s).size(theme::BODY).into()
}

/// The status sentences are those before the counter: what the card says and means.
fn split_explanation(advice: &Advice) -> (Vec<&Sentence>, Vec<&Sentence>) {
    let at = advice
        .explanation
        .iter()
        .position(|s| s.key == "go-to-window" || s.key == "nothing-to-do")
        .unwrap_or(advice.explanation.len());
    let (a, b) = advice.explanation.split_at(at);
    (a.iter().collect(), b.iter().collect())
}

/// A status told by word and sign, not by colour alone.
fn status_sign(status: Status) -> &'static str {
    match status {
        Status::Valid => "○",
        Status::Renewable | Status::NoCard => "！",
        _ => "×",
    }
}

pub fn view<'a>(c: &Context<'a>) -> Element<'a, Message> {
    match c.session.screen() {
        Screen::Waiting => waiting(c),
        Screen::Reading => column![title(c.t("reading-title")), body(c.t("reading-keep"))]
            .spacing(32)
            .into(),
        Screen::Status => status(c),
        Screen::Question(q) => question(c, *q),
        Screen::Checklist => checklist(c),
        Screen::Issuing => title(c.t("issuing")),
        Screen::Ticket { ticket, print } => {
            let counter = c
                .config
                .window(&ticket.window)
                .map(|w| {
                    format!(
                        "{}  {}",
                        c.t_with(
                            "ticket-counter",
                            &[("number", Arg::Count(i64::from(w.number)))]
                        ),
                        w.label.get(c.lang())
                    )
                })
                .unwrap_or_default();
            let mut col = column![
                title(c.t("ticket-screen-title")),
                text(ticket.number.to_string())
                    .size(theme::NUMBER)
                    .font(theme::FONT_BOLD),
                text(counter).size(theme::HEADLINE).font(theme::FONT_BOLD),
            ]
            .spacing(24)
            .align_x(Alignment::Center);
            if !matches!(print.outcome, PrintOutcome::Printed) {
                col = col.push(body(c.t("ticket-not-printed")));
            }
            col.push(body(c.t("take-your-card")))
                .push(big_button(
                    c.t("finish"),
                    ButtonKind::Primary,
                    Some(Touch::Continue),
                ))
                .into()
        }
        Screen::NoTicket(error) => {
            let key = match error {
                StoreError::CapReached { .. } => "no-ticket-cap",
                _ => "no-ticket-failed",
            };
            column![
                title(c.t(key)),
                big_button(c.t("finish"), ButtonKind::Primary, Some(Touch::Continue))
            ]
            .spacing(40)
            .into()
        }
        Screen::TakeCard => column![title(c.t("take-card-title")), body(c.t("take-card-body"))]
            .spacing(32)
            .into(),
        Screen::CouldNotRead { failures, .. } => {
            let mut col = column![
                title(c.t("status-title-unreadable")),
                body(c.t("status-unreadable")),
                body(c.t("could-not-read-again")),
            ]
            .spacing(28);
            if *failures >= crate::session::FAILURES_BEFORE_HELP {
                col = col.push(body(c.t("help-offer"))).push(big_button(
                    c.t("help-ticket"),
                    ButtonKind::Primary,
                    Some(Touch::HelpTicket),
                ));
            }
            col.into()
        }
        Screen::OutOfService(_) => column![
            title(c.t("out-of-service-title")),
            body(c.t("out-of-service-body"))
        ]
        .spacing(32)
        .into(),
    }
}

/// A card laid flat on a reader, chip up: the picture beside "put your card on the reader".
fn insert_picture<'a>() -> Element<'a, Message> {
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
        .style(|_| container::Style {
            background: Some(Background::Color(Color::from_rgb(0.80, 0.88, 0.97))),
            border: Border {
                color: theme::INK,
                width: 3.0,
                radius: 14.0.into(),
            },
            ..container::Style::default()
        });
    let reader = container(Space::new().width(300).height(40)).style(|_| container::Style {
        background: Some(Background::Color(theme::INK)),
        border: Border {
            radius: 10.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    });
    column![card, text("↓").size(theme::TITLE), reader]
        .spacing(8)
        .align_x(Alignment::Center)
        .into()
}

fn waiting<'a>(c: &Context<'a>) -> Element<'a, Message> {
    let reception = &c.config.reception;
    let hours = match reception.hours_on(c.local.date()) {
        Some(h) => c.t_with(
            "waiting-hours",
            &[
                ("open", Arg::Text(h.open.to_string())),
                ("close", Arg::Text(h.close.to_string())),
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
                    ("time", Arg::Text(next.format("%H:%M").to_string())),
                ],
            ),
            None => String::new(),
        }
    };
    column![
        title(c.t("waiting-title")),
        row![insert_picture(), body(c.t("waiting-how"))]
            .spacing(48)
            .align_y(Alignment::Center),
        Space::new().height(24),
        body(hours),
        body(open),
        Space::new().height(24),
        big_button(c.t("no-card"), ButtonKind::Secondary, Some(Touch::NoCard)),
    ]
    .spacing(20)
    .into()
}

fn status<'a>(c: &Context<'a>) -> Element<'a, Message> {
    let Some(advice) = &c.advice else {
        return title(c.t("reading-title"));
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
    col.push(Space::new().height(16))
        .push(
            row![
                big_button(
                    c.t("start-over"),
                    ButtonKind::Secondary,
                    Some(Touch::StartOver)
                ),
                big_button(next, ButtonKind::Primary, Some(Touch::Continue)),
            ]
            .spacing(24),
        )
        .into()
}

fn question<'a>(c: &Context<'a>, q: Question) -> Element<'a, Message> {
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
    for (label, answer) in answers {
        col = col.push(big_button(
            label,
            ButtonKind::Primary,
            Some(Touch::Answer(answer)),
        ));
    }
    col.push(Space::new().height(16))
        .push(big_button(
            c.t("back"),
            ButtonKind::Secondary,
            Some(Touch::Back),
        ))
        .into()
}

fn checklist<'a>(c: &Context<'a>) -> Element<'a, Message> {
    let Some(advice) = &c.advice else {
        return title(c.t("reading-title"));
    };
    let (_, todo) = split_explanation(advice);
    let mut col = Column::new()
        .spacing(16)
        .push(title(c.t("checklist-title")));
    for s in todo {
        col = col.push(body(c.sentence(s)));
    }
    col = col.push(
        text(c.t("ticket-bring"))
            .size(theme::HEADLINE)
            .font(theme::FONT_BOLD),
    );
    for item in &advice.checklist {
        col = col.push(body(format!(
            "☐ {}",
            checklist_line(item, c.lang(), c.config, c.catalog)
        )));
    }
    let open = c.config.reception.is_open(c.local);
    let mut buttons = row![big_button(
        c.t("start-over"),
        ButtonKind::Secondary,
        Some(Touch::StartOver)
    )]
    .spacing(24);
    if open {
        buttons = buttons.push(big_button(
            c.t("get-ticket"),
            ButtonKind::Primary,
            Some(Touch::GetTicket),
        ));
    } else {
        // Closed: the advice stands, but no ticket; say when the counters open.
        col = col.push(body(c.t("counter-closed-no-ticket")));
        if let Some(next) = c.config.reception.next_open(c.local) {
            col = col.push(body(c.t_with(
                "counters-closed",
                &[
                    ("date", Arg::Date(next.date())),
                    ("time", Arg::Text(next.format("%H:%M").to_string())),
                ],
            )));
        }
    }
    col.push(Space::new().height(16)).push(buttons).into()
}
