//! The voice's figures for the README's table: synthesis time per phrase and engine, and the time from a key press to the first sound, cold and with the fixed prompts cached. `cargo bench --bench speech` prints their rows.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use madoguchi::card::profiles::Profile;
use madoguchi::clock::FixedClock;
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::session::{Screen, Touch};
use madoguchi::speech::{Engines, voice_for};
use madoguchi::ui::keypad::Key;
use madoguchi::ui::{App, Message};

const OPEN: &str = "2027-05-06T10:15";

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1000.0)
}

/// Phrases as the kiosk says them: a button, a headline, a sentence with a date.
const PHRASES: [(&str, &str); 15] = [
    ("ja", "「次へ」は、1を押してください。"),
    ("ja", "電子証明書の更新の時期です"),
    ("ja", "電子証明書の有効期限は2027年6月20日、日曜日です。"),
    ("en", "For “Next”, press 1."),
    ("en", "It is time to renew your certificates"),
    (
        "en",
        "Your certificates expire on Sunday 20 June 2027. 45 days are left.",
    ),
    ("zh-Hans", "“下一步”请按1。"),
    ("zh-Hans", "电子证明书的更新时间到了"),
    (
        "zh-Hans",
        "电子证明书将于2027年6月20日星期日到期，还剩45天。",
    ),
    ("zh-Hant", "電子證明書的更新時間到了"),
    ("ko", "전자 증명서를 갱신할 시기입니다"),
    ("vi", "Đã đến lúc gia hạn giấy chứng nhận điện tử"),
    ("pt-BR", "Está na hora de renovar seus certificados"),
    ("ne", "इलेक्ट्रोनिक प्रमाणपत्र नवीकरण गर्ने समय भयो"),
    ("id", "Sudah waktunya memperbarui sertifikat elektronik"),
];

fn synthesis() {
    let engines = Engines::default();
    for (lang, text) in PHRASES {
        let voice = voice_for(lang).unwrap();
        let mut times = Vec::new();
        let mut audio = Duration::ZERO;
        for _ in 0..10 {
            let started = Instant::now();
            let a = engines.synthesise(voice, text).unwrap();
            times.push(started.elapsed());
            audio = a.duration();
        }
        times.sort();
        println!(
            "| synthesis, {} ({lang}) “{text}” (10 runs, no cache) | median {} ms, p99 {} ms for {:.1} s of audio | - |",
            engines.resolve(voice).engine.name(),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99)),
            audio.as_secs_f64()
        );
    }
}

fn config(data: &std::path::Path, cache: &std::path::Path) -> Config {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut c = Config::load(&root.join("kiosk.toml")).unwrap();
    c.tickets.database = data.join("tickets.sqlite").into();
    c.printer.driver = PrinterDriver::None;
    c.accessibility.audio_device = "none".into();
    c.accessibility.speech_cache = Some(cache.to_owned());
    c
}

fn send(app: &mut App, message: Message) {
    for job in app.handle(message) {
        if let Some(reply) = app.carry_out_now(&job) {
            send(app, reply);
        }
    }
}

/// A resident who listens in `lang`: the language chosen, the voice turned on by a key, then
/// card to ticket by keys, a pause on each screen for its first phrase to be heard. Returns
/// the first sounds' times (from the speaker being asked) and how long the app took over
/// each key.
fn visits(cache: &std::path::Path, n: usize, lang: &str) -> (Vec<Duration>, Vec<Duration>) {
    let data = tempfile::tempdir().unwrap();
    let at = NaiveDateTime::parse_from_str(OPEN, "%Y-%m-%dT%H:%M").unwrap();
    let mut app = App::new(config(data.path(), cache), Arc::new(FixedClock(at)), true);
    let mut handled = Vec::new();
    for _ in 0..n {
        if lang != "ja" {
            send(&mut app, Message::Touch(Touch::Language(lang.into())));
        }
        send(&mut app, Message::Key(Key::Digit(0)));
        send(&mut app, Message::DemoInsert(Profile::Renewable));
        let mut steps = 0;
        while !matches!(app.session().screen(), Screen::Ticket { .. }) && steps < 10 {
            std::thread::sleep(Duration::from_millis(400));
            let key = app.script().enter().map_or(Key::Digit(1), |_| Key::Enter);
            let started = Instant::now();
            send(&mut app, Message::Key(key));
            handled.push(started.elapsed());
            steps += 1;
        }
        std::thread::sleep(Duration::from_millis(400));
        send(&mut app, Message::DemoRemove);
        send(&mut app, Message::Key(Key::Enter));
        std::thread::sleep(Duration::from_millis(400));
    }
    (app.first_sounds(), handled)
}

