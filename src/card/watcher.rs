//! The reader watcher: one thread blocked in PC/SC's `get_status_change`, turning readers and cards into events.

use std::collections::BTreeMap;
use std::ffi::{CStr, CString};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use myna_card::transport::pcsc::{PcscTransport, Sharing};
use pcsc::{Context, Protocols, ReaderState, Scope, ShareMode, State};

use super::read::{CardReading, ReadError, TrustAnchors, read_card};
use crate::clock::Clock;

/// Something that happened at the readers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardEvent {
    ReaderAttached {
        reader: String,
    },
    ReaderDetached {
        reader: String,
    },
    /// pcscd is not running (stopped, crashed, not installed); the watcher keeps trying.
    ServiceDown,
    /// pcscd answers again.
    ServiceUp,
    CardInserted {
        reader: String,
    },
    ReadStarted {
        reader: String,
    },
    FactsReady {
        reader: String,
        reading: CardReading,
    },
    ReadFailed {
        reader: String,
        error: ReadError,
    },
    CardRemoved {
        reader: String,
    },
}

/// How often to try pcscd again while it is gone: well inside the 5 s recovery target.
const SERVICE_RETRY: Duration = Duration::from_millis(500);

/// What the watcher needs to know.
pub struct WatchOptions {
    /// Part of a reader's name (any case); `None`: any reader.
    pub reader_pattern: Option<String>,
    pub anchors: TrustAnchors,
    pub clock: Arc<dyn Clock + Send + Sync>,
}

/// Whether `reader` is one the kiosk reads from.
pub fn reader_matches(pattern: Option<&str>, reader: &str) -> bool {
    pattern.is_none_or(|p| reader.to_lowercase().contains(&p.to_lowercase()))
}

/// A running watcher; dropping it stops the thread.
pub struct Watcher {
    stop: Arc<AtomicBool>,
    context: Arc<Mutex<Option<Context>>>,
    thread: Option<JoinHandle<()>>,
}

