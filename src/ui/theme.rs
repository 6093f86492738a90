//! The kiosk's look: large type, high contrast, touch targets of 88 px and more, the bundled font.

use iced::widget::{button, container, scrollable};
use iced::{Background, Border, Color, Font, Shadow, Theme, font};

use crate::fonts;

/// The bundled BIZ UDPGothic, the same file the tickets are printed with: staff screens and
/// anything not in a resident's language.
pub const FONT: Font = Font::with_name(fonts::JAPANESE.family);
pub const FONT_BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};

/// The face that draws `lang` (fonts::family), regular or bold.
pub fn font(lang: &str, bold: bool) -> Font {
    Font {
        weight: if bold {
            font::Weight::Bold
        } else {
            font::Weight::Normal
        },
        ..Font::with_name(fonts::family(lang))
    }
}

/// Type sizes for a 1920×1080 screen: body text never below 28 px.
pub const TITLE: f32 = 52.0;
pub const HEADLINE: f32 = 40.0;
pub const BODY: f32 = 30.0;
pub const NUMBER: f32 = 180.0;
/// Touch targets: at least 88 px high.
pub const BUTTON_HEIGHT: f32 = 96.0;

pub const INK: Color = Color::from_rgb(0.07, 0.07, 0.09);
pub const PRIMARY: Color = Color::from_rgb(0.05, 0.27, 0.58);
pub const ALERT: Color = Color::from_rgb(0.62, 0.10, 0.05);
pub const PAPER: Color = Color::WHITE;
pub const BAND: Color = Color::from_rgb(0.92, 0.94, 0.97);
/// The "No" answer: as strong as "Yes", told apart by place, word and colour.
pub const NO: Color = Color::from_rgb(0.24, 0.26, 0.30);
/// The signs' badges (white marks on them: 7:1 and more against each).
pub const FINE: Color = Color::from_rgb(0.0, 0.40, 0.20);
pub const ACT: Color = Color::from_rgb(0.55, 0.25, 0.0);
pub const STOPPED: Color = ALERT;
pub const INFO: Color = PRIMARY;

/// The few kinds of button the kiosk has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ButtonKind {
    /// The way forward: filled.
    Primary,
    /// Back, start over, other choices: outlined.
    Secondary,
    /// The language in use, or a demo tray card.
    Quiet,
    /// "No" beside a primary "Yes".
    No,
}

pub fn button_style(kind: ButtonKind) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let pressed = matches!(status, button::Status::Pressed);
        let (background, text, border) = match kind {
            ButtonKind::Primary => (if pressed { INK } else { PRIMARY }, PAPER, PRIMARY),
            ButtonKind::Secondary => (if pressed { BAND } else { PAPER }, INK, INK),
            ButtonKind::Quiet => (if pressed { PAPER } else { BAND }, INK, BAND),
            ButtonKind::No => (if pressed { INK } else { NO }, PAPER, NO),
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: text,
            border: Border {
                color: border,
                width: 3.0,
                radius: 12.0.into(),
            },
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

pub fn band(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(BAND)),
        text_color: Some(INK),
        ..container::Style::default()
    }
}

pub fn page(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PAPER)),
        text_color: Some(INK),
        ..container::Style::default()
    }
}

/// The dimmed screen behind a dialog.
pub fn backdrop(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgba(0.0, 0.0, 0.0, 0.55))),
        ..container::Style::default()
    }
}

/// A dialog: white, framed in the alert colour.
pub fn dialog(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PAPER)),
        text_color: Some(INK),
        border: Border {
            color: ALERT,
            width: 6.0,
            radius: 16.0.into(),
        },
        ..container::Style::default()
    }
}

/// The scrollbar of a body that is longer than the screen: wide and dark on a visible rail,
/// so a resident sees that there is more below.
pub fn body_scroll(_: &Theme, _: scrollable::Status) -> scrollable::Style {
    let rail = scrollable::Rail {
        background: Some(Background::Color(BAND)),
        border: Border {
            color: INK,
            width: 1.0,
            radius: 8.0.into(),
        },
        scroller: scrollable::Scroller {
            background: Background::Color(PRIMARY),
            border: Border {
                radius: 8.0.into(),
                ..Border::default()
            },
        },
    };
    scrollable::Style {
        container: container::Style::default(),
        vertical_rail: rail,
        horizontal_rail: rail,
        gap: None,
        auto_scroll: scrollable::AutoScroll {
            background: Background::Color(PAPER),
            border: Border::default(),
            shadow: Shadow::default(),
            icon: INK,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG's contrast ratio of two colours.
    fn contrast(a: Color, b: Color) -> f32 {
        let lum = |c: Color| {
            let lin = |v: f32| {
                if v <= 0.04045 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn white_marks_and_words_on_every_badge_and_filled_button_reach_7_to_1() {
        for (name, c) in [
            ("fine", FINE),
            ("act", ACT),
            ("stopped", STOPPED),
            ("info", INFO),
            ("primary", PRIMARY),
            ("no", NO),
        ] {
            let ratio = contrast(c, PAPER);
            assert!(ratio >= 7.0, "{name}: {ratio:.2}:1");
        }
        assert!(contrast(INK, PAPER) >= 7.0);
        assert!(contrast(INK, BAND) >= 7.0);
    }
}
