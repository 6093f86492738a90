//! Maintenance mode for city-hall staff: getting in with the staff PIN, moving between the staff screens, and leaving by itself when staff walk away.
//!
//! Like the resident's session this is a state machine without UI: the app feeds it touches
//! and ticks (with a monotonic `Instant`) and draws `mode()`. What staff change (counters,
//! tickets, the printer, the configuration) is carried out by the app through `desk`.

pub mod ctl;
pub mod desk;
pub mod health;

use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use zeroize::Zeroizing;

use crate::secret::pin::{self, EntryLock};
use crate::tickets::{StoreError, TicketStore};

/// Without a touch for this long, a staff screen gives way to "Preparing, please wait".
pub const COVER_AFTER: Duration = Duration::from_secs(120);
/// Without a touch for this long, maintenance ends and residents are served again.
pub const END_AFTER: Duration = Duration::from_secs(600);
/// How long the hidden corner must be held.
pub const HOLD_TO_ENTER: Duration = Duration::from_secs(5);

/// The staff screens, in the order of their tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffScreen {
    Status,
    Today,
    Counters,
    Tickets,
    Printer,
    CardTest,
    Configuration,
}

impl StaffScreen {
    pub const ALL: [StaffScreen; 7] = [
        StaffScreen::Status,
        StaffScreen::Today,
        StaffScreen::Counters,
        StaffScreen::Tickets,
        StaffScreen::Printer,
        StaffScreen::CardTest,
        StaffScreen::Configuration,
    ];

    pub fn id(self) -> &'static str {
        match self {
            StaffScreen::Status => "status",
            StaffScreen::Today => "today",
            StaffScreen::Counters => "counters",
            StaffScreen::Tickets => "tickets",
            StaffScreen::Printer => "printer",
            StaffScreen::CardTest => "card-test",
            StaffScreen::Configuration => "configuration",
        }
    }
}

/// Why the PIN pad is showing a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinNotice {
    Wrong {
        tries_left: u32,
    },
    Locked {
        until: NaiveDateTime,
    },
    /// kiosk.toml has no `maintenance.pin_hash`.
    NoPinSet,
    /// The lock could not be read or kept: entry is refused rather than unguarded.
    StoreFailed,
}

/// Where maintenance mode is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Residents are served.
    Off,
    /// The PIN pad; `covering` is true when staff come back to a covered kiosk.
    PinPad {
        entered: Zeroizing<String>,
        notice: Option<PinNotice>,
        covering: bool,
    },
    On(StaffScreen),
    /// Staff walked away: residents see "Preparing, please wait" until staff come back.
    Covered,
}

/// A key on the PIN pad.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinKey {
    Digit(u8),
    Delete,
    Enter,
    Cancel,
}

/// What a tick or a key did, for the app to record or act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Transition {
    None,
    Entered,
    WrongPin,
    LockedOut,
    Ended { why: &'static str },
}

#[derive(Debug)]
pub struct Maintenance {
    mode: Mode,
    last_touch: Instant,
    /// The PIN lock while no database answers: kept in this process, so staff can still come
    /// in to see what is wrong, with the same five tries before the same lock.
    offline_lock: EntryLock,
}