impl Watcher {
    /// Starts the watcher thread; `sink` receives every event, on that thread.
    pub fn spawn(options: WatchOptions, sink: impl FnMut(CardEvent) + Send + 'static) -> Watcher {
        let stop = Arc::new(AtomicBool::new(false));
        let context = Arc::new(Mutex::new(None));
        let thread = {
            let stop = stop.clone();
            let context = context.clone();
            std::thread::Builder::new()
                .name("card-watcher".into())
                .spawn(move || run(options, sink, &stop, &context))
                .ok()
        };
        Watcher {
            stop,
            context,
            thread,
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let Some(thread) = self.thread.take() else {
            return;
        };
        // A cancel only wakes a get_status_change already waiting; the thread may be just
        // about to enter one, so cancel again until it has gone.
        while !thread.is_finished() {
            if let Ok(guard) = self.context.lock()
                && let Some(ctx) = guard.as_ref()
            {
                let _ = ctx.cancel();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = thread.join();
    }
}

/// A reader as the watcher last saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Seen {
    card_present: bool,
    /// pcsc-lite counts insertions and removals; a change while a card is present both
    /// times means the card was swapped between two looks.
    events: u32,
}

fn run(
    options: WatchOptions,
    mut sink: impl FnMut(CardEvent),
    stop: &AtomicBool,
    shared: &Mutex<Option<Context>>,
) {
    let mut service_down = false;
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    while !stop.load(Ordering::SeqCst) {
        let ctx = match Context::establish(Scope::User) {
            Ok(ctx) => ctx,
            Err(_) => {
                if !service_down {
                    service_down = true;
                    forget_all(&mut seen, &mut sink);
                    sink(CardEvent::ServiceDown);
                }
                std::thread::sleep(SERVICE_RETRY);
                continue;
            }
        };
        if service_down {
            service_down = false;
            sink(CardEvent::ServiceUp);
        }
        if let Ok(mut guard) = shared.lock() {
            *guard = Some(ctx.clone());
        }
        watch(&ctx, &options, &mut seen, &mut sink, stop);
        if let Ok(mut guard) = shared.lock() {
            *guard = None;
        }
        if !stop.load(Ordering::SeqCst) {
            // The service went away under us; say so once and wait for it.
            service_down = true;
            forget_all(&mut seen, &mut sink);
            sink(CardEvent::ServiceDown);
            std::thread::sleep(SERVICE_RETRY);
        }
    }
}

/// Every reader is gone with the service: report the removals the kiosk must act on.
fn forget_all(seen: &mut BTreeMap<String, Seen>, sink: &mut impl FnMut(CardEvent)) {
    for (reader, state) in std::mem::take(seen) {
        if state.card_present {
            sink(CardEvent::CardRemoved {
                reader: reader.clone(),
            });
        }
        sink(CardEvent::ReaderDetached { reader });
    }
}

fn reader_names(ctx: &Context) -> Result<Vec<String>, pcsc::Error> {
    match ctx.list_readers_owned() {
        Ok(names) => Ok(names
            .into_iter()
            .map(|n| n.to_string_lossy().into_owned())
            .collect()),
        Err(pcsc::Error::NoReadersAvailable) => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// Watches readers on one PC/SC context until the service goes away or the watcher stops.
fn watch(
    ctx: &Context,
    options: &WatchOptions,
    seen: &mut BTreeMap<String, Seen>,
    sink: &mut impl FnMut(CardEvent),
    stop: &AtomicBool,
) {
    let mut states: Vec<ReaderState> = Vec::new();
    loop {
        let Ok(mut names) = reader_names(ctx) else {
            return;
        };
        // Readers other than the chosen one do not exist for the kiosk: a card left in one
        // must not ask a resident to take it, nor its reader keep the kiosk in service.
        names.retain(|name| reader_matches(options.reader_pattern.as_deref(), name));
        for gone in seen
            .keys()
            .filter(|r| !names.contains(r))
            .cloned()
            .collect::<Vec<_>>()
        {
            if seen.remove(&gone).is_some_and(|s| s.card_present) {
                sink(CardEvent::CardRemoved {
                    reader: gone.clone(),
                });
            }
            sink(CardEvent::ReaderDetached { reader: gone });
        }
        for name in &names {
            if !seen.contains_key(name) {
                seen.insert(
                    name.clone(),
                    Seen {
                        card_present: false,
                        events: 0,
                    },
                );
                sink(CardEvent::ReaderAttached {
                    reader: name.clone(),
                });
            }
        }
        // Keep the states of known readers, so a card already handled is not reported again.
        states.retain(|s| {
            let name = s.name().to_string_lossy();
            s.name() == pcsc::PNP_NOTIFICATION() || names.iter().any(|n| *n == name)
        });
        if !states.iter().any(|s| s.name() == pcsc::PNP_NOTIFICATION()) {
            states.push(ReaderState::new(pcsc::PNP_NOTIFICATION(), State::UNAWARE));
        }
        for name in &names {
            if !states.iter().any(|s| s.name().to_string_lossy() == *name)
                && let Ok(c) = CString::new(name.as_str())
            {
                states.push(ReaderState::new(c, State::UNAWARE));
            }
        }

        if stop.load(Ordering::SeqCst) {
            return;
        }
        match ctx.get_status_change(None, &mut states) {
            Ok(()) => {}
            Err(pcsc::Error::Cancelled) if stop.load(Ordering::SeqCst) => return,
            Err(pcsc::Error::Timeout | pcsc::Error::Cancelled) => continue,
            Err(pcsc::Error::UnknownReader | pcsc::Error::ReaderUnavailable) => {
                // A reader vanished between listing and waiting: list again.
                states.retain(|s| s.name() == pcsc::PNP_NOTIFICATION());
                continue;
            }
            Err(_) => return,
        }
        if stop.load(Ordering::SeqCst) {
            return;
        }
        for state in states.iter_mut() {
            let changed = state.event_state().contains(State::CHANGED);
            state.sync_current_state();
            if !changed || state.name() == pcsc::PNP_NOTIFICATION() {
                continue;
            }
            let reader = state.name().to_string_lossy().into_owned();
            let present = state.event_state().contains(State::PRESENT)
                && !state.event_state().contains(State::MUTE);
            let Some(was) = seen.get_mut(&reader) else {
                continue;
            };
            let events = state.event_count();
            let swapped = present && was.card_present && was.events != 0 && events != was.events;
            was.events = events;
            if present == was.card_present && !swapped {
                continue;
            }
            if swapped {
                sink(CardEvent::CardRemoved {
                    reader: reader.clone(),
                });
            }
            was.card_present = present;
            if present {
                sink(CardEvent::CardInserted {
                    reader: reader.clone(),
                });
                sink(CardEvent::ReadStarted {
                    reader: reader.clone(),
                });
                let event = match read_in(ctx, state.name(), options) {
                    Ok(reading) => CardEvent::FactsReady { reader, reading },
                    Err(error) => CardEvent::ReadFailed { reader, error },
                };
                sink(event);
            } else {
                sink(CardEvent::CardRemoved { reader });
            }
        }
    }
}

/// Connects shared, reads, and lets go of the card at once.
pub fn read_in(
    ctx: &Context,
    reader: &CStr,
    options: &WatchOptions,
) -> Result<CardReading, ReadError> {
    let card = ctx
        .connect(reader, ShareMode::Shared, Protocols::ANY)
        .map_err(|e| ReadError::from(myna_card::Error::Pcsc(e)))?;
    let atr = card
        .status2_owned()
        .map_err(|e| ReadError::from(myna_card::Error::Pcsc(e)))?
        .atr()
        .to_vec();
    let today = options.clock.now().date();
    let mut link = PcscTransport::new(card, Sharing::Shared);
    let reading = read_card(&atr, &mut link, today, &options.anchors);
    // Let go of the card at once. Nothing was verified, so there is no state to reset.
    let _ = link.into_inner().disconnect(pcsc::Disposition::LeaveCard);
    reading
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_pattern_matches_any_case_and_none_matches_all() {
        assert!(reader_matches(
            Some("virtual pcd 00 01"),
            "Virtual PCD 00 01"
        ));
        assert!(!reader_matches(Some("SONY"), "Virtual PCD 00 00"));
        assert!(reader_matches(None, "anything"));
    }
}
