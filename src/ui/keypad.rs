//! The numeric keypad (or a keyboard): which key is which, and what it does on the screen drawn now.

use iced::keyboard::{self, Key as IcedKey, key::Named};

use super::screen::Script;
use crate::session::Touch;

/// A key a resident presses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// 1–9 choose the numbered choice; 0 says the screen again.
    Digit(u8),
    /// The main way forward.
    Enter,
    /// Back (Backspace, Delete, Escape, or the keypad's ".").
    Back,
    Louder,
    Quieter,
}

impl Key {
    /// The resident's key among a keyboard's, or `None` for one the kiosk does not use
    /// (with Ctrl or Alt held it is staff's shortcut, never a resident's key).
    pub fn of(key: &IcedKey, modifiers: keyboard::Modifiers) -> Option<Key> {
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            return None;
        }
        match key.as_ref() {
            IcedKey::Named(Named::Enter) => Some(Key::Enter),
            IcedKey::Named(Named::Backspace | Named::Delete | Named::Escape) => Some(Key::Back),
            IcedKey::Character(c) => match c {
                "+" => Some(Key::Louder),
                "-" => Some(Key::Quieter),
                "." | "," => Some(Key::Back),
                d => d.parse::<u8>().ok().filter(|d| *d <= 9).map(Key::Digit),
            },
            _ => None,
        }
    }

    /// What the key does on the screen whose script is `script`.
    pub fn touch(self, script: &Script) -> Option<Touch> {
        match self {
            Key::Digit(0) => Some(Touch::Listen),
            Key::Digit(d) => script.option(usize::from(d)).cloned(),
            Key::Enter => script.enter().cloned(),
            Key::Back => script.back.clone(),
            Key::Louder => Some(Touch::Louder),
            Key::Quieter => Some(Touch::Quieter),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keypad_s_keys_are_read_and_staff_s_shortcut_is_not() {
        let none = keyboard::Modifiers::default();
        let key = |s: &str| IcedKey::Character(s.into());
        assert_eq!(Key::of(&key("7"), none), Some(Key::Digit(7)));
        assert_eq!(Key::of(&key("+"), none), Some(Key::Louder));
        assert_eq!(
            Key::of(&IcedKey::Named(Named::Backspace), none),
            Some(Key::Back)
        );
        assert_eq!(Key::of(&key("m"), keyboard::Modifiers::CTRL), None);
        assert_eq!(Key::of(&key("1"), keyboard::Modifiers::ALT), None);
        assert_eq!(Key::of(&key("a"), none), None);
    }

    #[test]
    fn digits_choose_what_the_screen_numbered() {
        let mut script = Script::default();
        script.number(Touch::Continue, "Next", "en", true);
        script.number(Touch::StartOver, "Start over", "en", false);
        assert_eq!(Key::Digit(2).touch(&script), Some(Touch::StartOver));
        assert_eq!(Key::Digit(3).touch(&script), None);
        assert_eq!(Key::Enter.touch(&script), Some(Touch::Continue));
        assert_eq!(Key::Digit(0).touch(&script), Some(Touch::Listen));
    }
}
