//! Drawn pictures: the status sign (a mark on a coloured badge beside its word, never colour alone and never a bare glyph), and the inquiry form's envelope.

use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke};
use iced::widget::{container, row};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Theme, mouse};

use super::Message;
use super::theme;
use crate::domain::Sign;

/// The badge's side, in pixels.
const BADGE: f32 = 72.0;

/// The colour a sign's badge is filled with.
pub fn colour(sign: Sign) -> Color {
    match sign {
        Sign::Fine => theme::NORMAL.fine,
        Sign::Act => theme::NORMAL.act,
        Sign::Stopped => theme::NORMAL.stopped,
        Sign::Info => theme::NORMAL.info,
    }
}

/// What a canvas draws: a sign's mark in white on its round badge, or a closed envelope.
enum Picture {
    Mark(Sign),
    Envelope,
}

impl canvas::Program<Message> for Picture {
    type State = ();

    fn draw(
        &self,
        _: &(),
        renderer: &Renderer,
        _: &Theme,
        bounds: Rectangle,
        _: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        match self {
            Picture::Mark(sign) => draw_mark(&mut frame, *sign, bounds.width.min(bounds.height)),
            Picture::Envelope => draw_envelope(&mut frame, bounds.width, bounds.height),
        }
        vec![frame.into_geometry()]
    }
}

fn draw_mark(frame: &mut Frame, sign: Sign, s: f32) {
    let c = Point::new(s / 2.0, s / 2.0);
    frame.fill(&Path::circle(c, s / 2.0), colour(sign));
    let at = |x: f32, y: f32| Point::new(x * s, y * s);
    let pen = Stroke::default()
        .with_color(Color::WHITE)
        .with_width(s * 0.12)
        .with_line_cap(canvas::LineCap::Round);
    match sign {
        Sign::Fine => {
            let tick = Path::new(|p| {
                p.move_to(at(0.27, 0.52));
                p.line_to(at(0.44, 0.69));
                p.line_to(at(0.74, 0.34));
            });
            frame.stroke(&tick, pen.with_line_join(canvas::LineJoin::Round));
        }
        Sign::Act => {
            frame.stroke(&Path::line(at(0.5, 0.22), at(0.5, 0.56)), pen);
            frame.fill(&Path::circle(at(0.5, 0.76), s * 0.07), Color::WHITE);
        }
        Sign::Stopped => {
            frame.stroke(&Path::line(at(0.32, 0.32), at(0.68, 0.68)), pen);
            frame.stroke(&Path::line(at(0.68, 0.32), at(0.32, 0.68)), pen);
        }
        Sign::Info => {
            frame.fill(&Path::circle(at(0.5, 0.26), s * 0.07), Color::WHITE);
            frame.stroke(&Path::line(at(0.5, 0.44), at(0.5, 0.76)), pen);
        }
    }
}

fn draw_envelope(frame: &mut Frame, w: f32, h: f32) {
    let body = Path::rectangle(Point::new(3.0, 3.0), iced::Size::new(w - 6.0, h - 6.0));
    frame.fill(&body, Color::from_rgb(0.96, 0.90, 0.76));
    // Drawn on its own cream paper, so dark in either theme.
    let pen = Stroke::default()
        .with_color(theme::NORMAL.ink)
        .with_width(3.0);
    frame.stroke(&body, pen);
    let flap = Path::new(|p| {
        p.move_to(Point::new(3.0, 3.0));
        p.line_to(Point::new(w / 2.0, h * 0.55));
        p.line_to(Point::new(w - 3.0, 3.0));
    });
    frame.stroke(&flap, pen);
}

/// The badge alone, for a line whose own words say what it means.
pub fn mark<'a>(sign: Sign, side: f32) -> Element<'a, Message> {
    canvas::Canvas::new(Picture::Mark(sign))
        .width(Length::Fixed(side))
        .height(Length::Fixed(side))
        .into()
}

/// The badge and its word ("手続きが必要", "OK"), framed in the badge's colour.
pub fn view<'a>(sign: Sign, word: String, font: iced::Font) -> Element<'a, Message> {
    let mark = mark(sign, BADGE);
    let tint = colour(sign);
    let label = container(super::ruby::words(
        &word,
        theme::BODY,
        font,
        Some(Color::WHITE),
        false,
    ))
    .padding([10, 20])
    .style(move |_: &Theme| container::Style {
        background: Some(iced::Background::Color(tint)),
        border: iced::Border {
            radius: 10.0.into(),
            ..iced::Border::default()
        },
        ..container::Style::default()
    });
    row![mark, label]
        .spacing(16)
        .align_y(iced::Alignment::Center)
        .into()
}

pub fn envelope<'a>() -> Element<'a, Message> {
    canvas::Canvas::new(Picture::Envelope)
        .width(Length::Fixed(180.0))
        .height(Length::Fixed(120.0))
        .into()
}

/// An empty tick box, drawn (the faces have no ☐), beside a checklist line.
pub fn tick_box<'a>(side: f32) -> Element<'a, Message> {
    container(iced::widget::Space::new().width(side).height(side))
        .style(|t: &Theme| container::Style {
            border: iced::Border {
                color: theme::palette(t).ink,
                width: 3.0,
                radius: 3.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}
