//! Phrases (文節): where a Japanese or Chinese line may break, found by BudouX's models.
//!
//! Japanese and Chinese put no spaces between words, and the Unicode line-break rules let a
//! line break between any two characters: 「くだ/さい」. Readers read by phrases, and a word cut
//! in two slows exactly the elderly readers the kiosk serves. BudouX (Google, Apache-2.0,
//! assets/budoux/LICENSE) scores each gap between two characters from the characters around
//! it; its small models for Japanese and for simplified and traditional Chinese are bundled
//! here, and the same idea is Chromium's `word-break: auto-phrase`. Easy Japanese is written
//! with a space between phrases (分かち書き), and those spaces are its phrases.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A BudouX model: the score of each feature, by the feature's group (UW1…UW6 for one
/// character around the gap, BW1…BW3 for two, TW1…TW4 for three).
struct Model {
    groups: HashMap<String, HashMap<String, i64>>,
    /// Minus half of every score: a gap breaks when its features outweigh it.
    base: i64,
}

impl Model {
    fn parse(json: &str) -> Model {
        // The models are bundled and checked by a test: they cannot fail to parse at run time.
        let groups: HashMap<String, HashMap<String, i64>> =
            serde_json::from_str(json).unwrap_or_default();
        let total: i64 = groups.values().flat_map(|g| g.values()).sum();
        Model {
            groups,
            base: -total / 2,
        }
    }

    fn score(&self, group: &str, chars: &[char]) -> i64 {
        let Some(g) = self.groups.get(group) else {
            return 0;
        };
        let key: String = chars.iter().collect();
        g.get(&key).copied().unwrap_or(0)
    }

    /// Whether a phrase starts at `i` (0 < i < len), as BudouX's parser decides it.
    fn breaks_before(&self, s: &[char], i: usize) -> bool {
        let n = s.len();
        let mut score = self.base;
        if i > 2 {
            score += self.score("UW1", &s[i - 3..i - 2]);
        }
        if i > 1 {
            score += self.score("UW2", &s[i - 2..i - 1]);
        }
        score += self.score("UW3", &s[i - 1..i]);
        score += self.score("UW4", &s[i..i + 1]);
        if i + 1 < n {
            score += self.score("UW5", &s[i + 1..i + 2]);
        }
        if i + 2 < n {
            score += self.score("UW6", &s[i + 2..i + 3]);
        }
        if i > 1 {
            score += self.score("BW1", &s[i - 2..i]);
        }
        score += self.score("BW2", &s[i - 1..i + 1]);
        if i + 1 < n {
            score += self.score("BW3", &s[i..i + 2]);
        }
        if i > 2 {
            score += self.score("TW1", &s[i - 3..i]);
        }
        if i > 1 {
            score += self.score("TW2", &s[i - 2..i + 1]);
        }
        if i + 1 < n {
            score += self.score("TW3", &s[i - 1..i + 2]);
        }
        if i + 2 < n {
            score += self.score("TW4", &s[i..i + 3]);
        }
        score > 0
    }
}

/// The writing systems that are split into phrases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writing {
    Japanese,
    SimplifiedChinese,
    TraditionalChinese,
}

impl Writing {
    /// The writing of a kiosk language, or `None` for one that puts spaces between words.
    pub fn of(lang: &str) -> Option<Writing> {
        match lang {
            "ja" | "ja-easy" => Some(Writing::Japanese),
            "zh-Hans" => Some(Writing::SimplifiedChinese),
            "zh-Hant" => Some(Writing::TraditionalChinese),
            _ => None,
        }
    }

    fn model(self) -> &'static Model {
        static MODELS: OnceLock<[Model; 3]> = OnceLock::new();
        let models = MODELS.get_or_init(|| {
            [
                Model::parse(include_str!("../assets/budoux/ja.json")),
                Model::parse(include_str!("../assets/budoux/zh-hans.json")),
                Model::parse(include_str!("../assets/budoux/zh-hant.json")),
            ]
        });
        &models[self as usize]
    }
}

/// Whether Japanese `text` is written with a space between phrases (easy Japanese's
/// 分かち書き): spaces with Japanese on both sides, more than the one a standard sentence
/// may hold around a name or a date.
fn spaced(chars: &[char]) -> bool {
    chars
        .windows(3)
        .filter(|w| matches!(w[1], ' ' | '\u{3000}') && is_cjk(w[0]) && is_cjk(w[2]))
        .count()
        >= 2
}

/// Han, kana, and the CJK punctuation and full-width forms.
pub fn is_cjk(c: char) -> bool {
    crate::furigana::is_kanji(c)
        || matches!(c, '\u{3000}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF00}'..='\u{FFEF}')
}

