//! Speech: the engines behind one interface, the speech cache, and the speaker that plays one utterance at a time.

pub mod cache;
pub mod engine;
pub mod numbers;
pub mod wav;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub use cache::SpeechCache;
pub use engine::{Engine, Engines, Priority, SpeechError, Voice, voice_for, voiced_languages};
pub use wav::Audio;

/// Where the voice goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sink {
    /// An ALSA device, played with `aplay -D` ("default", or a handset such as
    /// "plughw:CARD=Headset").
    Device(String),
    /// Nowhere, in real time: a kiosk without speakers behaves as one with them.
    Silent,
    /// Each phrase written as a WAV into a folder, in real time, with a log of what played
    /// and what was cut short: for testing without a sound card.
    Files(PathBuf),
}

impl Sink {
    /// kiosk.toml's `accessibility.audio_device`: an ALSA name, "none", or "file:FOLDER".
    pub fn parse(device: &str) -> Sink {
        match device {
            "none" => Sink::Silent,
            d if d.starts_with("file:") => Sink::Files(PathBuf::from(&d["file:".len()..])),
            d => Sink::Device(d.to_owned()),
        }
    }
}

impl Sink {
    /// Plays a short sound (the chime) without waiting for it, on the same device as the
    /// voice; a PC without `aplay` or a sound card stays silent.
    pub fn play_detached(&self, audio: &Audio) {
        match self {
            Sink::Silent => {}
            Sink::Files(dir) => {
                let _ = std::fs::create_dir_all(dir);
                let _ = std::fs::write(dir.join("chime.wav"), audio.to_wav());
                log_played(dir, "chime\n");
            }
            Sink::Device(device) => {
                let Ok(mut child) = aplay(device)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                else {
                    return;
                };
                let stdin = child.stdin.take();
                let bytes = audio.to_wav();
                std::thread::spawn(move || {
                    if let Some(mut stdin) = stdin {
                        let _ = stdin.write_all(&bytes);
                    }
                    let _ = child.wait();
                });
            }
        }
    }

    /// Plays `audio` to its end, for `madoguchi say`.
    pub fn play_to_end(&self, audio: &Audio) -> std::io::Result<()> {
        match self {
            Sink::Silent => Ok(()),
            Sink::Files(dir) => {
                std::fs::create_dir_all(dir)?;
                std::fs::write(dir.join("say.wav"), audio.to_wav())
            }
            Sink::Device(device) => {
                let mut child = aplay(device).spawn()?;
                if let Some(mut stdin) = child.stdin.take() {
                    stdin.write_all(&audio.to_wav())?;
                }
                let status = child.wait()?;
                if status.success() {
                    Ok(())
                } else {
                    Err(std::io::Error::other(format!(
                        "aplay -D {device} failed ({status})"
                    )))
                }
            }
        }
    }
}

/// One phrase, in the kiosk language whose voice says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub lang: String,
    pub text: String,
}

/// What one screen says: its phrases in order (a language's own name in its own voice).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Utterance {
    pub phrases: Vec<Phrase>,
}

/// The pause between two phrases.
const BETWEEN_PHRASES: Duration = Duration::from_millis(350);

/// Synthesises `text` in `lang`'s voice, from the cache when it was said before.
pub fn synthesise(
    engines: &Engines,
    cache: &SpeechCache,
    lang: &str,
    text: &str,
) -> Result<Arc<Audio>, SpeechError> {
    synthesise_at(engines, cache, lang, text, Priority::Now)
}

fn synthesise_at(
    engines: &Engines,
    cache: &SpeechCache,
    lang: &str,
    text: &str,
    priority: Priority,
) -> Result<Arc<Audio>, SpeechError> {
    let voice = voice_for(lang).ok_or_else(|| SpeechError::NoVoice(lang.to_owned()))?;
    if let Some(audio) = cache.get(voice, text) {
        return Ok(audio);
    }
    let audio = Arc::new(engines.synthesise_at(voice, text, priority)?);
    match priority {
        Priority::Now => cache.put(voice, text, audio.clone()),
        Priority::Ahead => cache.put_ahead(voice, text, audio.clone()),
    }
    Ok(audio)
}

/// Phrases joined into one sound with pauses between, at the first one's rate (the lobby
/// display's announcement: Japanese, then the resident's language).
pub fn joined(
    engines: &Engines,
    cache: &SpeechCache,
    parts: &[(&str, &str)],
) -> Result<Audio, SpeechError> {
    let mut out: Option<Audio> = None;
    for (lang, text) in parts {
        let audio = synthesise(engines, cache, lang, text)?;
        match &mut out {
            None => out = Some((*audio).clone()),
            Some(o) => {
                o.append(&Audio::silence(o.rate, Duration::from_millis(600)));
                o.append(&audio);
            }
        }
    }
    Ok(out.unwrap_or_else(|| Audio::silence(16_000, Duration::ZERO)))
}

