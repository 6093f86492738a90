//! Live event streams and the places they hold: residents' phones and the lobby's screens (display, consoles, the API) each have their own, with a limit per phone page and per address, so filling one never silences the other.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use super::{Call, Failure, Shared};

/// An event stream ends after this; the browser opens a new one by itself.
const STREAM_LIFETIME: Duration = Duration::from_secs(30 * 60);
/// Streams one phone page may hold: a resident with the page open in a tab or two.
pub(super) const PER_PHONE_PAGE: usize = 3;

/// Who a stream is for: the limits differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Audience {
    /// A resident's phone page (`/t/<token>/events`), reached from outside.
    Phone,
    /// The lobby display, the counter consoles and `/api/events`, on the office network.
    Lobby,
    /// The public wait page (`/now`), open to anyone on the internet.
    Public,
}

/// How many streams each audience may hold, from kiosk.toml's `[server]`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Limits {
    pub phones: usize,
    pub lobby: usize,
    pub public: usize,
    pub per_address: usize,
}

/// The places held now.
#[derive(Default)]
struct Held {
    by_audience: HashMap<Audience, usize>,
    by_page: HashMap<String, usize>,
    by_address: HashMap<(Audience, IpAddr), usize>,
}

pub(super) struct Streams {
    limits: Limits,
    held: Mutex<Held>,
}

/// A place among the open streams, given back when the stream ends.
pub(super) struct Place {
    streams: Arc<Streams>,
    audience: Audience,
    page: Option<String>,
    address: Option<IpAddr>,
}

impl Drop for Place {
    fn drop(&mut self) {
        let Ok(mut held) = self.streams.held.lock() else {
            return;
        };
        let release = |count: Option<&mut usize>| {
            if let Some(n) = count {
                *n = n.saturating_sub(1);
            }
        };
        release(held.by_audience.get_mut(&self.audience));
        if let Some(page) = &self.page {
            release(held.by_page.get_mut(page));
            if held.by_page.get(page) == Some(&0) {
                held.by_page.remove(page);
            }
        }
        if let Some(address) = self.address {
            let key = (self.audience, address);
            release(held.by_address.get_mut(&key));
            if held.by_address.get(&key) == Some(&0) {
                held.by_address.remove(&key);
            }
        }
    }
}

impl Streams {
    /// The streams open now, by audience.
    pub(super) fn open(&self) -> HashMap<Audience, usize> {
        self.held
            .lock()
            .map(|held| held.by_audience.clone())
            .unwrap_or_default()
    }

    pub(super) fn new(limits: Limits) -> Arc<Streams> {
        Arc::new(Streams {
            limits,
            held: Mutex::default(),
        })
    }

    /// A place for one more stream of `audience` (a phone `page`'s token, from `address`),
    /// or why there is none: the audience full (503, the page retries later), or this page
    /// or address holding its share (429).
    fn take(
        self: &Arc<Self>,
        audience: Audience,
        page: Option<&str>,
        address: Option<IpAddr>,
    ) -> Result<Place, Failure> {
        let mut held = self
            .held
            .lock()
            .map_err(|_| Failure::Broken("the stream count is unusable".into()))?;
        let limit = match audience {
            Audience::Phone => self.limits.phones,
            Audience::Lobby => self.limits.lobby,
            Audience::Public => self.limits.public,
        };
        if let Some(page) = page
            && held.by_page.get(page).copied().unwrap_or(0) >= PER_PHONE_PAGE
        {
            return Err(Failure::TooMany(format!(
                "this ticket's page is open {PER_PHONE_PAGE} times already; close one"
            )));
        }
        if let Some(address) = address
            && held
                .by_address
                .get(&(audience, address))
                .copied()
                .unwrap_or(0)
                >= self.limits.per_address
        {
            return Err(Failure::TooMany(
                "too many live pages are open from this address; close some".into(),
            ));
        }
        if held.by_audience.get(&audience).copied().unwrap_or(0) >= limit {
            return Err(Failure::Busy(
                "too many live pages are open; this page reads again by itself".into(),
            ));
        }
        *held.by_audience.entry(audience).or_default() += 1;
        if let Some(page) = page {
            *held.by_page.entry(page.to_owned()).or_default() += 1;
        }
        if let Some(address) = address {
            *held.by_address.entry((audience, address)).or_default() += 1;
        }
        Ok(Place {
            streams: self.clone(),
            audience,
            page: page.map(str::to_owned),
            address,
        })
    }
}

/// The address a request came from: the peer, or, when the peer is one of kiosk.toml's
/// `server.proxies`, the last address its `X-Forwarded-For` names.
pub(super) struct Peer(pub Option<IpAddr>);

impl FromRequestParts<Arc<Shared>> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        shared: &Arc<Shared>,
    ) -> Result<Peer, Self::Rejection> {
        // An IPv4 client seen through an IPv6 socket is its IPv4 address, as kiosk.toml names it.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_canonical());
        Ok(Peer(match peer {
            Some(ip) if shared.config.server.proxies.contains(&ip) => {
                forwarded_client(&parts.headers).or(peer)
            }
            _ => peer,
        }))
    }
}

