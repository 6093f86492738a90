//! What was spoken before, ready again at once: the fixed prompts on disk, the session's own phrases in memory only.
//!
//! A phrase with a digit in it may carry the resident's dates or ticket number, so it never
//! reaches the disk, and `forget_session` drops it from memory when the visit ends. The
//! rest (headlines, questions, buttons) is the same for everyone and survives a restart.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

use super::engine::Voice;
use super::wav::Audio;

/// Phrases kept in memory: a few screens' worth (a Japanese phrase is about 250 KB).
const IN_MEMORY: usize = 32;

/// Bumped when the engines' settings change, so old audio is not played for new settings.
const SETTINGS: &str = "wpm150-trim60-v3-numbers";

#[derive(Debug, Default)]
pub struct SpeechCache {
    dir: Option<PathBuf>,
    recent: Mutex<VecDeque<(String, Arc<Audio>)>>,
}

/// Whether a phrase is the same for every resident (it has no digits: no date, no number).
pub fn is_fixed(text: &str) -> bool {
    !text.chars().any(|c| c.is_numeric())
}

fn key(voice: Voice, text: &str) -> String {
    let mut h = Sha256::new();
    for part in [SETTINGS, voice.engine.name(), voice.name, text] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl SpeechCache {
    /// A cache in memory, and on disk in `dir` when one is given (created when first needed).
    pub fn new(dir: Option<PathBuf>) -> SpeechCache {
        SpeechCache {
            dir,
            recent: Mutex::new(VecDeque::new()),
        }
    }

    pub fn get(&self, voice: Voice, text: &str) -> Option<Arc<Audio>> {
        let key = key(voice, text);
        if let Ok(mut recent) = self.recent.lock()
            && let Some(at) = recent.iter().position(|(k, _)| *k == key)
        {
            let hit = recent.remove(at)?;
            let audio = hit.1.clone();
            recent.push_back(hit);
            return Some(audio);
        }
        let path = self.dir.as_ref()?.join(format!("{key}.wav"));
        let audio = Arc::new(Audio::from_wav(&std::fs::read(path).ok()?).ok()?);
        self.remember(key, audio.clone());
        Some(audio)
    }

    pub fn put(&self, voice: Voice, text: &str, audio: Arc<Audio>) {
        self.keep(voice, text, audio, true);
    }

    /// Keeps audio made ahead: a fixed phrase on disk only (it is read back in a
    /// millisecond), so that the day's prompts in eleven languages do not sit in memory.
    pub fn put_ahead(&self, voice: Voice, text: &str, audio: Arc<Audio>) {
        let on_disk = is_fixed(text) && self.dir.is_some();
        self.keep(voice, text, audio, !on_disk);
    }

    fn keep(&self, voice: Voice, text: &str, audio: Arc<Audio>, in_memory: bool) {
        let key = key(voice, text);
        if is_fixed(text)
            && let Some(dir) = &self.dir
        {
            // A full or read-only disk only costs the next start its head start.
            let written = std::fs::create_dir_all(dir).and_then(|()| {
                let part = dir.join(format!("{key}.part"));
                std::fs::write(&part, audio.to_wav())?;
                std::fs::rename(part, dir.join(format!("{key}.wav")))
            });
            if let Err(e) = written {
                tracing::debug!("the speech cache {} is not writable: {e}", dir.display());
            }
        }
        if in_memory {
            self.remember(key, audio);
        }
    }

    fn remember(&self, key: String, audio: Arc<Audio>) {
        if let Ok(mut recent) = self.recent.lock() {
            recent.retain(|(k, _)| *k != key);
            recent.push_back((key, audio));
            while recent.len() > IN_MEMORY {
                recent.pop_front();
            }
        }
    }

    /// Drops everything in memory: the visit is over and its phrases go with it.
    pub fn forget_session(&self) {
        if let Ok(mut recent) = self.recent.lock() {
            recent.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::engine::voice_for;

    fn sound() -> Arc<Audio> {
        Arc::new(Audio {
            rate: 16_000,
            samples: vec![1, 2, 3],
        })
    }

    #[test]
    fn a_phrase_with_a_date_never_reaches_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        let cache = SpeechCache::new(Some(dir.path().to_owned()));
        let en = voice_for("en").unwrap();
        cache.put(en, "Your certificate expires on 15 July 2027.", sound());
        cache.put(en, "Please take your card.", sound());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        cache.forget_session();
        assert!(
            cache
                .get(en, "Your certificate expires on 15 July 2027.")
                .is_none()
        );
        // The fixed prompt comes back from the disk, after a restart as much as now.
        let again = SpeechCache::new(Some(dir.path().to_owned()));
        assert_eq!(again.get(en, "Please take your card."), Some(sound()));
        assert!(
            again
                .get(voice_for("ja").unwrap(), "Please take your card.")
                .is_none()
        );
    }

    #[test]
    fn a_fixed_phrase_made_ahead_waits_on_disk_not_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let cache = SpeechCache::new(Some(dir.path().to_owned()));
        let en = voice_for("en").unwrap();
        cache.put_ahead(en, "Next", sound());
        assert!(cache.recent.lock().unwrap().is_empty());
        assert_eq!(cache.get(en, "Next"), Some(sound()));
        // A phrase with a date made ahead is for this visit: memory only.
        cache.put_ahead(en, "15 July 2027", sound());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(cache.get(en, "15 July 2027"), Some(sound()));
    }
}