/// For each character of `text` (by index), whether a phrase starts there. Index 0 and the
/// first character of each line start phrases; a space is its own boundary.
pub fn starts(writing: Writing, text: &str) -> Vec<bool> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = vec![false; chars.len()];
    let mut line_start = 0;
    for end in (0..=chars.len()).filter(|&i| i == chars.len() || chars[i] == '\n') {
        let line = &chars[line_start..end];
        if !line.is_empty() {
            out[line_start] = true;
            let by_spaces = writing == Writing::Japanese && spaced(line);
            for i in 1..line.len() {
                out[line_start + i] =
                    if by_spaces || line[i].is_whitespace() || line[i - 1].is_whitespace() {
                        line[i - 1].is_whitespace() && !line[i].is_whitespace()
                    } else {
                        writing.model().breaks_before(line, i)
                    };
            }
        }
        if end < chars.len() {
            out[end] = true;
        }
        keep_punctuation_with_its_words(line, &mut out[line_start..end]);
        line_start = end + 1;
    }
    out
}

/// Punctuation that never starts a line (、。」 and the like, 禁則) and brackets that never
/// end one, as the line-break rules have them.
const NEVER_FIRST: &str = "、。，．・：；？！）」』】〉》〕］｝’”)]}.,;:!?ーゝゞヽヾ々";
const NEVER_LAST: &str = "（「『【〈《〔［｛‘“([{";

/// A phrase start BudouX puts before a closing mark moves after it, and one after an opening
/// bracket moves before it: the line may break only where both the phrases and the
/// line-break rules let it.
fn keep_punctuation_with_its_words(line: &[char], starts: &mut [bool]) {
    for i in 1..line.len() {
        if starts[i] && NEVER_FIRST.contains(line[i]) {
            starts[i] = false;
            if i + 1 < line.len() && !line[i + 1].is_whitespace() {
                starts[i + 1] = true;
            }
        }
    }
    for i in (1..line.len()).rev() {
        if starts[i] && NEVER_LAST.contains(line[i - 1]) {
            starts[i] = false;
            starts[i - 1] = true;
        }
    }
    if let Some(first) = starts.first_mut() {
        *first = true;
    }
}

/// `text` cut into its phrases (the spaces between easy Japanese's phrases stay with the
/// phrase before them): how the tests show what `starts` found.
#[cfg(test)]
pub(crate) fn split(writing: Writing, text: &str) -> Vec<&str> {
    let starts = starts(writing, text);
    let mut out = Vec::new();
    let mut from = 0;
    for ((at, _), &start) in text.char_indices().zip(&starts) {
        if start && at > from {
            out.push(&text[from..at]);
            from = at;
        }
    }
    if from < text.len() {
        out.push(&text[from..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_models_load_and_split_as_budoux_does() {
        for w in [
            Writing::Japanese,
            Writing::SimplifiedChinese,
            Writing::TraditionalChinese,
        ] {
            assert!(w.model().groups.len() >= 12, "{w:?}");
        }
        // As BudouX 0.9.3's own Python parser splits them, with the same models.
        assert_eq!(
            split(Writing::Japanese, "今日は天気です。"),
            vec!["今日は", "天気です。"]
        );
        assert_eq!(
            split(Writing::Japanese, "カードを置いてください。"),
            vec!["カードを", "置いてください。"]
        );
        assert_eq!(
            split(Writing::Japanese, "新しいカードを申請してください"),
            vec!["新しい", "カードを", "申請してください"]
        );
        assert_eq!(
            split(Writing::SimplifiedChinese, "您的电子证书将于七月十五日到期"),
            vec![
                "您", "的", "电子", "证书", "将", "于", "七月", "十五", "日", "到", "期"
            ]
        );
    }

    #[test]
    fn easy_japanese_breaks_at_its_spaces_and_new_lines_start_phrases() {
        assert_eq!(
            split(Writing::Japanese, "カードを 置《お》いて ください"),
            vec!["カードを ", "置《お》いて ", "ください"]
        );
        // Punctuation stays with its words: no phrase starts after an opening bracket or
        // before a closing mark.
        assert_eq!(
            split(Writing::Japanese, "受理番号(分かれば)"),
            vec!["受理番号", "(分かれば)"]
        );
        assert_eq!(
            split(Writing::Japanese, "なくした・盗まれた"),
            vec!["なくした・", "盗まれた"]
        );
        // One space, where a name or a date was, does not make a text easy Japanese.
        assert_eq!(
            split(Writing::Japanese, "次の受付は からです。"),
            vec!["次の", "受付は ", "からです。"]
        );
        let s = starts(Writing::Japanese, "ください。\n新しい");
        assert!(s[0] && s[6] && s[5]);
        assert!(!s[1] && !s[7], "{s:?}");
    }
}
