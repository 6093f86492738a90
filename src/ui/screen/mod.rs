//! What each screen of the session shows; every text from the catalog in the session's language.

mod checklist;
mod could_not_read;
mod out_of_service;
mod question;
mod reading;
pub mod staff;
mod status;
mod take_card;
mod ticket;
mod waiting;

use iced::widget::{button, container, text};
use iced::{Element, Length};

use super::Message;
use super::theme::{self, ButtonKind};
use crate::config::Config;
use crate::i18n::Catalog;
use crate::rules::{Advice, Arg, Sentence};
use crate::session::{Screen, Session, Touch};

/// What a view needs to draw a screen.
pub struct Context<'a> {
    pub session: &'a Session,
    pub config: &'a Config,
    pub catalog: &'a Catalog,
    pub advice: Option<Advice>,
    pub local: chrono::NaiveDateTime,
    /// Counters staff closed for today.
    pub closed: std::collections::BTreeSet<String>,
}

impl Context<'_> {
    pub fn lang(&self) -> &str {
        self.session.language()
    }

    pub fn t(&self, key: &str) -> String {
        self.catalog.text(self.lang(), key, &[])
    }

    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.catalog.text(self.lang(), key, args)
    }

    /// A counter as residents and staff see it: "1番窓口 市民課 窓口第一係".
    pub fn counter_name(&self, window: &str) -> String {
        match self.config.window(window) {
            Some(w) => format!(
                "{}  {}",
                self.t_with(
                    "ticket-counter",
                    &[("number", Arg::Count(i64::from(w.number)))]
                ),
                w.label.get(self.lang())
            ),
            None => window.to_owned(),
        }
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

/// A screen: what it says, which may scroll on a small display, and the buttons that move the
/// session on, which stay at the foot of the screen where a resident always finds them.
pub struct Page<'a> {
    pub body: Element<'a, Message>,
    pub actions: Vec<Element<'a, Message>>,
}

impl<'a> Page<'a> {
    fn new(body: impl Into<Element<'a, Message>>) -> Self {
        Page {
            body: body.into(),
            actions: Vec::new(),
        }
    }

    fn with_actions(
        body: impl Into<Element<'a, Message>>,
        actions: Vec<Element<'a, Message>>,
    ) -> Self {
        Page {
            body: body.into(),
            actions,
        }
    }
}

/// The screen the session is on.
pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    match c.session.screen() {
        Screen::Waiting => waiting::view(c),
        Screen::Reading => reading::view(c),
        Screen::Status => status::view(c),
        Screen::Question(q) => question::view(c, *q),
        Screen::Checklist => checklist::view(c),
        Screen::Issuing => ticket::issuing(c),
        Screen::Ticket { ticket, print } => ticket::view(c, ticket, print),
        Screen::NoTicket(error) => ticket::not_issued(c, error),
        Screen::TakeCard => take_card::view(c),
        Screen::CouldNotRead { failures, .. } => could_not_read::view(c, *failures),
        Screen::OutOfService(_) => out_of_service::view(c),
    }
}
