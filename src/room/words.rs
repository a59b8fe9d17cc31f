//! The words the room reads: the countdown's state, the captions under it,
//! and the headline at a hand-over. Kept in one place so every screen says
//! the same thing, in the language the room speaks (`locales/*/room.ftl`).

use std::time::{Duration, Instant};

use fluent::FluentValue;

use super::{ClockReading, DriftReading, Tone};
use crate::i18n::{Language, tr, tr_args, tr_in};
use crate::scenario::{Advance, clock_text};
use crate::session::{Cue, Phase, Remaining, Session};

/// The heading over the reflection questions.
pub fn reflection_heading() -> String {
    tr("room-reflection-heading")
}

/// The countdown's digits, its tone and the words for its state.
pub fn clock_reading(session: &Session, remaining: Remaining, now: Instant) -> ClockReading {
    let language = crate::i18n::language();
    let shown = Duration::from_secs(remaining.shown_secs());
    let digits = match remaining {
        Remaining::Left(_) => clock_text(shown),
        Remaining::Over(_) => format!("+{}", clock_text(shown)),
    };
    let (tone, word, hint) = match session.phase() {
        Phase::NotStarted => (Tone::Ready, tr("room-ready"), tr("room-ready-hint")),
        Phase::Paused => (Tone::Paused, tr("room-paused"), tr("room-paused-hint")),
        Phase::Finished => {
            let took = session.finished_after().map(clock_text).unwrap_or_default();
            (
                Tone::Finished,
                tr("room-finished"),
                tr_args("room-finished-hint", &[("took", FluentValue::from(took))]),
            )
        }
        Phase::Running => match remaining {
            Remaining::Over(over) => {
                let hint = match session.step().advance {
                    Advance::Hold => overtime_hint(language),
                    Advance::Auto => String::new(),
                };
                (
                    Tone::Overtime {
                        pulse: over.as_secs() % 2 == 1,
                    },
                    overtime_word(language),
                    hint,
                )
            }
            Remaining::Left(_) if session.in_warning(now) => (
                Tone::Warning,
                warning_word(language, session.warning_of(session.step_index())),
                String::new(),
            ),
            Remaining::Left(_) => (Tone::Calm, String::new(), String::new()),
        },
    };
    ClockReading {
        digits,
        tone,
        word,
        hint,
    }
}

/// "● Overtime", in `language`.
pub(super) fn overtime_word(language: Language) -> String {
    tr_in(language, "room-overtime", &[])
}

/// What to do past zero in a step that waits for the trainer.
pub(super) fn overtime_hint(language: Language) -> String {
    tr_in(language, "room-overtime-hint", &[])
}

/// The word for a step's warning time, in `language`: "▲ Last minute".
pub(super) fn warning_word(language: Language, warning: Duration) -> String {
    match warning.as_secs() {
        60 => tr_in(language, "room-warning-last-minute", &[]),
        w if w % 60 == 0 => tr_in(
            language,
            "room-warning-minutes",
            &[("minutes", FluentValue::from(w / 60))],
        ),
        w => tr_in(
            language,
            "room-warning-seconds",
            &[("seconds", FluentValue::from(w))],
        ),
    }
}

/// Where the room is in the agenda and what comes next.
pub fn next_caption(session: &Session) -> String {
    match session.next_step() {
        Some((i, step)) => {
            let next = tr_args(
                "room-next",
                &[
                    ("title", FluentValue::from(step.title.as_str())),
                    (
                        "length",
                        FluentValue::from(clock_text(session.step_length(i))),
                    ),
                ],
            );
            tr_args(
                "room-position",
                &[
                    ("number", FluentValue::from(session.step_index() + 1)),
                    ("count", FluentValue::from(session.steps().len())),
                    ("next", FluentValue::from(next)),
                ],
            )
        }
        None if session.phase() == Phase::Finished => tr("room-agenda-done"),
        None => tr("room-next-end"),
    }
}

/// The agenda's time left and how it stands against the plan, in
/// `language`.
pub fn left_caption(language: Language, left_secs: u64, drift: Option<DriftReading>) -> String {
    let left = clock_text(Duration::from_secs(left_secs));
    let time = |secs: u64| FluentValue::from(clock_text(Duration::from_secs(secs)));
    let drift = match drift {
        None => return tr_in(language, "room-left", &[("left", FluentValue::from(left))]),
        Some(DriftReading::OnTime) => tr_in(language, "room-on-time", &[]),
        Some(DriftReading::BehindSecs(s)) => tr_in(language, "room-behind", &[("time", time(s))]),
        Some(DriftReading::AheadSecs(s)) => tr_in(language, "room-ahead", &[("time", time(s))]),
    };
    tr_in(
        language,
        "room-left-drift",
        &[
            ("left", FluentValue::from(left)),
            ("drift", FluentValue::from(drift)),
        ],
    )
}

/// The headline and detail the room should read at `cue`, if it gets one:
/// a warning only chimes.
pub fn announcement(session: &Session, cue: Cue) -> Option<(String, String)> {
    match cue {
        Cue::Warning { .. } => None,
        Cue::HandOver { from, to } => {
            let title = session.steps().get(to).map_or("", |step| &step.title);
            let cast = session
                .cast(to)
                .iter()
                .map(|(role, who)| format!("{role}: {who}"))
                .collect::<Vec<_>>()
                .join("  ·  ");
            Some(if session.roles_change(from, to) {
                (tr("room-flash-swap"), format!("{title}\n{cast}"))
            } else {
                (
                    tr_args("room-flash-next", &[("title", FluentValue::from(title))]),
                    cast,
                )
            })
        }
        Cue::TimeUp { .. } => Some((tr("room-flash-time-up"), tr("room-flash-time-up-detail"))),
        Cue::Finished => Some((tr("room-flash-finished"), tr("room-flash-finished-detail"))),
    }
}
