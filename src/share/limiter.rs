//! How often one address may vote: enough for a person changing their mind,
//! not for a script flooding the tally.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Addresses remembered at once; beyond it the oldest window is forgotten.
const REMEMBERED: usize = 4096;

/// At most `max` requests per address in each `window`.
#[derive(Debug)]
pub struct RateLimiter {
    max: u32,
    window: Duration,
    by_address: HashMap<IpAddr, (Instant, u32)>,
}

impl RateLimiter {
    /// A limiter of `max` requests per `window`.
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max,
            window,
            by_address: HashMap::new(),
        }
    }

    /// Counts a request from `from` at `now`: `Ok` if it is within the
    /// limit, else how long until the address may try again.
    pub fn admit(&mut self, from: IpAddr, now: Instant) -> Result<(), Duration> {
        if self.by_address.len() >= REMEMBERED && !self.by_address.contains_key(&from) {
            let window = self.window;
            self.by_address
                .retain(|_, (start, _)| now.saturating_duration_since(*start) < window);
            if self.by_address.len() >= REMEMBERED
                && let Some(oldest) = self
                    .by_address
                    .iter()
                    .min_by_key(|(_, (start, _))| *start)
                    .map(|(address, _)| *address)
            {
                self.by_address.remove(&oldest);
            }
        }
        let (start, count) = self.by_address.entry(from).or_insert((now, 0));
        if now.saturating_duration_since(*start) >= self.window {
            *start = now;
            *count = 0;
        }
        if *count >= self.max {
            return Err((*start + self.window).saturating_duration_since(now));
        }
        *count += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_share_per_window_and_others_are_not_held_up() {
        let mut limiter = RateLimiter::new(3, Duration::from_secs(60));
        let start = Instant::now();
        let phone = IpAddr::from([10, 0, 0, 7]);
        for _ in 0..3 {
            assert_eq!(limiter.admit(phone, start), Ok(()));
        }
        let later = start + Duration::from_secs(20);
        assert_eq!(limiter.admit(phone, later), Err(Duration::from_secs(40)));
        assert_eq!(limiter.admit(IpAddr::from([10, 0, 0, 8]), later), Ok(()));
        assert_eq!(
            limiter.admit(phone, start + Duration::from_secs(60)),
            Ok(())
        );
    }

    #[test]
    fn a_flood_of_addresses_keeps_the_table_bounded() {
        let mut limiter = RateLimiter::new(3, Duration::from_secs(60));
        let now = Instant::now();
        for i in 0..(REMEMBERED as u32 + 100) {
            let _ = limiter.admit(IpAddr::from(i.to_be_bytes()), now);
        }
        assert!(limiter.by_address.len() <= REMEMBERED);
    }
}
