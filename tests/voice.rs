//! The kiosk by ear and by keys: every screen's speech form synthesised by the real engines in every language, a walk from card to ticket with keys only, and the voice cut off when the card leaves.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use madoguchi::card::profiles::Profile;
use madoguchi::clock::{Clock, ManualClock};
use madoguchi::config::{Config, PrinterDriver};
use madoguchi::i18n::Arg;
use madoguchi::i18n::Catalog;
use madoguchi::session::{Answer, Screen, TICKET_SCREEN, Touch};
use madoguchi::speech::{self, Audio, Engines, Phrase, SpeechCache};
use madoguchi::ui::keypad::Key;
use madoguchi::ui::{App, Message};

/// Thursday 6 May 2027, 10:15: the counters are open.
const OPEN: &str = "2027-05-06T10:15";

fn config(dir: &Path, audio: &str) -> Config {
    let mut config =
        Config::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    config.tickets.database = dir.join("tickets.sqlite").into();
    config.printer.driver = PrinterDriver::File;
    config.printer.directory = Some(dir.join("printed"));
    config.accessibility.audio_device = audio.into();
    config.accessibility.speech_cache =
        Some(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("speech-cache"));
    config
}

fn kiosk(dir: &Path, audio: &str) -> (App, Arc<ManualClock>) {
    let at = NaiveDateTime::parse_from_str(OPEN, "%Y-%m-%dT%H:%M").unwrap();
    let clock = Arc::new(ManualClock::new(at));
    (App::new(config(dir, audio), clock.clone(), true), clock)
}

/// Handles a message and carries out what follows (issuing, printing), as the app does.
fn send(app: &mut App, message: Message) {
    for job in app.handle(message) {
        if let Some(reply) = app.carry_out_now(&job) {
            send(app, reply);
        }
    }
}

fn touch(app: &mut App, t: Touch) {
    send(app, Message::Touch(t));
}

/// Every phrase the screen would say now, in every voice.
fn phrases(app: &App, into: &mut BTreeSet<(String, String)>, what: &str) {
    let u = app
        .utterance()
        .unwrap_or_else(|| panic!("{what}: no speech form"));
    assert!(u.phrases.len() >= 2, "{what}: {u:?}");
    for Phrase { lang, text } in u.phrases {
        assert!(
            !text.contains('《') && !text.contains('\u{2060}'),
            "{what}: markup left in {text:?}"
        );
        into.insert((lang, text));
    }
}

/// The speech forms of every resident screen, in `lang`.
fn every_screen(lang: &str, into: &mut BTreeSet<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, clock) = kiosk(dir.path(), "none");
    touch(&mut app, Touch::Language(lang.into()));
    assert_eq!(app.session().language(), lang);
    phrases(&app, into, "waiting");
    touch(&mut app, Touch::Languages);
    phrases(&app, into, "the language chooser");
    touch(&mut app, Touch::CloseLanguages);
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    phrases(&app, into, "status");
    touch(&mut app, Touch::Continue);
    answer_every_question(&mut app, into, true);
    assert_eq!(app.session().screen(), &Screen::Checklist);
    phrases(&app, into, "checklist");
    // The idle warning over the checklist.
    clock.advance(Duration::from_secs(
        u64::from(app_config().session.reading_timeout_secs) - 10,
    ));
    send(&mut app, Message::Tick);
    assert!(app.session().countdown(clock.instant()).is_some());
    phrases(&app, into, "the idle warning");
    touch(&mut app, Touch::MoreTime);
    send(&mut app, Message::DemoRemove);
    assert_eq!(app.session().screen(), &Screen::PutCardBack);
    phrases(&app, into, "put the card back");
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    touch(&mut app, Touch::GetTicket);
    assert!(matches!(app.session().screen(), Screen::Ticket { .. }));
    phrases(&app, into, "ticket");
    clock.advance(TICKET_SCREEN + Duration::from_secs(1));
    send(&mut app, Message::Tick);
    assert_eq!(app.session().screen(), &Screen::TakeCard);
    phrases(&app, into, "take your card");
    send(&mut app, Message::DemoRemove);
    touch(&mut app, Touch::Language(lang.into()));
    send(&mut app, Message::DemoInsert(Profile::Valid));
    touch(&mut app, Touch::Continue);
    answer_every_question(&mut app, into, false);
    assert_eq!(app.session().screen(), &Screen::Conclusion);
    phrases(&app, into, "conclusion");
    send(&mut app, Message::DemoRemove);
    touch(&mut app, Touch::Language(lang.into()));
    send(&mut app, Message::DemoInsert(Profile::Unreadable));
    assert!(matches!(
        app.session().screen(),
        Screen::CouldNotRead { .. }
    ));
    phrases(&app, into, "could not read");
    send(&mut app, Message::DemoRemove);
    touch(&mut app, Touch::Language(lang.into()));
    touch(&mut app, Touch::NoCard);
    phrases(&app, into, "without a card");
}

