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

use std::cell::RefCell;

use iced::widget::{Column, button, container, row, text};
use iced::{Element, Font, Length};

use super::Message;
use super::ruby::words;
use super::theme::{self, ButtonKind};
use crate::config::Config;
use crate::domain::Headline;
use crate::i18n::Catalog;
use crate::i18n::{Arg, Sentence};
use crate::rules::Advice;
use crate::session::{Screen, Session, Touch};

/// What a screen says aloud and what each key does there, gathered while it is drawn, so
/// the voice and the keypad follow exactly what is on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Script {
    /// Texts in the order drawn, ruby markup kept (the voice reads the readings).
    pub said: Vec<String>,
    /// The numbered choices: the touch of key 1, 2, … and its label.
    pub options: Vec<Choice>,
    /// The one main way forward, for Enter; `None` where there is none or more than one.
    pub main: Option<usize>,
    /// What the back key does here.
    pub back: Option<Touch>,
    /// Forward buttons drawn: Enter means something only when there is one.
    forward: usize,
    /// How many of `said` come before the keys (at least the first): as at an ATM, the
    /// choices follow the title, and the explanation follows them (0 repeats it all).
    pub lead: usize,
}

/// A numbered choice on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub touch: Touch,
    pub label: String,
    /// The language the label is in (a language's own name is in that language).
    pub lang: String,
    /// The same choice named in other languages, each said in its own voice ("Language",
    /// "Ngôn ngữ", … for the chooser): (language, label).
    pub also: Vec<(String, String)>,
}

/// Keys 1–9 number the choices; 0 repeats the voice.
pub const KEYS: usize = 9;

impl Script {
    /// The touch key `digit` makes, if a choice has it.
    pub fn option(&self, digit: usize) -> Option<&Touch> {
        self.options.get(digit.checked_sub(1)?).map(|c| &c.touch)
    }

    /// The touch Enter makes.
    pub fn enter(&self) -> Option<&Touch> {
        self.options.get(self.main?).map(|c| &c.touch)
    }

    /// Numbers a choice; its digit (1–9), or `None` when the keys are used up.
    pub fn number(
        &mut self,
        touch: Touch,
        label: &str,
        lang: &str,
        forward: bool,
    ) -> Option<usize> {
        if self.options.len() >= KEYS {
            return None;
        }
        self.options.push(Choice {
            touch,
            label: label.to_owned(),
            lang: lang.to_owned(),
            also: Vec::new(),
        });
        let at = self.options.len() - 1;
        if forward {
            self.forward += 1;
            self.main = (self.forward == 1).then_some(at);
        }
        Some(at + 1)
    }
}

