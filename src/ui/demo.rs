//! The demo tray: sample cards on a simulated reader, and the printed ticket shown beside the screen.

use std::sync::{Arc, Mutex};

use iced::widget::{button, column, container, image, row, text};
use iced::{Element, Length};

use crate::card::profiles::Profile;
use crate::card::simulated::SimulatedReader;
use crate::card::watcher::CardEvent;
use crate::maintenance::Mode;
use crate::printer::layout::Raster;
use crate::session::{Effect, Input};

use super::theme::ButtonKind;
use super::{App, Message, theme};

/// The demo tray's simulated reader, and the events it has produced.
pub(super) struct Demo {
    pub(super) reader: SimulatedReader,
    pub(super) events: Arc<Mutex<Vec<CardEvent>>>,
    /// The tray of sample cards is drawn (hidden: the screen as a kiosk shows it).
    pub(super) tray: bool,
}

/// Samples in the demo tray.
pub const DEMO_CARDS: [Profile; 8] = [
    Profile::Renewable,
    Profile::Valid,
    Profile::Expired,
    Profile::AuthPinLocked,
    Profile::CardExpiresWithCert,
    Profile::JukiCard,
    Profile::Unverifiable,
    Profile::Unreadable,
];

impl App {
    pub(super) fn drain_demo(&mut self) -> Vec<Effect> {
        let events = match &self.demo {
            Some(d) => d
                .events
                .lock()
                .map(|mut v| std::mem::take(&mut *v))
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let local = self.clock.now();
        events
            .into_iter()
            .flat_map(|e| {
                self.staff.card_event(&e, local);
                self.input(Input::Card(e))
            })
            .collect()
    }

    /// The printed ticket as it came out, on a grey margin so its white paper shows.
    pub(super) fn with_preview<'a>(&self, screen: Element<'a, Message>) -> Element<'a, Message> {
        let Some(handle) = self
            .preview
            .as_ref()
            .filter(|_| *self.staff.maintenance.mode() == Mode::Off)
        else {
            return screen;
        };
        let paper = container(image(handle.clone()).width(Length::Fixed(360.0)))
            .padding(12)
            .style(theme::band);
        row![container(screen).width(Length::Fill), paper]
            .spacing(48)
            .into()
    }

    /// Sample cards to put on the simulated reader: shown only in demo mode.
    pub(super) fn demo_tray(&self) -> Element<'_, Message> {
        let latin = theme::font("en", false);
        let mut tray = row![text("DEMO").size(24).font(latin)]
            .spacing(8)
            .align_y(iced::Alignment::Center);
        for p in DEMO_CARDS {
            tray = tray.push(
                button(text(p.name()).size(20).font(latin))
                    .padding([12, 12])
                    .style(theme::button_style(ButtonKind::Quiet))
                    .on_press(Message::DemoInsert(p)),
            );
        }
        tray = tray.push(
            button(text("remove card").size(20).font(latin))
                .padding([12, 12])
                .style(theme::button_style(ButtonKind::Secondary))
                .on_press(Message::DemoRemove),
        );
        container(column![tray.wrap()])
            .padding([8, 16])
            .style(theme::band)
            .into()
    }
}

/// A 1-bit ticket raster as an RGBA picture: black ink on white paper.
pub(super) fn preview_image(raster: &Raster) -> image::Handle {
    let mut rgba = Vec::with_capacity(raster.width as usize * raster.height as usize * 4);
    for y in 0..raster.height {
        for x in 0..raster.width {
            let v = if raster.black(x, y) { 0 } else { 255 };
            rgba.extend_from_slice(&[v, v, v, 255]);
        }
    }
    image::Handle::from_rgba(raster.width, raster.height, rgba)
}
