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

/// 「文字を大きく」: type this many times the size, buttons growing with it.
pub const LARGER: f32 = 1.4;

/// The sizes of one visit's screens: the usual, or larger text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Look {
    pub larger_text: bool,
}

impl Look {
    pub fn of(look: crate::session::Look) -> Look {
        Look {
            larger_text: look.larger_text,
        }
    }

    pub fn scale(&self) -> f32 {
        if self.larger_text { LARGER } else { 1.0 }
    }

    pub fn title(&self) -> f32 {
        TITLE * self.scale()
    }

    pub fn headline(&self) -> f32 {
        HEADLINE * self.scale()
    }

    pub fn body(&self) -> f32 {
        BODY * self.scale()
    }

    /// Tall enough for two lines of the label at its size.
    pub fn button_height(&self) -> f32 {
        BUTTON_HEIGHT * self.scale()
    }
}

/// The colours of one theme. Every style below takes its colours from the theme's palette,
/// so the contrast test over `Palette::pairs` covers everything drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub ink: Color,
    pub paper: Color,
    pub primary: Color,
    /// Words on a filled primary button.
    pub on_primary: Color,
    pub alert: Color,
    pub band: Color,
    /// The "No" answer: as strong as "Yes", told apart by place, word and colour.
    pub no: Color,
    pub on_no: Color,
    /// The signs' badges, under white marks.
    pub fine: Color,
    pub act: Color,
    pub stopped: Color,
    pub info: Color,
}

/// Dark ink on white paper, blue for the way forward.
pub const NORMAL: Palette = Palette {
    ink: Color::from_rgb(0.07, 0.07, 0.09),
    paper: Color::WHITE,
    primary: Color::from_rgb(0.05, 0.27, 0.58),
    on_primary: Color::WHITE,
    alert: Color::from_rgb(0.62, 0.10, 0.05),
    band: Color::from_rgb(0.92, 0.94, 0.97),
    no: Color::from_rgb(0.24, 0.26, 0.30),
    on_no: Color::WHITE,
    fine: Color::from_rgb(0.0, 0.40, 0.20),
    act: Color::from_rgb(0.55, 0.25, 0.0),
    stopped: Color::from_rgb(0.62, 0.10, 0.05),
    info: Color::from_rgb(0.05, 0.27, 0.58),
};

/// 「白黒反転 / High contrast」: white and yellow on black, as low-vision settings and
/// bank ATMs give it; every pair 7:1 or more.
pub const HIGH_CONTRAST: Palette = Palette {
    ink: Color::WHITE,
    paper: Color::BLACK,
    primary: Color::from_rgb(1.0, 0.87, 0.0),
    on_primary: Color::BLACK,
    alert: Color::from_rgb(1.0, 0.62, 0.55),
    band: Color::from_rgb(0.10, 0.10, 0.12),
    no: Color::WHITE,
    on_no: Color::BLACK,
    fine: Color::from_rgb(0.0, 0.40, 0.20),
    act: Color::from_rgb(0.55, 0.25, 0.0),
    stopped: Color::from_rgb(0.62, 0.10, 0.05),
    info: Color::from_rgb(0.05, 0.27, 0.58),
};

impl Palette {
    /// The iced theme that carries this palette to every style and canvas.
    pub fn theme(&self) -> Theme {
        let name = if *self == HIGH_CONTRAST {
            "madoguchi high contrast"
        } else {
            "madoguchi"
        };
        Theme::custom(
            name,
            iced::theme::Palette {
                background: self.paper,
                text: self.ink,
                primary: self.primary,
                success: self.fine,
                warning: self.act,
                danger: self.alert,
            },
        )
    }

    /// Every foreground drawn on a background, by name: text, marks and button words.
    pub fn pairs(&self) -> Vec<(&'static str, Color, Color)> {
        let mut pairs = vec![
            ("ink on paper", self.ink, self.paper),
            ("ink on band", self.ink, self.band),
            ("alert frame on paper", self.alert, self.paper),
            ("words on primary", self.on_primary, self.primary),
            ("words on no", self.on_no, self.no),
            ("scroller on band", self.primary, self.band),
        ];
        for kind in [
            ButtonKind::Primary,
            ButtonKind::Secondary,
            ButtonKind::Quiet,
            ButtonKind::No,
        ] {
            for pressed in [false, true] {
                let (background, text, _) = self.button(kind, pressed);
                pairs.push(("button words", text, background));
                let (badge, digit) = self.badge(kind);
                pairs.push(("key digit", digit, badge));
            }
        }
        for (name, c) in [
            ("fine badge", self.fine),
            ("act badge", self.act),
            ("stopped badge", self.stopped),
            ("info badge", self.info),
        ] {
            pairs.push((name, Color::WHITE, c));
        }
        pairs
    }

