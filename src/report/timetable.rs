//! The agenda as a trainer reads it against the clock on the wall: when
//! each step was planned to begin and when it did, how far each step has
//! put the session off the plan, and when the session is set to end. Made
//! from the session and its live [`Report`], so the console's agenda and
//! the report file never disagree; the console only draws it.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, NaiveTime, TimeDelta, Timelike as _};
use fluent::FluentValue;

use super::{Outcome, Report, StepReport};
use crate::i18n::{tr, tr_args};
use crate::session::{Phase, Session};

/// Every step with its times of day, and where the session stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timetable {
    /// One row per step, in order.
    pub rows: Vec<Row>,
    /// Whether the session has started, and how far off the plan it is.
    pub standing: Standing,
    /// When the last step is set to end, or ended, as a time of day.
    pub finish: NaiveTime,
}

/// One step of the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its place in the agenda, from 1.
    pub number: usize,
    /// Its title, as the room sees it.
    pub title: String,
    /// Its length in the agenda, before any minute was added.
    pub planned_seconds: u64,
    /// When it was planned to begin: the session's start plus the planned
    /// lengths of the steps before it.
    pub planned_start: NaiveTime,
    /// When it first began; `None` for a step not reached.
    pub actual_start: Option<NaiveTime>,
    /// How much later (positive) or earlier (negative) than planned this
    /// step has made the session, pauses included; for the step under way,
    /// if it runs the length it now has. `None` when it has changed nothing
    /// (a step not reached and not lengthened).
    pub over_seconds: Option<i64>,
    /// The session is in this step now.
    pub current: bool,
    /// What became of it; `None` before the start.
    pub outcome: Option<Outcome>,
}

/// How the session stands against its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Not started: the times are those of a start now.
    NotStarted,
    /// Running or paused, set to end this many seconds late (negative: early).
    Running {
        /// Seconds after (positive) or before (negative) the planned end.
        drift_seconds: i64,
    },
    /// Over, having ended this many seconds late (negative: early).
    Finished {
        /// Seconds after (positive) or before (negative) the planned end.
        drift_seconds: i64,
    },
}

impl Timetable {
    /// The timetable of `session`, whose live report is `report` (from
    /// [`super::Keeper::report`]; `None` before the start). Before the
    /// start, the times are those of a start at `wall_now`.
    pub fn of(session: &Session, report: Option<&Report>, wall_now: DateTime<Local>) -> Self {
        let started = report.map(|report| report.started);
        let base = started.unwrap_or_else(|| wall_now.fixed_offset());
        let base = base.with_nanosecond(0).unwrap_or(base);
        let finished = session.phase() == Phase::Finished;
        let mut planned_before = 0u64;
        let rows = session
            .steps()
            .iter()
            .enumerate()
            .map(|(index, step)| {
                let planned_seconds = u64::from(step.duration.as_secs());
                let planned_start = time_of_day(base, planned_before);
                planned_before += planned_seconds;
                let step_report = report.and_then(|report| report.steps.get(index));
                let added = signed(session.step_length(index)) - signed_secs(planned_seconds);
                Row {
                    number: index + 1,
                    title: step.title.to_string(),
                    planned_seconds,
                    planned_start,
                    actual_start: step_report.and_then(|s| s.start),
                    over_seconds: match step_report {
                        Some(step) => over(step),
                        None => (added != 0).then_some(added),
                    },
                    current: !finished && index == session.step_index(),
                    outcome: step_report.map(|s| s.outcome),
                }
            })
            .collect();
        let (standing, finish) = match report {
            Some(report) => {
                let drift_seconds = report.totals.drift_seconds;
                let standing = if finished {
                    Standing::Finished { drift_seconds }
                } else {
                    Standing::Running { drift_seconds }
                };
                let end = signed_secs(report.totals.planned_seconds) + drift_seconds;
                (standing, time_of_day_signed(base, end))
            }
            None => {
                let lengths: Duration = (0..session.steps().len())
                    .map(|index| session.step_length(index))
                    .sum();
                (Standing::NotStarted, time_of_day(base, lengths.as_secs()))
            }
        };
        Self {
            rows,
            standing,
            finish,
        }
    }