/// Answers as the holder who knows the PINs (yes, or no, to the rest), saying each question's speech form.
fn answer_every_question(app: &mut App, into: &mut BTreeSet<(String, String)>, yes: bool) {
    while let Screen::Question(q) = app.session().screen().clone() {
        phrases(app, into, &format!("question {q:?}"));
        let answer = match q {
            madoguchi::domain::Question::Visitor => {
                Answer::Visitor(madoguchi::domain::Visitor::Holder)
            }
            madoguchi::domain::Question::KnowsPins => Answer::Yes,
            _ if yes => Answer::Yes,
            _ => Answer::No,
        };
        touch(app, Touch::Answer(answer));
    }
}

fn app_config() -> Config {
    config(Path::new("/tmp"), "none")
}

/// Audio a resident can hear: not silent, and as long as its text takes to say.
fn assert_plausible(audio: &Audio, lang: &str, text: &str) {
    let chars = text.chars().filter(|c| !c.is_whitespace()).count() as f64;
    let secs = audio.duration().as_secs_f64();
    assert!(audio.peak() > 2_000, "{lang} {text:?}: silent");
    assert!(
        secs >= 0.25 && secs >= chars * 0.03 && secs <= chars * 0.4 + 2.0,
        "{lang} {text:?}: {secs:.2} s for {chars} characters"
    );
}

#[test]
fn every_speech_form_of_every_screen_in_every_language_is_heard() {
    let config = app_config();
    let mut all = BTreeSet::new();
    for lang in &config.languages.offered {
        let mut said = BTreeSet::new();
        every_screen(lang, &mut said);
        assert!(said.len() > 40, "{lang}: {} phrases", said.len());
        all.extend(said);
    }
    let engines = Engines::default();
    // Made afresh, not from the cache, so the engines themselves are tested.
    let cache = SpeechCache::new(None);
    let all: Vec<_> = all.into_iter().collect();
    let half = all.len() / 2;
    std::thread::scope(|s| {
        for part in [&all[..half], &all[half..]] {
            let (engines, cache) = (&engines, &cache);
            s.spawn(move || {
                for (lang, text) in part {
                    let audio = speech::synthesise(engines, cache, lang, text)
                        .unwrap_or_else(|e| panic!("{lang} {text:?}: {e}"));
                    assert_plausible(&audio, lang, text);
                }
            });
        }
    });
    // Japanese is never given to espeak-ng, and Filipino is heard in English.
    for (lang, text) in &all {
        let voice = speech::voice_for(lang).unwrap();
        if text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)) {
            assert_eq!(voice.engine, speech::Engine::OpenJtalk, "{lang} {text:?}");
        }
        // There is no Filipino voice: what those residents hear is English, in English words.
        if lang == "tl" {
            assert_eq!(voice.reads, "en");
            assert!(
                !text.contains("pindutin"),
                "{text:?} is not English, for an English voice"
            );
        }
    }
}

/// Han characters, the syllables Mandarin says one by one.
fn han(text: &str) -> usize {
    text.chars()
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        .count()
}

