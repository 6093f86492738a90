//! The kiosk's look: large type, high contrast, touch targets of 88 px and more, the bundled font.

use iced::widget::{button, container};
use iced::{Background, Border, Color, Font, Shadow, Theme, font};

/// The bundled BIZ UDPGothic, the same file the tickets are printed with.
pub const FONT: Font = Font::with_name("BIZ UDPGothic");
pub const FONT_BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};

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

/// The few kinds of button the kiosk has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ButtonKind {
    /// The way forward: filled.
    Primary,
    /// Back, start over, other choices: outlined.
    Secondary,
    /// The language in use, or a demo tray card.
    Quiet,
}

pub fn button_style(kind: ButtonKind) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let pressed = matches!(status, button::Status::Pressed);
        let (background, text, border) = match kind {
            ButtonKind::Primary => (if pressed { INK } else { PRIMARY }, PAPER, PRIMARY),
            ButtonKind::Secondary => (if pressed { BAND } else { PAPER }, INK, INK),
            ButtonKind::Quiet => (if pressed { PAPER } else { BAND }, INK, BAND),
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

/// White on the alert colour: the idle countdown.
pub fn alert(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(ALERT)),
        text_color: Some(PAPER),
        ..container::Style::default()
    }
}
