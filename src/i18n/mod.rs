//! The kiosk's texts: Fluent files under `locales/<lang>/`, one folder per language, Japanese first.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

mod text;

pub use text::{Arg, Localized, Sentence};

/// The language every text exists in first, and the one to fall back to.
pub const PRIMARY_LANGUAGE: &str = "ja";

/// Every `locales/<lang>/*.ftl` file, built into the binary so a kiosk PC needs no extra files.
#[derive(RustEmbed)]
#[folder = "locales/"]
struct Locales;

/// One `.ftl` file's text, and where it came from.
#[derive(Clone, Debug)]
pub struct FtlSource {
    pub lang: String,
    pub file: String,
    pub text: String,
}

/// All languages' texts, ready to format.
pub struct Catalog {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    sources: Vec<FtlSource>,
    errors: Vec<String>,
}

static EMBEDDED: LazyLock<Catalog> = LazyLock::new(|| {
    let sources = Locales::iter()
        .filter(|path| path.ends_with(".ftl"))
        .filter_map(|path| {
            let (lang, file) = path.split_once('/')?;
            let data = Locales::get(&path)?;
            Some(FtlSource {
                lang: lang.to_owned(),
                file: file.to_owned(),
                text: String::from_utf8_lossy(&data.data).into_owned(),
            })
        })
        .collect();
    Catalog::from_sources(sources)
});

fn language_id(lang: &str) -> LanguageIdentifier {
    // A private-use tag such as "ja-x-easy" (やさしい日本語) takes the plural rules of its base.
    lang.parse()
        .or_else(|_| lang.split('-').next().unwrap_or(lang).parse())
        .unwrap_or_else(|_| LanguageIdentifier::from_bytes(b"ja").unwrap_or_default())
}

/// Texts for the screen, or for the voice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Written,
    Spoken,
}

