//! The city's view of its offices: what each office publishes about itself, every office's line now, the typical week from past visits, and history imported from an office's old ticket machine.

mod board;
mod branches;
mod history;
mod typical;

pub use board::{
    Board, LISTED_FOR_DAYS, OfficeNow, WindowNow, band_minutes, board_of, read_board, read_office,
};
pub use branches::{BranchLine, FRESH_FOR_SECS, branch_lines, long_wait, read_branches};
pub use history::{HistoryError, parse_history};
pub use typical::{
    DayRow, ENOUGH_AFTER_HOLIDAY, FEW_VISITS, QuietSpan, TypicalCell, TypicalRow, TypicalWeek,
    TypicalWindow, after_holiday, typical_week,
};

use std::collections::BTreeMap;

use chrono::{Days, NaiveDateTime};

use crate::config::Config;
use crate::domain::{ListedWindow, OfficeListing, OpeningDay};
use crate::tickets::{StoreError, TicketStore};

/// Days of opening hours an office publishes ahead: past the longest closure a city hall has
/// (the year-end break), so a closed office can always say when it opens.
const DAYS_AHEAD: u64 = 62;

/// This office as kiosk.toml describes it, for the city's other servers and kiosks.
pub fn listing(config: &Config, now: NaiveDateTime) -> OfficeListing {
    let m = &config.municipality;
    let name = m.office.as_ref().unwrap_or(&m.name);
    let in_each = |text: &crate::i18n::Localized| -> BTreeMap<String, String> {
        config
            .languages
            .offered
            .iter()
            .map(|l| (l.clone(), text.get(l)))
            .collect()
    };
    OfficeListing {
        id: m.office_id().to_owned(),
        name: in_each(name),
        calling: config.queue.calling,
        windows: config
            .windows
            .iter()
            .filter(|w| w.open)
            .map(|w| ListedWindow {
                id: w.id.clone(),
                number: w.number,
                label: in_each(&w.label),
                procedures: w.procedures.clone(),
                desks: w.desks().len() as u32,
                minutes_per_visitor: w.minutes_per_visitor,
            })
            .collect(),
        days: (0..DAYS_AHEAD)
            .filter_map(|n| now.date().checked_add_days(Days::new(n)))
            .filter_map(|date| {
                let h = config.reception.hours_on(date)?;
                Some(OpeningDay {
                    date,
                    open: h.open.0,
                    close: h.close.0,
                })
            })
            .collect(),
        published_at: now,
    }
}

/// Writes this office's listing to the store: at the server's and the kiosk's start, and
/// again each day, so its opening days run ahead.
pub fn publish(
    store: &dyn TicketStore,
    config: &Config,
    now: NaiveDateTime,
) -> Result<(), StoreError> {
    store.publish_listing(&listing(config, now))
}
