//! Drawing the kiosk: the header, the screen of the session or of staff under it, and the hidden staff corner.

use iced::widget::{Column, Row, button, container, row};
use iced::{Element, Length};

use crate::config::Corner;
use crate::i18n::Catalog;
use crate::maintenance::Mode;
use crate::session::{Screen, Touch};

use super::BODY_SCROLL;
use super::theme::ButtonKind;
use super::widgets::{countdown_dialog, keyed_label, language_name, listen_button, rough_width};
use super::{App, Message, hidden_cursor, ruby, screen, theme};

/// The hidden corner's side, in pixels.
const CORNER_SIZE: f32 = 120.0;

/// Today's latest tickets listed for reprinting or voiding.
const STAFF_TICKETS_SHOWN: usize = 12;

const STAFF_AUDIT_SHOWN: u32 = 10;

/// A staff list's rows, or none with the first failure kept in `failed`.
pub(super) fn answered<T: Default>(
    result: Result<T, crate::tickets::StoreError>,
    failed: &mut Option<crate::tickets::StoreError>,
) -> T {
    result.unwrap_or_else(|e| {
        failed.get_or_insert(e);
        T::default()
    })
}

impl App {
    /// What the screens are drawn from, in `language` (the session's, or its voice's).
    pub(super) fn context<'a>(&'a self, language: &'a str, for_voice: bool) -> screen::Context<'a> {
        let local = self.clock.now();
        screen::Context {
            session: &self.session,
            language,
            look: theme::Look::of(self.session.look()),
            script: std::cell::RefCell::default(),
            for_voice,
            config: &self.config,
            catalog: Catalog::embedded(),
            advice: self.session.advice(local.date(), &self.config),
            local,
            now: self.clock.instant(),
            lobby: &self.lobby,
        }
    }