#[test]
fn every_speech_form_of_every_screen_in_chinese_is_heard_in_mandarin_at_mandarin_s_pace() {
    let engines = Engines::default();
    assert!(
        engines.mandarin_voice().is_some(),
        "the Mandarin voice is not installed in {} (scripts/test installs it)",
        engines.mandarin.display()
    );
    let cache = SpeechCache::new(None);
    let mut checked = 0;
    for lang in ["zh-Hans", "zh-Hant"] {
        let mut said = BTreeSet::new();
        every_screen(lang, &mut said);
        let voice = speech::voice_for(lang).unwrap();
        assert_eq!(
            engines.resolve(voice).engine,
            speech::Engine::Mandarin,
            "{lang}"
        );
        for (l, text) in said.iter().filter(|(l, _)| l == lang) {
            let audio = speech::synthesise(&engines, &cache, l, text)
                .unwrap_or_else(|e| panic!("{l} {text:?}: {e}"));
            assert!(audio.peak() > 2_000, "{l} {text:?}: silent");
            // A sentence all in Chinese characters: Mandarin says one syllable for each, about
            // 0.25 s, where English spelling out pinyin takes 0.8 s (19.5 s for 25).
            let n = han(text);
            let others = text
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
                .filter(|c| !('\u{4E00}'..='\u{9FFF}').contains(c))
                .filter(|c| {
                    !('\u{3000}'..='\u{303F}').contains(c) && !('\u{FF00}'..='\u{FFEF}').contains(c)
                })
                .count();
            if n >= 4 && others == 0 {
                let secs = audio.duration().as_secs_f64();
                let n = n as f64;
                assert!(
                    (0.15 * n..=0.45 * n).contains(&secs),
                    "{l} {text:?}: {secs:.2} s for {n} characters, outside 0.15·N to 0.45·N"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 60, "only {checked} all-Chinese sentences checked");
}

/// The key a resident hears for `label` on this screen ("For “Next”, press 1."), in
/// whichever voice says it.
fn heard_key(app: &App, label: &str) -> Key {
    let u = app.utterance().unwrap();
    let catalog = Catalog::embedded();
    for p in &u.phrases {
        let words = speech::voice_for(&p.lang).unwrap().reads;
        for digit in 1..=9u8 {
            let said = catalog.text(
                words,
                "speech-key",
                &[
                    ("label", Arg::Text(label.into())),
                    ("key", Arg::Count(i64::from(digit))),
                ],
            );
            if p.text == madoguchi::furigana::spoken(&said) {
                return Key::Digit(digit);
            }
        }
    }
    panic!(
        "{label:?} is not said on {:?}: {u:?}",
        app.session().screen()
    );
}

fn press(app: &mut App, key: Key) {
    send(app, Message::Key(key));
}

/// What a resident listens for from card to ticket: (language, its name to choose it by, the
/// way on from the status, "my own card", "yes", "get a ticket").
type KeyWalk = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const KEY_WALKS: [KeyWalk; 2] = [
    (
        "ja",
        None,
        "次へ",
        "自分のカード",
        "はい",
        "整理券を発行する",
    ),
    (
        "en",
        Some("English"),
        "Next",
        "My own card",
        "Yes",
        "Get a ticket",
    ),
];

#[test]
fn a_resident_who_does_not_look_goes_from_card_to_ticket_by_keys_and_voice() {
    let numbers = ["お客様の番号は、Aの1番です。", "Your number is A-1."];
    for ((lang, choose, next, own, yes, get), number_said) in KEY_WALKS.into_iter().zip(numbers) {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, _) = kiosk(dir.path(), "none");
        // Any key turns the voice on; the Waiting screen says which key is English.
        press(&mut app, Key::Digit(0));
        assert!(app.session().speaking());
        if let Some(name) = choose {
            let key = heard_key(&app, name);
            press(&mut app, key);
            assert_eq!(app.session().language(), lang);
        }
        send(&mut app, Message::DemoInsert(Profile::Renewable));
        assert_eq!(app.session().screen(), &Screen::Status);
        // Enter takes the way forward.
        assert_eq!(app.script().enter(), Some(&Touch::Continue), "{lang}");
        let _ = next;
        press(&mut app, Key::Enter);
        let key = heard_key(&app, own);
        press(&mut app, key);
        // Back, then forward again, by keys.
        press(&mut app, Key::Back);
        assert!(matches!(app.session().screen(), Screen::Question(_)));
        let key = heard_key(&app, own);
        press(&mut app, key);
        while matches!(app.session().screen(), Screen::Question(_)) {
            let key = heard_key(&app, yes);
            press(&mut app, key);
        }
        assert_eq!(app.session().screen(), &Screen::Checklist, "{lang}");
        let key = heard_key(&app, get);
        press(&mut app, key);
        assert!(
            matches!(app.session().screen(), Screen::Ticket { .. }),
            "{lang}: {:?}",
            app.session().screen()
        );
        let said = app.utterance().unwrap();
        assert!(
            said.phrases.iter().any(|p| p.text == number_said),
            "{lang}: {said:?}"
        );
        assert!(dir.path().join("printed/A-001.escpos").exists());
    }
}

#[test]
fn staff_screens_cannot_be_reached_by_keys() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = kiosk(dir.path(), "none");
    for d in 0..=9 {
        press(&mut app, Key::Digit(d));
        press(&mut app, Key::Enter);
        press(&mut app, Key::Back);
        touch(&mut app, Touch::CloseLanguages);
    }
    assert!(!app.staffroom().maintenance.holds_the_kiosk());
}

/// The speaker's log in a `file:` sink: each phrase played or cut short.
fn played(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("played.log")).unwrap_or_default()
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..400 {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("{what} did not happen in 10 s");
}

#[test]
fn the_voice_stops_the_moment_the_card_is_taken_out() {
    let dir = tempfile::tempdir().unwrap();
    let heard = dir.path().join("heard");
    let mut config = config(dir.path(), &format!("file:{}", heard.display()));
    config.session.put_back_secs = 0;
    let at = NaiveDateTime::parse_from_str(OPEN, "%Y-%m-%dT%H:%M").unwrap();
    let mut app = App::new(config, Arc::new(ManualClock::new(at)), true);
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    touch(&mut app, Touch::Listen);
    wait_for("the first phrase", || heard.join("0001-ja.wav").exists());
    let wav = std::fs::read(heard.join("0001-ja.wav")).unwrap();
    let first = Audio::from_wav(&wav).unwrap();
    assert!(first.peak() > 2_000 && first.duration() > Duration::from_millis(500));
    send(&mut app, Message::DemoRemove);
    wait_for("the cut", || played(&heard).contains("stopped"));
    let log = played(&heard);
    assert!(log.starts_with("0001-ja.wav stopped after"), "{log}");
    // Nothing more is said once the card is gone.
    std::thread::sleep(Duration::from_millis(800));
    assert!(!heard.join("0002-ja.wav").exists(), "{}", played(&heard));
}

#[test]
fn a_new_screen_cuts_the_last_one_off_so_two_are_never_heard_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let heard = dir.path().join("heard");
    let (mut app, _) = kiosk(dir.path(), &format!("file:{}", heard.display()));
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    press(&mut app, Key::Digit(0));
    wait_for("the status", || heard.join("0001-ja.wav").exists());
    press(&mut app, Key::Enter);
    wait_for("the question", || played(&heard).contains("stopped"));
    wait_for("the question's first phrase", || {
        played(&heard).lines().count() >= 2
    });
    let log = played(&heard);
    let lines: Vec<&str> = log.lines().collect();
    assert!(lines[0].starts_with("0001-ja.wav stopped"), "{log}");
    // Each phrase starts after the last ended (the log is written as each one ends).
    assert!(lines[1].starts_with("0002-ja.wav"), "{log}");
}

