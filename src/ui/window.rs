//! The kiosk's window: fullscreen on the monitor, and the screen shown when kiosk.toml cannot be read.

use std::sync::Arc;
use std::time::Duration;

use iced::widget::{Column, container, text};
use iced::{Element, Length, Task};

use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Catalog;

use super::widgets::{notice, notices_in_pairs};
use super::{App, Message, hidden_cursor, theme};

/// Moves the window to the corner and gives it the size `fit` chooses from its own size and
/// the monitor's, unless that is the size it has.
fn fit_window(fit: fn(iced::Size, iced::Size) -> iced::Size) -> Task<Message> {
    iced::window::oldest().then(move |id| {
        let Some(id) = id else {
            return Task::none();
        };
        iced::window::monitor_size(id).then(move |monitor| {
            let Some(monitor) = monitor else {
                return Task::none();
            };
            iced::window::size(id).then(move |current| {
                let wanted = fit(current, monitor);
                if wanted == current {
                    Task::none()
                } else {
                    Task::batch([
                        iced::window::move_to(id, iced::Point::ORIGIN),
                        iced::window::resize(id, wanted),
                    ])
                }
            })
        })
    })
}

/// Fills the monitor when the window system did not honour the fullscreen request (a bare X
/// server without a window manager ignores it), and leaves an honoured one alone.
fn fill_monitor() -> Task<Message> {
    fit_window(|_, monitor| monitor)
}

/// A window (demo, `--windowed`) larger than the monitor shrinks to it, so the buttons at the
/// foot of the screen are not off screen on a 1280×800 display.
fn fit_in_monitor() -> Task<Message> {
    fit_window(|current, monitor| {
        iced::Size::new(
            current.width.min(monitor.width),
            current.height.min(monitor.height),
        )
    })
}

/// Starts the kiosk window: fullscreen and undecorated unless `windowed`.
pub fn run(
    config: Config,
    clock: Arc<dyn Clock + Send + Sync>,
    demo: bool,
    windowed: bool,
    config_path: Option<std::path::PathBuf>,
) -> iced::Result {
    crate::systemd::notify("READY=1");
    crate::systemd::catch_stop_signals();
    let boot = move || {
        let mut app = App::new(config.clone(), clock.clone(), demo);
        if let Some(path) = config_path.clone() {
            app = app.with_config_path(path);
        }
        let fit = if windowed {
            fit_in_monitor()
        } else {
            fill_monitor()
        };
        (app, fit)
    };
    let app = iced::application(boot, App::update, App::view)
        .subscription(App::subscription)
        .theme(App::theme)
        .title("madoguchi");
    crate::fonts::faces()
        .fold(app, |app, face| app.font(face))
        .default_font(theme::FONT)
        .window(iced::window::Settings {
            size: iced::Size::new(1920.0, 1080.0),
            fullscreen: !windowed,
            decorations: windowed,
            // Alt+F4 and the like ask the window to close; a kiosk in a lobby stays.
            exit_on_close_request: windowed,
            ..iced::window::Settings::default()
        })
        .run()
}

/// What `madoguchi run` shows when kiosk.toml is broken: the file and its error.
struct BrokenConfiguration {
    path: std::path::PathBuf,
    error: String,
}

/// Read the broken file again.
#[derive(Clone, Debug)]
struct Recheck;

fn recheck(state: &mut BrokenConfiguration, _: Recheck) -> Task<Recheck> {
    crate::systemd::notify("WATCHDOG=1");
    if crate::systemd::stop_asked() {
        return iced::exit();
    }
    match Config::load(&state.path) {
        Ok(_) => {
            tracing::info!("kiosk.toml is fixed; restarting the kiosk");
            iced::exit()
        }
        Err(e) => {
            state.error = e.to_string();
            Task::none()
        }
    }
}

fn broken_view(state: &BrokenConfiguration) -> Element<'_, Recheck> {
    let catalog = Catalog::embedded();
    let mut col = Column::new().spacing(24).padding(64);
    // Which languages kiosk.toml offers is unknown: every language there are texts for,
    // Japanese large, the others two to a row.
    let (title, body) = ("broken-config-title", "broken-config-body");
    let languages = catalog.languages();
    if let Some((first, others)) = languages.split_first() {
        col = col.push(notice(
            catalog,
            &theme::Look::default(),
            first,
            title,
            body,
            theme::TITLE,
        ));
        // The error for staff, in view under the first notice.
        col = col.push(text(state.error.clone()).size(theme::BODY));
        for row in notices_in_pairs(catalog, &theme::Look::default(), others, title, body) {
            col = col.push(row);
        }
    }
    hidden_cursor::HiddenCursor::new(
        container(iced::widget::scrollable(col))
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::page),
    )
    .into()
}

/// Shows the configuration error for staff, in each language, instead of a crash loop. It
/// reads the file again every few seconds and exits once it is fixed, for systemd to start
/// the kiosk properly.
pub fn run_broken_configuration(path: std::path::PathBuf, error: String) -> iced::Result {
    tracing::error!("kiosk.toml cannot be used; showing the error on screen:\n{error}");
    crate::systemd::notify("READY=1");
    crate::systemd::catch_stop_signals();
    let boot = move || {
        (
            BrokenConfiguration {
                path: path.clone(),
                error: error.clone(),
            },
            fill_monitor().map(|_: Message| Recheck),
        )
    };
    let app = iced::application(boot, recheck, broken_view)
        .subscription(|_| iced::time::every(Duration::from_secs(5)).map(|_| Recheck))
        .title("madoguchi");
    crate::fonts::faces()
        .fold(app, |app, face| app.font(face))
        .default_font(theme::FONT)
        .window(iced::window::Settings {
            size: iced::Size::new(1920.0, 1080.0),
            fullscreen: true,
            decorations: false,
            exit_on_close_request: false,
            ..iced::window::Settings::default()
        })
        .run()
}