    /// A button's background, words and border.
    fn button(&self, kind: ButtonKind, pressed: bool) -> (Color, Color, Color) {
        match kind {
            ButtonKind::Primary if pressed => (self.ink, self.paper, self.primary),
            ButtonKind::Primary => (self.primary, self.on_primary, self.primary),
            ButtonKind::Secondary => (
                if pressed { self.band } else { self.paper },
                self.ink,
                self.ink,
            ),
            ButtonKind::Quiet => (
                if pressed { self.paper } else { self.band },
                self.ink,
                self.band,
            ),
            ButtonKind::No if pressed => (self.ink, self.paper, self.no),
            ButtonKind::No => (self.no, self.on_no, self.no),
        }
    }

    /// A key digit's frame and digit on a button of `kind`: the button's colours turned round.
    fn badge(&self, kind: ButtonKind) -> (Color, Color) {
        match kind {
            ButtonKind::Primary => (self.on_primary, self.primary),
            ButtonKind::No => (self.on_no, self.no),
            ButtonKind::Secondary | ButtonKind::Quiet => (self.ink, self.paper),
        }
    }
}

/// The palette a style is drawn with: the high-contrast one when the app's theme is it.
pub fn palette(theme: &Theme) -> &'static Palette {
    if theme.palette().background == HIGH_CONTRAST.paper {
        &HIGH_CONTRAST
    } else {
        &NORMAL
    }
}

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
    move |theme, status| {
        let pressed = matches!(status, button::Status::Pressed);
        let (background, text, border) = palette(theme).button(kind, pressed);
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

/// The frame of a key's digit on a button of `kind`.
pub fn key_badge(kind: ButtonKind) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let (background, digit) = palette(theme).badge(kind);
        container::Style {
            background: Some(Background::Color(background)),
            text_color: Some(digit),
            border: Border {
                radius: 8.0.into(),
                ..Border::default()
            },
            ..container::Style::default()
        }
    }
}

pub fn band(theme: &Theme) -> container::Style {
    let p = palette(theme);
    container::Style {
        background: Some(Background::Color(p.band)),
        text_color: Some(p.ink),
        ..container::Style::default()
    }
}

pub fn page(theme: &Theme) -> container::Style {
    let p = palette(theme);
    container::Style {
        background: Some(Background::Color(p.paper)),
        text_color: Some(p.ink),
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

/// A dialog: paper, framed in the alert colour.
pub fn dialog(theme: &Theme) -> container::Style {
    let p = palette(theme);
    container::Style {
        background: Some(Background::Color(p.paper)),
        text_color: Some(p.ink),
        border: Border {
            color: p.alert,
            width: 6.0,
            radius: 16.0.into(),
        },
        ..container::Style::default()
    }
}

/// The scrollbar of a body that is longer than the screen: wide and dark on a visible rail,
/// so a resident sees that there is more below.
pub fn body_scroll(theme: &Theme, _: scrollable::Status) -> scrollable::Style {
    let p = palette(theme);
    let rail = scrollable::Rail {
        background: Some(Background::Color(p.band)),
        border: Border {
            color: p.ink,
            width: 1.0,
            radius: 8.0.into(),
        },
        scroller: scrollable::Scroller {
            background: Background::Color(p.primary),
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
            background: Background::Color(p.paper),
            border: Border::default(),
            shadow: Shadow::default(),
            icon: p.ink,
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
    fn every_colour_pair_reaches_4_5_to_1_and_in_high_contrast_7_to_1() {
        for (palette, least) in [(&NORMAL, 4.5), (&HIGH_CONTRAST, 7.0)] {
            let pairs = palette.pairs();
            assert!(pairs.len() > 20, "{} pairs", pairs.len());
            for (name, fg, bg) in pairs {
                let ratio = contrast(fg, bg);
                assert!(ratio >= least, "{name}: {ratio:.2}:1, below {least}:1");
            }
        }
    }

    #[test]
    fn white_marks_and_words_on_every_badge_and_filled_button_reach_7_to_1() {
        let p = NORMAL;
        for (name, c) in [
            ("fine", p.fine),
            ("act", p.act),
            ("stopped", p.stopped),
            ("info", p.info),
            ("primary", p.primary),
            ("no", p.no),
        ] {
            let ratio = contrast(c, p.paper);
            assert!(ratio >= 7.0, "{name}: {ratio:.2}:1");
        }
        assert!(contrast(p.ink, p.paper) >= 7.0);
        assert!(contrast(p.ink, p.band) >= 7.0);
    }

    #[test]
    fn each_palette_is_found_again_from_its_theme() {
        assert_eq!(*palette(&NORMAL.theme()), NORMAL);
        assert_eq!(*palette(&HIGH_CONTRAST.theme()), HIGH_CONTRAST);
    }
}