impl Catalog {
    /// The texts built into the binary.
    pub fn embedded() -> &'static Catalog {
        &EMBEDDED
    }

    /// Builds a catalog; files that do not parse are left out and reported by `errors`.
    pub fn from_sources(sources: Vec<FtlSource>) -> Catalog {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut errors = Vec::new();
        for src in &sources {
            let bundle = bundles.entry(src.lang.clone()).or_insert_with(|| {
                let mut b = FluentBundle::new_concurrent(vec![language_id(&src.lang)]);
                // Bidi isolation marks would show as boxes on a Japanese kiosk font.
                b.set_use_isolating(false);
                b
            });
            match FluentResource::try_new(src.text.clone()) {
                Ok(resource) => {
                    if let Err(errs) = bundle.add_resource(resource) {
                        errors.push(format!("{}/{}: {errs:?}", src.lang, src.file));
                    }
                }
                Err((_, errs)) => errors.push(format!("{}/{}: {errs:?}", src.lang, src.file)),
            }
        }
        Catalog {
            bundles,
            sources,
            errors,
        }
    }

    /// Files that did not parse; empty for a good catalog.
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    /// The languages that have texts, Japanese first.
    pub fn languages(&self) -> Vec<&str> {
        let mut langs: Vec<&str> = self.bundles.keys().map(String::as_str).collect();
        langs.sort_by_key(|l| (*l != PRIMARY_LANGUAGE, *l));
        langs
    }

    pub fn has(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// The text `key` in `lang`, falling back to Japanese, then to the key itself (so a
    /// missing text shows up, rather than an empty screen).
    pub fn text(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
        self.format(lang, key, args, Form::Written)
    }

    /// The text as a voice says it: dates read in full (「2027年7月15日、木曜日」 rather than
    /// 「2027年7月15日(木)」), from each language's `date-spoken`.
    pub fn spoken(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
        self.format(lang, key, args, Form::Spoken)
    }

    fn format(&self, lang: &str, key: &str, args: &[(&str, Arg)], form: Form) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            fluent_args.set(*name, self.value(lang, arg, form));
        }
        for l in [lang, PRIMARY_LANGUAGE] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errs = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errs);
            return text.into_owned();
        }
        key.to_owned()
    }

    pub fn sentence(&self, lang: &str, sentence: &Sentence) -> String {
        self.text(lang, &sentence.key, &sentence.args)
    }

    /// The sentences as one text, a line each.
    pub fn paragraph(&self, lang: &str, sentences: &[Sentence]) -> String {
        sentences
            .iter()
            .map(|s| self.sentence(lang, s))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A date the way the language writes it: 2027年7月15日(木), Thursday 15 July 2027.
    pub fn date(&self, lang: &str, date: NaiveDate) -> String {
        self.date_as(lang, date, Form::Written)
    }

    fn date_as(&self, lang: &str, date: NaiveDate, form: Form) -> String {
        self.text(
            lang,
            match form {
                Form::Written => "date",
                Form::Spoken => "date-spoken",
            },
            &[
                ("year", Arg::Count(i64::from(date.year()))),
                ("month", Arg::Count(i64::from(date.month()))),
                ("day", Arg::Count(i64::from(date.day()))),
                (
                    "weekday",
                    Arg::Count(i64::from(date.weekday().number_from_monday())),
                ),
            ],
        )
    }

    /// A time of day the way the language writes it (the `time` text picks from the hour,
    /// the hour on a 12-hour clock, the minute in two digits, and am or pm).
    pub fn time(&self, lang: &str, time: NaiveTime) -> String {
        let (pm, hour12) = time.hour12();
        self.text(
            lang,
            "time",
            &[
                ("hour", Arg::Count(i64::from(time.hour()))),
                ("hour12", Arg::Count(i64::from(hour12))),
                ("minute", Arg::Text(format!("{:02}", time.minute()))),
                ("period", Arg::Text(if pm { "pm" } else { "am" }.into())),
            ],
        )
    }

    /// Items joined as the language lists them: "A, B and C", 「A、B、C」, "A、B和C".
    pub fn list(&self, lang: &str, items: &[String]) -> String {
        let Some((last, rest)) = items.split_last() else {
            return String::new();
        };
        if rest.is_empty() {
            return last.clone();
        }
        format!(
            "{}{}{last}",
            rest.join(&self.text(lang, "list-separator", &[])),
            self.text(lang, "list-last-separator", &[])
        )
    }

    fn value(&self, lang: &str, arg: &Arg, form: Form) -> FluentValue<'static> {
        match arg {
            Arg::Date(d) => FluentValue::from(self.date_as(lang, *d, form)),
            Arg::Count(n) => FluentValue::from(*n),
            Arg::Time(t) => FluentValue::from(self.time(lang, *t)),
            Arg::Yen(n) => FluentValue::from(group_thousands(
                *n,
                &self.text(lang, "thousands-separator", &[]),
            )),
            Arg::Local(text) => FluentValue::from(text.get(lang)),
            Arg::LocalList(texts) => {
                let items: Vec<String> = texts.iter().map(|t| t.get(lang)).collect();
                FluentValue::from(self.list(lang, &items))
            }
            Arg::Key(key) => FluentValue::from(self.text(lang, key, &[])),
            Arg::Text(text) => FluentValue::from(text.clone()),
        }
    }

    /// Where the languages' texts differ in keys or variables, compared with Japanese: every
    /// resident's text in every folder, the staff files in Japanese and English.
    pub fn parity_problems(&self) -> Vec<String> {
        if !self.has(PRIMARY_LANGUAGE) {
            return vec![format!("there is no locales/{PRIMARY_LANGUAGE}/ folder")];
        }
        let mut problems = Vec::new();
        for lang in self.bundles.keys().filter(|l| *l != PRIMARY_LANGUAGE) {
            let staff = STAFF_LANGUAGES.contains(&lang.as_str());
            let primary = self.shapes(PRIMARY_LANGUAGE, staff);
            let shape = self.shapes(lang, true);
            for (key, vars) in &primary {
                match shape.get(key) {
                    None => problems.push(format!("{lang}: missing {key}")),
                    Some(v) if is_format_with(key, v) => {}
                    Some(v) if v != vars => problems.push(format!(
                        "{lang}: {key} uses variables {v:?}, {PRIMARY_LANGUAGE} uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for key in shape.keys().filter(|k| !primary.contains_key(*k)) {
                problems.push(format!(
                    "{lang}: {key} does not exist in {PRIMARY_LANGUAGE}{}",
                    if staff { "" } else { " (or is a staff text)" }
                ));
            }
        }
        problems
    }

    /// Each message of `lang` with the variables it uses; the staff files' only if `staff`.
    fn shapes(&self, lang: &str, staff: bool) -> BTreeMap<String, BTreeSet<String>> {
        message_shapes(
            self.sources
                .iter()
                .filter(|s| s.lang == lang && (staff || !STAFF_FILES.contains(&s.file.as_str()))),
        )
    }

    /// The resident texts of `lang` that take no variables and whose key starts with one of
    /// `prefixes`: what the voice can make ahead, the same for every resident.
    pub fn fixed_texts(&self, lang: &str, prefixes: &[&str]) -> Vec<String> {
        self.shapes(lang, false)
            .into_iter()
            .filter(|(key, vars)| vars.is_empty() && prefixes.iter().any(|p| key.starts_with(p)))
            .map(|(key, _)| self.spoken(lang, &key, &[]))
            .collect()
    }

    /// Kanji in an easy-Japanese text that carry no reading, as "file: key: kanji".
    pub fn unread_kanji(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (file, key, texts) in self.message_texts(EASY_JAPANESE) {
            if CLERK_READS.contains(&key.as_str()) {
                continue;
            }
            let kanji: String = texts
                .iter()
                .flat_map(|t| crate::furigana::unread_kanji(t))
                .collect();
            if !kanji.is_empty() {
                problems.push(format!("{file}: {key}: {kanji}"));
            }
        }
        problems
    }

    /// The written words of every resident text in `lang` (placeables left out), a message's
    /// pieces joined: what a font must be able to draw.
    pub fn resident_texts(&self, lang: &str) -> Vec<String> {
        self.message_texts(lang)
            .into_iter()
            .filter(|(file, _, _)| !STAFF_FILES.contains(&file.as_str()))
            .map(|(_, _, texts)| texts.concat())
            .collect()
    }

    /// Each message of `lang` (value and attributes) as its file, id and written pieces.
    fn message_texts(&self, lang: &str) -> Vec<(String, String, Vec<String>)> {
        let mut messages = Vec::new();
        for src in self.sources.iter().filter(|s| s.lang == lang) {
            let resource = match fluent_syntax::parser::parse(src.text.as_str()) {
                Ok(r) | Err((r, _)) => r,
            };
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let mut texts = Vec::new();
                if let Some(p) = &m.value {
                    pattern_texts(p, &mut texts);
                }
                for attr in &m.attributes {
                    pattern_texts(&attr.value, &mut texts);
                }
                messages.push((
                    src.file.clone(),
                    m.id.name.to_owned(),
                    texts.into_iter().map(str::to_owned).collect(),
                ));
            }
        }
        messages
    }
}

/// The texts staff read (maintenance mode, the counter console and statistics, the ticket's
/// staff block): written in Japanese and English, not in every resident's language.
pub const STAFF_FILES: [&str; 2] = ["staff.ftl", "server.ftl"];
pub const STAFF_LANGUAGES: [&str; 2] = [PRIMARY_LANGUAGE, "en"];

/// やさしい日本語, whose texts carry their readings (crate::furigana).
pub const EASY_JAPANESE: &str = "ja-easy";

/// Texts whose variables each language picks from: how it writes a date or a time.
const FORMATS: [(&str, &[&str]); 2] = [
    ("date", &["year", "month", "day", "weekday"]),
    ("time", &["hour", "hour12", "minute", "period"]),
];

/// Whether `key` is a format and `vars` are among those it is given.
fn is_format_with(key: &str, vars: &BTreeSet<String>) -> bool {
    FORMATS
        .iter()
        .any(|(k, given)| *k == key && vars.iter().all(|v| given.contains(&v.as_str())))
}

/// Easy-Japanese texts the clerk reads, in ordinary Japanese without readings.
const CLERK_READS: [&str; 1] = ["language-name-in-japanese"];

/// 1000 → "1,000" with `separator` ",".
pub fn group_thousands(n: u32, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// Each message and term id (attributes as `id.attr`) with the variables it uses.
fn message_shapes<'a>(
    sources: impl Iterator<Item = &'a FtlSource>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut shapes = BTreeMap::new();
    for src in sources {
        let resource = match fluent_syntax::parser::parse(src.text.as_str()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &value {
                pattern_vars(p, &mut vars);
            }
            shapes.insert(id.clone(), vars);
            for attr in attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&attr.value, &mut vars);
                shapes.insert(format!("{id}.{}", attr.id.name), vars);
            }
        }
    }
    shapes
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

