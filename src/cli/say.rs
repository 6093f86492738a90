//! `madoguchi say --lang LANG [--out FILE.wav] TEXT`: one text in a language's voice, so IT staff can test the audio.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use madoguchi::config::Config;
use madoguchi::speech::{self, Sink};

use super::ticket::fail;

/// A text the engine could not speak, or a sound that could not be played or written.
const EXIT_NO_SOUND: u8 = 10;

#[derive(Args)]
pub struct SayArgs {
    /// The kiosk configuration: its [accessibility] names the audio device and the engines.
    #[arg(long, default_value = "kiosk.toml")]
    config: PathBuf,
    /// A kiosk language code (ja, ja-easy, en, zh-Hans, …).
    #[arg(long)]
    lang: String,
    /// Write a 16-bit WAV here instead of playing it.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Also say which engine, voice and files speak the language, and the text as given to
    /// the engine (numbers written out).
    #[arg(long)]
    verbose: bool,
    /// What to say.
    #[arg(required = true)]
    text: Vec<String>,
}

pub fn run(args: &SayArgs) -> ExitCode {
    let config = match Config::load(&args.config) {
        Ok(c) => c,
        Err(e) => return fail(2, e),
    };
    let Some(voice) = speech::voice_for(&args.lang) else {
        return fail(2, speech::SpeechError::NoVoice(args.lang.clone()));
    };
    // Ruby as the texts write it (窓口《まどぐち》) is read by its reading.
    let text = madoguchi::furigana::spoken(&args.text.join(" "));
    if args.verbose {
        let engines = &config.accessibility.engines;
        if let Some(described) = engines.describe(&args.lang) {
            eprintln!("{}: {described}", args.lang);
        }
        eprintln!(
            "as read: {}",
            speech::numbers::for_speech(voice.reads, &text)
        );
    }
    let started = Instant::now();
    let audio = match config.accessibility.engines.synthesise(voice, &text) {
        Ok(a) => a,
        Err(e) => return fail(EXIT_NO_SOUND, e),
    };
    let took = started.elapsed();
    let reads = if voice.reads == args.lang {
        String::new()
    } else {
        format!(
            " (no {} voice: this one reads {} texts)",
            args.lang, voice.reads
        )
    };
    let used = config.accessibility.engines.resolve(voice);
    eprintln!(
        "{}, voice {}{reads}: {:.1} s of audio at {} Hz, made in {} ms",
        used.engine.name(),
        used.name,
        audio.duration().as_secs_f64(),
        audio.rate,
        took.as_millis()
    );
    let done = match &args.out {
        Some(path) => std::fs::write(path, audio.to_wav())
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            let volume = config.accessibility.volume;
            let device = &config.accessibility.audio_device;
            Sink::parse(device)
                .play_to_end(&audio.at_volume(volume))
                .map_err(|e| {
                    format!(
                        "cannot play on {device:?} ({e}); check accessibility.audio_device (aplay -L lists the devices)"
                    )
                })
        }
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(EXIT_NO_SOUND, e),
    }
}