/// The client a proxy names: only the last `X-Forwarded-For` address, the one the proxy
/// itself appended. Anything before it is the client's own word; a last entry that does not
/// parse gives none (the proxy's address stands), never an earlier one the client chose.
fn forwarded_client(headers: &axum::http::HeaderMap) -> Option<IpAddr> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|a| a.trim().parse::<IpAddr>().ok())
}

/// What an open event stream is fed.
pub(super) enum Fed {
    Event(Call),
    /// The stream fell behind and lost events.
    Missed,
    /// A minute passed (so a stream past its lifetime ends even when nothing happens).
    Tick,
}

impl Shared {
    /// The queue's changes for one open stream of `audience`, holding its place until it
    /// ends; each ends after [`STREAM_LIFETIME`] so that the browser reconnects and is
    /// checked again.
    pub(super) fn feed(
        &self,
        audience: Audience,
        page: Option<&str>,
        peer: &Peer,
    ) -> Result<impl tokio_stream::Stream<Item = Fed> + use<>, Failure> {
        let place = self.streams.take(audience, page, peer.0)?;
        let deadline = tokio::time::Instant::now() + STREAM_LIFETIME;
        let events = BroadcastStream::new(self.events.subscribe()).map(|received| match received {
            Ok(call) => Fed::Event(call),
            Err(_) => Fed::Missed,
        });
        let ticks = tokio_stream::wrappers::IntervalStream::new(tokio::time::interval(
            Duration::from_secs(60),
        ))
        .map(|_| Fed::Tick);
        Ok(events.merge(ticks).take_while(move |_| {
            let _held = &place;
            tokio::time::Instant::now() < deadline
        }))
    }

    /// `stream` for one open stream of `audience`, holding its place until it ends, and
    /// ending after [`STREAM_LIFETIME`] (checked at each item and each minute).
    pub(super) fn hold<T: 'static, S: tokio_stream::Stream<Item = T> + Send + 'static>(
        &self,
        audience: Audience,
        peer: &Peer,
        stream: S,
    ) -> Result<impl tokio_stream::Stream<Item = T> + use<T, S>, Failure> {
        let place = self.streams.take(audience, None, peer.0)?;
        let deadline = tokio::time::Instant::now() + STREAM_LIFETIME;
        let ticks = tokio_stream::wrappers::IntervalStream::new(tokio::time::interval(
            Duration::from_secs(60),
        ))
        .map(|_| None);
        Ok(stream
            .map(Some)
            .merge(ticks)
            .take_while(move |_| {
                let _held = &place;
                tokio::time::Instant::now() < deadline
            })
            .filter_map(|item| item))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn streams() -> Arc<Streams> {
        Streams::new(Limits {
            phones: 4,
            lobby: 2,
            public: 2,
            per_address: 3,
        })
    }

    #[test]
    fn only_the_address_the_proxy_appended_counts() {
        let headers = |values: &[&str]| {
            let mut h = axum::http::HeaderMap::new();
            for v in values {
                h.append("x-forwarded-for", v.parse().unwrap());
            }
            h
        };
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        assert_eq!(
            forwarded_client(&headers(&["203.0.113.9"])),
            ip("203.0.113.9")
        );
        // The client wrote the first; the proxy appended the last.
        assert_eq!(
            forwarded_client(&headers(&["1.2.3.4, 203.0.113.9"])),
            ip("203.0.113.9")
        );
        assert_eq!(
            forwarded_client(&headers(&["1.2.3.4", "203.0.113.9"])),
            ip("203.0.113.9")
        );
        assert_eq!(forwarded_client(&headers(&["1.2.3.4, unknown"])), None);
        assert_eq!(forwarded_client(&headers(&[])), None);
    }

    #[test]
    fn phones_filling_their_places_leave_the_lobby_its_own() {
        let streams = streams();
        let phones: Vec<Place> = (0..4)
            .map(|n| {
                streams
                    .take(Audience::Phone, Some(&format!("page-{n}")), None)
                    .unwrap_or_else(|_| panic!("phone {n}"))
            })
            .collect();
        assert!(matches!(
            streams.take(Audience::Phone, Some("page-9"), None),
            Err(Failure::Busy(_))
        ));
        assert!(streams.take(Audience::Lobby, None, None).is_ok());
        drop(phones);
        assert!(streams.take(Audience::Phone, Some("page-9"), None).is_ok());
    }

    #[test]
    fn one_page_or_one_address_holds_only_its_share() {
        let streams = streams();
        let page: Vec<Place> = (0..PER_PHONE_PAGE)
            .map(|_| streams.take(Audience::Phone, Some("one"), None).unwrap())
            .collect();
        assert!(matches!(
            streams.take(Audience::Phone, Some("one"), None),
            Err(Failure::TooMany(_))
        ));
        drop(page);
        let address: IpAddr = "192.0.2.7".parse().unwrap();
        let lobby: Vec<Place> = (0..2)
            .map(|_| streams.take(Audience::Lobby, None, Some(address)).unwrap())
            .collect();
        let _third = streams
            .take(Audience::Phone, Some("other"), Some(address))
            .unwrap();
        assert!(
            streams
                .take(Audience::Phone, Some("third"), Some(address))
                .is_ok(),
            "the lobby's places from an address do not count against its phones"
        );
        drop(lobby);
        assert_eq!(
            streams.held.lock().unwrap().by_audience[&Audience::Lobby],
            0
        );
    }
}