/// What a view needs to draw a screen.
pub struct Context<'a> {
    pub session: &'a Session,
    /// The language the screen is drawn in: the session's, or for the voice, the language
    /// its voice reads (English for Filipino).
    pub language: &'a str,
    /// Sizes and colours for this visit.
    pub look: theme::Look,
    /// Filled while the screen is drawn.
    pub script: RefCell<Script>,
    /// Drawn to be spoken: dates in their spoken form.
    pub for_voice: bool,
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
        self.language
    }

    /// Says `text` aloud with the screen, where no text drawn says it (a ticket number).
    pub fn say(&self, text: String) {
        self.script.borrow_mut().said.push(text);
    }

    /// Numbers a choice drawn outside `button` (the header's), returning its digit.
    pub fn number(&self, touch: &Touch, label: &str, lang: &str) -> Option<usize> {
        self.script
            .borrow_mut()
            .number(touch.clone(), label, lang, false)
    }

    pub fn t(&self, key: &str) -> String {
        self.t_with(key, &[])
    }

    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        if self.for_voice {
            self.catalog.spoken(self.lang(), key, args)
        } else {
            self.catalog.text(self.lang(), key, args)
        }
    }

    /// The card's certificate did not chain to the J-LIS roots: staff must see the card.
    pub fn unverified(&self) -> bool {
        self.session
            .reading()
            .is_some_and(|r| r.genuineness == crate::card::Genuineness::Unverified)
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
        self.t_with(&s.key, &s.args)
    }

    pub fn title<'a>(&self, s: String) -> Element<'a, Message> {
        let e = words(&s, self.look.title(), self.bold(), None, false);
        self.say(s);
        e
    }

    pub fn headline<'a>(&self, s: String) -> Element<'a, Message> {
        let e = words(&s, self.look.headline(), self.bold(), None, false);
        self.say(s);
        e
    }

    pub fn body<'a>(&self, s: String) -> Element<'a, Message> {
        let e = words(&s, self.look.body(), self.font(), None, false);
        self.say(s);
        e
    }

    /// A big button in the session's language, with its key's digit; Back has the back key.
    pub fn button<'a>(
        &self,
        label: String,
        kind: ButtonKind,
        touch: Option<Touch>,
    ) -> Element<'a, Message> {
        let bold = matches!(kind, ButtonKind::Primary | ButtonKind::No);
        let digit = match &touch {
            Some(t @ (Touch::Back | Touch::CloseLanguages)) => {
                self.script.borrow_mut().back = Some(t.clone());
                None
            }
            Some(t) => {
                let forward = kind == ButtonKind::Primary && !matches!(t, Touch::Answer(_));
                self.script
                    .borrow_mut()
                    .number(t.clone(), &label, self.language, forward)
            }
            None => None,
        };
        big_button(
            &self.look,
            label,
            theme::font(self.lang(), bold),
            kind,
            touch,
            digit,
        )
    }

    /// A checklist line: the tick box, and the text wrapping under itself, not under the box.
    pub fn tick_line<'a>(&self, line: String) -> Element<'a, Message> {
        let e = row![
            container(super::sign::tick_box(26.0 * self.look.scale())).padding([8, 0]),
            container(words(&line, self.look.body(), self.font(), None, false)).width(Length::Fill),
        ]
        .spacing(16)
        .into();
        self.say(line);
        e
    }

    /// The headline's sign and words: what matters most on this screen.
    fn signed_headline<'a>(&self, headline: Headline) -> Element<'a, Message> {
        let sign = headline.sign();
        self.signed(
            sign,
            &format!("sign-{}", sign.id()),
            self.t(&format!("headline-{}", headline.id())),
        )
    }

    /// A drawn sign with its word (text key `word`), over a title.
    fn signed<'a>(
        &self,
        sign: crate::domain::Sign,
        word: &str,
        title: String,
    ) -> Element<'a, Message> {
        Column::new()
            .spacing(12)
            .push(super::sign::view(sign, self.t(word), self.bold()))
            .push(self.title(title))
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
    look: &theme::Look,
    label: String,
    font: Font,
    kind: ButtonKind,
    touch: Option<Touch>,
    digit: Option<usize>,
) -> Element<'a, Message> {
    let label = words(&label, look.body(), font, None, true);
    let content: Element<'a, Message> = match digit {
        Some(d) => row![key_badge(look, d, kind), label]
            .spacing(16)
            .align_y(iced::Alignment::Center)
            .into(),
        None => label,
    };
    let mut b = button(
        container(content)
            .center_x(Length::Fill)
            .center_y(Length::Fill),
    )
    .height(look.button_height())
    .width(Length::Fill)
    .padding([8, 24])
    .style(theme::button_style(kind));
    if let Some(t) = touch {
        b = b.on_press(Message::Touch(t));
    }
    b.into()
}

/// The keypad digit of a choice, in a frame at the start of its button.
pub fn key_badge<'a>(look: &theme::Look, digit: usize, kind: ButtonKind) -> Element<'a, Message> {
    let size = look.body();
    container(
        text(digit.to_string())
            .size(size)
            .font(theme::FONT_BOLD)
            .line_height(1.0),
    )
    .center_x(size * 1.4)
    .center_y(size * 1.4)
    .style(theme::key_badge(kind))
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
    c.say(c.t(title));
    c.say(c.t(body));
    let mut col = Column::new().spacing(28).push(super::notice(
        c.catalog,
        &c.look,
        lang,
        title,
        body,
        c.look.title(),
    ));
    for line in super::notices_in_pairs(c.catalog, &c.look, &others, title, body) {
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
        Screen::Slip { window, print, .. } => ticket::slip(c, window, print),
        Screen::TakeCard => take_card::view(c),
        Screen::CouldNotRead { failures, .. } => could_not_read::view(c, *failures),
        Screen::OutOfService(_) => out_of_service::view(c),
    }
}
