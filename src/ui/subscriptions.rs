//! What the kiosk listens to: the clock, the card readers, keys, the window's size, the control socket and the counters.

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::Duration;

use iced::Subscription;
use iced::futures::{SinkExt, StreamExt};

use crate::card::TrustAnchors;
use crate::card::watcher::{WatchOptions, Watcher};
use crate::config::Config;
use crate::maintenance::ctl;
use crate::tickets::{SharedStore, StoreError};

use super::{App, Message, keypad, lobby};

impl App {
    pub fn subscription(&self) -> Subscription<Message> {
        let tick = iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick);
        let keys = iced::event::listen_with(|event, _, _| match event {
            iced::Event::Keyboard(iced::keyboard::Event::KeyPressed { key, modifiers, .. })
                if modifiers.control()
                    && modifiers.alt()
                    && key.as_ref() == iced::keyboard::Key::Character("m") =>
            {
                Some(Message::StaffShortcut)
            }
            iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
                key,
                physical_key,
                modifiers,
                ..
            }) => keypad::Key::of(&key, physical_key, modifiers).map(Message::Key),
            _ => None,
        });
        let resized = iced::window::resize_events().map(|(_, size)| Message::Resized(size.width));
        let mut subscriptions = vec![tick, keys, resized];
        if let Some(socket) = self.config.maintenance.socket.clone() {
            subscriptions.push(Subscription::run_with(
                ControlSocket(socket),
                control_socket,
            ));
        }
        if self.demo.is_none() {
            let key = WatchKey {
                pattern: self.config.card.reader.clone(),
                anchors: self.config.card.anchors.clone(),
            };
            subscriptions.push(Subscription::run_with(key, watch_readers));
        }
        Subscription::batch(subscriptions)
    }
}

/// What identifies the reader watcher's subscription.
#[derive(Clone, Debug, PartialEq, Eq)]
struct WatchKey {
    pattern: Option<String>,
    anchors: Vec<Vec<u8>>,
}

impl Hash for WatchKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.pattern.hash(state);
        self.anchors.hash(state);
    }
}

/// What identifies the control socket's subscription: its path.
#[derive(Clone, Debug, Hash)]
struct ControlSocket(std::path::PathBuf);

/// `madoguchi ctl`'s socket, served on its own thread and bridged into messages. A socket
/// that cannot be opened is logged once; the kiosk serves residents without it.
fn control_socket(socket: &ControlSocket) -> impl iced::futures::Stream<Item = Message> + use<> {
    let path = socket.0.clone();
    iced::stream::channel(8, async move |mut output| {
        let (tx, mut rx) = iced::futures::channel::mpsc::unbounded();
        if let Err(e) = ctl::serve(&path, move |request| {
            let _ = tx.unbounded_send(request);
        }) {
            tracing::warn!(
                "the control socket {} cannot be opened ({e}); `madoguchi ctl` will not reach this kiosk",
                path.display()
            );
            return;
        }
        while let Some(request) = rx.next().await {
            if output.send(Message::Ctl(request)).await.is_err() {
                break;
            }
        }
    })
}

/// The PC/SC watcher's thread, bridged into a stream of messages.
fn watch_readers(key: &WatchKey) -> impl iced::futures::Stream<Item = Message> + use<> {
    let key = key.clone();
    iced::stream::channel(32, async move |mut output| {
        let (tx, mut rx) = iced::futures::channel::mpsc::unbounded();
        let anchors = key
            .anchors
            .iter()
            .try_fold(TrustAnchors::jlis(), |a, der| a.with_test_anchor(der))
            .unwrap_or_default();
        let options = WatchOptions {
            reader_pattern: key.pattern,
            anchors,
            clock: Arc::new(crate::clock::SystemClock),
        };
        let _watcher = Watcher::spawn(options, move |e| {
            let _ = tx.unbounded_send(e);
        });
        while let Some(event) = rx.next().await {
            if output.send(Message::Card(event)).await.is_err() {
                break;
            }
        }
    })
}

/// The counters from the shared store, or why they could not be read.
pub(super) fn read_lobby(
    store: Option<&SharedStore>,
    config: &Config,
    local: chrono::NaiveDateTime,
) -> Result<lobby::Lobby, StoreError> {
    let store = store.ok_or_else(|| StoreError::Other("no ticket database".into()))?;
    let store = store
        .lock()
        .map_err(|_| StoreError::Other("the ticket store is unavailable".into()))?;
    lobby::Lobby::read(store.as_ref(), config, local)
}
