//! What the rules read from the office's own settings, as a trait of the rules' own: the rest of kiosk.toml stays out of reach.

use crate::config::Config;
use crate::domain::{Procedure, Visitor};
use crate::i18n::{Arg, Localized};

/// The office's own facts the advice depends on (R-LOCAL-*): which window serves what, the
/// office's own checklist lines, the other offices, and the lost-card hotline.
pub trait LocalSettings {
    /// The id of the open window that serves `procedure`.
    fn window_for(&self, procedure: Procedure) -> Option<String>;
    /// Window `id`'s number and label, as its sign reads.
    fn window_sign(&self, id: &str) -> Option<(u16, Localized)>;
    /// The ids of the office's own checklist lines for these procedures, this visitor, and
    /// whether the holder's inquiry form is at hand.
    fn local_items(
        &self,
        procedures: &[Procedure],
        visitor: Visitor,
        form_at_hand: bool,
    ) -> Vec<String>;
    /// The names of other offices that handle any of `procedures`.
    fn other_offices_for(&self, procedures: &[Procedure]) -> Vec<Localized>;
    /// The number that suspends a lost card, day and night, and its name for a sentence.
    fn lost_card_hotline(&self) -> (String, Arg);
}

/// kiosk.toml is where a kiosk's local settings come from.
impl LocalSettings for Config {
    fn window_for(&self, procedure: Procedure) -> Option<String> {
        Config::window_for(self, procedure).map(|w| w.id.clone())
    }

    fn window_sign(&self, id: &str) -> Option<(u16, Localized)> {
        self.window(id).map(|w| (w.number, w.label.clone()))
    }

    fn local_items(
        &self,
        procedures: &[Procedure],
        visitor: Visitor,
        form_at_hand: bool,
    ) -> Vec<String> {
        self.checklist_extras()
            .iter()
            .filter(|extra| extra.applies(procedures, visitor, form_at_hand))
            .map(|extra| extra.id.clone())
            .collect()
    }

    fn other_offices_for(&self, procedures: &[Procedure]) -> Vec<Localized> {
        Config::other_offices_for(self, procedures)
    }

    fn lost_card_hotline(&self) -> (String, Arg) {
        (
            self.lost_card.hotline.clone(),
            self.lost_card.hotline_name_arg(),
        )
    }
}
