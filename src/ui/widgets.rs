//! Pieces the screens share: notices, keyed labels, the language buttons, the listen button and the countdown dialog.

use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Element, Length};

use crate::i18n::Catalog;
use crate::session::Touch;

use super::theme::ButtonKind;
use super::{Message, ruby, screen, theme};

/// A notice in `lang`: the text `title` at `title_size` over the text `body`, in the
/// language's face.
pub fn notice<'a, M: 'a>(
    catalog: &Catalog,
    look: &theme::Look,
    lang: &str,
    title: &str,
    body: &str,
    title_size: f32,
) -> Element<'a, M> {
    Column::new()
        .spacing(12)
        .push(ruby::words(
            &catalog.text(lang, title, &[]),
            title_size,
            theme::font(lang, true),
            None,
            false,
        ))
        .push(ruby::words(
            &catalog.text(lang, body, &[]),
            look.body(),
            theme::font(lang, false),
            None,
            false,
        ))
        .width(Length::Fill)
        .into()
}

/// The notice in each of `langs`, two to a row, a last one alone keeping its half.
pub fn notices_in_pairs<'a, M: 'a>(
    catalog: &Catalog,
    look: &theme::Look,
    langs: &[&str],
    title: &str,
    body: &str,
) -> Vec<Element<'a, M>> {
    langs
        .chunks(2)
        .map(|pair| {
            let mut line = Row::new().spacing(48);
            for l in pair {
                line = line.push(notice(catalog, look, l, title, body, look.headline()));
            }
            if pair.len() == 1 {
                line = line.push(iced::widget::Space::new().width(Length::Fill));
            }
            line.into()
        })
        .collect()
}

/// A button's words after its keypad digit, when it has one.
pub fn keyed_label<'a>(
    digit: Option<usize>,
    label: Element<'a, Message>,
    look: &theme::Look,
    kind: ButtonKind,
) -> Element<'a, Message> {
    match digit {
        Some(d) => row![screen::key_badge(look, d, kind), label]
            .spacing(12)
            .align_y(iced::Alignment::Center)
            .into(),
        None => label,
    }
}

/// 「音声案内 / Listen」 with its key, 0: the screen spoken (again).
pub(super) fn listen_button<'a>(c: &screen::Context<'a>) -> Element<'a, Message> {
    let lang = c.lang();
    let look = theme::Look::default();
    let on = c.session.speaking();
    let kind = if on {
        ButtonKind::Primary
    } else {
        ButtonKind::Secondary
    };
    let label = ruby::words(
        &c.t("listen"),
        look.body(),
        theme::font(lang, true),
        None,
        true,
    );
    button(container(keyed_label(Some(0), label, &look, kind)).center_y(Length::Fill))
        .height(look.button_height())
        .padding([8, 20])
        .style(theme::button_style(kind))
        .on_press(Message::Touch(Touch::Listen))
        .into()
}

/// About how wide `s` is drawn at `size` in bold: full-width characters a square each,
/// others a little over half (enough to tell whether a header's words fit, not to lay out).
pub(super) fn rough_width(s: &str, size: f32) -> f32 {
    crate::furigana::plain(s)
        .chars()
        .map(|c| match c {
            ' ' => 0.3,
            c if u32::from(c) >= 0x2E80 => 1.0,
            _ => 0.55,
        })
        .sum::<f32>()
        * size
}

/// A language's own name in its own script and face ("한국어", "नेपाली").
pub fn language_name<'a>(catalog: &Catalog, code: &str, size: f32) -> Element<'a, Message> {
    ruby::words(
        &catalog.text(code, "language-name", &[]),
        size,
        theme::font(code, false),
        None,
        true,
    )
}

/// "Language / 言語 / 语言 / 언어 …": the word in the session's language and the first few
/// others offered, each in its own face, on one line.
pub fn language_chooser_button<'a>(
    catalog: &Catalog,
    look: &theme::Look,
    offered: &[String],
    lang: &str,
    digit: Option<usize>,
) -> Element<'a, Message> {
    let latin = theme::font("en", false);
    let mut seen = std::collections::BTreeSet::new();
    // A text per word, so each keeps its face (and a test finds the button by any word).
    let mut words = Row::new().align_y(iced::Alignment::Center);
    // The session's word, then English's, which most residents from abroad read.
    let english = offered.iter().map(String::as_str).filter(|l| *l == "en");
    for code in std::iter::once(lang)
        .chain(english)
        .chain(offered.iter().map(String::as_str))
    {
        let word = crate::furigana::plain(&catalog.text(code, "language-word", &[]));
        if seen.contains(&word) {
            continue;
        }
        if seen.len() == CHOOSER_WORDS {
            words = words.push(text(" …").size(look.body()).font(latin));
            break;
        }
        if !seen.is_empty() {
            words = words.push(text(" / ").size(look.body()).font(latin));
        }
        words = words.push(
            text(word.clone())
                .size(look.body())
                .font(theme::font(code, code == lang)),
        );
        seen.insert(word);
    }
    button(
        container(keyed_label(
            digit,
            words.into(),
            look,
            ButtonKind::Secondary,
        ))
        .center_x(Length::Fill)
        .center_y(Length::Fill),
    )
    .width(Length::Fill)
    .height(look.button_height())
    .padding([8, 24])
    .style(theme::button_style(ButtonKind::Secondary))
    .on_press(Message::Touch(Touch::Languages))
    .into()
}

/// Words on the chooser's button: as many as fit a quarter of a 1280-wide screen.
const CHOOSER_WORDS: usize = 2;

/// The resident screens' scrollable body, scrolled to its top on every change of screen.
pub(super) const BODY_SCROLL: &str = "body";

/// "Do you need more time?": large, in the middle, over the screen, so nothing under the
/// resident's finger moves; the seconds count down from 20.
pub(super) fn countdown_dialog<'a>(
    catalog: &Catalog,
    look: &theme::Look,
    lang: &str,
    seconds: u64,
) -> Element<'a, Message> {
    let dialog = container(
        column![
            ruby::words(
                &catalog.text(lang, "countdown-title", &[]),
                look.title(),
                theme::font(lang, true),
                None,
                true,
            ),
            ruby::words(
                &catalog.text(
                    lang,
                    "countdown",
                    &[("seconds", crate::i18n::Arg::Count(seconds as i64))]
                ),
                look.headline(),
                theme::font(lang, false),
                None,
                true,
            ),
            button(
                container(keyed_label(
                    Some(1),
                    ruby::words(
                        &catalog.text(lang, "more-time", &[]),
                        look.headline(),
                        theme::font(lang, true),
                        None,
                        true,
                    ),
                    look,
                    ButtonKind::Primary,
                ))
                .center_x(Length::Fill)
                .center_y(Length::Fill)
            )
            .width(Length::Fill)
            .height(look.button_height() * 1.25)
            .style(theme::button_style(ButtonKind::Primary))
            .on_press(Message::Touch(Touch::MoreTime)),
        ]
        .spacing(32)
        .align_x(iced::Alignment::Center),
    )
    .width(Length::Fixed(900.0))
    .padding(48)
    .style(theme::dialog);
    // A touch anywhere on the dimmed screen also gives more time.
    let backdrop = iced::widget::mouse_area(
        container(dialog)
            .center_x(Length::Fill)
            .center_y(Length::Fill)
            .style(theme::backdrop),
    )
    .on_press(Message::Touch(Touch::MoreTime));
    backdrop.into()
}
