//! How often one client address may sign in or call the API: a bucket of turns per address that fills again at a steady rate, so a script guessing passwords or hammering the API from one machine is held back while every other desk goes on.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Addresses remembered at once; past this the longest-idle are forgotten first (a full
/// bucket is all they lose).
const MAX_ADDRESSES: usize = 10_000;

/// Turns per minute for each client address, with a burst of as many at once.
pub(super) struct RateLimit {
    per_minute: u32,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    turns: f64,
    at: Instant,
}

impl RateLimit {
    pub(super) fn new(per_minute: u32) -> RateLimit {
        RateLimit {
            per_minute,
            buckets: Mutex::default(),
        }
    }

    /// Takes a turn for `address` at `now`; refused with how long until the next one. A
    /// request whose address is unknown (not over TCP) is not limited here.
    pub(super) fn take(&self, address: Option<IpAddr>, now: Instant) -> Result<(), Duration> {
        let (Some(address), Ok(mut buckets)) = (address.map(client), self.buckets.lock()) else {
            return Ok(());
        };
        let full = f64::from(self.per_minute);
        let per_second = full / 60.0;
        if buckets.len() >= MAX_ADDRESSES && !buckets.contains_key(&address) {
            // Buckets full again are as good as new: forgetting them costs nothing. Swept
            // all at once, so a flood of new addresses pays once per many, not every time.
            buckets.retain(|_, b| {
                b.turns + now.saturating_duration_since(b.at).as_secs_f64() * per_second < full
            });
            if buckets.len() >= MAX_ADDRESSES {
                // The stalest bucket has refilled the most: forgetting it costs the least.
                if let Some(stalest) = buckets.iter().min_by_key(|(_, b)| b.at).map(|(a, _)| *a) {
                    buckets.remove(&stalest);
                }
            }
        }
        let bucket = buckets.entry(address).or_insert(Bucket {
            turns: full,
            at: now,
        });
        let refilled = now.saturating_duration_since(bucket.at).as_secs_f64() * per_second;
        bucket.turns = (bucket.turns + refilled).min(full);
        bucket.at = now;
        if bucket.turns >= 1.0 {
            bucket.turns -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.turns) / per_second)
                .max(Duration::from_secs(1)))
        }
    }
}

/// Whose turns a request takes: an IPv4 client as itself (also when seen through an IPv6
/// socket), an IPv6 client by its /64, the block one machine or household is given, so a
/// script cannot take new turns by walking its own addresses.
fn client(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(std::net::Ipv6Addr::from(
                u128::from(v6) & !u128::from(u64::MAX),
            )),
        },
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_burst_then_one_turn_as_each_refills_and_others_are_untouched() {
        let limit = RateLimit::new(6);
        let (a, b) = (
            Some("192.0.2.1".parse().unwrap()),
            Some("192.0.2.2".parse().unwrap()),
        );
        let start = Instant::now();
        for n in 0..6 {
            assert_eq!(limit.take(a, start), Ok(()), "turn {n}");
        }
        let wait = limit.take(a, start).unwrap_err();
        assert!((9..=10).contains(&wait.as_secs()), "{wait:?}");
        assert_eq!(limit.take(b, start), Ok(()));
        // Six a minute: one more after ten seconds, and not two.
        let later = start + Duration::from_secs(10);
        assert_eq!(limit.take(a, later), Ok(()));
        assert!(limit.take(a, later).is_err());
        assert_eq!(limit.take(None, later), Ok(()));
    }

    #[test]
    fn an_ipv6_client_is_one_client_across_its_64_and_a_mapped_ipv4_is_its_ipv4() {
        let limit = RateLimit::new(1);
        let now = Instant::now();
        assert_eq!(
            limit.take(Some("2001:db8:1:2::1".parse().unwrap()), now),
            Ok(())
        );
        assert!(
            limit
                .take(Some("2001:db8:1:2::ffff".parse().unwrap()), now)
                .is_err()
        );
        assert_eq!(
            limit.take(Some("2001:db8:1:3::1".parse().unwrap()), now),
            Ok(())
        );
        assert_eq!(limit.take(Some("192.0.2.9".parse().unwrap()), now), Ok(()));
        assert!(
            limit
                .take(Some("::ffff:192.0.2.9".parse().unwrap()), now)
                .is_err()
        );
    }
}