fn first_sound() {
    let cache = tempfile::tempdir().unwrap();
    // The first visit of a new kiosk: nothing cached yet.
    let (mut cold, _) = visits(cache.path(), 1, "ja");
    // Every later visit: the fixed prompts come from the cache, the dates are made afresh.
    let (mut warm, mut handled) = visits(cache.path(), 20, "ja");
    cold.sort();
    warm.sort();
    handled.sort();
    println!(
        "| a key handled by the app (the screen's keys and speech form drawn, the session moved; {} keys) | median {:.1} ms, p99 {:.1} ms | - |",
        handled.len(),
        percentile(&handled, 0.5).as_secs_f64() * 1000.0,
        percentile(&handled, 0.99).as_secs_f64() * 1000.0,
    );
    println!(
        "| key or touch → first sound, the fixed prompts cached (20 visits card → ticket by keys, {} utterances) | median {} ms, p99 {} ms | p99 ≤ 300 ms |",
        warm.len(),
        ms(percentile(&warm, 0.5)),
        ms(percentile(&warm, 0.99)),
    );
    println!(
        "| the same on a new kiosk's first visit, nothing cached ({} utterances) | median {} ms, max {} ms | - |",
        cold.len(),
        ms(percentile(&cold, 0.5)),
        ms(percentile(&cold, 1.0)),
    );
}

/// This process's proportional set size, from /proc/self/smaps_rollup.
fn pss_mb() -> f64 {
    let rollup = std::fs::read_to_string("/proc/self/smaps_rollup").unwrap_or_default();
    let kb: f64 = rollup
        .lines()
        .find(|l| l.starts_with("Pss:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

/// A Chinese resident's visits in Mandarin: key → first sound, cold and cached, and the
/// kiosk's memory (the app and its speech cache, in this process) after Japanese visits and
/// after as many Mandarin ones. The engine itself is a child process and holds nothing after.
fn mandarin() {
    let engines = Engines::default();
    let voice = engines.resolve(voice_for("zh-Hans").unwrap());
    let ja_cache = tempfile::tempdir().unwrap();
    let _ = visits(ja_cache.path(), 5, "ja");
    let after_japanese = pss_mb();
    let cache = tempfile::tempdir().unwrap();
    let (mut cold, _) = visits(cache.path(), 1, "zh-Hans");
    let (mut warm, _) = visits(cache.path(), 20, "zh-Hans");
    let after_mandarin = pss_mb();
    cold.sort();
    warm.sort();
    println!(
        "| key or touch → first Mandarin sound ({} {}), the fixed prompts cached (20 visits in zh-Hans, {} utterances) | median {} ms, p99 {} ms | p99 ≤ 300 ms |",
        voice.engine.name(),
        voice.name,
        warm.len(),
        ms(percentile(&warm, 0.5)),
        ms(percentile(&warm, 0.99)),
    );
    println!(
        "| the same on a new kiosk's first Mandarin visit, nothing cached ({} utterances) | median {} ms, max {} ms | - |",
        cold.len(),
        ms(percentile(&cold, 0.5)),
        ms(percentile(&cold, 1.0)),
    );
    println!(
        "| the app's PSS (this process) after 5 Japanese visits with the voice, then after 21 Mandarin ones | {after_japanese:.1} MB, then {after_mandarin:.1} MB ({:+.1} MB) | within 5 MB |",
        after_mandarin - after_japanese
    );
}

fn main() {
    synthesis();
    first_sound();
    mandarin();
}