    /// "Running 2 min behind plan", "On time", "Ended 1 min ahead of plan".
    pub fn standing_words(&self) -> String {
        let against = |drift_seconds| [("against", FluentValue::from(against_plan(drift_seconds)))];
        match self.standing {
            Standing::NotStarted => tr("report-standing-not-started"),
            Standing::Running { drift_seconds: 0 } => tr("report-standing-on-time"),
            Standing::Running { drift_seconds } => {
                tr_args("report-standing-running", &against(drift_seconds))
            }
            Standing::Finished { drift_seconds: 0 } => tr("report-standing-ended-on-time"),
            Standing::Finished { drift_seconds } => {
                tr_args("report-standing-ended", &against(drift_seconds))
            }
        }
    }

    /// "Set to finish at 18:58", "Finished at 18:58", or before the start
    /// "Would finish at 18:55".
    pub fn finish_words(&self) -> String {
        let at = [("time", FluentValue::from(clock_time(self.finish)))];
        match self.standing {
            Standing::NotStarted => tr_args("report-would-finish", &at),
            Standing::Running { .. } => tr_args("report-set-to-finish", &at),
            Standing::Finished { .. } => tr_args("report-finished-at", &at),
        }
    }
}

/// A time of day as a wall clock shows it: `18:05`.
pub fn clock_time(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// `+3:00`, `-0:40` or `0:00`: how far a step put the session off its plan.
pub fn signed_span(seconds: i64) -> String {
    let span = crate::scenario::clock_text(Duration::from_secs(seconds.unsigned_abs()));
    match seconds {
        0 => span,
        s if s > 0 => format!("+{span}"),
        _ => format!("-{span}"),
    }
}

/// "2 min behind plan", "40 s ahead of plan", "2 min 30 s behind plan".
fn against_plan(drift_seconds: i64) -> String {
    let span = [(
        "span",
        FluentValue::from(span_words(drift_seconds.unsigned_abs())),
    )];
    if drift_seconds > 0 {
        tr_args("report-behind-plan", &span)
    } else {
        tr_args("report-ahead-of-plan", &span)
    }
}

/// A span as it is said: "40 s", "2 min", "2 min 30 s".
fn span_words(seconds: u64) -> String {
    tr_args(
        "report-span",
        &[
            ("minutes", FluentValue::from(seconds / 60)),
            ("seconds", FluentValue::from(seconds % 60)),
        ],
    )
}

/// How much later than planned `step` made the session: the time it took,
/// paused or running, against its planned length. The step under way is
/// counted as if it runs the length it now has (or as long as it already
/// ran, in overtime).
fn over(step: &StepReport) -> Option<i64> {
    let planned = signed_secs(step.planned_seconds);
    let actual = signed_secs(step.actual_seconds);
    let paused = signed_secs(step.paused_seconds);
    match step.outcome {
        Outcome::Completed | Outcome::Skipped => Some(actual + paused - planned),
        Outcome::InProgress => {
            let length = planned + step.added_seconds;
            Some(actual.max(length) + paused - planned)
        }
        Outcome::NotReached => (step.added_seconds != 0).then_some(step.added_seconds),
    }
}

fn time_of_day(base: DateTime<FixedOffset>, seconds: u64) -> NaiveTime {
    time_of_day_signed(base, signed_secs(seconds))
}

fn time_of_day_signed(base: DateTime<FixedOffset>, seconds: i64) -> NaiveTime {
    let offset = TimeDelta::try_seconds(seconds).unwrap_or(TimeDelta::MAX);
    base.checked_add_signed(offset).unwrap_or(base).time()
}

fn signed(duration: Duration) -> i64 {
    signed_secs(duration.as_secs())
}

fn signed_secs(seconds: u64) -> i64 {
    i64::try_from(seconds).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;
    use crate::session::Intent;
    use crate::session::clock::{Clock as _, ManualClock};

    const MIN: Duration = Duration::from_secs(60);

    fn timetable(session: &Session, clock: &ManualClock) -> Timetable {
        let report = Report::of(session, ManualClock::wall_base(), clock.now());
        Timetable::of(session, report.as_ref(), clock.wall_now())
    }

    fn times(table: &Timetable, pick: fn(&Row) -> Option<NaiveTime>) -> Vec<String> {
        table
            .rows
            .iter()
            .map(|row| pick(row).map(clock_time).unwrap_or_default())
            .collect()
    }

    #[test]
    fn before_the_start_the_plan_runs_from_now() {
        let clock = ManualClock::new();
        clock.advance(7 * MIN);
        let session = Session::new(built_in_breakout());
        let table = timetable(&session, &clock);
        assert_eq!(
            times(&table, |row| Some(row.planned_start)),
            ["18:37", "18:40", "18:48", "18:50", "18:58", "19:00"]
        );
        assert_eq!(
            times(&table, |row| row.actual_start),
            ["", "", "", "", "", ""]
        );
        assert_eq!(table.standing, Standing::NotStarted);
        assert_eq!(table.finish_words(), "Would finish at 19:02");
        assert!(table.rows[0].current);
        assert!(table.rows.iter().all(|row| row.over_seconds.is_none()));
    }

    #[test]
    fn a_pause_and_a_minute_added_put_the_rest_three_minutes_late() {
        let clock = ManualClock::new();
        let mut session = Session::new(built_in_breakout());
        session.apply(Intent::StartOrPause, clock.now());
        clock.advance(MIN);
        session.apply(Intent::StartOrPause, clock.now());
        clock.advance(2 * MIN);
        session.apply(Intent::StartOrPause, clock.now());
        session.apply(Intent::AddMinute, clock.now());
        // Three minutes left of a step now four long, then 90 s of the next.
        clock.advance(3 * MIN + Duration::from_secs(90));
        session.tick(clock.now());
        let table = timetable(&session, &clock);
        assert_eq!(
            times(&table, |row| row.actual_start),
            ["18:30", "18:36", "", "", "", ""]
        );
        assert_eq!(table.rows[1].planned_start.to_string(), "18:33:00");
        assert_eq!(table.rows[0].over_seconds, Some(180));
        assert_eq!(table.rows[1].over_seconds, Some(0));
        assert_eq!(table.rows[2].over_seconds, None);
        assert!(table.rows[1].current && !table.rows[0].current);
        assert_eq!(table.standing_words(), "Running 3 min behind plan");
        assert_eq!(table.finish_words(), "Set to finish at 18:58");
    }

    #[test]
    fn a_skipped_step_puts_the_session_ahead() {
        let clock = ManualClock::new();
        let mut session = Session::new(built_in_breakout());
        session.apply(Intent::StartOrPause, clock.now());
        clock.advance(Duration::from_secs(80));
        session.apply(Intent::Next, clock.now());
        let table = timetable(&session, &clock);
        assert_eq!(table.rows[0].over_seconds, Some(-100));
        assert_eq!(table.standing_words(), "Running 1 min 40 s ahead of plan");
        assert_eq!(signed_span(-100), "-1:40");
    }

    #[test]
    fn a_finished_session_has_no_current_step_and_says_when_it_ended() {
        let clock = ManualClock::new();
        let mut session = Session::new(built_in_breakout());
        session.apply(Intent::StartOrPause, clock.now());
        clock.advance(25 * MIN);
        session.tick(clock.now());
        let table = timetable(&session, &clock);
        assert!(table.rows.iter().all(|row| !row.current));
        assert_eq!(table.standing_words(), "Ended on time");
        assert_eq!(table.finish_words(), "Finished at 18:55");
    }

    #[test]
    fn in_spanish_the_standing_and_the_finish_read_in_spanish() {
        use crate::i18n::{Language, set_language};
        let clock = ManualClock::new();
        let mut session = Session::new(built_in_breakout());
        set_language(Language::Spanish);
        let before = timetable(&session, &clock);
        let before = (before.standing_words(), before.finish_words());
        session.apply(Intent::StartOrPause, clock.now());
        clock.advance(Duration::from_secs(80));
        session.apply(Intent::Next, clock.now());
        let running = timetable(&session, &clock);
        let running = (running.standing_words(), running.finish_words());
        let spans = [span_words(40), span_words(120), span_words(150)];
        set_language(Language::English);

        assert_eq!(
            before,
            (
                "Sin empezar: planificado como si empezaras ahora".to_string(),
                "Terminaría a las 18:55".to_string()
            )
        );
        assert_eq!(
            running,
            (
                "Vas con 1 min 40 s de adelanto sobre el plan".to_string(),
                "Terminará a las 18:53".to_string()
            )
        );
        assert_eq!(spans, ["40 s", "2 min", "2 min 30 s"]);
    }

    #[test]
    fn spans_are_said_in_minutes_and_seconds() {
        assert_eq!(span_words(40), "40 s");
        assert_eq!(span_words(120), "2 min");
        assert_eq!(span_words(150), "2 min 30 s");
        assert_eq!(against_plan(-60), "1 min ahead of plan");
    }
}
