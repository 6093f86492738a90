//! The two speech engines, each a child process: Open JTalk for Japanese, espeak-ng for the rest.
//!
//! Both run as programs rather than linked libraries: espeak-ng is GPL-3, and Open JTalk's
//! dictionary and voice stay files Debian updates. Neither touches the network.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::wav::{Audio, WavError};

/// Which engine speaks a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Engine {
    OpenJtalk,
    Espeak,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::OpenJtalk => "Open JTalk",
            Engine::Espeak => "espeak-ng",
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
    // Debian's espeak-ng-data has Mandarin without its character dictionary (cmn_listx,
    // an optional build): it reads 电子 as the English words "dian five". Until a Mandarin
    // voice is installed, Chinese residents hear English, as Filipino ones do.
    ("zh-Hans", Engine::Espeak, "en-us", "en"),
    ("zh-Hant", Engine::Espeak, "en-us", "en"),
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
}

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
}

impl Default for Engines {
    fn default() -> Self {
        Engines {
            open_jtalk: Engines::default_open_jtalk(),
            japanese_dictionary: Engines::default_dictionary(),
            japanese_voice: Engines::default_japanese_voice(),
            espeak: Engines::default_espeak(),
        }
    }
}

/// The text as the engine reads it best. Open JTalk pauses at every space, and easy Japanese
/// puts one between words: only a space between two Latin letters or digits is kept.
/// espeak-ng's Nepali reads ASCII digits in English ("twelve"), and Devanagari ones in
/// Nepali (१२, बाह्र).
fn as_engine_reads(voice: Voice, text: &str) -> String {
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
        (Engine::Espeak, _) => text.to_owned(),
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
        let program = match voice.engine {
            Engine::OpenJtalk => &self.open_jtalk,
            Engine::Espeak => &self.espeak,
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
    fn japanese_is_never_given_to_espeak_and_filipino_and_chinese_are_read_in_english() {
        for lang in ["ja", "ja-easy"] {
            assert_eq!(voice_for(lang).unwrap().engine, Engine::OpenJtalk);
        }
        for lang in ["tl", "zh-Hans", "zh-Hant"] {
            let v = voice_for(lang).unwrap();
            assert_eq!((v.engine, v.reads), (Engine::Espeak, "en"), "{lang}");
        }
        assert_eq!(voice_for("xx"), None);
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
