//! The remote control's PIN and the lockout that stops anyone guessing it:
//! six digits leave a million choices, and five tries a minute from one
//! address would take a year to go through a tenth of them.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Wrong PINs an address may send before it is locked out.
pub const TRIES: u32 = 5;
/// How long a lockout lasts.
pub const LOCKOUT: Duration = Duration::from_secs(60);
/// Addresses remembered at once; beyond it the oldest are forgotten, so a
/// flood of addresses cannot grow the table without bound.
const REMEMBERED: usize = 4096;

/// Six random digits, new each time sharing starts.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin([u8; 6]);

impl Pin {
    /// A PIN from the system's random source.
    pub fn random() -> Self {
        let mut digits = [0u8; 6];
        for digit in &mut digits {
            *digit = b'0' + random_below_ten();
        }
        Self(digits)
    }

    /// A PIN with the given digits, for tests; `None` unless exactly six.
    pub fn from_digits(text: &str) -> Option<Self> {
        let bytes: [u8; 6] = text.as_bytes().try_into().ok()?;
        bytes.iter().all(u8::is_ascii_digit).then_some(Self(bytes))
    }

    /// The six digits, as the console shows them.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Whether `typed` is this PIN, in time that does not depend on where
    /// the first wrong digit is.
    pub fn matches(&self, typed: &str) -> bool {
        let typed = typed.as_bytes();
        let mut difference = u8::from(typed.len() != self.0.len());
        for (i, expected) in self.0.iter().enumerate() {
            difference |= expected ^ typed.get(i).copied().unwrap_or(0);
        }
        difference == 0
    }
}

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never into a log by accident.
        f.write_str("Pin(******)")
    }
}

fn random_below_ten() -> u8 {
    loop {
        let mut byte = [0u8; 1];
        if getrandom::fill(&mut byte).is_err() {
            // No random source at all: fall back on the hash seed std draws
            // from the OS, which is still unpredictable from the network.
            use std::hash::{BuildHasher, RandomState};
            return (RandomState::new().hash_one(Instant::now()) % 10) as u8;
        }
        // 250 is the largest multiple of ten a byte holds; above it the
        // digits would not be equally likely.
        if byte[0] < 250 {
            return byte[0] % 10;
        }
    }
}

/// What the lockout says of one try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The PIN was right.
    Accepted,
    /// The PIN was wrong; the address may try again.
    Refused,
    /// The address sent too many wrong PINs; it may try again after this.
    LockedOut(Duration),
}

/// Wrong tries by address, and the lockouts they earned.
#[derive(Debug, Default)]
pub struct Lockout {
    by_address: HashMap<IpAddr, Tries>,
}

#[derive(Debug, Clone, Copy)]
struct Tries {
    wrong: u32,
    last: Instant,
    locked_until: Option<Instant>,
}

impl Lockout {
    /// Checks `typed` from `from` at `now` against `pin`. A locked-out
    /// address is refused even with the right PIN, so a lockout cannot be
    /// used to learn whether a guess was right.
    pub fn check(&mut self, pin: &Pin, typed: &str, from: IpAddr, now: Instant) -> Verdict {
        if let Some(tries) = self.by_address.get_mut(&from) {
            match tries.locked_until {
                Some(until) if now < until => return Verdict::LockedOut(until - now),
                Some(_) => *tries = Tries::fresh(now),
                None => {}
            }
        }
        if pin.matches(typed) {
            self.by_address.remove(&from);
            return Verdict::Accepted;
        }
        self.forget_the_oldest_if_full(from);
        let tries = self
            .by_address
            .entry(from)
            .or_insert_with(|| Tries::fresh(now));
        tries.wrong += 1;
        tries.last = now;
        if tries.wrong >= TRIES {
            tries.locked_until = Some(now + LOCKOUT);
            return Verdict::LockedOut(LOCKOUT);
        }
        Verdict::Refused
    }

    fn forget_the_oldest_if_full(&mut self, keep: IpAddr) {
        if self.by_address.len() < REMEMBERED || self.by_address.contains_key(&keep) {
            return;
        }
        if let Some(oldest) = self
            .by_address
            .iter()
            .min_by_key(|(_, tries)| tries.last)
            .map(|(address, _)| *address)
        {
            self.by_address.remove(&oldest);
        }
    }
}

impl Tries {
    fn fresh(now: Instant) -> Self {
        Self {
            wrong: 0,
            last: now,
            locked_until: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(last: u8) -> IpAddr {
        IpAddr::from([192, 168, 1, last])
    }

    #[test]
    fn a_pin_is_six_digits_and_matches_only_itself() {
        for _ in 0..200 {
            let pin = Pin::random();
            assert_eq!(pin.as_str().len(), 6);
            assert!(pin.as_str().bytes().all(|b| b.is_ascii_digit()));
            assert!(pin.matches(pin.as_str()));
            assert!(!pin.matches(&pin.as_str()[..5]));
            assert!(!pin.matches(&format!("{}0", pin.as_str())));
        }
        assert!(Pin::from_digits("12345").is_none());
        assert!(Pin::from_digits("12345a").is_none());
        assert!(!Pin::from_digits("123456").unwrap().matches("123457"));
        assert_eq!(
            format!("{:?}", Pin::from_digits("123456").unwrap()),
            "Pin(******)"
        );
    }

    #[test]
    fn every_digit_comes_up() {
        let mut seen = [false; 10];
        for _ in 0..100 {
            for b in Pin::random().as_str().bytes() {
                seen[usize::from(b - b'0')] = true;
            }
        }
        assert!(seen.iter().all(|s| *s), "{seen:?}");
    }

    #[test]
    fn five_wrong_pins_lock_an_address_out_for_a_minute_even_with_the_right_one() {
        let pin = Pin::from_digits("246810").unwrap();
        let mut lockout = Lockout::default();
        let start = Instant::now();
        for _ in 0..4 {
            assert_eq!(
                lockout.check(&pin, "000000", address(7), start),
                Verdict::Refused
            );
        }
        assert_eq!(
            lockout.check(&pin, "000000", address(7), start),
            Verdict::LockedOut(LOCKOUT)
        );
        let later = start + Duration::from_secs(59);
        assert_eq!(
            lockout.check(&pin, "246810", address(7), later),
            Verdict::LockedOut(Duration::from_secs(1))
        );
        // Another phone is not held up by it.
        assert_eq!(
            lockout.check(&pin, "246810", address(8), later),
            Verdict::Accepted
        );
        let after = start + LOCKOUT;
        assert_eq!(
            lockout.check(&pin, "246810", address(7), after),
            Verdict::Accepted
        );
    }

    #[test]
    fn a_right_pin_clears_the_wrong_tries_before_it() {
        let pin = Pin::from_digits("246810").unwrap();
        let mut lockout = Lockout::default();
        let now = Instant::now();
        for _ in 0..4 {
            lockout.check(&pin, "1", address(7), now);
        }
        assert_eq!(
            lockout.check(&pin, "246810", address(7), now),
            Verdict::Accepted
        );
        for _ in 0..4 {
            assert_eq!(lockout.check(&pin, "1", address(7), now), Verdict::Refused);
        }
    }

    #[test]
    fn the_table_stays_bounded_under_a_flood_of_addresses() {
        let pin = Pin::from_digits("246810").unwrap();
        let mut lockout = Lockout::default();
        let now = Instant::now();
        for i in 0..(REMEMBERED as u32 + 500) {
            let from = IpAddr::from(i.to_be_bytes());
            lockout.check(&pin, "1", from, now + Duration::from_millis(u64::from(i)));
        }
        assert!(lockout.by_address.len() <= REMEMBERED);
    }
}