    /// The header and the screen under it, numbering their choices in `c.script`: the
    /// screen's own first, then the header's.
    pub(super) fn compose<'a>(
        &'a self,
        c: &screen::Context<'a>,
    ) -> (Element<'a, Message>, screen::Page<'a>) {
        let catalog = c.catalog;
        let local = c.local;
        let lang = c.lang();
        let data;
        let page = match self.staff.maintenance.mode() {
            Mode::Off if self.session.choosing_language() => screen::languages(c),
            Mode::Off => screen::view(c),
            Mode::Covered => screen::staff::covered(c),
            Mode::PinPad {
                entered, notice, ..
            } => screen::staff::pin_pad(c, entered.len(), notice.as_ref()),
            Mode::On(on) => match &self.staff_data {
                Some(read) => screen::staff::view(c, *on, &self.staff, read),
                None => {
                    data = screen::staff::StaffData::unavailable(
                        crate::maintenance::health::StoreAccess::Reading,
                    );
                    screen::staff::view(c, *on, &self.staff, &data)
                }
            },
        };
        let offered = &self.config.languages.offered;
        // The header keeps its size with larger text, so that it fits a 1280-wide screen:
        // its words are 30 px already.
        let header = theme::Look::default();
        // The default language and English one touch each;
        // with more offered, the rest are behind the Waiting screen's "Language / 言語 / 语言 …".
        let residents = *self.staff.maintenance.mode() == Mode::Off;
        // Not twice: a screen that offers it as its own button (two failed reads, a card
        // that did not verify) has it there only.
        let asking = residents
            && self.session.asked_from().is_some()
            && self.config.reception.is_open(local)
            && !c
                .script
                .borrow()
                .options
                .iter()
                .any(|o| o.touch == Touch::AskCounter);
        let in_header: Vec<&String> = if offered.len() <= 3 {
            offered.iter().collect()
        } else {
            offered
                .iter()
                // The default language and English, and the resident's own once chosen, lit
                // while the screen is in it: a way back after a touch on English. The others stay behind the chooser, so the header leaves
                // the city's name room on a 1280-wide screen.
                .filter(|l| {
                    **l == self.session.default_language()
                        || *l == "en"
                        || self.session.own_language() == Some(l.as_str())
                })
                .collect()
        };
        // The languages have keys where a visit starts; later screens keep their keys few.
        let keyed = residents
            && self.session.screen() == &Screen::Waiting
            && !self.session.choosing_language();
        let mut languages = row![].spacing(16).align_y(iced::Alignment::Center);
        // What the header's buttons need, to tell whether the city's name has room beside them.
        let badge = header.body() * 1.4 + 12.0;
        let mut needed = 2.0 * 48.0;
        for code in &in_header {
            let name = catalog.text(code, "language-name", &[]);
            needed += rough_width(&name, header.body()) + 48.0 + 16.0;
        }
        if keyed {
            needed += badge * in_header.len() as f32;
        }
        if asking {
            needed += rough_width(&catalog.text(lang, "ask-counter", &[]), header.body())
                + 48.0
                + 16.0
                + badge;
        }
        if residents && self.session.voice_offered() {
            needed += rough_width(&c.t("listen"), header.body()) + 40.0 + 16.0 + badge;
        }
        let city = self.config.municipality.name.get(lang);
        // Two lines fit the band: the name needs half its width, and its longest word.
        let room = self.width - needed;
        let longest = city
            .split_whitespace()
            .map(|w| rough_width(w, theme::HEADLINE))
            .fold(0.0, f32::max);
        let name_fits = room >= longest.max(rough_width(&city, theme::HEADLINE) / 2.0);
        for code in &in_header {
            let kind = if **code == self.session.language() {
                ButtonKind::Primary
            } else {
                ButtonKind::Secondary
            };
            let touch = Touch::Language((*code).clone());
            let name = catalog.text(code, "language-name", &[]);
            let digit = keyed.then(|| c.number(&touch, &name, code)).flatten();
            languages = languages.push(
                button(
                    container(keyed_label(
                        digit,
                        language_name(catalog, code, header.body()),
                        &header,
                        kind,
                    ))
                    .center_y(Length::Fill),
                )
                .height(header.button_height())
                .padding([12, 24])
                .style(theme::button_style(kind))
                .on_press(Message::Touch(touch)),
            );
        }
        // On a narrow screen the name gives way: residents know where they are, and a way
        // back to their language or to the voice matters more.
        let name: Element<'a, Message> = if name_fits {
            container(ruby::words(
                &city,
                theme::HEADLINE,
                theme::font(lang, true),
                None,
                false,
            ))
            .width(Length::Fill)
            .into()
        } else {
            iced::widget::Space::new().width(Length::Fill).into()
        };
        let mut header_row = row![name].spacing(16).align_y(iced::Alignment::Center);
        // The PIN pad and the "getting ready" notice are no place to change language.
        if !matches!(
            self.staff.maintenance.mode(),
            Mode::PinPad { .. } | Mode::Covered
        ) {
            header_row = header_row.push(languages);
        }
        // "Ask at the counter" in the same place on every resident screen that offers it: right
        // of the languages (whose keys on the Waiting screen widen them), left of "Listen".
        if asking {
            let label = catalog.text(lang, "ask-counter", &[]);
            let digit = c.number(&Touch::AskCounter, &label, c.lang());
            header_row = header_row.push(
                button(
                    container(keyed_label(
                        digit,
                        ruby::words(&label, header.body(), theme::font(lang, true), None, true),
                        &header,
                        ButtonKind::Secondary,
                    ))
                    .center_y(Length::Fill),
                )
                .height(header.button_height())
                .padding([12, 24])
                .style(theme::button_style(ButtonKind::Secondary))
                .on_press(Message::Touch(Touch::AskCounter)),
            );
        }
        if residents && self.session.voice_offered() {
            header_row = header_row.push(listen_button(c));
        }
        let header = container(header_row).padding([16, 48]).style(theme::band);
        // Filipino has no voice: the screen says, above everything, that the voice is English.
        let mut page = page;
        if residents
            && self.session.voice_offered()
            && page.top.is_none()
            && crate::speech::voice_for(lang).is_some_and(|v| v.reads != lang)
        {
            page.top = Some(ruby::words(
                &c.t("voice-in-english"),
                theme::BODY * 0.8,
                theme::font(lang, false),
                None,
                false,
            ));
        }
        // "Do you need more time?" covers the screen: it is all there is to say or press.
        if residents && self.session.countdown(c.now).is_some() {
            let mut script = c.script.borrow_mut();
            *script = screen::Script::default();
            script.said.push(c.t("countdown-title"));
            let seconds = crate::session::IDLE_COUNTDOWN.as_secs() as i64;
            script.said.push(c.t_with(
                "countdown",
                &[("seconds", crate::i18n::Arg::Count(seconds))],
            ));
            script.number(Touch::MoreTime, &c.t("more-time"), lang, true);
        }
        (header.into(), page)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let catalog = Catalog::embedded();
        let lang = self.session.language();
        let context = self.context(lang, false);
        let (header, screen) = self.compose(&context);
        // A long checklist scrolls on a small screen (1280×800); the buttons that move on stay
        // in view below it.
        let body =
            iced::widget::scrollable(container(self.with_preview(screen.body)).padding([32, 96]))
                .id(BODY_SCROLL)
                .direction(iced::widget::scrollable::Direction::Vertical(
                    iced::widget::scrollable::Scrollbar::new()
                        .width(18)
                        .scroller_width(18)
                        .margin(4),
                ))
                .style(theme::body_scroll)
                .width(Length::Fill)
                .height(Length::Fill);
        let mut page = Column::new().push(header);
        if let Some(top) = screen.top {
            page = page.push(container(top).padding([16, 96]));
        }
        let mut page = page.push(body);
        if !screen.actions.is_empty() {
            // Four buttons side by side leave each a quarter of a 1280-wide screen, too little
            // for 「カードを持っていない方」 at 30 px: there they go two by two.
            let per_row = if self.width < 1600.0 && screen.actions.len() > 3 {
                2
            } else {
                screen.actions.len()
            };
            let mut rows = Column::new().spacing(16);
            let mut actions = screen.actions.into_iter().peekable();
            while actions.peek().is_some() {
                rows = rows.push(Row::with_children(actions.by_ref().take(per_row)).spacing(24));
            }
            page = page.push(container(rows).padding([16, 96]));
        }
        if self.demo.as_ref().is_some_and(|d| d.tray) {
            page = page.push(self.demo_tray());
        }
        let page = container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::page);
        let mut layers = iced::widget::stack![page];
        if let Some(seconds) = self
            .session
            .countdown(self.clock.instant())
            .filter(|_| !self.staff.maintenance.holds_the_kiosk())
        {
            layers = layers.push(countdown_dialog(catalog, &context.look, lang, seconds));
        }
        let page = layers.push(self.staff_corner());
        if self.demo.is_some() {
            page.into()
        } else {
            hidden_cursor::HiddenCursor::new(page).into()
        }
    }

    /// The hidden corner staff hold for five seconds: invisible, and no touch target for
    /// residents (it sits over the municipality's name, not over a button).
    fn staff_corner(&self) -> Element<'_, Message> {
        let area = iced::widget::mouse_area(
            iced::widget::Space::new()
                .width(Length::Fixed(CORNER_SIZE))
                .height(Length::Fixed(CORNER_SIZE)),
        )
        .on_press(Message::Corner(true))
        .on_release(Message::Corner(false))
        .on_exit(Message::Corner(false));
        let (x, y) = match self.config.maintenance.corner {
            Corner::TopLeft => (
                iced::alignment::Horizontal::Left,
                iced::alignment::Vertical::Top,
            ),
            Corner::TopRight => (
                iced::alignment::Horizontal::Right,
                iced::alignment::Vertical::Top,
            ),
            Corner::BottomLeft => (
                iced::alignment::Horizontal::Left,
                iced::alignment::Vertical::Bottom,
            ),
            Corner::BottomRight => (
                iced::alignment::Horizontal::Right,
                iced::alignment::Vertical::Bottom,
            ),
        };
        container(area)
            .width(Length::Fill)
            .height(Length::Fill)
            .align_x(x)
            .align_y(y)
            .into()
    }
}

