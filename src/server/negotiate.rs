//! Which offered language a public page is written in: the one asked for with `?lang=`, else the browser's Accept-Language, else Japanese.

use crate::i18n::PRIMARY_LANGUAGE;

/// The longest `?lang=` taken as a language tag; a longer one is no language.
const MAX_LANG: usize = 35;

/// The language of the page: `?lang=` when it is offered (another: Japanese), else the
/// first offered one the browser asks for, else Japanese.
pub(super) fn choose_language(
    offered: &[String],
    asked: Option<&str>,
    accept: Option<&str>,
) -> String {
    let find = |tag: &str| -> Option<String> {
        let tag = tag.trim();
        if let Some(o) = offered.iter().find(|o| o.eq_ignore_ascii_case(tag)) {
            return Some(o.clone());
        }
        let lower = tag.to_ascii_lowercase();
        let wanted = if lower.starts_with("zh") {
            if ["tw", "hk", "mo", "hant"].iter().any(|r| lower.contains(r)) {
                "zh-Hant"
            } else {
                "zh-Hans"
            }
        } else if lower.starts_with("pt") {
            "pt-BR"
        } else if lower.starts_with("fil") {
            "tl"
        } else {
            let primary = lower.split('-').next().unwrap_or("");
            return offered
                .iter()
                .find(|o| o.eq_ignore_ascii_case(primary))
                .cloned();
        };
        offered.iter().find(|o| *o == wanted).cloned()
    };
    if let Some(asked) = asked.filter(|a| !a.is_empty()) {
        return find(asked)
            .filter(|_| asked.len() <= MAX_LANG)
            .unwrap_or_else(|| PRIMARY_LANGUAGE.to_owned());
    }
    let mut ranked: Vec<(f32, &str)> = accept
        .unwrap_or("")
        .split(',')
        .take(20)
        .filter_map(|part| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
            (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, tag))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked
        .into_iter()
        .find_map(|(_, tag)| find(tag))
        .unwrap_or_else(|| PRIMARY_LANGUAGE.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered() -> Vec<String> {
        ["ja", "ja-easy", "en", "zh-Hans", "zh-Hant", "pt-BR", "tl"]
            .map(str::to_owned)
            .to_vec()
    }

    #[test]
    fn the_language_comes_from_the_query_then_the_browser_then_japanese() {
        let c = offered();
        assert_eq!(choose_language(&c, Some("en"), Some("zh-CN")), "en");
        assert_eq!(choose_language(&c, Some("xx"), Some("en")), "ja");
        assert_eq!(choose_language(&c, None, Some("zh-TW,zh;q=0.8")), "zh-Hant");
        assert_eq!(choose_language(&c, None, Some("zh-CN")), "zh-Hans");
        assert_eq!(
            choose_language(&c, None, Some("fr;q=0.9, pt;q=0.5")),
            "pt-BR"
        );
        assert_eq!(choose_language(&c, None, Some("fil-PH")), "tl");
        assert_eq!(choose_language(&c, None, Some("de, en;q=0")), "ja");
        assert_eq!(choose_language(&c, None, None), "ja");
    }
}