/// What the speaker's threads share with the UI thread that stops them.
#[derive(Debug)]
struct Shared {
    engines: Engines,
    cache: SpeechCache,
    sink: Sink,
    volume: AtomicU8,
    /// Raised by every new utterance and every stop: a phrase checks it before it plays.
    generation: AtomicU64,
    /// The `aplay` playing now, for a stop to end it at once.
    playing: Mutex<Option<Child>>,
    /// Woken by a stop, for the sinks that wait out a phrase's length.
    stopped: (Mutex<()>, Condvar),
    /// How long each utterance took from being asked for to its first sound.
    first_sounds: Mutex<Vec<Duration>>,
    /// Phrases written to a `Files` sink.
    written: AtomicU64,
    /// The speaker is gone: work ahead stops at the next phrase.
    closed: AtomicBool,
    /// The audio device refused a phrase (told once in the log).
    device_failed: AtomicBool,
    /// The generation of the utterance being said; 0 when the speaker is quiet.
    saying: AtomicU64,
}

enum Job {
    Say {
        generation: u64,
        asked: Instant,
        utterance: Utterance,
    },
}

/// Plays one utterance at a time, on its own thread; a new one cuts the last one off.
#[derive(Debug)]
pub struct Speaker {
    shared: Arc<Shared>,
    say: Sender<Job>,
    prepare: Sender<Utterance>,
}

impl Speaker {
    pub fn new(engines: Engines, cache: SpeechCache, sink: Sink, volume: u8) -> Speaker {
        let shared = Arc::new(Shared {
            engines,
            cache,
            sink,
            volume: AtomicU8::new(volume.min(100)),
            generation: AtomicU64::new(0),
            playing: Mutex::new(None),
            stopped: (Mutex::new(()), Condvar::new()),
            first_sounds: Mutex::new(Vec::new()),
            written: AtomicU64::new(0),
            closed: AtomicBool::new(false),
            device_failed: AtomicBool::new(false),
            saying: AtomicU64::new(0),
        });
        let (say, jobs) = mpsc::channel();
        let (prepare, ahead) = mpsc::channel();
        let worker = shared.clone();
        std::thread::Builder::new()
            .name("speaker".into())
            .spawn(move || speak_loop(&worker, &jobs))
            .ok();
        let preparer = shared.clone();
        std::thread::Builder::new()
            .name("speech-ahead".into())
            .spawn(move || prepare_loop(&preparer, &ahead))
            .ok();
        Speaker {
            shared,
            say,
            prepare,
        }
    }

    /// Stops whatever is being said, then says `utterance`.
    pub fn say(&self, utterance: Utterance) {
        let generation = self.cut_off();
        self.shared.saying.store(generation, Ordering::SeqCst);
        let _ = self.say.send(Job::Say {
            generation,
            asked: Instant::now(),
            utterance,
        });
    }

    /// Silence now.
    pub fn stop(&self) {
        self.cut_off();
    }

    /// Whether an utterance is being said (or waits for its first sound): the resident is
    /// listening, so the idle clock waits, and a chime would talk over the voice.
    pub fn busy(&self) -> bool {
        let s = &self.shared;
        let saying = s.saying.load(Ordering::SeqCst);
        saying != 0 && saying == s.generation.load(Ordering::SeqCst)
    }

    /// The visit is over: silence, and its phrases forgotten.
    pub fn end_session(&self) {
        self.cut_off();
        self.shared.cache.forget_session();
    }

    /// Synthesises `utterance` into the cache without playing it, so that asking for it
    /// later plays at once.
    pub fn prepare(&self, utterance: Utterance) {
        let _ = self.prepare.send(utterance);
    }

    /// The volume (0–100) for the next phrase.
    pub fn set_volume(&self, volume: u8) {
        self.shared.volume.store(volume.min(100), Ordering::SeqCst);
    }

    /// The time from each `say` to its first sound, in order.
    pub fn first_sounds(&self) -> Vec<Duration> {
        self.shared
            .first_sounds
            .lock()
            .map(|v| v.clone())
            .unwrap_or_default()
    }