#[test]
fn every_offered_language_is_reached_by_keys_from_the_waiting_screen() {
    let catalog = Catalog::embedded();
    for lang in app_config().languages.offered {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, _) = kiosk(dir.path(), "none");
        press(&mut app, Key::Digit(0));
        // A language without a voice of its own is named by the voice that reads for it, in
        // its words: "Chinese (Simplified)", never 中文 spelt out letter by letter in English.
        let name = if speech::voice_for(&lang).unwrap().reads == lang {
            catalog.text(&lang, "language-name", &[])
        } else {
            catalog.text(&lang, "language-name-in-english", &[])
        };
        let said = app.utterance().unwrap();
        let spoken_name = madoguchi::furigana::spoken(&name);
        let on_waiting = said.phrases.iter().any(|p| p.text.contains(&spoken_name));
        if !on_waiting {
            // "Language" opens the chooser, which says each name in its own voice.
            let key = heard_key(&app, &catalog.text("ja", "language-word", &[]));
            press(&mut app, key);
            assert!(app.session().choosing_language(), "{lang}");
        }
        for p in &app.utterance().unwrap().phrases {
            let reads = speech::voice_for(&p.lang).unwrap().reads;
            assert!(
                reads != "en" || p.text.chars().all(|c| (c as u32) < 0x2E80),
                "{lang}: an English voice given letters it cannot read: {p:?}"
            );
        }
        let key = heard_key(&app, &name);
        press(&mut app, key);
        assert_eq!(app.session().language(), lang);
    }
}

