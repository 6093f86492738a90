//! A screen's speech form: what it says in readings, sentence by sentence, then its keys, each language's name in that language's voice.

use super::screen::{Choice, Script};
use crate::i18n::Arg;
use crate::i18n::Catalog;
use crate::session::Touch;
use crate::speech::{Phrase, Utterance, voice_for};

/// Text as a voice should get it: readings for ruby, no invisible joiners or list bullets.
fn for_voice(text: &str) -> String {
    crate::furigana::spoken(text)
        .chars()
        .filter(|c| !matches!(c, '\u{2060}' | '\u{2068}' | '\u{2069}' | '\u{200b}'))
        .collect::<String>()
        .lines()
        .map(|line| line.trim().trim_start_matches('・').trim())
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// Sentences (and a list's lines), so the first can be heard while the next is made.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            out.push(std::mem::take(&mut current).trim().to_owned());
            continue;
        }
        current.push(c);
        let ends = match c {
            '。' | '！' | '？' | '।' => true,
            '.' | '!' | '?' => chars.peek().is_none_or(|n| n.is_whitespace()),
            _ => false,
        };
        if ends {
            out.push(std::mem::take(&mut current).trim().to_owned());
        }
    }
    out.push(current.trim().to_owned());
    out.retain(|s| !s.is_empty());
    out
}

/// What screens say first (headlines, questions, titles) in `lang`'s voice: made at start
/// and kept on disk, so that a new kiosk's first visit is not the one that waits.
pub fn first_phrases(catalog: &Catalog, lang: &str) -> Option<Utterance> {
    let reads = voice_for(lang)?.reads;
    let prefixes = [
        "headline-",
        "question-",
        "conclusion-title",
        "checklist-title",
        "ticket-screen-title",
        "take-your-ticket-and-card",
        "reading-title",
        "put-back-title",
        "countdown-title",
        "languages-title",
        "take-card-title",
        "issuing",
    ];
    let phrases = catalog
        .fixed_texts(reads, &prefixes)
        .iter()
        .filter_map(|t| sentences(&for_voice(t)).into_iter().next())
        .filter(|t| crate::speech::cache::is_fixed(t))
        .map(|text| Phrase {
            lang: lang.to_owned(),
            text,
        })
        .collect();
    Some(Utterance { phrases })
}

/// The speech form of a screen drawn in `lang` (the language its voice reads). `resident`
/// is the session's language: when it has no voice of its own, the screen first says so.
///
/// The title first, then the keys, then the rest of the screen, as an ATM speaks: a resident
/// who knows what they want presses at once, and 0 says it all again.
pub fn utterance(script: &Script, catalog: &Catalog, resident: &str, lang: &str) -> Utterance {
    let mut phrases = Vec::new();
    let mut say = |lang: &str, text: String| {
        for s in sentences(&for_voice(&text)) {
            phrases.push(Phrase {
                lang: lang.to_owned(),
                text: s,
            });
        }
    };
    if resident != lang {
        say(lang, catalog.text(lang, "voice-in-english", &[]));
    }
    let lead = script.lead.max(1).min(script.said.len());
    for text in &script.said[..lead] {
        say(lang, text.clone());
    }
    // The ways to another language first: whoever does not understand this one needs them
    // before anything else, and each is said in the language it leads to.
    let mut order: Vec<(usize, &Choice)> = script.options.iter().enumerate().collect();
    order.sort_by_key(|(_, c)| match c.touch {
        Touch::Language(_) => 0,
        Touch::Languages => 1,
        _ => 2,
    });
    for (i, choice) in order {
        let key = Arg::Count(i as i64 + 1);
        for (voice, words, label) in names(choice, lang) {
            let args = [("label", Arg::Text(label)), ("key", key.clone())];
            say(&voice, catalog.text(&words, "speech-key", &args));
        }
        if script.main == Some(i) {
            say(
                lang,
                catalog.text(
                    lang,
                    "speech-enter",
                    &[("label", Arg::Text(choice.label.clone()))],
                ),
            );
        }
    }
    if script.back.is_some() {
        say(lang, catalog.text(lang, "speech-back", &[]));
    }
    for text in &script.said[lead..] {
        say(lang, text.clone());
    }
    say(lang, catalog.text(lang, "speech-repeat", &[]));
    Utterance { phrases }
}