/// What the staff screens show from the database. A failed query leaves its list empty and
/// says so on the status screen, rather than passing an empty list off as the truth.
pub(super) fn read_staff_data(
    store: Option<&crate::tickets::SharedStore>,
    why_unopened: Option<&crate::tickets::StoreError>,
    config: &crate::config::Config,
    today: chrono::NaiveDate,
) -> screen::staff::StaffData {
    use crate::maintenance::health::StoreAccess;
    use screen::staff::StaffData;
    let Some(store) = store else {
        return StaffData::unavailable(match why_unopened {
            Some(crate::tickets::StoreError::Unreachable { .. }) => StoreAccess::Unreachable,
            _ => StoreAccess::Unopened,
        });
    };
    let Ok(s) = store.lock() else {
        return StaffData::unavailable(StoreAccess::Unreadable(
            "an earlier database call failed midway; restart the kiosk".into(),
        ));
    };
    let mut failed = None;
    let mut tickets = answered(s.tickets_on(today), &mut failed);
    tickets.sort_by_key(|t| std::cmp::Reverse(t.id));
    tickets.truncate(STAFF_TICKETS_SHOWN);
    StaffData {
        today: answered(
            crate::maintenance::desk::today(s.as_ref(), config, today),
            &mut failed,
        ),
        tickets,
        audit: answered(s.recent_actions(STAFF_AUDIT_SHOWN), &mut failed),
        closed: answered(s.closed_counters(today), &mut failed),
        last_write: answered(s.last_write(), &mut failed),
        free_bytes: config
            .tickets
            .database
            .file()
            .and_then(crate::maintenance::health::free_bytes),
        // Last, so that it sees every query above.
        access: match failed {
            None => StoreAccess::Readable,
            Some(crate::tickets::StoreError::Unreachable { .. }) => StoreAccess::Unreachable,
            Some(e) => StoreAccess::Unreadable(e.to_string()),
        },
    }
}