#[test]
fn language_is_offered_in_each_voice_s_own_word_and_the_english_notice_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = kiosk(dir.path(), "none");
    press(&mut app, Key::Digit(0));
    let said = app.utterance().unwrap();
    let catalog = Catalog::embedded();
    for lang in [
        "ja", "en", "zh-Hans", "zh-Hant", "vi", "ko", "pt-BR", "ne", "id",
    ] {
        let word = madoguchi::furigana::spoken(&catalog.text(lang, "language-word", &[]));
        assert!(
            said.phrases
                .iter()
                .any(|p| p.lang == lang && p.text.contains(&word)),
            "{lang}: {word:?} not said on Waiting: {said:?}"
        );
    }
    // Filipino: "there is no voice in your language" on the first screen heard, not on every
    // one after it. Chinese has its own voice, and hears no such notice.
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = kiosk(dir.path(), "none");
    touch(&mut app, Touch::Languages);
    touch(&mut app, Touch::Language("zh-Hans".into()));
    let chinese = app.utterance().unwrap();
    let notice = catalog.text("en", "voice-in-english", &[]);
    assert_eq!(chinese.phrases[0].lang, "zh-Hans", "{chinese:?}");
    assert!(
        chinese.phrases.iter().all(|p| p.text != notice),
        "{chinese:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = kiosk(dir.path(), "none");
    touch(&mut app, Touch::Languages);
    touch(&mut app, Touch::Language("tl".into()));
    let first = app.utterance().unwrap();
    assert_eq!(first.phrases[0].text, notice, "{first:?}");
    press(&mut app, Key::Digit(0));
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    let next = app.utterance().unwrap();
    assert!(next.phrases.iter().all(|p| p.text != notice), "{next:?}");
}

/// How long the screen drawn now takes to say, by the real engines (pauses included), and how
/// long until the key `label` has been said: what a resident who waits for their choice waits.
fn timed(app: &App, label: &str) -> (f64, f64) {
    let engines = Engines::default();
    let cache = SpeechCache::new(Some(
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("speech-cache"),
    ));
    let u = app.utterance().unwrap();
    let key = heard_key(app, label);
    let Key::Digit(digit) = key else {
        unreachable!()
    };
    let mut total = 0.0;
    let mut until_key = None;
    for (i, p) in u.phrases.iter().enumerate() {
        let audio = speech::synthesise(&engines, &cache, &p.lang, &p.text).unwrap();
        total += audio.duration().as_secs_f64();
        if i + 1 < u.phrases.len() {
            total += 0.35;
        }
        let words = speech::voice_for(&p.lang).unwrap().reads;
        let said_key = Catalog::embedded().text(
            words,
            "speech-key",
            &[
                ("label", Arg::Text(label.into())),
                ("key", Arg::Count(i64::from(digit))),
            ],
        );
        if until_key.is_none() && p.text == madoguchi::furigana::spoken(&said_key) {
            until_key = Some(total);
        }
    }
    (total, until_key.unwrap())
}

