//! The speech engines, each a child process: Open JTalk for Japanese, espeak-ng for the rest, and espeak-ng 1.52's library for Mandarin.
//!
//! All run as programs rather than linked libraries: espeak-ng is GPL-3, and Open JTalk's
//! dictionary and voice stay files Debian updates. None touches the network.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::wav::{Audio, WavError};

/// Which engine speaks a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Engine {
    OpenJtalk,
    Espeak,
    /// Debian's espeak-ng program on espeak-ng 1.52's library and data. Debian 12's 1.51
    /// reads the Mandarin dictionary's pinyin through English rules ("nin two de five",
    /// upstream issue #1370, fixed in 1.52); 1.52's data does not load in 1.51's library.
    Mandarin,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::OpenJtalk => "Open JTalk",
            Engine::Espeak => "espeak-ng",
            Engine::Mandarin => "espeak-ng 1.52",
        }
    }
}

/// The voice for a kiosk language: its engine, the engine's own name for it, and the
/// language whose texts it reads (English for Filipino, which has no voice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Voice {
    pub engine: Engine,
    pub name: &'static str,
    pub reads: &'static str,
}

/// Every kiosk language with a voice: (language, engine, engine's voice, language read).
const VOICES: [(&str, Engine, &str, &str); 11] = [
    ("ja", Engine::OpenJtalk, "nitech-jp-atr503-m001", "ja"),
    (
        "ja-easy",
        Engine::OpenJtalk,
        "nitech-jp-atr503-m001",
        "ja-easy",
    ),
    ("en", Engine::Espeak, "en-us", "en"),
    // The same Mandarin voice reads simplified and traditional characters.
    ("zh-Hans", Engine::Mandarin, "cmn", "zh-Hans"),
    ("zh-Hant", Engine::Mandarin, "cmn", "zh-Hant"),
    ("ko", Engine::Espeak, "ko", "ko"),
    ("vi", Engine::Espeak, "vi", "vi"),
    ("pt-BR", Engine::Espeak, "pt-br", "pt-BR"),
    // No engine here has Filipino: an English voice, reading the English texts.
    ("tl", Engine::Espeak, "en-us", "en"),
    ("ne", Engine::Espeak, "ne", "ne"),
    ("id", Engine::Espeak, "id", "id"),
];

/// The voice for `lang`, or `None` for a language no engine speaks.
pub fn voice_for(lang: &str) -> Option<Voice> {
    VOICES
        .iter()
        .find(|(l, ..)| *l == lang)
        .map(|&(_, engine, name, reads)| Voice {
            engine,
            name,
            reads,
        })
}

/// The languages that have a voice, for the message that names them.
pub fn voiced_languages() -> impl Iterator<Item = &'static str> {
    VOICES.iter().map(|(l, ..)| *l)
}

/// Where the engines' programs and data are (Debian's paths unless kiosk.toml says otherwise).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Engines {
    #[serde(default = "Engines::default_open_jtalk")]
    pub open_jtalk: PathBuf,
    /// The MeCab dictionary compiled for Open JTalk (`open-jtalk-mecab-naist-jdic`).
    #[serde(default = "Engines::default_dictionary")]
    pub japanese_dictionary: PathBuf,
    /// The HTS voice (`hts-voice-nitech-jp-atr503-m001`, Debian contrib; CC BY 3.0).
    #[serde(default = "Engines::default_japanese_voice")]
    pub japanese_voice: PathBuf,
    #[serde(default = "Engines::default_espeak")]
    pub espeak: PathBuf,
    /// espeak-ng 1.52's library and its Mandarin data (`scripts/mandarin-voice`; the
    /// package's copy in /usr/lib/madoguchi/mandarin).
    #[serde(default = "Engines::default_mandarin")]
    pub mandarin: PathBuf,
}

/// Where the package puts the Mandarin voice, then where the project's scripts put it.
const MANDARIN_PLACES: [&str; 2] = [
    "/usr/lib/madoguchi/mandarin",
    "/usr/local/lib/madoguchi/mandarin",
];

/// Debian's own Mandarin voice, used while the 1.52 one is not installed: real tones, but
/// one character at a time, so 银行 is read yin xing.
const PINYIN_FALLBACK: &str = "cmn-latn-pinyin";