/// Each way a choice is said: (voice, language of the words, label). A language's own
/// name is said in its own voice; a language without a voice is named in the words of the
/// voice that reads for it ("Chinese (Simplified)", never its letters spelt out in English).
fn names(choice: &Choice, lang: &str) -> Vec<(String, String, String)> {
    let catalog = Catalog::embedded();
    let mut out = Vec::new();
    for (l, label) in std::iter::once((&choice.lang, &choice.label))
        .chain(choice.also.iter().map(|(l, label)| (l, label)))
    {
        match voice_for(l) {
            Some(v) if l != lang && v.reads == l.as_str() => {
                out.push((l.clone(), l.clone(), label.clone()));
            }
            Some(v) if l != lang => {
                let name = catalog.text(l, "language-name-in-english", &[]);
                let label = if matches!(choice.touch, Touch::Language(_)) {
                    name
                } else {
                    label.clone()
                };
                out.push((l.clone(), v.reads.to_owned(), label));
            }
            _ => out.push((lang.to_owned(), lang.to_owned(), label.clone())),
        }
    }
    out
}

/// What the voice says when a visit ends by itself: in the resident's language, and that
/// their card is still in the reader when it is.
pub fn timed_out(catalog: &Catalog, resident: &str, card_in: bool) -> Option<Utterance> {
    let reads = voice_for(resident)?.reads;
    let mut keys = vec!["speech-timed-out"];
    if card_in {
        keys.push("take-card-title");
    }
    let phrases = keys
        .into_iter()
        .flat_map(|key| sentences(&for_voice(&catalog.text(reads, key, &[]))))
        .map(|text| Phrase {
            lang: resident.to_owned(),
            text,
        })
        .collect();
    Some(Utterance { phrases })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruby_is_read_and_sentences_come_apart() {
        assert_eq!(
            for_voice("窓口《まどぐち》へ\n行《い》く"),
            "まどぐちへ\nいく"
        );
        // A list's lines are heard one by one, without their bullets.
        assert_eq!(
            sentences(&for_voice(
                "できません。\n    ・マイナポータル\n    ・申請《しんせい》\nカードは 使えます。"
            )),
            vec![
                "できません。",
                "マイナポータル",
                "しんせい",
                "カードは 使えます。"
            ]
        );
        assert_eq!(
            sentences("カードを置いてください。時間は9:00です。"),
            vec!["カードを置いてください。", "時間は9:00です。"]
        );
        assert_eq!(
            sentences("It opens at 9.30 today. Please wait."),
            vec!["It opens at 9.30 today.", "Please wait."]
        );
    }

    #[test]
    fn a_screen_says_its_title_then_its_keys_then_the_rest() {
        let catalog = Catalog::embedded();
        let mut script = Script::default();
        script.said.push("Your certificates are valid".into());
        script.said.push("They expire on 20 June.".into());
        script.number(Touch::Continue, "Next", "en", true);
        script.number(Touch::Language("ja".into()), "日本語", "ja", false);
        script.back = Some(Touch::Back);
        let u = utterance(&script, catalog, "en", "en");
        let texts: Vec<(&str, &str)> = u
            .phrases
            .iter()
            .map(|p| (p.lang.as_str(), p.text.as_str()))
            .collect();
        assert_eq!(texts[0], ("en", "Your certificates are valid"));
        // A way to another language first, in that language's voice and words.
        assert_eq!(texts[1], ("ja", "「日本語」は、2を押してください。"));
        assert_eq!(texts[2], ("en", "For “Next”, press 1."));
        assert_eq!(texts[3], ("en", "Enter also chooses “Next”."));
        assert_eq!(texts[4], ("en", "To go back, press Backspace."));
        // The explanation after the keys, and how to hear it all again last.
        assert_eq!(texts[5], ("en", "They expire on 20 June."));
        assert_eq!(texts[6].1, "Press 0 to hear this again.");
    }

    #[test]
    fn the_phrases_made_ahead_are_each_screen_s_first_and_the_same_for_everyone() {
        let u = first_phrases(Catalog::embedded(), "ja").unwrap();
        let texts: Vec<&str> = u.phrases.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"電子証明書の更新の時期です"), "{texts:?}");
        assert!(texts.len() > 20, "{texts:?}");
        assert!(texts.iter().all(|t| crate::speech::cache::is_fixed(t)));
        assert!(first_phrases(Catalog::embedded(), "xx").is_none());
    }

    #[test]
    fn a_filipino_screen_is_spoken_in_english_and_says_so_first() {
        let u = utterance(&Script::default(), Catalog::embedded(), "tl", "en");
        assert_eq!(u.phrases[0].lang, "en");
        assert!(
            u.phrases[0].text.contains("your language"),
            "{:?}",
            u.phrases[0]
        );
    }
}