// The second walk: a blind resident spent about 4 minutes reaching a ticket, each screen's
// explanation said before its keys. Now the keys follow the title, as an ATM says them.
#[test]
fn a_blind_resident_s_walk_is_timed_by_the_voice_and_hears_each_choice_early() {
    for (lang, choose, next, own, yes, get) in KEY_WALKS {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, _) = kiosk(dir.path(), "none");
        press(&mut app, Key::Digit(0));
        let mut waited = 0.0;
        let mut whole = 0.0;
        let mut keys = 1;
        let mut step = |app: &mut App, label: &str, what: &str| {
            let (total, until) = timed(app, label);
            println!(
                "{lang} {what}: the choice {label:?} heard after {until:.1} s of {total:.1} s"
            );
            assert!(
                until <= 16.0,
                "{lang} {what}: {label:?} only after {until:.1} s"
            );
            waited += until;
            whole += total;
            let key = heard_key(app, label);
            press(app, key);
            keys += 1;
        };
        if let Some(name) = choose {
            step(&mut app, name, "Waiting");
        }
        send(&mut app, Message::DemoInsert(Profile::Renewable));
        step(&mut app, next, "Status");
        step(&mut app, own, "Whose card");
        while matches!(app.session().screen(), Screen::Question(_)) {
            step(&mut app, yes, "a question");
        }
        step(&mut app, get, "Checklist");
        assert!(matches!(app.session().screen(), Screen::Ticket { .. }));
        println!(
            "{lang}: card to ticket by keys: {keys} keys, {waited:.0} s of speech before the keys \
             pressed ({whole:.0} s if every screen is heard to its end)"
        );
    }
}

// The second walk: the chime played on ALSA's default whatever kiosk.toml said, and a visit
// that timed out ended without a sound.
#[test]
fn the_chime_and_the_end_of_a_visit_are_heard_on_the_configured_device() {
    let dir = tempfile::tempdir().unwrap();
    let heard = dir.path().join("heard");
    let (mut app, clock) = kiosk(dir.path(), &format!("file:{}", heard.display()));
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    touch(&mut app, Touch::Continue);
    // Without the voice: the countdown calls the resident back with the chime, there.
    let idle = Duration::from_secs(u64::from(app_config().session.idle_timeout_secs));
    clock.advance(idle - madoguchi::session::IDLE_COUNTDOWN);
    send(&mut app, Message::Tick);
    assert!(app.session().countdown(clock.instant()).is_some());
    wait_for("the chime", || played(&heard).contains("chime"));
    assert!(heard.join("chime.wav").exists());

    // With the voice: the countdown is said, and so is the end of the visit.
    let dir = tempfile::tempdir().unwrap();
    let heard = dir.path().join("heard");
    let (mut app, clock) = kiosk(dir.path(), &format!("file:{}", heard.display()));
    send(&mut app, Message::DemoInsert(Profile::Renewable));
    touch(&mut app, Touch::Continue);
    press(&mut app, Key::Digit(0));
    clock.advance(idle - madoguchi::session::IDLE_COUNTDOWN);
    send(&mut app, Message::Tick);
    let said = app.utterance().unwrap();
    let title = Catalog::embedded().text("ja", "countdown-title", &[]);
    assert_eq!(said.phrases[0].text, title, "{said:?}");
    clock.advance(madoguchi::session::IDLE_COUNTDOWN);
    send(&mut app, Message::Tick);
    assert_eq!(app.session().screen(), &Screen::TakeCard);
    // The time-out's words, synthesised alike, are the last thing played.
    let engines = Engines::default();
    let cache = SpeechCache::new(Some(
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("speech-cache"),
    ));
    let ended = Catalog::embedded().text("ja", "speech-timed-out", &[]);
    let first = ended.split_inclusive('。').next().unwrap();
    let expected = speech::synthesise(&engines, &cache, "ja", first).unwrap();
    wait_for("the time-out said", || {
        std::fs::read_dir(&heard).is_ok_and(|d| {
            d.flatten().any(|f| {
                std::fs::read(f.path())
                    .ok()
                    .and_then(|b| Audio::from_wav(&b).ok())
                    .is_some_and(|a| a.duration() == expected.duration())
            })
        })
    });
    assert!(!played(&heard).contains("chime"), "{}", played(&heard));
}
