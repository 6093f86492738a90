//! Carrying out the kiosk's voice and sounds: the script each screen wrote (`screen`, `spoken`) said in order, the countdown and time-out lines, and the take-card chime.

use std::time::Duration;

use crate::i18n::Catalog;
use crate::session::Effect;
use crate::speech::{Speaker, Utterance};

use super::{App, Job, screen, sound, spoken};

/// The take-card chime repeats at most this often.
const CHIME_EVERY: Duration = Duration::from_secs(3);

impl App {
    /// The speech form of the screen drawn now, in the session's language.
    pub fn utterance(&self) -> Option<Utterance> {
        self.utterance_in(self.session.language())
    }

    /// The screen drawn now as `lang` says it: in the language its voice reads.
    fn utterance_in(&self, lang: &str) -> Option<Utterance> {
        let reads = crate::speech::voice_for(lang)?.reads;
        let context = self.context(reads, true);
        let _ = self.compose(&context);
        let script = context.script.into_inner();
        let told = self.told_voice_in.as_deref() == Some(lang);
        Some(spoken::utterance(
            &script,
            Catalog::embedded(),
            if told { reads } else { lang },
            reads,
        ))
    }

    /// The numbered choices, Enter and the back key of the screen drawn now.
    pub fn script(&self) -> screen::Script {
        let context = self.context(self.session.language(), false);
        let _ = self.compose(&context);
        context.script.into_inner()
    }

    /// Carries out the session's speech and sounds at once (neither is waited for), and
    /// passes the other jobs on.
    pub(super) fn speak(&mut self, jobs: Vec<Job>) -> Vec<Job> {
        let mut rest = Vec::new();
        let mut speech = Vec::new();
        let mut sounds = Vec::new();
        for job in jobs {
            match job {
                Job::Session(
                    e @ (Effect::Speak
                    | Effect::Silence { .. }
                    | Effect::Volume(_)
                    | Effect::SayTimedOut { .. }),
                ) => speech.push(e),
                Job::Session(e @ (Effect::TakeCardSound | Effect::CountdownSound)) => {
                    sounds.push(e)
                }
                other => rest.push(other),
            }
        }
        self.say(&speech);
        // After the speech: a chime never plays over a voice that has just begun.
        for sound in sounds {
            if sound == Effect::TakeCardSound {
                let now = self.clock.instant();
                if self
                    .last_chime
                    .is_some_and(|t| now.duration_since(t) < CHIME_EVERY)
                {
                    continue;
                }
                self.last_chime = Some(now);
            }
            self.play_chime();
        }
        rest
    }

    /// Carries out speech effects in order. A Speak that a later Silence would cut off is
    /// never started.
    pub(super) fn say(&mut self, speech: &[Effect]) {
        let Some(speaker) = &self.speaker else {
            return;
        };
        let last_silence = speech
            .iter()
            .rposition(|e| matches!(e, Effect::Silence { .. }));
        let mut moved = false;
        for (i, effect) in speech.iter().enumerate() {
            match effect {
                Effect::Speak if last_silence.is_some_and(|s| s > i) => {}
                Effect::Speak => {
                    if let Some(u) = self.utterance() {
                        speaker.say(u);
                    }
                    // "The voice is in English" is said on the first screen only.
                    let lang = self.session.language();
                    if crate::speech::voice_for(lang).is_some_and(|v| v.reads != lang) {
                        self.told_voice_in = Some(lang.to_owned());
                    }
                }
                Effect::SayTimedOut { language, card_in } => {
                    if let Some(u) = spoken::timed_out(Catalog::embedded(), language, *card_in) {
                        speaker.say(u);
                    }
                }
                Effect::Silence { visit_over: true } => {
                    speaker.end_session();
                    self.told_voice_in = None;
                    moved = true;
                }
                Effect::Silence { visit_over: false } => {
                    speaker.stop();
                    moved = true;
                }
                Effect::Volume(v) => speaker.set_volume(*v),
                _ => {}
            }
        }
        // A new screen: its speech made ahead, for a "Listen" a moment later.
        if moved
            && !self.session.speaking()
            && let Some(mut u) = self.utterance()
        {
            u.phrases.truncate(2);
            speaker.prepare(u);
        }
    }

    /// The chime, on the voice's device; never over the voice, which already calls the
    /// resident (and an ALSA device without a mixer takes one sound at a time).
    fn play_chime(&self) {
        if self.speaker.as_ref().is_some_and(Speaker::busy) {
            return;
        }
        self.chime.play_detached(&sound::chime());
    }
}