impl Engines {
    fn default_open_jtalk() -> PathBuf {
        "open_jtalk".into()
    }
    fn default_dictionary() -> PathBuf {
        "/var/lib/mecab/dic/open-jtalk/naist-jdic".into()
    }
    fn default_japanese_voice() -> PathBuf {
        "/usr/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice".into()
    }
    fn default_espeak() -> PathBuf {
        "espeak-ng".into()
    }
    fn default_mandarin() -> PathBuf {
        MANDARIN_PLACES
            .iter()
            .map(PathBuf::from)
            .find(|p| is_mandarin_voice(p))
            .unwrap_or_else(|| MANDARIN_PLACES[0].into())
    }

    /// The Mandarin voice's folder, when it holds the library and the dictionary.
    pub fn mandarin_voice(&self) -> Option<&Path> {
        is_mandarin_voice(&self.mandarin).then_some(self.mandarin.as_path())
    }

    /// The voice that will really speak: the Mandarin voice falls back to Debian's pinyin
    /// voice while espeak-ng 1.52 is not installed.
    pub fn resolve(&self, voice: Voice) -> Voice {
        match voice.engine {
            Engine::Mandarin if self.mandarin_voice().is_none() => Voice {
                engine: Engine::Espeak,
                name: PINYIN_FALLBACK,
                ..voice
            },
            _ => voice,
        }
    }

    /// Which engine and voice speak `lang`, and from where, in words for IT staff
    /// (`check-config`, `say --verbose`); `None` for a language without a voice.
    pub fn describe(&self, lang: &str) -> Option<String> {
        let voice = voice_for(lang)?;
        let used = self.resolve(voice);
        let reading = if used.reads == lang {
            String::new()
        } else {
            format!(", reading the {} texts", used.reads)
        };
        Some(match used.engine {
            Engine::OpenJtalk => format!(
                "Open JTalk ({}), voice {}",
                self.open_jtalk.display(),
                self.japanese_voice.display()
            ),
            Engine::Mandarin => format!(
                "espeak-ng 1.52 ({} on the library and data in {}), voice {}",
                self.espeak.display(),
                self.mandarin.display(),
                used.name
            ),
            Engine::Espeak if used != voice => format!(
                "Debian's espeak-ng ({}), voice {}: one character at a time, so words such as \
                 银行 are misread; install the Mandarin voice into {} (scripts/mandarin-voice, or \
                 the madoguchi package)",
                self.espeak.display(),
                used.name,
                self.mandarin.display()
            ),
            Engine::Espeak => format!(
                "espeak-ng ({}), voice {}{reading}",
                self.espeak.display(),
                used.name
            ),
        })
    }
}

impl Engines {
    /// Whether the engines' programs and the Japanese voice's files are there, for the
    /// kiosk's heartbeat: a kiosk that cannot speak is told to city IT.
    pub fn present(&self) -> bool {
        let program = |p: &Path| {
            p.is_absolute() && p.is_file()
                || std::env::var_os("PATH")
                    .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join(p).is_file()))
        };
        program(&self.open_jtalk)
            && program(&self.espeak)
            && self.japanese_dictionary.exists()
            && self.japanese_voice.is_file()
    }
}

/// Whether `dir` holds espeak-ng 1.52's library and the Mandarin dictionary.
fn is_mandarin_voice(dir: &Path) -> bool {
    dir.join("libespeak-ng.so.1").is_file() && dir.join("espeak-ng-data/cmn_dict").is_file()
}

impl Default for Engines {
    fn default() -> Self {
        Engines {
            open_jtalk: Engines::default_open_jtalk(),
            japanese_dictionary: Engines::default_dictionary(),
            japanese_voice: Engines::default_japanese_voice(),
            espeak: Engines::default_espeak(),
            mandarin: Engines::default_mandarin(),
        }
    }
}

