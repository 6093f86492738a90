//! The branches a resident facing a long line is pointed to: the other offices of kiosk.toml that do the same procedures, with their own lines now, nearest first.

use chrono::NaiveDateTime;

use super::{OfficeNow, board_of};
use crate::config::Config;
use crate::domain::{OfficeListing, Procedure};
use crate::i18n::{Arg, Catalog};
use crate::queue::WaitBand;
use crate::tickets::{StoreError, TicketStore, WindowStatus};

/// Figures older than this are not shown: a line from ten minutes ago is no advice.
pub const FRESH_FOR_SECS: i64 = 120;

/// Another office's line for the resident's procedures.
#[derive(Clone, Debug, PartialEq)]
pub struct BranchLine {
    /// Its place in kiosk.toml's `other_offices`.
    pub index: usize,
    pub waiting: u32,
    pub band: WaitBand,
}

/// The other offices of kiosk.toml that name their `office_id`, as the store has them now,
/// from the store's `listings`: only their days are read.
pub fn read_branches(
    store: &dyn TicketStore,
    config: &Config,
    listings: &[OfficeListing],
    now: NaiveDateTime,
) -> Result<Vec<OfficeNow>, StoreError> {
    let wanted: Vec<OfficeListing> = listings
        .iter()
        .filter(|l| {
            config
                .other_offices
                .iter()
                .any(|o| o.office_id.as_deref() == Some(l.id.as_str()))
        })
        .cloned()
        .collect();
    Ok(board_of(store, &wanted, now)?.offices)
}

/// Whether to point to the branches: the resident's window is full for today, or its wait
/// is estimated above `queue.suggest_other_office_after_minutes`.
pub fn long_wait(config: &Config, line: Option<&WindowStatus>, full: bool) -> bool {
    full || line
        .and_then(|l| l.estimated_wait_minutes)
        .is_some_and(|m| m > config.queue.suggest_other_office_after_minutes)
}

/// The branches open now that take the first of `procedures`, with their lines, nearest
/// first (kiosk.toml's order where no distance is given); none when the figures, read at
/// `read_at`, are older than [`FRESH_FOR_SECS`] at `now`.
pub fn branch_lines(
    config: &Config,
    branches: &[OfficeNow],
    read_at: Option<NaiveDateTime>,
    procedures: &[Procedure],
    now: NaiveDateTime,
) -> Vec<BranchLine> {
    let fresh = read_at.is_some_and(|at| (now - at).num_seconds() <= FRESH_FOR_SECS);
    let Some(first) = procedures.first().filter(|_| fresh) else {
        return Vec::new();
    };
    let mut lines: Vec<(f64, BranchLine)> = config
        .other_offices
        .iter()
        .enumerate()
        .filter(|(_, o)| o.procedures.contains(first))
        .filter_map(|(index, o)| {
            let id = o.office_id.as_deref()?;
            let branch = branches.iter().find(|b| b.id == id && b.open)?;
            let window = branch.listing.window_for(*first)?;
            let line = branch.window(&window.id)?;
            Some((
                o.distance_km.unwrap_or(f64::MAX),
                BranchLine {
                    index,
                    waiting: line.waiting,
                    band: line.band?,
                },
            ))
        })
        .collect();
    lines.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.index.cmp(&b.1.index)));
    lines.into_iter().map(|(_, l)| l).collect()
}

impl BranchLine {
    /// "Tanimachi branch: 2 waiting, about 10 minutes (about 4.2 km)" in `lang`.
    pub fn told(&self, config: &Config, lang: &str, catalog: &Catalog) -> String {
        let Some(office) = config.other_offices.get(self.index) else {
            return String::new();
        };
        let line = catalog.text(
            lang,
            "now-elsewhere-line",
            &[
                ("office", Arg::Local(office.name.clone())),
                ("count", Arg::Count(i64::from(self.waiting))),
                ("band", Arg::Key(self.band.key().to_owned())),
            ],
        );
        match office.distance_km {
            // 6 km, 7.5 km: a tenth at most. The distance's words carry their own space,
            // which Japanese and Chinese do not put before a bracket.
            Some(km) => format!(
                "{line}{}",
                catalog.text(
                    lang,
                    "now-elsewhere-distance",
                    &[(
                        "km",
                        Arg::Text(
                            format!("{}", (km * 10.0).round() / 10.0)
                                .replace('.', &catalog.text(lang, "now-decimal-mark", &[])),
                        ),
                    )]
                )
            ),
            None => line,
        }
    }
}
