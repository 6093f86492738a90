//! The kiosk's window drawn whole: the real binary under Xvfb, walked by the keypad (NumLock off), each screen compared with the same screen drawn afresh by iced_test's simulator.
//!
//! The window redraws only what changed between frames; a fault there leaves part of a new
//! screen undrawn (a title cut to 「どなたのカー」) or a line of the last one behind. The
//! simulator draws every frame whole, so a pixel that differs is one the window failed to
//! redraw. Screenshots of both, and of the difference, are left in
//! target/e2e-screenshots/whole for a person to look at.
#[path = "common/shown.rs"]
mod shown;

mod common;

use shown::shown;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use common::{NOW, Xvfb, bin};
use iced::Settings;
use iced_test::simulator::Simulator;
use madoguchi::card::profiles::Profile;
use madoguchi::clock::FixedClock;
use madoguchi::config::Config;
use madoguchi::domain::Visitor;
use madoguchi::session::{Answer, Screen, Touch};
use madoguchi::ui::keypad::Key;
use madoguchi::ui::{App, Message, theme};

const SIZE: (f32, f32) = (1920.0, 1080.0);
/// iced_test's simulator draws at twice the size; the window is drawn at the same scale, so
/// the two compare pixel for pixel.
const SCALE: u32 = 2;

/// The keypad's keys with NumLock off, as X names them: 0–9, then Enter.
const KEYPAD: [&str; 10] = [
    "KP_Insert",
    "KP_End",
    "KP_Down",
    "KP_Next",
    "KP_Left",
    "KP_Begin",
    "KP_Right",
    "KP_Home",
    "KP_Up",
    "KP_Prior",
];

fn settings() -> Settings {
    Settings {
        fonts: madoguchi::fonts::faces().map(Into::into).collect(),
        default_font: theme::FONT,
        ..Settings::default()
    }
}

/// kiosk.toml, silent (CI has no sound card), its database in `dir`.
fn config_file(dir: &Path) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("kiosk.toml"))
        .unwrap()
        .replace("audio_device = \"default\"", "audio_device = \"none\"")
        .replace("\"assets/", &format!("\"{}/assets/", root.display()));
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// The kiosk in demo mode (the simulated reader and its tray of sample cards), and a model
/// of it in this process: the same configuration, clock and inputs, drawn by the simulator.
struct Walk {
    x: Xvfb,
    kiosk: std::process::Child,
    model: App,
    shots: PathBuf,
    name: String,
    _dir: tempfile::TempDir,
}

impl Walk {
    fn start(x: Xvfb, name: &str) -> Walk {
        let dir = tempfile::tempdir().unwrap();
        let config = config_file(dir.path());
        let kiosk = std::process::Command::new(bin())
            .args(["run", "--demo", "--now", NOW, "--config"])
            .arg(&config)
            .arg("--data-dir")
            .arg(dir.path().join("demo-data"))
            .env("DISPLAY", &x.display)
            .env("ICED_BACKEND", "tiny-skia")
            .env("WINIT_X11_SCALE_FACTOR", SCALE.to_string())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut loaded = Config::load(&config).unwrap();
        // The demo keeps its database in --data-dir; the model's is its own, as empty.
        loaded.tickets.database = dir.path().join("model.sqlite").into();
        loaded.accessibility.speech_cache =
            Some(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("speech-cache"));
        let at = NaiveDateTime::parse_from_str(NOW, "%Y-%m-%dT%H:%M").unwrap();
        let model = App::new(loaded, Arc::new(FixedClock(at)), true);
        let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-screenshots/whole");
        std::fs::create_dir_all(&shots).unwrap();
        let walk = Walk {
            x,
            kiosk,
            model,
            shots,
            name: name.to_owned(),
            _dir: dir,
        };
        // The window is up when the screen is no longer black.
        assert!(
            common::eventually(Duration::from_secs(20), || {
                let p = walk.shots.join(format!("{name}-boot.png"));
                walk.x.screenshot(&p);
                let px = tiny_skia::Pixmap::load_png(&p).unwrap();
                px.pixels().iter().any(|c| c.red() > 128)
            }),
            "the kiosk's window did not appear"
        );
        walk.park_pointer();
        walk
    }

    /// The pointer where it hovers over nothing (the header band's right margin).
    fn park_pointer(&self) {
        let ok = std::process::Command::new("xdotool")
            .args(["mousemove", &(1912 * SCALE).to_string(), "8"])
            .env("DISPLAY", &self.x.display)
            .status()
            .unwrap();
        assert!(ok.success());
    }

    /// The keypad key that does `touch` on the screen now.
    fn key_for(&self, touch: &Touch) -> u8 {
        let script = self.model.script();
        let at = script
            .options
            .iter()
            .position(|c| &c.touch == touch)
            .unwrap_or_else(|| panic!("no key for {touch:?}: {script:?}"));
        u8::try_from(at + 1).unwrap()
    }

    /// Presses keypad key `digit` (10 for Enter) on the kiosk and on the model.
    fn press(&mut self, digit: u8) {
        let (name, key) = if digit == 10 {
            ("KP_Enter", Key::Enter)
        } else {
            (KEYPAD[usize::from(digit)], Key::Digit(digit))
        };
        let ok = std::process::Command::new("xdotool")
            .args(["key", name])
            .env("DISPLAY", &self.x.display)
            .status()
            .unwrap();
        assert!(ok.success());
        let _ = self.model.handle(Message::Key(key));
        // A hand takes longer than this between two keys.
        std::thread::sleep(Duration::from_millis(300));
    }

    fn touch_by_key(&mut self, touch: Touch) {
        let digit = self.key_for(&touch);
        self.press(digit);
    }

