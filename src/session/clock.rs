//! Where "now" comes from. The app reads a monotonic `Instant` through this
//! trait so that tests can step time by hand and get exactly the same
//! answers every run. The wall clock is read only to say *when* things
//! happened (a report's times of day); countdowns never use it, since it
//! jumps when the system clock is set or the time zone changes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, Local, NaiveDate, TimeZone as _};

/// A source of monotonic time, and of the time of day for records.
pub trait Clock: Send {
    /// The current instant.
    fn now(&self) -> Instant;

    /// The time of day and date, for records only; never for counting.
    fn wall_now(&self) -> DateTime<Local>;

    /// A handle on the same time that other threads can read, for the
    /// server that tells phones the time.
    fn shared(&self) -> SharedClock;
}

/// A clock that several threads read at once.
pub type SharedClock = Arc<dyn Clock + Sync>;

/// The real monotonic clock of the machine.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn wall_now(&self) -> DateTime<Local> {
        Local::now()
    }

    fn shared(&self) -> SharedClock {
        Arc::new(Self)
    }
}

/// A clock that only moves when told to. Clones share the same time, so a
/// test can keep one handle and give another to the app. Its wall clock
/// stands at a fixed time of day (see [`ManualClock::wall_base`]) plus the
/// time it has been moved, so records made in tests have exact times.
#[derive(Debug, Clone)]
pub struct ManualClock {
    origin: Instant,
    elapsed_nanos: Arc<AtomicU64>,
    /// What the wall clock read when this clock was made (elapsed zero).
    wall_origin: Arc<Mutex<DateTime<Local>>>,
}

impl ManualClock {
    /// A clock standing at an arbitrary fixed instant, its wall clock at
    /// [`ManualClock::wall_base`].
    pub fn new() -> Self {
        Self {
            origin: Instant::now(),
            elapsed_nanos: Arc::new(AtomicU64::new(0)),
            wall_origin: Arc::new(Mutex::new(Self::wall_base())),
        }
    }

    /// Where a new clock's wall clock stands: 23 November 2026, 18:30:00
    /// local time, an evening workshop.
    pub fn wall_base() -> DateTime<Local> {
        let evening = NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|day| day.and_hms_opt(18, 30, 0))
            .unwrap_or_default();
        // 18:30 exists in every time zone on that day; `earliest` covers
        // a zone that might one day move its clocks then.
        Local
            .from_local_datetime(&evening)
            .earliest()
            .unwrap_or_else(|| Local.from_utc_datetime(&evening))
    }

    /// Moves time forward by `step`.
    pub fn advance(&self, step: Duration) {
        let nanos = u64::try_from(step.as_nanos()).unwrap_or(u64::MAX);
        self.elapsed_nanos.fetch_add(nanos, Ordering::SeqCst);
    }

    /// How far this clock has moved since it was made.
    pub fn elapsed(&self) -> Duration {
        Duration::from_nanos(self.elapsed_nanos.load(Ordering::SeqCst))
    }

    /// Sets the wall clock to read `at` now; it moves on from there as the
    /// clock is advanced. The monotonic time is not touched.
    pub fn set_wall_now(&self, at: DateTime<Local>) {
        let origin = at - self.elapsed();
        *self
            .wall_origin
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = origin;
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.origin + self.elapsed()
    }

    fn wall_now(&self) -> DateTime<Local> {
        let origin = *self
            .wall_origin
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        origin + self.elapsed()
    }

    fn shared(&self) -> SharedClock {
        Arc::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_one_time() {
        let clock = ManualClock::new();
        let handle = clock.clone();
        let start = clock.now();
        handle.advance(Duration::from_secs(90));
        assert_eq!(clock.now() - start, Duration::from_secs(90));
    }

    #[test]
    fn the_wall_clock_moves_with_the_manual_clock_and_can_be_set() {
        let clock = ManualClock::new();
        let handle = clock.clone();
        assert_eq!(clock.wall_now().format("%H:%M:%S").to_string(), "18:30:00");
        handle.advance(Duration::from_secs(95));
        assert_eq!(clock.wall_now().format("%H:%M:%S").to_string(), "18:31:35");
        let morning = clock.wall_now() - chrono::Duration::hours(9);
        handle.set_wall_now(morning);
        assert_eq!(clock.wall_now(), morning);
        clock.advance(Duration::from_secs(5));
        assert_eq!(clock.wall_now().format("%H:%M:%S").to_string(), "09:31:40");
        assert_eq!(clock.elapsed(), Duration::from_secs(100));
    }
}
