//! Step lengths as a trainer writes them in a scenario: `"8m"`, `"90s"`,
//! `"1m30s"`, `"1h"`. Whole seconds only, because the projected clock never
//! shows anything finer.

use std::fmt;
use std::time::Duration;

use fluent::FluentValue;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{tr, tr_args};

/// A length of time in whole seconds, read from and written to RON as a
/// human string such as `"8m"` or `"1m30s"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Minutes {
    seconds: u32,
}

/// The message every bad duration gets, so a trainer sees what to write,
/// in the reader's language.
pub fn expected_duration() -> String {
    tr("scenario-expected-duration")
}

impl Minutes {
    /// A length of `seconds` seconds.
    pub const fn from_secs(seconds: u32) -> Self {
        Self { seconds }
    }

    /// A length of `minutes` whole minutes.
    pub const fn from_mins(minutes: u32) -> Self {
        Self {
            seconds: minutes * 60,
        }
    }

    /// The length in seconds.
    pub const fn as_secs(self) -> u32 {
        self.seconds
    }

    /// The same length as a `std::time::Duration`, for clock arithmetic.
    pub const fn to_std(self) -> Duration {
        Duration::from_secs(self.seconds as u64)
    }

    /// Whether this is no time at all.
    pub const fn is_zero(self) -> bool {
        self.seconds == 0
    }

    /// Parses `"8m"`, `"90s"`, `"1m30s"`, `"1h15m"` (units in that order,
    /// each at most once, surrounding spaces allowed).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let mut total: u64 = 0;
        let mut digits = String::new();
        // Units must come largest first: "30s1m" is more likely a typo than intent.
        let mut last_unit_rank = 0;
        for ch in text.chars() {
            if ch.is_ascii_digit() {
                digits.push(ch);
                continue;
            }
            let (rank, factor) = match ch {
                'h' => (1, 3600),
                'm' => (2, 60),
                's' => (3, 1),
                _ => return None,
            };
            if digits.is_empty() || rank <= last_unit_rank || digits.len() > 6 {
                return None;
            }
            let value: u64 = digits.parse().ok()?;
            total = total.checked_add(value.checked_mul(factor)?)?;
            digits.clear();
            last_unit_rank = rank;
        }
        if !digits.is_empty() {
            return None;
        }
        u32::try_from(total).ok().map(Self::from_secs)
    }
}

impl fmt::Display for Minutes {
    /// The canonical written form, the one `parse` reads back: `"8m"`, `"1m30s"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hours = self.seconds / 3600;
        let minutes = self.seconds % 3600 / 60;
        let seconds = self.seconds % 60;
        if self.seconds == 0 {
            return write!(f, "0s");
        }
        if hours > 0 {
            write!(f, "{hours}h")?;
        }
        if minutes > 0 {
            write!(f, "{minutes}m")?;
        }
        if seconds > 0 {
            write!(f, "{seconds}s")?;
        }
        Ok(())
    }
}

impl Serialize for Minutes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Minutes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MinutesVisitor;
        impl Visitor<'_> for MinutesVisitor {
            type Value = Minutes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&expected_duration())
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Minutes, E> {
                Minutes::parse(text).ok_or_else(|| {
                    E::custom(tr_args(
                        "scenario-expected-duration-found",
                        &[("text", FluentValue::from(text.escape_debug().to_string()))],
                    ))
                })
            }
        }
        deserializer.deserialize_str(MinutesVisitor)
    }
}

/// Formats a clock reading as `m:ss`, or `h:mm:ss` past an hour: what the
/// projected countdown and the agenda show.
pub fn clock_text(duration: Duration) -> String {
    let total = duration.as_secs();
    let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_a_trainer_writes() {
        assert_eq!(Minutes::parse("8m"), Some(Minutes::from_mins(8)));
        assert_eq!(Minutes::parse("90s"), Some(Minutes::from_secs(90)));
        assert_eq!(Minutes::parse("1m30s"), Some(Minutes::from_secs(90)));
        assert_eq!(Minutes::parse(" 1h "), Some(Minutes::from_mins(60)));
        assert_eq!(Minutes::parse("1h5m"), Some(Minutes::from_mins(65)));
        assert_eq!(Minutes::parse("0s"), Some(Minutes::from_secs(0)));
    }

    #[test]
    fn rejects_what_is_not_a_duration() {
        for bad in [
            "",
            "8",
            "m",
            "-8m",
            "8 m",
            "1.5m",
            "30s1m",
            "1m1m",
            "8min",
            "99999999h",
        ] {
            assert_eq!(Minutes::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn writes_what_it_reads() {
        for secs in [1, 59, 60, 90, 480, 3600, 3661, 86_400] {
            let d = Minutes::from_secs(secs);
            assert_eq!(Minutes::parse(&d.to_string()), Some(d));
        }
    }

    #[test]
    fn clock_text_pads_seconds_and_shows_hours() {
        assert_eq!(clock_text(Duration::from_secs(0)), "0:00");
        assert_eq!(clock_text(Duration::from_secs(402)), "6:42");
        assert_eq!(clock_text(Duration::from_secs(1500)), "25:00");
        assert_eq!(clock_text(Duration::from_secs(3725)), "1:02:05");
    }
}
