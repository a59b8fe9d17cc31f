//! When a recovery copy is due: a second after the last edit, at least every
//! two seconds while typing goes on, and, after a failed write, later and
//! later so a full disk is not hammered every frame.

use std::time::{Duration, Instant};

/// A pause in typing this long writes the recovery copy.
pub const QUIET: Duration = Duration::from_secs(1);
/// Continuous typing still writes a copy at least this often.
pub const MOST: Duration = Duration::from_secs(2);
/// The wait before trying again after the first failed write; it doubles
/// with each failure after that.
pub const FIRST_RETRY: Duration = Duration::from_secs(2);
/// The longest wait between tries, so a disk that was full is used again
/// within a minute of space being freed.
pub const LONGEST_RETRY: Duration = Duration::from_secs(60);

/// When the next copy is due, from edits, failures and the clock alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Autosave {
    first_unwritten: Option<Instant>,
    last_edit: Option<Instant>,
    failures: u32,
    retry_at: Option<Instant>,
}

impl Autosave {
    /// Something changed at `now`.
    pub fn edited(&mut self, now: Instant) {
        self.first_unwritten.get_or_insert(now);
        self.last_edit = Some(now);
    }

    /// The instant the copy should be written, if there is anything to write.
    pub fn due_at(&self) -> Option<Instant> {
        let first = self.first_unwritten?;
        let last = self.last_edit?;
        let due = (last + QUIET).min(first + MOST);
        Some(self.retry_at.map_or(due, |retry| retry.max(due)))
    }

    /// Whether a copy should be written at `now`.
    pub fn is_due(&self, now: Instant) -> bool {
        self.due_at().is_some_and(|due| now >= due)
    }

    /// Whether anything changed since the last copy or save.
    pub fn is_pending(&self) -> bool {
        self.first_unwritten.is_some()
    }

    /// The copy was written, or the work saved: nothing is pending.
    pub fn written(&mut self) {
        *self = Self::default();
    }

    /// Writing the copy failed at `now`: try again after a wait that
    /// doubles with each failure, up to [`LONGEST_RETRY`].
    pub fn failed(&mut self, now: Instant) {
        self.failures = self.failures.saturating_add(1);
        let doublings = self.failures.saturating_sub(1).min(16);
        let wait = FIRST_RETRY
            .saturating_mul(1 << doublings)
            .min(LONGEST_RETRY);
        self.retry_at = Some(now + wait);
    }

    /// How many writes in a row have failed.
    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_due_a_second_after_the_last_edit() {
        let start = Instant::now();
        let mut autosave = Autosave::default();
        assert_eq!(autosave.due_at(), None);
        autosave.edited(start);
        autosave.edited(start + Duration::from_millis(300));
        assert_eq!(autosave.due_at(), Some(start + Duration::from_millis(1300)));
        assert!(!autosave.is_due(start + Duration::from_millis(1299)));
        assert!(autosave.is_due(start + Duration::from_millis(1300)));
    }

    #[test]
    fn continuous_typing_still_gets_a_copy_every_two_seconds() {
        let start = Instant::now();
        let mut autosave = Autosave::default();
        for tenth in 0..30 {
            autosave.edited(start + Duration::from_millis(100 * tenth));
        }
        assert_eq!(autosave.due_at(), Some(start + MOST));
        autosave.written();
        assert!(!autosave.is_due(start + Duration::from_secs(60)));
    }

    #[test]
    fn failed_writes_are_retried_later_and_later_up_to_a_minute() {
        let start = Instant::now();
        let mut autosave = Autosave::default();
        autosave.edited(start);
        let mut now = start + QUIET;
        let mut waits = Vec::new();
        for _ in 0..10 {
            assert!(autosave.is_due(now));
            autosave.failed(now);
            // Typing on does not bring the retry forward.
            autosave.edited(now);
            let due = autosave.due_at().unwrap();
            waits.push((due - now).as_secs());
            assert!(!autosave.is_due(now + Duration::from_millis(900)));
            now = due;
        }
        assert_eq!(waits, [2, 4, 8, 16, 32, 60, 60, 60, 60, 60]);
        assert_eq!(autosave.failures(), 10);
        autosave.written();
        assert_eq!(autosave.failures(), 0);
        assert!(!autosave.is_pending());
    }
}