/// The text as the engine reads it best: numbers written as the language says them
/// (`numbers`), then the engine's own needs. Open JTalk pauses at every space, and easy Japanese
/// puts one between words: only a space between two Latin letters or digits is kept.
/// espeak-ng's Nepali reads ASCII digits in English ("twelve"), and Devanagari ones in
/// Nepali (१२, बाह्र).
fn as_engine_reads(voice: Voice, text: &str) -> String {
    let text = &super::numbers::for_speech(voice.reads, text);
    match (voice.engine, voice.name) {
        (Engine::OpenJtalk, _) => {
            let chars: Vec<char> = text.chars().collect();
            chars
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    **c != ' '
                        || (*i > 0
                            && chars[i - 1].is_ascii_alphanumeric()
                            && chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric))
                })
                .map(|(_, c)| *c)
                .collect()
        }
        (Engine::Espeak, "ne") => text
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x0966 + d).unwrap_or(c),
                _ => c,
            })
            .collect(),
        (Engine::Espeak | Engine::Mandarin, _) => text.to_owned(),
    }
}

/// How soon a phrase is wanted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Priority {
    /// A resident is waiting to hear it.
    Now,
    /// Made ahead, in case it is asked for.
    Ahead,
}

/// Why a text could not be spoken.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SpeechError {
    #[error(
        "no voice for {0:?}; the languages with a voice are {list}",
        list = voiced_languages().collect::<Vec<_>>().join(", ")
    )]
    NoVoice(String),
    #[error("{program} could not start ({reason}); install Debian's {package}")]
    Missing {
        program: String,
        reason: String,
        package: &'static str,
    },
    #[error("{program} failed: {message}")]
    Failed { program: String, message: String },
    #[error("{program} took longer than {seconds} s and was stopped")]
    TooSlow { program: String, seconds: u64 },
    #[error("{program} gave no usable audio: {0}", program = .1)]
    BadAudio(WavError, String),
}

/// The quiet kept before and after a phrase.
const MARGIN: Duration = Duration::from_millis(60);

/// The longest an engine may take for one phrase before it is given up.
const PHRASE_LIMIT: Duration = Duration::from_secs(15);

/// espeak-ng's words per minute: a little slower than its 175, for residents who listen in
/// a second language.
const ESPEAK_WPM: &str = "150";

impl Engines {
    /// `text` spoken by `voice`.
    pub fn synthesise(&self, voice: Voice, text: &str) -> Result<Audio, SpeechError> {
        self.synthesise_at(voice, text, Priority::Now)
    }

