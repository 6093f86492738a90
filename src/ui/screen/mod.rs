//! What each screen of the session shows; every text from the catalog in the session's language, in that language's face.

mod checklist;
mod conclusion;
mod could_not_read;
mod languages;
mod out_of_service;
mod put_back;
mod question;
mod reading;
pub mod staff;
mod status;
mod take_card;
mod ticket;
mod waiting;

use iced::widget::{Column, button, container, row};
use iced::{Element, Font, Length};

use super::Message;
use super::ruby::words;
use super::theme::{self, ButtonKind};
use crate::config::Config;
use crate::i18n::Catalog;
use crate::rules::{Advice, Arg, Headline, Sentence};
use crate::session::{Screen, Session, Touch};

/// What a view needs to draw a screen.
pub struct Context<'a> {
    pub session: &'a Session,
    pub config: &'a Config,
    pub catalog: &'a Catalog,
    pub advice: Option<Advice>,
    pub local: chrono::NaiveDateTime,
    /// Monotonic now, for the seconds a screen counts down.
    pub now: std::time::Instant,
    /// The counters (closed today, their lines), as last read.
    pub lobby: &'a crate::ui::lobby::Lobby,
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

    /// The session language's face.
    pub fn font(&self) -> Font {
        theme::font(self.lang(), false)
    }

    pub fn bold(&self) -> Font {
        theme::font(self.lang(), true)
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

    pub fn title<'a>(&self, s: String) -> Element<'a, Message> {
        words(&s, theme::TITLE, self.bold(), None, false)
    }

    pub fn headline<'a>(&self, s: String) -> Element<'a, Message> {
        words(&s, theme::HEADLINE, self.bold(), None, false)
    }

    pub fn body<'a>(&self, s: String) -> Element<'a, Message> {
        words(&s, theme::BODY, self.font(), None, false)
    }

    /// A big button in the session's language.
    pub fn button<'a>(
        &self,
        label: String,
        kind: ButtonKind,
        touch: Option<Touch>,
    ) -> Element<'a, Message> {
        let bold = matches!(kind, ButtonKind::Primary | ButtonKind::No);
        big_button(label, theme::font(self.lang(), bold), kind, touch)
    }

    /// The headline's sign and words: what matters most on this screen.
    fn signed_headline<'a>(&self, headline: Headline) -> Element<'a, Message> {
        let sign = headline.sign();
        let word = self.t(&format!("sign-{}", sign.id()));
        Column::new()
            .spacing(12)
            .push(super::sign::view(sign, word, self.bold()))
            .push(self.title(self.t(&format!("headline-{}", headline.id()))))
            .into()
    }

    /// "Start over" where a session has started.
    fn start_over<'a>(&self) -> Element<'a, Message> {
        self.button(
            self.t("start-over"),
            ButtonKind::Secondary,
            Some(Touch::StartOver),
        )
    }
}

fn big_button<'a>(
    label: String,
    font: Font,
    kind: ButtonKind,
    touch: Option<Touch>,
) -> Element<'a, Message> {
    let mut b = button(
        container(words(&label, theme::BODY, font, None, true))
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

/// A checklist line: the tick box, and the text wrapping under itself, not under the box.
fn tick_line<'a>(line: String, font: Font) -> Element<'a, Message> {
    row![
        container(super::sign::tick_box(26.0)).padding([8, 0]),
        container(words(&line, theme::BODY, font, None, false)).width(Length::Fill),
    ]
    .spacing(16)
    .into()
}

/// A notice for whoever walks up, in every offered language: the session's first, large, then
/// the others two to a row, so eleven fit a screen without scrolling.
fn in_every_language<'a>(c: &Context<'a>, title: &str, body: &str) -> Column<'a, Message> {
    let lang = c.lang();
    let others: Vec<&str> = c
        .config
        .languages
        .offered
        .iter()
        .map(String::as_str)
        .filter(|l| *l != lang)
        .collect();
    let mut col =
        Column::new()
            .spacing(28)
            .push(super::notice(c.catalog, lang, title, body, theme::TITLE));
    for line in super::notices_in_pairs(c.catalog, &others, title, body) {
        col = col.push(iced::widget::rule::horizontal(2)).push(line);
    }
    col
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
    /// Above the body, never scrolled away (the staff tabs and the outcome of an action).
    pub top: Option<Element<'a, Message>>,
    pub body: Element<'a, Message>,
    pub actions: Vec<Element<'a, Message>>,
}

impl<'a> Page<'a> {
    fn new(body: impl Into<Element<'a, Message>>) -> Self {
        Page {
            top: None,
            body: body.into(),
            actions: Vec::new(),
        }
    }

    fn with_actions(
        body: impl Into<Element<'a, Message>>,
        actions: Vec<Element<'a, Message>>,
    ) -> Self {
        Page {
            top: None,
            body: body.into(),
            actions,
        }
    }
}

/// The language chooser, over whatever screen the session is on.
pub fn languages<'a>(c: &Context<'a>) -> Page<'a> {
    languages::view(c)
}

/// The screen the session is on.
pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    match c.session.screen() {
        Screen::Waiting => waiting::view(c),
        Screen::Reading => reading::view(c),
        Screen::Status => status::view(c),
        Screen::Question(q) => question::view(c, *q),
        Screen::Checklist => checklist::view(c),
        Screen::Conclusion => conclusion::view(c),
        Screen::PutCardBack => put_back::view(c, c.session.put_back_seconds(c.now).unwrap_or(0)),
        Screen::Issuing => ticket::issuing(c),
        Screen::Ticket { ticket, print } => ticket::view(c, ticket, print),
        Screen::NoTicket(error) => ticket::not_issued(c, error),
        Screen::TakeCard => take_card::view(c),
        Screen::CouldNotRead { failures, .. } => could_not_read::view(c, *failures),
        Screen::OutOfService(_) => out_of_service::view(c),
    }
}
