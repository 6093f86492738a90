//! Every office's line now, as `/now`, `/api/now` and the kiosk's pointer to a branch show it: open or not, and each window's people waiting, wait band and last number called.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::domain::OfficeListing;
use crate::queue::WaitBand;
use crate::tickets::{LineOf, StoreError, TicketStore, line_of};

/// Days an office's listing stands without being written again (each of its kiosks and its
/// server writes it daily).
pub const LISTED_FOR_DAYS: i64 = 14;

/// One office now. Serialised as `/api/now` gives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OfficeNow {
    pub id: String,
    pub name: BTreeMap<String, String>,
    pub open: bool,
    /// When it next opens (local time, `+09:00`), when it is closed now.
    #[serde(serialize_with = "local_time_or_null")]
    pub next_opening: Option<NaiveDateTime>,
    pub windows: Vec<WindowNow>,
    #[serde(serialize_with = "local_time")]
    pub updated_at: NaiveDateTime,
    /// Its listing, for the pages' words; not part of the JSON.
    #[serde(skip)]
    pub listing: OfficeListing,
}

/// One window of an office now.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WindowNow {
    pub id: String,
    pub number: u16,
    pub label: BTreeMap<String, String>,
    pub waiting: u32,
    /// The wait band's minutes, `[lo, hi]` (`hi` null for "over 30"); null when the office
    /// does not call numbers through madoguchi.
    pub band_minutes: Option<[Option<u32>; 2]>,
    pub last_called: Option<String>,
    #[serde(skip)]
    pub band: Option<WaitBand>,
    /// Minutes the line is estimated at (the band is told, not this).
    #[serde(skip)]
    pub minutes: Option<u32>,
}

/// The band as minutes from and to; over 30 has no upper end.
pub fn band_minutes(band: WaitBand) -> [Option<u32>; 2] {
    match band {
        WaitBand::None => [Some(0), Some(0)],
        WaitBand::About10 => [Some(0), Some(10)],
        WaitBand::From10To20 => [Some(10), Some(20)],
        WaitBand::From20To30 => [Some(20), Some(30)],
        WaitBand::Over30 => [Some(30), None],
    }
}

fn local_time<S: serde::Serializer>(at: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{}+09:00", at.format("%Y-%m-%dT%H:%M:%S")))
}

fn local_time_or_null<S: serde::Serializer>(
    at: &Option<NaiveDateTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => local_time(at, s),
        None => s.serialize_none(),
    }
}

impl OfficeNow {
    /// `listing`'s office at `now`, from its day's `tickets`.
    pub fn of(
        listing: &OfficeListing,
        tickets: &[crate::tickets::Ticket],
        now: NaiveDateTime,
    ) -> OfficeNow {
        let open = listing.is_open(now);
        // Open data carries plain text: easy Japanese's readings are for the pages' ruby.
        let plain = |texts: &BTreeMap<String, String>| -> BTreeMap<String, String> {
            texts
                .iter()
                .map(|(l, t)| (l.clone(), crate::furigana::plain(t)))
                .collect()
        };
        OfficeNow {
            id: listing.id.clone(),
            name: plain(&listing.name),
            open,
            next_opening: (!open).then(|| listing.next_opening(now)).flatten(),
            windows: listing
                .windows
                .iter()
                .map(|w| {
                    let line = line_of(
                        &LineOf {
                            id: &w.id,
                            number: w.number,
                            desks: w.desks,
                            minutes_per_visitor: w.minutes_per_visitor,
                            calling: listing.calling,
                        },
                        tickets,
                    );
                    let band = line.band();
                    WindowNow {
                        id: w.id.clone(),
                        number: w.number,
                        label: plain(&w.label),
                        waiting: line.waiting,
                        band_minutes: band.map(band_minutes),
                        last_called: line.last_called,
                        band,
                        minutes: line.estimated_wait_minutes,
                    }
                })
                .collect(),
            updated_at: now,
            listing: listing.clone(),
        }
    }

    pub fn window(&self, id: &str) -> Option<&WindowNow> {
        self.windows.iter().find(|w| w.id == id)
    }
}

/// Every office of the store now, by id: one read of the listings and one of each office's
/// day.
pub fn read_board(store: &dyn TicketStore, now: NaiveDateTime) -> Result<Board, StoreError> {
    board_of(store, &store.listings()?, now)
}

/// The offices of `listings` now: one read of each office's day.
pub fn board_of(
    store: &dyn TicketStore,
    listings: &[OfficeListing],
    now: NaiveDateTime,
) -> Result<Board, StoreError> {
    let mut offices = Vec::with_capacity(listings.len());
    // An office that has not written its listing for this long is gone (or its PCs are):
    // its last figures would only mislead.
    for listing in listings
        .iter()
        .filter(|l| (now - l.published_at).num_days() <= LISTED_FOR_DAYS)
    {
        let tickets = store.office_tickets_on(&listing.id, now.date())?;
        offices.push(OfficeNow::of(listing, &tickets, now));
    }
    Ok(Board {
        offices,
        read_at: now,
    })
}

/// One office of the store now, from its listing and its day; none before it has listed.
pub fn read_office(
    store: &dyn TicketStore,
    office: &str,
    now: NaiveDateTime,
) -> Result<Option<OfficeNow>, StoreError> {
    let Some(listing) = store.listings()?.into_iter().find(|l| l.id == office) else {
        return Ok(None);
    };
    let tickets = store.office_tickets_on(office, now.date())?;
    Ok(Some(OfficeNow::of(&listing, &tickets, now)))
}

/// The offices as read at one moment.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Board {
    pub offices: Vec<OfficeNow>,
    #[serde(skip)]
    pub read_at: NaiveDateTime,
}

impl Board {
    pub fn office(&self, id: &str) -> Option<&OfficeNow> {
        self.offices.iter().find(|o| o.id == id)
    }
}
