//! What the rest of the program asks the configuration: which window serves what, the city's texts and what residents would miss in them.

use crate::domain::Procedure;
use crate::i18n::Localized;

use super::schema::{Config, LocalItem, Window};

impl Config {
    /// The open window that takes residents who ask for a person: kiosk.toml's
    /// `consultation.window`, or the one that resets PINs.
    pub fn consultation_window(&self) -> Option<&Window> {
        match &self.consultation.window {
            Some(id) => self.window(id).filter(|w| w.open),
            None => self.window_for(Procedure::PinReset),
        }
    }

    /// The open window that serves `procedure` (load checks there is exactly one).
    pub fn window_for(&self, procedure: Procedure) -> Option<&Window> {
        self.windows
            .iter()
            .find(|w| w.open && w.procedures.contains(&procedure))
    }

    pub fn window(&self, id: &str) -> Option<&Window> {
        self.windows.iter().find(|w| w.id == id)
    }

    /// Window `id` as a transfer goes to it; the error lists the windows there are.
    pub fn transfer_target(&self, id: &str) -> Result<crate::domain::TransferTarget, String> {
        let to = self.window(id).ok_or_else(|| {
            let ids: Vec<&str> = self.windows.iter().map(|w| w.id.as_str()).collect();
            format!(
                "{id:?} is not in kiosk.toml; its windows are {}",
                ids.join(", ")
            )
        })?;
        Ok(crate::domain::TransferTarget {
            window: to.id.clone(),
            open: to.open,
            procedures: to.procedures.clone(),
        })
    }

    /// Each of the city's own texts with its key in kiosk.toml.
    pub fn city_text_fields(&self) -> Vec<(String, &Localized)> {
        let mut texts: Vec<(String, &Localized)> =
            vec![("municipality.name".into(), &self.municipality.name)];
        if let Some(office) = &self.municipality.office {
            texts.push(("municipality.office".into(), office));
        }
        for (i, w) in self.windows.iter().enumerate() {
            texts.push((format!("windows[{i}].label"), &w.label));
        }
        for (i, x) in self.checklist.extras.iter().enumerate() {
            texts.push((format!("checklist.extras[{i}].label"), &x.label));
        }
        for (item, note) in &self.checklist.notes {
            texts.push((format!("checklist.notes.{}", item.id()), note));
        }
        for (i, o) in self.other_offices.iter().enumerate() {
            texts.push((format!("other_offices[{i}].name"), &o.name));
        }
        if let Some(name) = &self.lost_card.hotline_name {
            texts.push(("lost_card.hotline_name".into(), name));
        }
        if let Some(receipt) = &self.lost_card.police_receipt {
            texts.push(("lost_card.police_receipt".into(), receipt));
        }
        texts
    }

    /// The city's own texts.
    pub fn city_texts(&self) -> Vec<&Localized> {
        self.city_text_fields()
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    /// What residents of an offered language would miss in the city's texts: a text not
    /// given in it (shown in English with the Japanese beside it), easy Japanese without a
    /// reading, a character the language's typeface cannot draw. Warnings, not errors: the
    /// kiosk still works.
    pub fn text_warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        let optional = self
            .languages
            .offered
            .iter()
            .filter(|l| !["ja", "en"].contains(&l.as_str()));
        for lang in optional {
            for (key, text) in self.city_text_fields() {
                let Some(given) = text.0.get(lang.as_str()) else {
                    let shown = if lang == crate::i18n::EASY_JAPANESE {
                        "the Japanese without readings"
                    } else {
                        "the English with the Japanese beside it"
                    };
                    warnings.push(format!(
                        "{key}.{lang} is not given: residents reading {lang} see {shown}"
                    ));
                    continue;
                };
                if lang == crate::i18n::EASY_JAPANESE {
                    let unread: String = crate::furigana::unread_kanji(given).into_iter().collect();
                    if !unread.is_empty() {
                        warnings.push(format!(
                            "{key}.{lang}: {unread} has no reading; write it as 漢字《かんじ》"
                        ));
                    }
                }
                let missing: String = crate::fonts::missing_glyphs(lang, given)
                    .into_iter()
                    .collect();
                if !missing.is_empty() {
                    warnings.push(format!(
                        "{key}.{lang}: the {} typeface has no {missing}; run scripts/subset-fonts with this kiosk.toml",
                        crate::fonts::family(lang)
                    ));
                }
            }
        }
        warnings
    }

    pub fn checklist_extras(&self) -> &[LocalItem] {
        &self.checklist.extras
    }

    pub fn local_item(&self, id: &str) -> Option<&LocalItem> {
        self.checklist.extras.iter().find(|i| i.id == id)
    }

    /// The names of other offices that handle any of `procedures`.
    pub fn other_offices_for(&self, procedures: &[Procedure]) -> Vec<Localized> {
        self.other_offices
            .iter()
            .filter(|o| o.procedures.iter().any(|p| procedures.contains(p)))
            .map(|o| o.name.clone())
            .collect()
    }
}