    /// Clicks a demo tray button on the kiosk, where the model draws it, and sends the
    /// model the same.
    fn tray(&mut self, label: &str, message: Message) {
        let bounds = {
            let mut ui = Simulator::with_size(settings(), SIZE, self.model.view());
            ui.find(shown(label)).unwrap().bounds()
        };
        let centre = bounds.center();
        self.x
            .click(centre.x as u32 * SCALE, centre.y as u32 * SCALE);
        self.park_pointer();
        let _ = self.model.handle(message);
    }

    /// The window's screen equals the model's drawn whole; `what` names it.
    fn assert_whole(&self, what: &str) {
        let name = format!("{}-{what}", self.name);
        let model = self.shots.join(&name);
        let _ = std::fs::remove_file(self.shots.join(format!("{name}-tiny-skia.png")));
        {
            let mut ui = Simulator::with_size(settings(), SIZE, self.model.view());
            let snapshot = ui.snapshot(&self.model.theme()).unwrap();
            snapshot.matches_image(&model).unwrap();
        }
        let expected =
            tiny_skia::Pixmap::load_png(self.shots.join(format!("{name}-tiny-skia.png"))).unwrap();
        let window = self.shots.join(format!("{name}-window.png"));
        // A new screen reaches the window within a few frames (a language's first screen
        // takes longer in a debug build, at twice the size); a part the window fails to
        // redraw stays wrong however long one waits.
        let mut differing = usize::MAX;
        let deadline = std::time::Instant::now() + Duration::from_secs(12);
        while std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(500));
            self.x.screenshot(&window);
            let shown = tiny_skia::Pixmap::load_png(&window).unwrap();
            differing = differences(
                &expected,
                &shown,
                &self.shots.join(format!("{name}-diff.png")),
            );
            if differing == 0 {
                break;
            }
        }
        println!("{name}: {differing} pixels differ from the screen drawn whole");
        assert!(
            differing == 0,
            "{name}: {differing} pixels of the window differ from the screen drawn whole; see {}",
            self.shots.display()
        );
    }
}

impl Drop for Walk {
    fn drop(&mut self) {
        common::terminate(&mut self.kiosk);
    }
}

/// Pixels where the two differ by more than a shade, painted red on a copy. None may: both
/// are tiny-skia drawing the same frame, so a window redrawn right is the same to the pixel
/// (a stale anti-aliased edge was 12 pixels).
fn differences(a: &tiny_skia::Pixmap, b: &tiny_skia::Pixmap, diff: &Path) -> usize {
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    let mut out = b.clone();
    let mut n = 0;
    for (i, (p, q)) in a.pixels().iter().zip(b.pixels()).enumerate() {
        let d = [
            p.red().abs_diff(q.red()),
            p.green().abs_diff(q.green()),
            p.blue().abs_diff(q.blue()),
        ];
        if d.iter().any(|d| *d > 48) {
            n += 1;
            out.pixels_mut()[i] =
                tiny_skia::PremultipliedColorU8::from_rgba(255, 0, 0, 255).unwrap();
        }
    }
    let _ = out.save_png(diff);
    n
}

/// From the Waiting screen to the second question with the keypad only (a card put on by
/// the tray), each screen compared as it appears: `choose` picks a language or a look first.
fn walk(name: &str, display: u32, choose: impl FnOnce(&mut Walk)) {
    let x = Xvfb::start_sized(display, (1920 * SCALE, 1080 * SCALE));
    let mut w = Walk::start(x, name);
    choose(&mut w);
    w.assert_whole("1-waiting");
    w.tray("renewable", Message::DemoInsert(Profile::Renewable));
    assert_eq!(w.model.session().screen(), &Screen::Status);
    w.assert_whole("2-status");
    w.press(10);
    assert!(matches!(w.model.session().screen(), Screen::Question(_)));
    w.assert_whole("3-question");
    w.touch_by_key(Touch::Answer(Answer::Visitor(Visitor::Holder)));
    w.assert_whole("4-question");
    w.touch_by_key(Touch::Answer(Answer::Yes));
    assert_eq!(w.model.session().screen(), &Screen::Checklist);
    w.assert_whole("5-checklist");
}

fn choose_language(w: &mut Walk, lang: &str) {
    let touch = Touch::Language(lang.into());
    if w.model.script().options.iter().all(|c| c.touch != touch) {
        w.touch_by_key(Touch::Languages);
    }
    w.touch_by_key(touch);
    assert_eq!(w.model.session().language(), lang);
}

/// Display numbers of their own, so test binaries running at once never share one.
fn display(n: u32) -> u32 {
    110 + n * 10 + std::process::id() % 10
}

#[test]
fn every_screen_is_drawn_whole_in_japanese() {
    walk("ja", display(0), |_| {});
}

#[test]
fn every_screen_is_drawn_whole_in_english_vietnamese_and_chinese() {
    for (i, lang) in ["en", "vi", "zh-Hans"].into_iter().enumerate() {
        walk(lang, display(1 + i as u32), |w| choose_language(w, lang));
    }
}

#[test]
fn every_screen_is_drawn_whole_with_larger_text_and_high_contrast() {
    walk("ja-larger-contrast", display(4), |w| {
        w.touch_by_key(Touch::LargerText);
        w.touch_by_key(Touch::HighContrast);
    });
    // Vietnamese's stacked accents reach above their line: once left behind as a white tick.
    walk("vi-larger-contrast", display(5), |w| {
        choose_language(w, "vi");
        w.touch_by_key(Touch::LargerText);
        w.touch_by_key(Touch::HighContrast);
    });
}
