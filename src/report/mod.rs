//! The report of how a session ran: each step planned against what
//! actually happened (time run, pauses, minutes added, overtime), and the
//! session's totals and drift. It is made from the session's log
//! ([`crate::session::log`]), kept on disk as the session runs
//! ([`keeper`]), read back ([`file`]) and printed ([`render`]) by
//! `one-on-one report`; while it runs, [`timetable`] sets the agenda
//! against the wall clock for the trainer's console.
//!
//! Times are whole seconds, each rounded from the exact monotonic spans;
//! the times of day come from the wall clock read once, at the start.

pub mod file;
pub mod keeper;
pub mod render;
pub mod timetable;

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local, NaiveTime, Timelike as _};
use serde::{Deserialize, Serialize};

use crate::session::{Phase, Session};

use crate::room::tally::RoundTally;
pub use file::{MAX_FILE_BYTES, ReportError, load, newest_in, parse, to_text};
pub use keeper::Keeper;
pub use render::Format;

/// The report file format this app writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// How one session ran, as saved in `reports/` and printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The file format version, [`FORMAT_VERSION`] for files written today.
    pub format: u32,
    /// The name of the workshop format that was run.
    pub scenario: String,
    /// When the trainer pressed start, to the second, with the UTC offset
    /// of the machine then.
    pub started: DateTime<FixedOffset>,
    /// Whether the session reached its end. `false` while it runs, and in
    /// the report a crash or a kill leaves: the steps so far.
    pub finished: bool,
    /// Every step of the agenda, in order, whether it ran or not.
    pub steps: Vec<StepReport>,
    /// The whole session.
    pub totals: Totals,
    /// How far the pairs got in each round, as their phones said, when
    /// the room was shared; left out of the file when nobody voted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tally: Vec<RoundTally>,
}

/// One step, planned against actual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepReport {
    /// The step's title as the room saw it.
    pub title: String,
    /// Its length in the agenda.
    pub planned_seconds: u64,
    /// Time its clock ran, every visit added up (a step gone back to runs
    /// twice); pauses are not in it.
    pub actual_seconds: u64,
    /// The time of day it first began; none if it never ran.
    #[serde(default)]
    pub start: Option<NaiveTime>,
    /// Time paused while it was the current step.
    pub paused_seconds: u64,
    /// How many times the trainer paused in it.
    #[serde(default)]
    pub pauses: u32,
    /// How much the trainer lengthened (or, negative, shortened) it, net;
    /// usually whole minutes, less when a cut was stopped at what had run.
    pub added_seconds: i64,
    /// Time run past its length, waiting for the trainer.
    pub overtime_seconds: u64,
    /// Whether it ran its time, was skipped, or was not reached.
    pub outcome: Outcome,
}

/// What became of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// It ran until its time was up (at least once).
    Completed,
    /// It was left before its time was up and never completed, or the
    /// session went past it without running it.
    Skipped,
    /// The session was in it when the report was made: it has not ended.
    InProgress,
    /// The session never got to it.
    NotReached,
}

/// The whole session's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    /// The agenda's length as planned.
    pub planned_seconds: u64,
    /// Time the clock ran, all steps together.
    pub actual_seconds: u64,
    /// Time the clock stood paused.
    pub paused_seconds: u64,
    /// Length added to steps, net of length taken away.
    pub added_seconds: i64,
    /// Time steps ran past their length.
    pub overtime_seconds: u64,
    /// From the start to the finish, or to when the report was made.
    pub elapsed_seconds: u64,
    /// How much later (positive) or earlier (negative) than planned the
    /// session ended, or, for a session not finished, is set to end if the
    /// steps left run as they stand.
    pub drift_seconds: i64,
}

impl Report {
    /// The report of `session` as it stands at `now`, for a session whose
    /// start the wall clock read as `wall_start`. `None` before the start:
    /// nothing has happened yet.
    pub fn of(session: &Session, wall_start: DateTime<Local>, now: Instant) -> Option<Self> {
        let started_at = session.started_at()?;
        let finished = session.phase() == Phase::Finished;
        let records = session.step_records(now);
        let furthest = records.iter().rposition(|record| record.visits > 0);
        let wall_start = wall_start.fixed_offset();
        let steps: Vec<StepReport> = session
            .steps()
            .iter()
            .zip(&records)
            .enumerate()
            .map(|(index, (step, record))| {
                let planned = step.duration.to_std();
                let outcome = if !finished && index == session.step_index() {
                    Outcome::InProgress
                } else if record.completed {
                    Outcome::Completed
                } else if record.visits > 0 || furthest.is_some_and(|last| index < last) {
                    Outcome::Skipped
                } else {
                    Outcome::NotReached
                };
                StepReport {
                    title: step.title.to_string(),
                    planned_seconds: seconds(planned),
                    actual_seconds: seconds(record.ran),
                    start: record
                        .first_start
                        .map(|offset| time_of_day(wall_start + offset)),
                    paused_seconds: seconds(record.paused),
                    pauses: record.pauses,
                    // Every change of length is the trainer's, whether made
                    // before the start or during the run.
                    added_seconds: signed_seconds(session.step_length(index), planned),
                    overtime_seconds: seconds(record.overtime),
                    outcome,
                }
            })
            .collect();

        let planned: Duration = session.steps().iter().map(|s| s.duration.to_std()).sum();
        let elapsed = session
            .finished_at()
            .unwrap_or(now)
            .saturating_duration_since(started_at);
        let sum = |part: fn(&crate::session::log::StepRecord) -> Duration| {
            records.iter().map(part).sum::<Duration>()
        };
        let lengths: Duration = (0..steps.len()).map(|i| session.step_length(i)).sum();
        let totals = Totals {
            planned_seconds: seconds(planned),
            actual_seconds: seconds(sum(|r| r.ran)),
            paused_seconds: seconds(sum(|r| r.paused)),
            added_seconds: signed_seconds(lengths, planned),
            overtime_seconds: seconds(sum(|r| r.overtime)),
            elapsed_seconds: seconds(elapsed),
            // Steps skipped before the start count as time saved, as any
            // skip does.
            drift_seconds: signed_seconds(elapsed + session.time_left(now), planned),
        };
        Some(Self {
            format: FORMAT_VERSION,
            scenario: session.scenario().name.to_string(),
            started: wall_start.with_nanosecond(0).unwrap_or(wall_start),
            finished,
            steps,
            totals,
            tally: Vec::new(),
        })
    }
}

/// Whole seconds, to the nearest.
fn seconds(duration: Duration) -> u64 {
    (duration + Duration::from_millis(500)).as_secs()
}

/// `a - b` in whole seconds, to the nearest (halves away from zero).
fn signed_seconds(a: Duration, b: Duration) -> i64 {
    let secs = |d: Duration| i64::try_from(seconds(d)).unwrap_or(i64::MAX);
    if a >= b { secs(a - b) } else { -secs(b - a) }
}

/// The time of day on a clock, to the second it shows.
fn time_of_day(at: DateTime<FixedOffset>) -> NaiveTime {
    let time = at.time();
    time.with_nanosecond(0).unwrap_or(time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_round_to_the_nearest() {
        assert_eq!(seconds(Duration::from_millis(1499)), 1);
        assert_eq!(seconds(Duration::from_millis(1500)), 2);
        let s = Duration::from_secs;
        assert_eq!(signed_seconds(s(60), s(180)), -120);
        assert_eq!(signed_seconds(s(240), s(180)), 60);
        assert_eq!(
            signed_seconds(Duration::from_millis(100), Duration::from_millis(1600)),
            -2
        );
    }
}