impl Maintenance {
    pub fn new(now: Instant) -> Maintenance {
        Maintenance {
            mode: Mode::Off,
            last_touch: now,
            offline_lock: EntryLock::default(),
        }
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Residents cannot be served: staff are at work, or about to be.
    pub fn holds_the_kiosk(&self) -> bool {
        !matches!(
            self.mode,
            Mode::Off
                | Mode::PinPad {
                    covering: false,
                    ..
                }
        )
    }

    /// The hidden corner was held, or Ctrl+Alt+M pressed.
    pub fn open_pin_pad(&mut self, now: Instant) {
        let covering = match self.mode {
            Mode::Off => false,
            Mode::Covered => true,
            Mode::PinPad { .. } | Mode::On(_) => return,
        };
        self.last_touch = now;
        self.mode = Mode::PinPad {
            entered: Zeroizing::new(String::new()),
            notice: None,
            covering,
        };
    }

    /// A key on the PIN pad. `hash` is kiosk.toml's; the lock lives in `store`, or in this
    /// process while no database answers.
    pub fn key(
        &mut self,
        key: PinKey,
        hash: Option<&str>,
        store: Option<&dyn TicketStore>,
        now: Instant,
        local: NaiveDateTime,
    ) -> Transition {
        let offline_lock = &mut self.offline_lock;
        let Mode::PinPad {
            entered,
            notice,
            covering,
        } = &mut self.mode
        else {
            return Transition::None;
        };
        self.last_touch = now;
        match key {
            PinKey::Digit(d) if d < 10 => {
                if entered.len() < *pin::PIN_DIGITS.end() {
                    entered.push(char::from(b'0' + d));
                }
                Transition::None
            }
            PinKey::Digit(_) => Transition::None,
            PinKey::Delete => {
                entered.pop();
                Transition::None
            }
            PinKey::Cancel => {
                self.mode = if *covering { Mode::Covered } else { Mode::Off };
                Transition::None
            }
            PinKey::Enter => {
                let pin = std::mem::replace(entered, Zeroizing::new(String::new()));
                let Some(hash) = hash else {
                    *notice = Some(PinNotice::NoPinSet);
                    return Transition::None;
                };
                match check_entry(store, offline_lock, hash, &pin, local) {
                    Ok(Entry::Granted) => {
                        self.mode = Mode::On(StaffScreen::Status);
                        Transition::Entered
                    }
                    Ok(Entry::Wrong { tries_left }) => {
                        *notice = Some(PinNotice::Wrong { tries_left });
                        Transition::WrongPin
                    }
                    Ok(Entry::Locked { until, now_locked }) => {
                        *notice = Some(PinNotice::Locked { until });
                        if now_locked {
                            Transition::LockedOut
                        } else {
                            Transition::None
                        }
                    }
                    Err(_) => {
                        *notice = Some(PinNotice::StoreFailed);
                        Transition::None
                    }
                }
            }
        }
    }

    /// Straight in, from `madoguchi ctl maintenance on` (whoever can open the socket is trusted).
    pub fn enter_from_shell(&mut self, now: Instant) {
        self.last_touch = now;
        if !matches!(self.mode, Mode::On(_)) {
            self.mode = Mode::On(StaffScreen::Status);
        }
    }

    pub fn go(&mut self, screen: StaffScreen, now: Instant) {
        if matches!(self.mode, Mode::On(_)) {
            self.last_touch = now;
            self.mode = Mode::On(screen);
        }
    }

    /// Any other touch on a staff screen keeps maintenance alive.
    pub fn touched(&mut self, now: Instant) {
        self.last_touch = now;
    }

    pub fn exit(&mut self) -> Transition {
        if self.mode == Mode::Off {
            return Transition::None;
        }
        self.mode = Mode::Off;
        Transition::Ended { why: "exit" }
    }

    pub fn tick(&mut self, now: Instant) -> Transition {
        let idle = now.saturating_duration_since(self.last_touch);
        match self.mode {
            Mode::Off => Transition::None,
            Mode::PinPad {
                covering: false, ..
            } if idle >= COVER_AFTER => {
                // A PIN pad left open at the kiosk goes back to the residents.
                self.mode = Mode::Off;
                Transition::None
            }
            _ if idle >= END_AFTER => {
                self.mode = Mode::Off;
                Transition::Ended { why: "idle" }
            }
            Mode::On(_) if idle >= COVER_AFTER => {
                self.mode = Mode::Covered;
                Transition::None
            }
            _ => Transition::None,
        }
    }
}

enum Entry {
    Granted,
    Wrong {
        tries_left: u32,
    },
    Locked {
        until: NaiveDateTime,
        now_locked: bool,
    },
}

/// Checks a PIN against the lock kept in the store, and keeps the lock up to date.
/// The PIN checked against the lock in the store; while no database answers (or none could
/// be opened), against `offline` in this process, which is stricter than none and lets staff
/// in to see what is wrong. Any other store failure refuses entry rather than leave it
/// unguarded.
fn check_entry(
    store: Option<&dyn TicketStore>,
    offline: &mut EntryLock,
    hash: &str,
    pin: &str,
    local: NaiveDateTime,
) -> Result<Entry, StoreError> {
    let kept_here = |e: &StoreError| {
        matches!(
            e,
            StoreError::Unreachable { .. } | StoreError::CannotOpen { .. }
        )
    };
    let stored = match store.map(|s| s.entry_lock()) {
        Some(Ok(lock)) => Some(lock),
        Some(Err(e)) if !kept_here(&e) => return Err(e),
        Some(Err(e)) => {
            tracing::warn!("{e}; the PIN lock is kept in this process until it answers");
            None
        }
        None => None,
    };
    let lock = stored.unwrap_or(*offline);
    let keep = |lock: EntryLock, offline: &mut EntryLock| -> Result<(), StoreError> {
        *offline = lock;
        match (stored, store) {
            (Some(_), Some(store)) => store.set_entry_lock(lock),
            _ => Ok(()),
        }
    };
    if let Some(until) = lock.locked_at(local) {
        return Ok(Entry::Locked {
            until,
            now_locked: false,
        });
    }
    if pin::pin_matches(hash, pin) {
        keep(EntryLock::default(), offline)?;
        return Ok(Entry::Granted);
    }
    let after = lock.after_wrong(local);
    keep(after, offline)?;
    Ok(match after.locked_at(local) {
        Some(until) => Entry::Locked {
            until,
            now_locked: true,
        },
        None => Entry::Wrong {
            tries_left: pin::WRONG_PINS_BEFORE_LOCK - after.wrong_in_a_row,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_no_database_the_pin_lock_is_kept_in_the_process() {
        let hash = pin::hash_pin("246810").unwrap();
        let local = chrono::NaiveDate::from_ymd_opt(2027, 5, 6)
            .unwrap()
            .and_hms_opt(10, 15, 0)
            .unwrap();
        let mut offline = EntryLock::default();
        assert!(
            matches!(
                check_entry(None, &mut offline, &hash, "246810", local).unwrap(),
                Entry::Granted
            ),
            "staff come in to see what is wrong"
        );
        for _ in 1..pin::WRONG_PINS_BEFORE_LOCK {
            assert!(matches!(
                check_entry(None, &mut offline, &hash, "000000", local).unwrap(),
                Entry::Wrong { .. }
            ));
        }
        assert!(matches!(
            check_entry(None, &mut offline, &hash, "000000", local).unwrap(),
            Entry::Locked {
                now_locked: true,
                ..
            }
        ));
        assert!(
            matches!(
                check_entry(None, &mut offline, &hash, "246810", local).unwrap(),
                Entry::Locked { .. }
            ),
            "the right PIN waits out the lock too"
        );
    }

    #[test]
    fn staff_who_walk_away_are_covered_after_two_minutes_and_out_after_ten() {
        let t0 = Instant::now();
        let mut m = Maintenance::new(t0);
        m.enter_from_shell(t0);
        assert_eq!(
            m.tick(t0 + COVER_AFTER - Duration::from_secs(1)),
            Transition::None
        );
        assert_eq!(m.mode(), &Mode::On(StaffScreen::Status));
        m.tick(t0 + COVER_AFTER);
        assert_eq!(m.mode(), &Mode::Covered);
        assert!(m.holds_the_kiosk());
        assert_eq!(m.tick(t0 + END_AFTER), Transition::Ended { why: "idle" });
        assert_eq!(m.mode(), &Mode::Off);
        assert!(!m.holds_the_kiosk());
    }

    #[test]
    fn every_staff_touch_restarts_the_idle_clock() {
        let t0 = Instant::now();
        let mut m = Maintenance::new(t0);
        m.enter_from_shell(t0);
        m.go(StaffScreen::Today, t0 + Duration::from_secs(100));
        m.tick(t0 + Duration::from_secs(200));
        assert_eq!(m.mode(), &Mode::On(StaffScreen::Today));
        m.touched(t0 + Duration::from_secs(300));
        m.tick(t0 + Duration::from_secs(419));
        assert_eq!(m.mode(), &Mode::On(StaffScreen::Today));
        m.tick(t0 + Duration::from_secs(420));
        assert_eq!(m.mode(), &Mode::Covered);
    }

    #[test]
    fn a_covered_kiosk_asks_for_the_pin_again_and_cancel_keeps_it_covered() {
        let t0 = Instant::now();
        let mut m = Maintenance::new(t0);
        m.enter_from_shell(t0);
        m.tick(t0 + COVER_AFTER);
        m.open_pin_pad(t0 + COVER_AFTER);
        assert!(matches!(m.mode(), Mode::PinPad { covering: true, .. }));
        assert!(m.holds_the_kiosk());
        m.key(
            PinKey::Cancel,
            None,
            None,
            t0 + COVER_AFTER,
            NaiveDateTime::default(),
        );
        assert_eq!(m.mode(), &Mode::Covered);
    }

    #[test]
    fn a_pin_pad_left_open_goes_back_to_the_residents() {
        let t0 = Instant::now();
        let mut m = Maintenance::new(t0);
        m.open_pin_pad(t0);
        assert!(!m.holds_the_kiosk());
        m.tick(t0 + COVER_AFTER);
        assert_eq!(m.mode(), &Mode::Off);
    }

    #[test]
    fn the_pin_pad_takes_twelve_digits_at_most_and_only_digits() {
        let t0 = Instant::now();
        let mut m = Maintenance::new(t0);
        m.open_pin_pad(t0);
        for _ in 0..15 {
            m.key(PinKey::Digit(7), None, None, t0, NaiveDateTime::default());
        }
        m.key(PinKey::Digit(12), None, None, t0, NaiveDateTime::default());
        let Mode::PinPad { entered, .. } = m.mode() else {
            panic!("not on the pad")
        };
        assert_eq!(entered.as_str(), "777777777777");
        m.key(PinKey::Enter, None, None, t0, NaiveDateTime::default());
        let Mode::PinPad {
            entered, notice, ..
        } = m.mode()
        else {
            panic!("not on the pad")
        };
        assert!(entered.is_empty(), "a PIN is forgotten once checked");
        assert_eq!(notice, &Some(PinNotice::NoPinSet));
    }
}
