//! The numeric keypad (or a keyboard): which key is which, and what it does on the screen drawn now.

use iced::keyboard::key::{Code, Named, Physical};
use iced::keyboard::{self, Key as IcedKey};

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
    ///
    /// A keypad key is read by where it is, not by what NumLock makes of it: with NumLock
    /// off, "1" arrives as End and "0" as Insert, and a blind resident cannot see that light.
    pub fn of(key: &IcedKey, physical: Physical, modifiers: keyboard::Modifiers) -> Option<Key> {
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            return None;
        }
        if let Physical::Code(code) = physical
            && let Some(key) = Key::on_keypad(code)
        {
            return Some(key);
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

    /// A key of the numeric keypad, whatever NumLock says.
    fn on_keypad(code: Code) -> Option<Key> {
        let digit = |d| Some(Key::Digit(d));
        match code {
            Code::Numpad0 => digit(0),
            Code::Numpad1 => digit(1),
            Code::Numpad2 => digit(2),
            Code::Numpad3 => digit(3),
            Code::Numpad4 => digit(4),
            Code::Numpad5 => digit(5),
            Code::Numpad6 => digit(6),
            Code::Numpad7 => digit(7),
            Code::Numpad8 => digit(8),
            Code::Numpad9 => digit(9),
            Code::NumpadEnter => Some(Key::Enter),
            Code::NumpadDecimal | Code::NumpadComma | Code::NumpadBackspace => Some(Key::Back),
            Code::NumpadAdd => Some(Key::Louder),
            Code::NumpadSubtract => Some(Key::Quieter),
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
        let row = |c| Physical::Code(c);
        assert_eq!(
            Key::of(&key("7"), row(Code::Digit7), none),
            Some(Key::Digit(7))
        );
        assert_eq!(
            Key::of(&key("+"), row(Code::Equal), none),
            Some(Key::Louder)
        );
        assert_eq!(
            Key::of(
                &IcedKey::Named(Named::Backspace),
                row(Code::Backspace),
                none
            ),
            Some(Key::Back)
        );
        assert_eq!(
            Key::of(&key("m"), row(Code::KeyM), keyboard::Modifiers::CTRL),
            None
        );
        assert_eq!(
            Key::of(&key("1"), row(Code::Digit1), keyboard::Modifiers::ALT),
            None
        );
        assert_eq!(Key::of(&key("a"), row(Code::KeyA), none), None);
    }

    #[test]
    fn the_keypad_s_keys_are_read_whatever_numlock_says() {
        let none = keyboard::Modifiers::default();
        // NumLock off: the keypad's keys arrive as navigation keys.
        for (named, code, want) in [
            (Named::End, Code::Numpad1, Key::Digit(1)),
            (Named::ArrowDown, Code::Numpad2, Key::Digit(2)),
            (Named::PageDown, Code::Numpad3, Key::Digit(3)),
            (Named::ArrowLeft, Code::Numpad4, Key::Digit(4)),
            (Named::Clear, Code::Numpad5, Key::Digit(5)),
            (Named::ArrowRight, Code::Numpad6, Key::Digit(6)),
            (Named::Home, Code::Numpad7, Key::Digit(7)),
            (Named::ArrowUp, Code::Numpad8, Key::Digit(8)),
            (Named::PageUp, Code::Numpad9, Key::Digit(9)),
            (Named::Insert, Code::Numpad0, Key::Digit(0)),
            (Named::Delete, Code::NumpadDecimal, Key::Back),
            (Named::Enter, Code::NumpadEnter, Key::Enter),
        ] {
            let key = IcedKey::Named(named);
            assert_eq!(
                Key::of(&key, Physical::Code(code), none),
                Some(want),
                "{named:?}"
            );
        }
        // NumLock on: the same keys, as digits.
        let three = IcedKey::Character("3".into());
        assert_eq!(
            Key::of(&three, Physical::Code(Code::Numpad3), none),
            Some(Key::Digit(3))
        );
        // The arrows of the main keyboard are not the keypad's.
        let down = IcedKey::Named(Named::ArrowDown);
        assert_eq!(Key::of(&down, Physical::Code(Code::ArrowDown), none), None);
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