/// The written text of a pattern, each piece apart (placeables, which hold no words of their
/// own, left out).
fn pattern_texts<'a>(pattern: &ast::Pattern<&'a str>, texts: &mut Vec<&'a str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => texts.push(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    pattern_texts(&v.value, texts);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The translation review's findings (issue 34), each held by its text.
    /// The sentences of `lang`'s resident texts as the kiosk writes them (a selector's
    /// default variant, each value left to fill as one mark), readings and spaces left out:
    /// split at 。！？ and at a list's line ends.
    fn japanese_sentences(catalog: &Catalog, lang: &str) -> Vec<String> {
        catalog
            .message_texts(lang)
            .iter()
            .filter(|(file, ..)| !STAFF_FILES.contains(&file.as_str()))
            .flat_map(|(_, id, _)| {
                let text = catalog.text(lang, id, &[]);
                let mut filled = String::new();
                let mut rest = text.as_str();
                while let Some(open) = rest.find("{$") {
                    filled.push_str(&rest[..open]);
                    filled.push('〇');
                    rest = rest[open..].split_once('}').map_or("", |(_, r)| r);
                }
                filled.push_str(rest);
                crate::furigana::plain(&filled)
                    .split_inclusive(['。', '！', '？', '\n'])
                    .map(|s| s.chars().filter(|c| !c.is_whitespace()).collect::<String>())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// The 2020 やさしい日本語 guideline: one idea per sentence, shorter than the standard text's;
    /// a word's explanation is a sentence of its own, not a gloss in brackets inside another.
    #[test]
    fn easy_japanese_says_one_idea_per_sentence_in_shorter_sentences_than_japanese() {
        let catalog = Catalog::embedded();
        let average = |lang: &str| {
            let sentences = japanese_sentences(catalog, lang);
            let chars: usize = sentences.iter().map(|s| s.chars().count()).sum();
            chars as f64 / sentences.len() as f64
        };
        let (easy, standard) = (average("ja-easy"), average("ja"));
        println!("characters a sentence: easy Japanese {easy:.1}, Japanese {standard:.1}");

        assert!(easy < standard, "easy {easy:.1} against {standard:.1}");
        let mut glosses = Vec::new();
        for sentence in japanese_sentences(catalog, "ja-easy") {
            let mut rest = sentence.as_str();
            while let Some(open) = rest.find('(') {
                let Some(close) = rest[open..].find(')') else {
                    break;
                };
                let inside = &rest[open + 1..open + close];
                let after = rest[open + close + 1..].trim_start_matches(['。', '、']);
                // A bracket at a label's end (「(原本)」) or naming a term (「(再設定)」) is no
                // gloss; an explanation in the middle of a sentence is.
                if inside.chars().count() > 8 && !after.is_empty() {
                    glosses.push(sentence.clone());
                }
                rest = &rest[open + close + 1..];
            }
        }
        assert!(glosses.is_empty(), "glosses inside sentences: {glosses:#?}");
    }

    #[test]
    fn the_translation_review_s_findings_stay_fixed() {
        let c = Catalog::embedded();
        let seconds = |n| [("seconds", Arg::Count(n))];
        assert_eq!(
            c.text("en", "countdown", &seconds(1)),
            "Back to the start in one second."
        );
        assert_eq!(
            c.text("en", "countdown", &seconds(20)),
            "Back to the start in 20 seconds."
        );
        assert!(
            c.text("en", "put-back-body", &seconds(1))
                .ends_with("in one second.")
        );
        // The form is mailed again only when the PIN on it does not match.
        let pt = c.text("pt-BR", "visits-proxy-second", &[]);
        assert!(pt.contains("Se a senha escrita no formulário não conferir, será preciso redefini-la: nesse caso, um novo formulário será enviado"), "{pt}");
        let id = c.text("id", "visits-proxy-second", &[]);
        assert!(id.contains("Jika PIN yang tertulis tidak cocok, PIN perlu diatur ulang: dalam hal itu, formulir baru dikirim"), "{id}");
        // The residence card is not read as Indonesia's KTP.
        assert!(
            c.text("id", "checklist-official_id", &[])
                .contains("Kartu Penduduk (zairyu card, 在留カード; bukan KTP)")
        );
        // A proxy reads whose card: the holder's.
        assert!(
            c.text("zh-Hans", "checklist-card", &[])
                .contains("持卡人本人的卡")
        );
        assert!(
            c.text("zh-Hant", "checklist-card", &[])
                .contains("持卡人本人的卡片")
        );
        // The legal representative is asked as "you".
        assert!(
            c.text("ko", "question-knows_pins-legal_representative", &[])
                .contains("귀하께서")
        );
    }

    fn src(lang: &str, text: &str) -> FtlSource {
        FtlSource {
            lang: lang.into(),
            file: "test.ftl".into(),
            text: text.into(),
        }
    }

    #[test]
    fn embedded_texts_parse_without_errors() {
        assert_eq!(Catalog::embedded().errors(), &[] as &[String]);
        assert!(Catalog::embedded().has("ja"));
        assert!(Catalog::embedded().has("en"));
    }

    #[test]
    fn every_language_has_the_same_keys_and_variables_as_japanese() {
        assert_eq!(Catalog::embedded().parity_problems(), Vec::<String>::new());
    }

    #[test]
    fn parity_check_reports_a_missing_key_and_a_missing_variable() {
        let catalog = Catalog::from_sources(vec![
            src("ja", "a = あ { $x }\nb = い\n"),
            src("en", "a = A\nc = C\n"),
        ]);
        let problems = catalog.parity_problems();
        assert!(
            problems.iter().any(|p| p.contains("en: a uses variables")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p == "en: missing b"),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains("en: c does not exist")),
            "{problems:?}"
        );
    }

    #[test]
    fn staff_texts_need_only_japanese_and_english() {
        let catalog = Catalog::from_sources(vec![
            src("ja", "a = あ\n"),
            FtlSource {
                file: "staff.ftl".into(),
                ..src("ja", "staff-a = 職員\n")
            },
            src("en", "a = A\n"),
            src("ko", "a = 가\n"),
        ]);
        assert_eq!(catalog.parity_problems(), vec!["en: missing staff-a"]);
    }

    #[test]
    fn a_language_may_write_a_time_with_fewer_variables() {
        let catalog = Catalog::from_sources(vec![
            src("ja", "time = { $hour }:{ $minute }\n"),
            src("en", "time = { $hour }\n"),
            src("ko", "time = { $period } { $hour12 }:{ $minute }\n"),
            src("vi", "time = { $hours }\n"),
        ]);
        assert_eq!(
            catalog.parity_problems(),
            vec!["vi: time uses variables {\"hours\"}, ja uses {\"hour\", \"minute\"}"]
        );
    }

    #[test]
    fn every_kanji_in_easy_japanese_has_its_reading() {
        assert_eq!(Catalog::embedded().unread_kanji(), Vec::<String>::new());
    }

    #[test]
    fn the_reading_check_finds_a_kanji_without_one_in_any_variant() {
        let catalog = Catalog::from_sources(vec![src(
            EASY_JAPANESE,
            "a = 窓口《まどぐち》へ\nb = { $n ->\n    [1] ｜1人《ひとり》\n   *[other] { $n }人\n}\nlanguage-name-in-japanese = やさしい日本語\n",
        )]);
        assert_eq!(catalog.unread_kanji(), vec!["test.ftl: b: 人"]);
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let c = Catalog::embedded();
        let d = NaiveDate::from_ymd_opt(2027, 7, 15).unwrap();
        assert_eq!(c.date("ja", d), "2027年7月15日(木)");
        assert_eq!(c.date("en", d), "Thursday 15 July 2027");
        let d = NaiveDate::from_ymd_opt(2028, 3, 1).unwrap();
        assert_eq!(c.date("ja", d), "2028年3月1日(水)");
        assert_eq!(c.date("en", d), "Wednesday 1 March 2028");
    }

    /// CLDR's full date, short time and grouping for each language (ja keeps the kiosk's
    /// 2027年7月15日(木), en its British day-month order with the hour as Japan's English signs
    /// write it, 8:30).
    #[test]
    fn dates_times_and_yen_are_written_as_cldr_writes_them_in_every_language() {
        let c = Catalog::embedded();
        let d = NaiveDate::from_ymd_opt(2027, 7, 15).unwrap();
        let t = NaiveTime::from_hms_opt(14, 5, 0).unwrap();
        let morning = NaiveTime::from_hms_opt(8, 30, 0).unwrap();
        let expected = [
            ("ja", "2027年7月15日(木)", "14:05", "8:30", "1,000"),
            ("en", "Thursday 15 July 2027", "14:05", "8:30", "1,000"),
            ("zh-Hans", "2027年7月15日星期四", "14:05", "08:30", "1,000"),
            (
                "zh-Hant",
                "2027年7月15日 星期四",
                "下午2:05",
                "上午8:30",
                "1,000",
            ),
            (
                "ko",
                "2027년 7월 15일 목요일",
                "오후 2:05",
                "오전 8:30",
                "1,000",
            ),
            ("vi", "Thứ Năm, 15 tháng 7, 2027", "14:05", "08:30", "1.000"),
            (
                "pt-BR",
                "quinta-feira, 15 de julho de 2027",
                "14:05",
                "08:30",
                "1.000",
            ),
            (
                "tl",
                "Huwebes, Hulyo 15, 2027",
                "2:05 PM",
                "8:30 AM",
                "1,000",
            ),
            ("id", "Kamis, 15 Juli 2027", "14.05", "08.30", "1.000"),
            // Latin digits, as the ticket number and the telephone numbers beside it are.
            ("ne", "2027 जुलाई 15, बिहिबार", "14:05", "08:30", "1,000"),
        ];
        for (lang, date, time, early, yen) in expected {
            assert_eq!(c.date(lang, d), date, "{lang}");
            assert_eq!(c.time(lang, t), time, "{lang}");
            assert_eq!(c.time(lang, morning), early, "{lang}");
            let fee = c.text(
                lang,
                "fee-reissue",
                &[
                    ("total", Arg::Yen(1200)),
                    ("card", Arg::Yen(1000)),
                    ("cert", Arg::Yen(200)),
                ],
            );
            assert!(fee.contains(yen), "{lang}: {fee}");
        }
    }

    #[test]
    fn lists_join_their_last_two_as_each_language_does() {
        let c = Catalog::embedded();
        let items: Vec<String> = ["A", "B", "C"].map(String::from).to_vec();
        for (lang, joined) in [
            ("ja", "A、B、C"),
            ("en", "A, B and C"),
            ("zh-Hans", "A、B和C"),
            ("vi", "A, B và C"),
            ("pt-BR", "A, B e C"),
            ("tl", "A, B at C"),
            ("ne", "A, B र C"),
            ("id", "A, B dan C"),
            ("ko", "A, B, C"),
        ] {
            assert_eq!(c.list(lang, &items), joined, "{lang}");
        }
        assert_eq!(c.list("en", &items[..1]), "A");
        assert_eq!(c.list("en", &items[..2]), "A and B");
    }

    #[test]
    fn missing_text_falls_back_to_japanese_then_to_the_key() {
        let catalog = Catalog::from_sources(vec![src("ja", "only-ja = 日本語\n"), src("en", "")]);
        assert_eq!(catalog.text("en", "only-ja", &[]), "日本語");
        assert_eq!(catalog.text("en", "nowhere", &[]), "nowhere");
    }

    #[test]
    fn every_status_procedure_item_and_question_has_a_text_in_every_language() {
        use crate::domain::{NoCardReason, Procedure, Question, StandardItem, Visitor};
        let c = Catalog::embedded();
        let mut keys: Vec<String> = Vec::new();
        keys.extend(
            Procedure::ALL
                .iter()
                .map(|p| format!("procedure-{}", p.id())),
        );
        keys.extend(
            StandardItem::ALL
                .iter()
                .map(|i| format!("checklist-{}", i.id())),
        );
        keys.extend(Question::ALL.iter().map(|q| format!("question-{}", q.id())));
        keys.extend(
            Visitor::ALL
                .iter()
                .map(|v| format!("answer-visitor-{}", v.id())),
        );
        keys.extend(
            NoCardReason::ALL
                .iter()
                .map(|r| format!("answer-no_card_reason-{}", r.id())),
        );
        for status in [
            "no_certificate",
            "juki_card",
            "smartphone",
            "other_card",
            "unreadable",
            "no_card",
        ] {
            keys.push(format!("status-{status}"));
        }
        for lang in c.languages() {
            for key in &keys {
                assert_ne!(&c.text(lang, key, &[]), key, "{lang}: {key} has no text");
            }
        }
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0, ","), "0");
        assert_eq!(group_thousands(800, ","), "800");
        assert_eq!(group_thousands(1000, ","), "1,000");
        assert_eq!(group_thousands(1234567, "."), "1.234.567");
    }
}