    /// `text` spoken by `voice`, the engine run at `priority`.
    pub fn synthesise_at(
        &self,
        voice: Voice,
        text: &str,
        priority: Priority,
    ) -> Result<Audio, SpeechError> {
        let voice = self.resolve(voice);
        let program = match voice.engine {
            Engine::OpenJtalk => &self.open_jtalk,
            Engine::Espeak | Engine::Mandarin => &self.espeak,
        };
        // Work ahead yields the cores to the screen (`nice`, from coreutils).
        let mut c = match priority {
            Priority::Now => Command::new(program),
            Priority::Ahead => {
                let mut c = Command::new("nice");
                c.args(["-n", "15"]).arg(program);
                c
            }
        };
        let (mut command, package) = match voice.engine {
            Engine::OpenJtalk => {
                c.arg("-x")
                    .arg(&self.japanese_dictionary)
                    .arg("-m")
                    .arg(&self.japanese_voice)
                    .args(["-ow", "/dev/stdout"]);
                (
                    c,
                    "open-jtalk, open-jtalk-mecab-naist-jdic and hts-voice-nitech-jp-atr503-m001",
                )
            }
            Engine::Espeak => {
                c.args(["-v", voice.name, "-s", ESPEAK_WPM, "--stdout"]);
                (c, "espeak-ng")
            }
            Engine::Mandarin => {
                // The program finds the 1.52 library by its soname, and `--path` its data.
                c.env("LD_LIBRARY_PATH", &self.mandarin)
                    .arg(format!("--path={}", self.mandarin.display()))
                    .args(["-v", voice.name, "-s", ESPEAK_WPM, "--stdout"]);
                (c, "espeak-ng")
            }
        };
        let program = program.display().to_string();
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| SpeechError::Missing {
                program: program.clone(),
                reason: e.to_string(),
                package,
            })?;
        let text = as_engine_reads(voice, text);
        // The text goes on stdin, never on the command line (where `ps` would show it).
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(text.as_bytes());
            let _ = stdin.write_all(b"\n");
        }
        let mut stdout = child.stdout.take().ok_or_else(|| SpeechError::Failed {
            program: program.clone(),
            message: "no output".into(),
        })?;
        let reader = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = stdout.read_to_end(&mut bytes);
            bytes
        });
        let started = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() > PHRASE_LIMIT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(SpeechError::TooSlow {
                        program,
                        seconds: PHRASE_LIMIT.as_secs(),
                    });
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(2)),
                Err(e) => {
                    return Err(SpeechError::Failed {
                        program,
                        message: e.to_string(),
                    });
                }
            }
        };
        let bytes = reader.join().unwrap_or_default();
        if !status.success() {
            let mut message = String::new();
            if let Some(mut err) = child.stderr.take() {
                let _ = err.read_to_string(&mut message);
            }
            let message = message.trim();
            return Err(SpeechError::Failed {
                program,
                message: if message.is_empty() {
                    status.to_string()
                } else {
                    message.to_owned()
                },
            });
        }
        Audio::from_wav(&bytes)
            .map(|a| a.trimmed(MARGIN))
            .map_err(|e| SpeechError::BadAudio(e, program))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_is_never_given_to_espeak_chinese_has_mandarin_and_filipino_is_read_in_english() {
        for lang in ["ja", "ja-easy"] {
            assert_eq!(voice_for(lang).unwrap().engine, Engine::OpenJtalk);
        }
        for lang in ["zh-Hans", "zh-Hant"] {
            let v = voice_for(lang).unwrap();
            assert_eq!((v.engine, v.name, v.reads), (Engine::Mandarin, "cmn", lang));
        }
        let tl = voice_for("tl").unwrap();
        assert_eq!((tl.engine, tl.reads), (Engine::Espeak, "en"));
        assert_eq!(voice_for("xx"), None);
    }

    #[test]
    fn without_espeak_ng_1_52_mandarin_falls_back_to_debian_s_pinyin_voice_and_says_so() {
        let engines = Engines {
            mandarin: "/nonexistent/mandarin".into(),
            ..Engines::default()
        };
        let zh = voice_for("zh-Hans").unwrap();
        assert_eq!(engines.mandarin_voice(), None);
        let used = engines.resolve(zh);
        assert_eq!((used.engine, used.name), (Engine::Espeak, PINYIN_FALLBACK));
        let said = engines.describe("zh-Hant").unwrap();
        assert!(
            said.contains("cmn-latn-pinyin") && said.contains("/nonexistent/mandarin"),
            "{said}"
        );
        assert!(
            engines
                .describe("tl")
                .unwrap()
                .contains("reading the en texts")
        );
        assert_eq!(engines.describe("fr"), None);
        // Any other voice is what it is.
        let en = voice_for("en").unwrap();
        assert_eq!(engines.resolve(en), en);
    }

    #[test]
    fn each_engine_gets_the_text_as_it_reads_it_best() {
        let ja = voice_for("ja-easy").unwrap();
        assert_eq!(
            as_engine_reads(ja, "カードを 置《お》いて ください A 1"),
            "カードを置《お》いてくださいA 1"
        );
        assert_eq!(as_engine_reads(voice_for("ne").unwrap(), "A 12"), "A १२");
        assert_eq!(as_engine_reads(voice_for("en").unwrap(), "A 12"), "A 12");
        // Numbers are written for speech before the engine's own needs (Nepali's digits).
        assert_eq!(as_engine_reads(voice_for("ne").unwrap(), "A-012"), "A १२");
        assert_eq!(
            as_engine_reads(voice_for("zh-Hans").unwrap(), "8:30"),
            "8点30分"
        );
    }

    #[test]
    fn an_unknown_language_s_error_lists_the_voiced_ones() {
        let message = SpeechError::NoVoice("fr".into()).to_string();
        assert!(message.contains("\"fr\""), "{message}");
        assert!(
            message.contains("ja-easy") && message.contains("pt-BR"),
            "{message}"
        );
    }
}