    fn cut_off(&self) -> u64 {
        let s = &self.shared;
        let generation = s.generation.fetch_add(1, Ordering::SeqCst) + 1;
        if let Ok(mut playing) = s.playing.lock()
            && let Some(mut child) = playing.take()
        {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _guard = s.stopped.0.lock();
        s.stopped.1.notify_all();
        generation
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.shared.closed.store(true, Ordering::SeqCst);
        self.cut_off();
    }
}

fn speak_loop(s: &Shared, jobs: &Receiver<Job>) {
    while let Ok(Job::Say {
        generation,
        asked,
        utterance,
    }) = jobs.recv()
    {
        let current = || s.generation.load(Ordering::SeqCst) == generation;
        for (i, phrase) in utterance.phrases.iter().enumerate() {
            if !current() {
                break;
            }
            let audio = match synthesise(&s.engines, &s.cache, &phrase.lang, &phrase.text) {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!("speech: {e}");
                    break;
                }
            };
            if !current() {
                break;
            }
            if i == 0
                && let Ok(mut v) = s.first_sounds.lock()
            {
                v.push(asked.elapsed());
            }
            let volume = s.volume.load(Ordering::SeqCst);
            play(s, &audio.at_volume(volume), &phrase.lang, generation);
            if i + 1 < utterance.phrases.len() {
                wait_unless_stopped(s, BETWEEN_PHRASES, generation);
            }
        }
        // Said to its end (or cut off by a newer one, which `busy` tells by its generation).
        let _ = s
            .saying
            .compare_exchange(generation, 0, Ordering::SeqCst, Ordering::SeqCst);
    }
}

fn prepare_loop(s: &Shared, ahead: &Receiver<Utterance>) {
    while let Ok(utterance) = ahead.recv() {
        for phrase in &utterance.phrases {
            if s.closed.load(Ordering::SeqCst) {
                return;
            }
            let made = synthesise_at(
                &s.engines,
                &s.cache,
                &phrase.lang,
                &phrase.text,
                Priority::Ahead,
            );
            if let Err(e) = made {
                tracing::debug!("speech ahead: {e}");
                break;
            }
        }
    }
}

/// Waits `length`, or less if a stop comes first; true when it ran its length.
fn wait_unless_stopped(s: &Shared, length: Duration, generation: u64) -> bool {
    let until = Instant::now() + length;
    let Ok(mut guard) = s.stopped.0.lock() else {
        return false;
    };
    loop {
        if s.generation.load(Ordering::SeqCst) != generation {
            return false;
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return true;
        }
        match s.stopped.1.wait_timeout(guard, left) {
            Ok((g, _)) => guard = g,
            Err(_) => return false,
        }
    }
}

fn play(s: &Shared, audio: &Audio, lang: &str, generation: u64) {
    match &s.sink {
        Sink::Silent => {
            wait_unless_stopped(s, audio.duration(), generation);
        }
        Sink::Files(dir) => {
            let n = s.written.fetch_add(1, Ordering::SeqCst) + 1;
            let name = format!("{n:04}-{lang}.wav");
            let _ = std::fs::create_dir_all(dir);
            let _ = std::fs::write(dir.join(&name), audio.to_wav());
            let started = Instant::now();
            let whole = wait_unless_stopped(s, audio.duration(), generation);
            let line = if whole {
                format!("{name} played\n")
            } else {
                format!(
                    "{name} stopped after {} ms\n",
                    started.elapsed().as_millis()
                )
            };
            log_played(dir, &line);
        }
        Sink::Device(device) => play_on_device(s, audio, device, generation),
    }
}

/// `aplay` for `device`, reading a WAV from its standard input.
fn aplay(device: &str) -> Command {
    let mut command = Command::new("aplay");
    command
        .args(["-q", "-D", device, "-"])
        .stdin(Stdio::piped());
    command
}

/// A line of a `Files` sink's log of what played.
fn log_played(dir: &std::path::Path, line: &str) {
    if let Ok(mut log) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("played.log"))
    {
        let _ = log.write_all(line.as_bytes());
    }
}

fn play_on_device(s: &Shared, audio: &Audio, device: &str, generation: u64) {
    let child = aplay(device)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("speech: aplay could not start ({e}); install Debian's alsa-utils");
            wait_unless_stopped(s, audio.duration(), generation);
            return;
        }
    };
    let stdin = child.stdin.take();
    {
        let Ok(mut playing) = s.playing.lock() else {
            return;
        };
        if s.generation.load(Ordering::SeqCst) != generation {
            let _ = child.kill();
            let _ = child.wait();
            return;
        }
        *playing = Some(child);
    }
    // The pipe holds less than a phrase: feed it from another thread while this one waits.
    let bytes = audio.to_wav();
    let feeder = std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            let _ = stdin.write_all(&bytes);
        }
    });
    loop {
        let Ok(mut playing) = s.playing.lock() else {
            break;
        };
        match playing.as_mut().map(Child::try_wait) {
            // Stopped: the child was killed and taken.
            None => break,
            Some(Ok(None)) => {}
            Some(Ok(Some(status))) => {
                // Said once: a kiosk without its sound card would say it for every phrase.
                if !status.success() && !s.device_failed.swap(true, Ordering::SeqCst) {
                    tracing::warn!(
                        "speech: aplay -D {device} failed ({status}); check accessibility.audio_device (`aplay -L` lists the devices)"
                    );
                }
                playing.take();
                break;
            }
            Some(Err(_)) => {
                playing.take();
                break;
            }
        }
        drop(playing);
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = feeder.join();
}
